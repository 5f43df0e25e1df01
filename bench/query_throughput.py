"""Brand-query matching throughput: a 50-term query over generated posts on one core.

    PYTHONPATH=src python bench/query_throughput.py [--posts 100000] [--seed 11]

Generates short posts (hashtags, handles, links, emoji; about a third name the brand), compiles a
query with 50 terms (words, phrases, wildcards, NEAR, a case-sensitive word, fields) and times
`Query.matches` on each post, the post cut into words included. `lang:` reads the platform's
language field here (the pipeline passes the detector's answer, computed for other reasons anyway).
Target: >= 20,000 posts/s per core, judged on CPU time (the machine is shared).
Also times the worst case: a 100 KB post made of the query's own words.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from brandwatch.queries.facts import PostFacts  # noqa: E402
from brandwatch.queries.query import compile_query  # noqa: E402
from brandwatch.query_syntax.nodes import Field, Phrase, Word, children  # noqa: E402

QUERY = """
(acme OR "acme corp" OR acmecorp OR #acme OR @acme OR @acmesupport OR roadrunner* OR anvil*
 OR "rocket skates" OR "giant magnet" OR "earthquake pills" OR "bird seed" OR cs:ACME OR tornado-kit
 OR (rocket ONEAR/2 (skate* OR boots)) OR (acme NEAR/4 (order OR delivery OR package)))
AND (broken OR refund* OR "customer service" OR support OR waiting OR late OR crashed OR terrible
 OR hate OR love OR great OR awful OR (battery NEAR/3 (dead OR died OR drain*)) OR "never again"
 OR disappointed OR scam* OR useless)
AND NOT (giveaway OR #ad OR sponsored OR contest OR coupon* OR "promo code" OR author:acmesupport
 OR author:acme_deals* OR subreddit:acmecirclejerk)
AND (lang:en OR lang:es OR platform:reddit)
"""

WORDS = ("the my your order support app update love hate broken again still waiting days weeks refund "
         "price new launch great terrible customer service today finally anyone else delivery package box "
         "store phone call help fix works crashed battery screen dead rocket skates boots anvil giveaway "
         "never disappointed late awful").split()
BRAND = ["Acme", "acme", "ACME", "Acme Corp", "#acme", "@acme", "@AcmeSupport", "roadrunner", "Anvil",
         "rocket skates", "giant magnet", "tornado kit"]
HASHTAGS = ["#fail", "#ad", "#acme", "#monday", "#tech", "#deal", "#custserv"]
EMOJI = ["😀", "😂", "😡", "🙏", "🔥", "🚀", "👍", "👎", "❤️"]
AUTHORS = ["jane_doe", "acmesupport", "acme_deals_bot", "rocketfan", "bob", "user123"]


def generate_posts(count: int, seed: int) -> list[PostFacts]:
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        parts = rng.choices(WORDS, k=rng.randint(6, 28))
        if rng.random() < 0.35:
            parts.insert(rng.randrange(len(parts)), rng.choice(BRAND))
        if rng.random() < 0.5:
            parts.insert(rng.randrange(len(parts)), rng.choice(EMOJI))
        if rng.random() < 0.3:
            parts.append("https://t.co/" + "".join(rng.choices("abcdefXYZ0123", k=10)))
        if rng.random() < 0.4:
            parts += rng.sample(HASHTAGS, rng.randint(1, 2))
        platform = rng.choice(["x", "reddit"])
        posts.append(PostFacts(" ".join(parts), platform, rng.choice(AUTHORS),
                               rng.choice(["acme", "acmecirclejerk", "gadgets"]) if platform == "reddit" else None,
                               rng.choice(["en", "en", "en", "es", "de"]) if platform == "x" else None))
    return posts


def count_terms(node) -> int:
    if isinstance(node, (Word, Phrase, Field)):
        return 1
    return sum(count_terms(child) for child in children(node))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    query = compile_query(QUERY)
    posts = generate_posts(args.posts, args.seed)
    matches = query.matches
    wall, cpu = time.perf_counter(), time.process_time()
    matched = sum(1 for post in posts if matches(post))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"query terms: {count_terms(query.tree)}; posts: {len(posts)}; matched: {matched} "
          f"({matched / len(posts):.1%})")
    print(f"throughput: {len(posts) / cpu:,.0f} posts/s CPU, {len(posts) / wall:,.0f} posts/s wall "
          f"(load average {os.getloadavg()[0]:.2f})")
    worst = PostFacts(" ".join(["acme rocket skates broken refunds battery"] * 2500)[:100_000], "x", "bob", None, "en")
    cpu = time.process_time()
    query.matches(worst)
    print(f"worst case: a 100 KB post of the query's own words: {(time.process_time() - cpu) * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
