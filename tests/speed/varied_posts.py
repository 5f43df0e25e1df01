"""Seeded posts that exercise what the fast readers must get exactly right: every phrase the slow
reference treats specially (negations, boosters, idioms, "but", "least", "kind of", caps, emoji,
repeated punctuation, quotes, money, waiting, brand ties), short and very long, plus the bundled
sample posts and the labelled dev set."""

from __future__ import annotations

import json
import random
from importlib import resources
from pathlib import Path
from typing import Iterator

from vaderSentiment import vaderSentiment as vader

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset.jsonl"

PHRASES = [
    "but", "But", "BUT", "kind of", "sort of", "least", "at least", "the very least", "no", "nor", "or",
    "never so", "never this", "without doubt", "without a doubt", "not", "isn't", "won't", "can't", "nobody",
    "my order", "my refund", "I paid", "we ordered", "3 weeks late", "still waiting", "since Monday",
    "for the last two days", "it's been 5 days", "took me 3 hours", "@acme", "@AcmeSupport", "Acme", "#acme",
    "#lifeatacme", "I work at Acme", "my wife works at Acme", "I'm an Acme ambassador", "ex-Acme", "used to",
    "$40", "£12.50", "20 bucks", "why is", "how come", "what am i", "please fix", "call me back", "refund me",
    "told me", "hung up", "nobody answered", "never called back", "no response", "left on read", "copy-paste reply",
    "third time", "5 times", "again and again", "went from $6 to $11", "now requires", "no longer", "zero notice",
    "'unlimited'", "\"delivered\"", "‘fixed’", "love", "thanks a lot", "great job", "oh great,", "so much for",
    "insane", "sick", "killed it", "not broken", "if it breaks", "never crashes", "keeps crashing", "died",
    "fixed it", "replaced my", "no questions asked", "my bad", "kidding", "jk", "/s", "breaking:", "reportedly",
    "according to", "shares fell", "supposed to", "advertised", "should not have to", "anyone else", "is this normal",
    "smh", "ugh", "wtf", "??", "!!", "!!!", "?", "!", "...", ":)", ":(", ":D", "<3", "the shit", "the bomb",
    "bad ass", "yeah right", "cut the mustard", "kiss of death", "hand to mouth", "support agent", "the rep",
    "the driver", "please help", "I'm not happy", "not impressed", "unacceptable", "ridiculous", "never again",
    "in 2026.", "out of the box", "day 3", "after a week", "only lasted", "instead of", "had to",
]


def _vocabulary(rng: random.Random) -> list[str]:
    analyzer = vader.SentimentIntensityAnalyzer()
    lexicon = sorted(analyzer.lexicon)
    emoji = sorted(key for key in analyzer.emojis if len(key) == 1)
    words = rng.sample(lexicon, 1500) + sorted(vader.BOOSTER_DICT) + list(vader.NEGATE)
    words += sorted(vader.SPECIAL_CASES) + sorted(vader.SENTIMENT_LADEN_IDIOMS) + PHRASES * 4
    words += rng.sample(emoji, 200) + ["😡", "🙄", "🙃", "🔥", "💯", "😍", "😂", "👍🏽"] * 5
    words += "the a it is was my our your you i we they this that and to of for with on at in".split() * 20
    return words


def _shape(rng: random.Random, word: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return word.upper()
    if roll < 0.12:
        return word.capitalize()
    if roll < 0.16:
        return word + rng.choice([",", ".", "!", "?", "!!", "...", ":", ")", "'"])
    if roll < 0.18:
        return rng.choice(["(", "\"", "'", "*"]) + word
    return word


def synthetic(count: int, seed: int = 26, long_every: int = 40) -> Iterator[str]:
    rng = random.Random(seed)
    words = _vocabulary(rng)
    for index in range(count):
        length = rng.randint(300, 1100) if index % long_every == 0 else rng.randint(1, 40)
        text = " ".join(_shape(rng, rng.choice(words)) for _ in range(length))
        if rng.random() < 0.1:  # joined emoji and punctuation without spaces
            text = text.replace(" ", rng.choice(["", "  ", "\n", " "]), rng.randint(1, 3))
        if rng.random() < 0.05:  # a whole post in capitals
            text = text.upper()
        yield text


def real_texts() -> list[str]:
    sample = resources.files("brandwatch.data").joinpath("sample_posts.jsonl").read_text(encoding="utf-8")
    posts = [json.loads(line) for line in sample.splitlines() if line.strip()]
    posts += [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [post["text"] for post in posts]


def varied_texts(count: int, seed: int = 26) -> list[str]:
    """The sample and dev-set texts, then synthetic posts up to `count` in all."""
    texts = real_texts()
    return texts + list(synthetic(max(0, count - len(texts)), seed))
