"""Writes posts.jsonl from the hand-written rows in posts.py (ids, authors, timestamps mechanical, fixed seed).

    python tests/data/complaints_fresh6/generate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import posts  # noqa: E402
from complaint_batch import write_posts  # noqa: E402


if __name__ == "__main__":
    print(f"{write_posts(HERE, posts.POSTS, seed=2026, id_prefix='c6')} posts")
