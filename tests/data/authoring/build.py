"""Render the hand-written posts into tests/data/devset.jsonl and the bundled sample posts.

Run from the repository root:  python tests/data/authoring/build.py
Output is deterministic (fixed seeds), so re-running only changes lines whose source changed.
Ids are assigned in authoring order; new posts are appended to the end of a module list or in a new
module at the end of DEV_MODULES, so existing ids stay stable.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from devset_fakes import Fakes
from devset_post import Post, render

ROOT = Path(__file__).resolve().parents[3]
DEV_OUT = ROOT / "tests" / "data" / "devset.jsonl"
SAMPLE_OUT = ROOT / "src" / "brandwatch" / "data" / "sample_posts.jsonl"
FTC_OUT = ROOT / "tests" / "data" / "endorsements" / "devset.jsonl"  # own brand, rosters and config
FRESH_OUT = ROOT / "tests" / "data" / "endorsements" / "fresh" / "posts.jsonl"  # another brand, for a first pass
HOLDOUT_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout" / "posts.jsonl"  # a third, scored once after tuning
HOLDOUT2_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout2" / "posts.jsonl"  # a fourth, after the third round
HOLDOUT3_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout3" / "posts.jsonl"  # a fifth, after the fourth round
HOLDOUT4_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout4" / "posts.jsonl"  # a sixth, by a writer blind to the code
HOLDOUT5_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout5" / "posts.jsonl"  # a seventh, after the third round
HOLDOUT6_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout6" / "posts.jsonl"  # an eighth, from the guideline alone
HOLDOUT7_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout7" / "posts.jsonl"  # a ninth, weighted to the weak classes
HOLDOUT8_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout8" / "posts.jsonl"  # a tenth, NLRA, endorsements, vague tags
HOLDOUT9_OUT = ROOT / "tests" / "data" / "endorsements" / "holdout9" / "posts.jsonl"  # an eleventh, multilingual beauty brand

DEV_WINDOW = (datetime(2026, 1, 5, tzinfo=timezone.utc), datetime(2026, 11, 20, tzinfo=timezone.utc))
SAMPLE_WINDOW = (datetime(2026, 10, 1, tzinfo=timezone.utc), datetime(2026, 11, 20, tzinfo=timezone.utc))


def dev_modules():
    import dev_complaints, dev_disclosures_more, dev_endorsements, dev_extras, dev_leaks, dev_lookalikes, dev_noncomplaints  # noqa: E401,E501
    return [dev_complaints.POSTS, dev_noncomplaints.TRICKY, dev_noncomplaints.PLAIN,
            dev_endorsements.POSTS, dev_leaks.POSTS, dev_lookalikes.POSTS, dev_disclosures_more.POSTS,
            dev_extras.POSTS]


def _timestamp(post: Post, rng: random.Random, window: tuple[datetime, datetime]) -> str:
    if post.at:
        moment = datetime.fromisoformat(post.at if "T" in post.at else post.at + "T12:00:00")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        # a fixed date still gets a realistic time of day
        if "T" not in post.at:
            moment = moment.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    else:
        span = int((window[1] - window[0]).total_seconds())
        moment = window[0] + timedelta(seconds=rng.randint(0, span))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_dev() -> list[dict]:
    fakes, rng = Fakes(20261123), random.Random(7)
    rows = []
    for post in (p for module in dev_modules() for p in module):
        text, leaks = render(post.text, fakes)
        rows.append({
            "id": f"d{len(rows) + 1:04d}", "platform": post.platform, "author": post.author,
            "author_description": post.description, "created_at": _timestamp(post, rng, DEV_WINDOW),
            "text": text,
            "labels": {"complaint": post.topic is not None, "topic": post.topic,
                       "disclosure": post.disclosure, "endorsement": post.endorsement,
                       "leaks": leaks, "nlra": post.nlra},
            "reason": post.reason,
        })
    return rows


def build_samples() -> list[dict]:
    import samples
    fakes, rng = Fakes(1001), random.Random(11)
    rows = []
    for post in samples.POSTS:
        text, _ = render(post.text, fakes)
        row = {"id": f"s{len(rows) + 1:03d}", "platform": post.platform, "author": post.author}
        if post.description:
            row["author_description"] = post.description
        row["created_at"] = _timestamp(post, rng, SAMPLE_WINDOW)
        row["text"] = text
        rows.append(row)
    rows.sort(key=lambda r: r["created_at"])
    for i, row in enumerate(rows, 1):
        row["id"] = f"s{i:03d}"
    return rows


def build_ftc() -> list[dict]:
    """The FTC/NLRA set (ftc_devset.py): one expected endorsement class per post."""
    import ftc_devset
    rng, rows = random.Random(2027), []
    for row in ftc_devset.build():
        post = Post(row.platform, row.author, row.text, row.reason, description=row.description, at=row.at)
        rows.append({
            "id": f"e{len(rows) + 1:04d}", "platform": row.platform, "author": row.author,
            "author_description": row.description, "created_at": _timestamp(post, rng, DEV_WINDOW),
            "text": row.text,
            "labels": {"expected": row.expected, "disclosure": row.disclosure, "case": row.case},
            "reason": row.reason,
        })
    return rows


def build_whole(module_name: str, seed: int, prefix: str) -> list[dict]:
    """A batch of whole posts (ftc_fresh.py, ftc_holdout.py): another brand, written before tuning on it."""
    module = __import__(module_name)
    rng, rows = random.Random(seed), []
    for platform, author, profile, at, text, expected, disclosure, case, reason in module.POSTS:
        post = Post(platform, author, text, reason, description=profile, at=at)
        rows.append({
            "id": f"{prefix}{len(rows) + 1:04d}", "platform": platform, "author": author,
            "author_description": profile, "created_at": _timestamp(post, rng, DEV_WINDOW), "text": text,
            "labels": {"expected": expected, "disclosure": disclosure, "case": case}, "reason": reason,
        })
    return rows


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} posts to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    write(DEV_OUT, build_dev())
    write(FTC_OUT, build_ftc())
    write(FRESH_OUT, build_whole("ftc_fresh", 2028, "f"))
    write(HOLDOUT_OUT, build_whole("ftc_holdout", 2029, "h"))
    write(HOLDOUT2_OUT, build_whole("ftc_holdout2", 2030, "g"))
    write(HOLDOUT3_OUT, build_whole("ftc_holdout3", 2031, "k"))
    write(HOLDOUT4_OUT, build_whole("ftc_holdout4", 2032, "p"))
    write(HOLDOUT5_OUT, build_whole("ftc_holdout5", 2033, "q"))
    write(HOLDOUT6_OUT, build_whole("ftc_holdout6", 2034, "r"))
    write(HOLDOUT7_OUT, build_whole("ftc_holdout7", 2035, "s"))
    write(HOLDOUT8_OUT, build_whole("ftc_holdout8", 2036, "t"))
    write(HOLDOUT9_OUT, build_whole("ftc_holdout9", 2037, "u"))
    if "--dev-only" not in sys.argv:
        write(SAMPLE_OUT, build_samples())
