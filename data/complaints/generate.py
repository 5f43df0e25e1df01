"""Render the complaint/topic corpus (data/complaints/corpus.jsonl) from the hand-written pieces.

    python data/complaints/generate.py            # from the repository root; deterministic

A post is one template (a post shape written by hand for one pattern) filled with independently
written pieces: a brand of some industry, one of its products, what went wrong, a person, a charge,
a duration, a consequence, then put in a register (lower case, no apostrophes, an emoji, a trailing
hashtag, a Reddit-style lead-in). Templates and brands are split between training and validation
so validation figures measure posts whose shape and brand the model never saw (README.md).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import brands  # noqa: E402
import templates_en as en  # noqa: E402
import templates_intl as intl  # noqa: E402

SEED = 20261202
RENDERS_PER_TEMPLATE = 34
VALIDATION_EVERY = 5  # in each pattern, templates 2, 7, 12, ... are validation-only
LEAD_INS = ["Not sure where else to post this.", "Long time customer here.", "PSA for anyone thinking of buying.",
            "Rant incoming, sorry.", "Posting this in case it helps someone.", "Okay so.", "Quick story."]
EMOJI = ["😡", "🙄", "😤", "😭", "🤦", "👎", "😂", "🙃", "😐", "💀"]
HAPPY_EMOJI = ["😍", "🙌", "👏", "❤️", "😊", "🔥"]


def validation_brands() -> set[str]:
    """The last brand of every industry: never seen in training."""
    return {spec["brands"][-1][0] for spec in brands.INDUSTRIES.values()}


def template_rows() -> list[tuple[str, str, str, bool, str | None, str]]:
    """(template id, language, template, complaint, topic, sentiment) for every hand-written shape."""
    rows = []
    for pattern, entries in en.PATTERNS.items():
        rows += [(f"en.{pattern}.{i}", "en", *entry) for i, entry in enumerate(entries)]
    for language, spec in intl.LANGUAGES.items():
        rows += [(f"{language}.{i}", language, *entry) for i, entry in enumerate(spec["templates"])]
    return rows


def is_validation_template(template_id: str) -> bool:
    return int(template_id.rsplit(".", 1)[1]) % VALIDATION_EVERY == 2


def _fill(template: str, language: str, industry: str, brand: str, handle: str, rng: random.Random) -> str:
    spec = brands.INDUSTRIES[industry]
    local = intl.LANGUAGES.get(language)
    tags = rng.sample(en.TAGS, 2)
    values = {
        "b": brand, "at": f"@{handle}" if rng.random() < 0.55 else brand, "p": rng.choice(spec["products"]),
        "f": rng.choice(local["faults"] if local else spec["faults"]),
        "s": rng.choice(spec["staff"]), "staff": rng.choice(local["staff"]) if local else "",
        "pol": rng.choice(local["policy"] if local else spec["policy"]), "req": rng.choice(spec["request"]),
        "c": rng.choice(brands.COMPETITORS), "n": str(rng.randint(2, 14)),
        "d": rng.choice(intl.DURATIONS[language] if local else en.DURATIONS),
        "amt": rng.choice(["$", "€", "£"]) + str(rng.choice([4.99, 9.99, 12, 25, 39.5, 60, 120, 249])),
        "order": f"#{rng.randint(10000, 999999)}", "tag": tags[0], "tag2": tags[1], "life": rng.choice(en.LIFE),
        "news": rng.choice(en.NEWS), "friend": rng.choice(en.FRIENDS), "cons": rng.choice(en.CONSEQUENCES),
    }
    values["praise"] = rng.choice(en.PRAISE).format(**values)
    return template.format(**values)


def _register(text: str, language: str, sentiment: str, rng: random.Random) -> tuple[str, str]:
    """The same post as different people would type it; returns (text, platform)."""
    platform = "reddit" if rng.random() < 0.3 else "x"
    roll = rng.random()
    if roll < 0.25:
        text = text.lower()
    elif roll < 0.35 and language == "en":
        text = text.replace("'", "").replace("’", "")
    if rng.random() < 0.2:
        text = text.rstrip(".") + " " + rng.choice(HAPPY_EMOJI if sentiment == "positive" else EMOJI)
    if platform == "reddit" and language == "en" and rng.random() < 0.5:
        text = f"{rng.choice(LEAD_INS)} {text}"
    return text, platform


def render() -> list[dict]:
    rng = random.Random(SEED)
    held_out = validation_brands()
    pools = {split: [b for b in brands.all_brands() if (b[1] in held_out) == (split == "validation")]
             for split in ("train", "validation")}
    posts, seen = [], set()
    for template_id, language, template, complaint, topic, sentiment in template_rows():
        split = "validation" if is_validation_template(template_id) else "train"
        for _ in range(RENDERS_PER_TEMPLATE):
            industry, name, handle = rng.choice(pools[split])
            text, platform = _register(_fill(template, language, industry, name, handle, rng), language, sentiment, rng)
            if text in seen:
                continue
            seen.add(text)
            posts.append({"id": f"c{len(posts) + 1:05d}", "split": split, "template": template_id, "lang": language,
                          "platform": platform, "industry": industry, "brand": name, "handle": handle, "text": text,
                          "labels": {"complaint": complaint, "topic": topic, "sentiment": sentiment}})
    return posts


def main() -> None:
    posts = render()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for post in posts:
            out.write(json.dumps(post, ensure_ascii=False) + "\n")
    by_split = {s: sum(p["split"] == s for p in posts) for s in ("train", "validation")}
    complaints = sum(p["labels"]["complaint"] for p in posts)
    print(f"{len(posts)} posts ({by_split}), {complaints} complaints", file=sys.stderr)


if __name__ == "__main__":
    main()
