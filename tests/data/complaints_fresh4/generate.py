"""Writes posts.jsonl from the hand-written rows in posts.py (ids, authors, timestamps mechanical, fixed seed).

    python tests/data/complaints_fresh4/generate.py
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import posts  # noqa: E402


def main() -> None:
    rng = random.Random(2024)
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    lines = []
    for n, (lang, platform, text, complaint, topic, sentiment, tags, reason) in enumerate(posts.POSTS, 1):
        if complaint != (topic is not None):
            raise SystemExit(f"row {n}: topic must be set exactly for complaints: {text!r}")
        created = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
        lines.append(json.dumps({
            "id": f"cf{n:04d}", "platform": platform, "author": f"user{rng.randrange(10_000, 99_999)}",
            "author_description": None, "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text,
            "labels": {"complaint": complaint, "topic": topic, "sentiment": sentiment, "language": lang},
            "tags": tags.split(";"), "reason": reason,
        }, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} posts")


if __name__ == "__main__":
    main()
