"""Rules-only matching throughput on generated social posts, side by side with detect-secrets.

    python bench/rules_throughput.py [--posts 100000] [--seed 7] [--detect-secrets-posts N] [--rules DIR]

Generates realistic short posts (emoji, URLs, hashtags, mentions; a few percent carry a fake secret
or PII) with a seeded generator, matches them against every bundled rule on one core, runs
detect-secrets' in-process line scanner over the same posts, and then times the worst case: 100 KB
adversarial texts against all rules. Targets: >= 20,000 posts/s and >= 10x detect-secrets.
"""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from brandwatch.config import load_settings  # noqa: E402
from brandwatch.rules import load_rules  # noqa: E402

EMOJI = ["😀", "😂", "😡", "🙏", "🔥", "🚀", "💀", "👍", "👎", "😬", "🤦‍♀️", "👩‍👩‍👧", "❤️", "✨", "🇬🇧"]
WORDS = ("the my your order support app update love hate broken again still waiting days weeks "
         "refund price new launch great terrible customer service today finally anyone else "
         "delivery package box store phone call help fix works crashed battery screen").split()
HASHTAGS = ["#fail", "#ad", "#acme", "#sp", "#monday", "#tech", "#deal", "#custserv", "#love"]
MENTIONS = ["@acme", "@acmesupport", "@bestbuy", "@jane_doe", "@news"]
B62 = string.digits + string.ascii_letters


def _token(rng: random.Random, chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _github(rng: random.Random) -> str:
    body = _token(rng, B62, 30)
    number, digits = zlib.crc32(body.encode()), ""
    while number:
        number, r = divmod(number, 62)
        digits = B62[r] + digits
    return "ghp_" + body + digits.rjust(6, "0")


LEAKS = [
    lambda r: "AKIA" + _token(r, string.ascii_uppercase + "234567", 16),
    _github,
    lambda r: f"{r.choice('abcdefgh')}{_token(r, string.ascii_lowercase, 6)}{r.randint(1, 99)}@gmail.com",
    lambda r: f"({r.randint(201, 989)}) 555-01{r.randint(10, 99)}",
    lambda r: "password=" + _token(r, B62 + "!#", 12),
    lambda r: "xoxb-" + _token(r, string.digits, 12) + "-" + _token(r, string.digits, 12) + "-" + _token(r, B62, 24),
    lambda r: "ticket OPS-" + str(r.randint(100, 9999)),
]
NOISE = [  # look-alikes that must stay quiet
    lambda r: f"order #{r.randint(10**9, 10**10)}",
    lambda r: f"tracking 1Z{_token(r, string.ascii_uppercase + string.digits, 16)}",
    lambda r: f"${r.randint(1, 999)}.{r.randint(10, 99)}",
    lambda r: f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    lambda r: _token(r, "0123456789abcdef", 40),
]


def generate_posts(count: int, seed: int, leak_rate: float = 0.03) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        parts = [rng.choice(MENTIONS)] if rng.random() < 0.5 else []
        parts += rng.choices(WORDS, k=rng.randint(5, 22))
        if rng.random() < 0.6:
            parts.insert(rng.randrange(len(parts)), rng.choice(EMOJI))
        if rng.random() < 0.3:
            parts.append(f"https://t.co/{_token(rng, B62, 10)}")
        if rng.random() < 0.4:
            parts += rng.sample(HASHTAGS, rng.randint(1, 3))
        if rng.random() < 0.15:
            parts.insert(rng.randrange(len(parts)), rng.choice(NOISE)(rng))
        if rng.random() < leak_rate:
            parts.insert(rng.randrange(len(parts)), rng.choice(LEAKS)(rng))
        post = " ".join(parts)
        if rng.random() < 0.1:  # some posts break lines
            cut = rng.randrange(len(post))
            post = post[:cut] + "\n\n" + post[cut:]
        posts.append(post)
    return posts


def adversarial_texts(size: int = 100_000) -> dict[str, str]:
    rng = random.Random(3)
    varied = {  # every piece differs, so no validator result can be reused
        "phone-shaped, invalid": " ".join(f"{rng.randint(100, 199)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
                                          for _ in range(size // 12)),
        "card-shaped": " ".join(f"4{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                                f"{rng.randint(1000, 9999)}" for _ in range(size // 20)),
    }
    unit = {
        "one letter": "a",
        "keyword storm": "ghp_ AKIA sk_live_ xoxb- eyJ password= api_key: ",
        "digit groups": "4111 1111 ",
        "at signs": "a@b.",
        "zero-width + emoji": "p\u200ba\u200bs\u200bs😀é\u0301",
        "decomposed accents": "cafe\u0301 ﬁ Ｘ ",  # not NFKC: the slow, mapped normalisation
        "near-miss token": "ghp_" + "A" * 35 + " ",
        "long word": "Zq9" * 11,
        # markers, code names and key names beside the innocent uses that scoped exceptions excuse:
        # every hit is checked against its own sentence, line or words
        "excused uses": ("desk bought second-hand, STRICTLY CONFIDENTIAL sticker. my salary is CONFIDENTIAL. "
                         "DO NOT FORWARD scam messages. Acme confidential computing. #bluebird #birding at the "
                         "Bluebird pub. PRIVATE & CONFIDENTIAL\nPUBLIC_KEY=Qw2Er5TyVb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEu "),
    }
    repeated = {name: (text * (size // len(text) + 1))[:size] for name, text in unit.items()}
    return {**repeated, **{name: text[:size] for name, text in varied.items()}}


def time_rules(rule_set, posts: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, hits). CPU time is the fairer figure on a shared machine."""
    match = rule_set.match
    hits = 0
    start, cpu = time.perf_counter(), time.process_time()
    for post in posts:
        hits += len(match(post))
    return time.perf_counter() - start, time.process_time() - cpu, hits


def time_detect_secrets(posts: list[str]) -> tuple[float, float, int]:
    """detect-secrets with its default plugins and filters, through the same per-file line scanner
    `scan_file` uses (`scan_line` is its ad-hoc mode: no filters, every word reported, ~10x slower)."""
    from detect_secrets.core.scan import _process_line_based_plugins
    from detect_secrets.settings import default_settings

    found = 0
    with default_settings():
        start, cpu = time.perf_counter(), time.process_time()
        for post in posts:
            lines = list(enumerate(post.splitlines() or [post], 1))
            found += sum(1 for _ in _process_line_based_plugins(lines, "post.txt"))
        return time.perf_counter() - start, time.process_time() - cpu, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--detect-secrets-posts", type=int, default=None,
                        help="scan only the first N posts with detect-secrets (default: all)")
    parser.add_argument("--profile", action="store_true", help="profile the rules pass with pyinstrument")
    parser.add_argument("--rules", type=Path, default=None, help="rule directory (default: bundled)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rule_set = load_rules(args.rules, load_settings(REPO / "config" / "brandwatch.yaml"))
    posts = generate_posts(args.posts, args.seed)
    chars = sum(map(len, posts))
    print(f"{len(rule_set)} rules; {len(posts):,} posts, {chars / len(posts):.0f} characters on average; "
          f"python {sys.version.split()[0]}; one core")
    time_rules(rule_set, posts[:2000])  # warm caches
    if args.profile:
        from pyinstrument import Profiler

        with Profiler() as profiler:
            time_rules(rule_set, posts)
        profiler.print()
    seconds, cpu, hits = time_rules(rule_set, posts)
    rules_rate, rules_cpu_rate = len(posts) / seconds, len(posts) / cpu
    print(f"brandwatch rules : {seconds:7.2f} s wall {rules_rate:9,.0f} posts/s | {cpu:7.2f} s CPU "
          f"{rules_cpu_rate:9,.0f} posts/s  ({hits:,} hits)")

    ds_posts = posts[: args.detect_secrets_posts] if args.detect_secrets_posts else posts
    ds_seconds, ds_cpu, ds_found = time_detect_secrets(ds_posts)
    ds_rate, ds_cpu_rate = len(ds_posts) / ds_seconds, len(ds_posts) / ds_cpu
    print(f"detect-secrets   : {ds_seconds:7.2f} s wall {ds_rate:9,.0f} posts/s | {ds_cpu:7.2f} s CPU "
          f"{ds_cpu_rate:9,.0f} posts/s  ({ds_found:,} findings, {len(ds_posts):,} posts)")
    print(f"speed-up         : {rules_rate / ds_rate:.1f}x wall, {rules_cpu_rate / ds_cpu_rate:.1f}x CPU")

    worst_name, worst = "", 0.0
    for name, text in adversarial_texts().items():
        start, cpu = time.perf_counter(), time.process_time()
        rule_set.match(text)
        wall, elapsed = time.perf_counter() - start, time.process_time() - cpu
        print(f"adversarial 100 KB {name!r:24}: {elapsed * 1000:7.1f} ms CPU ({wall * 1000:7.1f} ms wall)")
        if elapsed > worst:
            worst_name, worst = name, elapsed
    print(f"worst case per post: {worst * 1000:.1f} ms CPU ({worst_name})")
    # Judged on CPU time: on a shared machine wall time also counts the time other processes held
    # the core; on an idle machine the two agree. Both are printed above.
    ok = rules_cpu_rate >= 20_000 and rules_cpu_rate >= 10 * ds_cpu_rate
    print("targets (>= 20,000 posts/s and >= 10x detect-secrets, CPU time):", "met" if ok else "MISSED")


if __name__ == "__main__":
    main()
