"""Writes posts.jsonl from the hand-written rows in posts_en.py and posts_intl.py (ids, authors, timestamps
mechanical, fixed seed).

    python tests/data/complaints_fresh/generate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import posts_en  # noqa: E402
import posts_intl  # noqa: E402
from complaint_batch import write_posts  # noqa: E402


def rows():
    yield from (("en", *row) for row in posts_en.POSTS)
    for lang, posts in posts_intl.POSTS.items():
        yield from ((lang, *row) for row in posts)



if __name__ == "__main__":
    print(f"{write_posts(HERE, rows(), seed=1703, id_prefix='cf')} posts")
