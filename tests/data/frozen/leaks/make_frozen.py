"""Render the frozen hard leak set: posts.jsonl from the hand-written post modules.

Run from anywhere:  /work/main/.venv/bin/python tests/data/frozen/leaks/make_frozen.py
Deterministic (fixed seeds). Checks every label before writing: value is an exact substring of the
text, ids unique, cards pass Luhn, IBANs pass mod-97, phone numbers are valid for some region.
Leaks are marked inline in the sources as \u27e6kind|value\u27e7 (s = secret, p = pii, c = confidential), so
a label can never drift from its text.
"""

import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fakes  # noqa: E402
import posts_secrets  # noqa: E402
import posts_pii  # noqa: E402
import posts_confidential  # noqa: E402
import posts_negatives  # noqa: E402
import posts_ordinary  # noqa: E402

KINDS = {"s": "secret", "p": "pii", "c": "confidential"}
MARK = re.compile("\u27e6([spc])\\|(.*?)\u27e7", re.S)
META = random.Random(716)

HANDLES = [
    "kai_rowe", "mbarros", "ttrinh_dev", "oluwaseun.k", "janne_h", "priya_codes", "ferdyverde", "the_real_mags",
    "hollowpine", "devnull_dana", "sk8erjoao", "linh.pham", "quietkettle", "gwen_ops", "marek_b", "ayo_builds",
    "lucia.ferr", "bitsandbobs", "nora_k", "rafa_tx", "wrenfield", "ines_m", "tobi_lagos", "snowyowl42",
    "hank_the_tank", "ceri.jones", "emre_k", "yuki_s", "paddy_o", "sysadmin_sam", "mira_v", "bjorn_again",
]


def _when():
    start = dt.datetime(2026, 1, 3, tzinfo=dt.timezone.utc)
    return (start + dt.timedelta(seconds=META.randint(0, 330 * 86400))).strftime("%Y-%m-%dT%H:%M:%SZ")


def render(raw):
    leaks = [{"kind": KINDS[k], "value": v} for k, v in MARK.findall(raw)]
    text = MARK.sub(lambda m: m.group(2), raw)
    return text, leaks


def collect():
    rows = []

    def add(platform, raw, tags, reason, author=None):
        text, leaks = render(raw)
        rows.append({"platform": platform, "author": author or META.choice(HANDLES), "author_description": None,
                     "created_at": _when(), "text": text, "labels": {"leaks": leaks},
                     "tags": list(tags), "reason": reason})

    for module in (posts_secrets.secrets, posts_pii.pii, posts_confidential.confidential,
                   posts_negatives.negatives, posts_ordinary.ordinary):
        module(add)
    for i, row in enumerate(rows, 1):
        row["id"] = f"fl{i:04d}"
    return [{"id": r["id"], **{k: v for k, v in r.items() if k != "id"}} for r in rows]


def _digits(s):
    return "".join(c for c in s if c.isdigit())


def validate(rows):
    problems = []
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(r["text"] for r in rows)
    problems += [f"duplicate text: {t[:60]!r}" for t, n in texts.items() if n > 1]
    for r in rows:
        if "\u27e6" in r["text"] or "\u27e7" in r["text"]:
            problems.append(f"{r['id']}: unrendered marker")
        for leak in r["labels"]["leaks"]:
            v = leak["value"]
            if v not in r["text"] or not v.strip():
                problems.append(f"{r['id']}: value not in text: {v!r}")
            tags = set(r["tags"])
            if leak["kind"] == "pii":
                if any(t.startswith("pii-card") for t in tags) and re.fullmatch(r"[\d \-.]{12,30}", v):
                    d = _digits(v)
                    if not (12 <= len(d) <= 19 and fakes.luhn_ok(d)) or d in fakes.FAMOUS_TEST_CARDS:
                        problems.append(f"{r['id']}: bad card {v!r}")
                if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,40}", v):
                    if not fakes.iban_ok(v):
                        problems.append(f"{r['id']}: bad IBAN {v!r}")
                if any(t.startswith("pii-phone") for t in tags) and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and re.fullmatch(r"[+\d][\d \-.()/]{6,24}(?: ?(?:ext\.?|x) ?\d+)?", v):
                    core = re.split(r" ?(?:ext\.?|x) ?\d+$", v)[0]
                    region = next((t.split(":", 1)[1] for t in tags if t.startswith("region:")), None)
                    if not fakes.phone_valid(core, region):
                        problems.append(f"{r['id']}: invalid phone {v!r} region {region}")
        if not r["labels"]["leaks"] and not ({"hard-negative", "ordinary"} & set(r["tags"])):
            problems.append(f"{r['id']}: no leak but not tagged hard-negative/ordinary")
        if r["labels"]["leaks"] and ({"hard-negative", "ordinary"} & set(r["tags"])) and "mixed" not in r["tags"]:
            problems.append(f"{r['id']}: leak in a post tagged negative")
        json.dumps(r, ensure_ascii=False)
    return problems


def counts(rows):
    c = Counter()
    c["posts"] = len(rows)
    for r in rows:
        c[f"platform {r['platform']}"] += 1
        kinds = {l["kind"] for l in r["labels"]["leaks"]}
        for k in kinds:
            c[f"posts with {k}"] += 1
        for l in r["labels"]["leaks"]:
            c[f"values {l['kind']}"] += 1
        if not kinds:
            c["posts with no leak"] += 1
        for t in r["tags"]:
            c[f"tag {t}"] += 1
    return c


def main():
    rows = collect()
    problems = validate(rows)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k, v in sorted(counts(rows).items()):
        print(f"{k}\t{v}")


if __name__ == "__main__":
    main()
