"""Writes a complaint batch's posts.jsonl from its hand-written rows; every batch's generate.py calls it.

Ids, authors and timestamps are filled in mechanically from a fixed seed, so they carry no label
signal and a batch renders byte for byte the same each time.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

# (language, platform, text, complaint, topic, sentiment, tags joined by ";", reason)
Row = tuple[str, str, str, bool, str | None, str, str, str]


def write_posts(folder: Path, rows: Iterable[Row], seed: int, id_prefix: str) -> int:
    """Writes `folder`/posts.jsonl and returns how many posts it holds."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    lines = []
    for n, (lang, platform, text, complaint, topic, sentiment, tags, reason) in enumerate(rows, 1):
        if complaint != (topic is not None):
            raise SystemExit(f"row {n}: topic must be set exactly for complaints: {text!r}")
        created = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
        lines.append(json.dumps({
            "id": f"{id_prefix}{n:04d}", "platform": platform, "author": f"user{rng.randrange(10_000, 99_999)}",
            "author_description": None, "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text,
            "labels": {"complaint": complaint, "topic": topic, "sentiment": sentiment, "language": lang},
            "tags": tags.split(";"), "reason": reason,
        }, ensure_ascii=False))
    (folder / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
