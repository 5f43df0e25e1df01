"""Seeded generator of realistic synthetic posts for benchmarks (scan input format).

Realistic in the ways that cost time: lengths from a few words to long Reddit posts, emoji, URLs,
hashtags, @-mentions, non-Latin scripts, and a few percent of posts carrying each kind of finding.
Usage: python bench/corpus.py --posts 10000 --seed 7 > posts.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import zlib
from datetime import datetime, timedelta, timezone
from typing import Iterator

OPENERS = ["Honestly", "Ok so", "PSA:", "Update:", "lol", "Not gonna lie,", "Quick question:", "Day 3 and",
           "Anyone else think", "Just saw that", "Reminder that", "Hot take:"]
SUBJECTS = ["the new Acme Rocket", "my Acme Anvil", "Acme Cloud", "the RoadRunner Trap", "this scooter",
            "the update", "their app", "the store on Main St", "my neighbour's dog", "the weather",
            "the game last night", "ZoomCorp's new phone", "this coffee", "the train", "my landlord"]
PREDICATES = ["is honestly great", "keeps crashing", "arrived two weeks late", "works fine I guess",
              "is overpriced for what it is", "made my day", "broke after a week", "is way better than expected",
              "has the worst battery", "is exactly what I needed", "still hasn't shipped", "is fine",
              "is a total game changer", "needs a firmware fix", "was cheaper last month"]
TAILS = ["", "", "", " 🚀", " 😡", " 😂😂", " 🙏", " #acme", " #tech #gadgets", " @acme", " @acmesupport thoughts?",
         " https://example.com/r/abc123", " 10/10", " smh", " (edited)", " 👍🏽"]
OTHER_SCRIPTS = ["שירות מעולה", "خدمة سيئة جدا", "サポートが遅い", "отличный самокат", "très déçu du service"]
LONG_FILLER = ("I've been using it daily for about a month now and wanted to write up my experience in case "
               "it helps anyone deciding. ")

# A few percent of posts carry something a detector must find.
SPECIALS = [
    lambda r: f"oops pasted my key AKIA{_rand(r, string.ascii_uppercase + '234567', 16)} in the chat",
    lambda r: f"deploy token {_github_token(r)} don't tell anyone",
    lambda r: f"email me at {_rand(r, string.ascii_lowercase, 7)}@gmail.com or call +1 415 555 {r.randint(1000, 9999)}",
    lambda r: "CONFIDENTIAL - internal only: Project Falcon slips to Q3",
    lambda r: f"@acme my order #{r.randint(100000, 999999)} is 3 weeks late and nobody answers",
    lambda r: "Love my Acme Rocket! Use my code SAVE20 for 20% off, link in bio #sp",
    lambda r: "#ad Partnered with Acme to try the new Anvil, genuinely impressed",
    lambda r: "12 hour shifts at the warehouse with no overtime pay, thinking about the union",
]


def _github_token(rng: random.Random) -> str:
    """A ghp_ token with a valid CRC32 checksum: one without is not a secret to the rules."""
    b62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
    body, checksum = _rand(rng, b62, 30), ""
    number = zlib.crc32(body.encode())
    while number:
        number, rest = divmod(number, 62)
        checksum = b62[rest] + checksum
    return "ghp_" + body + checksum.rjust(6, "0")


def _rand(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def generate(count: int, seed: int = 7, special_rate: float = 0.04) -> Iterator[dict]:
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=timezone.utc)
    for index in range(count):
        roll = rng.random()
        if roll < special_rate:
            text = rng.choice(SPECIALS)(rng)
        else:
            text = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}.{rng.choice(TAILS)}"
            if roll > 0.97:
                text = rng.choice(OTHER_SCRIPTS) + " " + text
            elif roll > 0.93:
                text = text + " " + LONG_FILLER * rng.randint(2, 8)
        yield {
            "id": f"b{index:07d}",
            "platform": rng.choice(("x", "x", "reddit")),
            "author": f"user{rng.randint(1, 50000)}",
            "created_at": (start + timedelta(seconds=index * 7)).isoformat().replace("+00:00", "Z"),
            "text": text,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for post in generate(args.posts, args.seed):
        sys.stdout.write(json.dumps(post, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
