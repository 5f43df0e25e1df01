"""Render tests/data/leaks/devset.jsonl from the hand-written templates (deterministic).

Run from the repository root:  .venv/bin/python tests/data/leaks/authoring/build_leak_devset.py [--check]
With --check nothing is written; the exit status says whether the committed file is current.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import confidential_posts
import negatives_more
import negatives_pii_conf
import negatives_secret
import pii_posts
import secret_more
import secret_posts
from fakes import Fakes
from post import KINDS, Draft, labelled_row

OUT = HERE.parent / "devset.jsonl"
# The phone numbers in devset.jsonl were drawn with this version of phonenumbers' metadata.
PHONENUMBERS_BUILT_WITH = "9.0.43"
PHONE_GROUPS = ("pii/phone", "pii/combined")
SEED = 20260316

# Every module gets its own seeded generator, so adding posts to one module leaves the others'
# values unchanged.
MODULES = [("secret", secret_posts, 101), ("pii", pii_posts, 202), ("confidential", confidential_posts, 303),
           ("neg-secret", negatives_secret, 404), ("neg-pii-conf", negatives_pii_conf, 505),
           ("neg-more", negatives_more, 606), ("secret-more", secret_more, 707)]

HANDLE_A = ["night", "pixel", "coffee", "trail", "kettle", "orbit", "maple", "river", "static", "velvet", "paper",
            "lunar", "quiet", "salt", "copper", "fern", "devops", "homelab", "sysadmin", "tiny"]
HANDLE_B = ["owl", "fox", "coder", "runner", "dad", "mum", "nerd", "cat", "smith", "_dev", "wren", "otter", "panda",
            "baker", "rider", "_ops", "hacker", "gardener", "maker", "sailor"]
DESCRIPTIONS = [None] * 12 + ["dad, runner, bad at passwords", "backend dev @ a startup you haven't heard of",
                              "she/her · coffee · cats", "homelab tinkerer", "Entwickler aus Leipzig",
                              "ingeniera de datos 🇲🇽", "photographe amateur", "views my own"]


def _author(r: random.Random) -> str:
    return r.choice(HANDLE_A) + r.choice(HANDLE_B) + (str(r.randint(1, 999)) if r.random() < 0.6 else "")


def _platform(r: random.Random, d: Draft) -> str:
    if d.platform:
        return d.platform
    if len(d.text) > 280 or "\n" in d.text and len(d.text) > 160:
        return "reddit"
    return "x" if r.random() < 0.7 else "reddit"


def drafts() -> list[Draft]:
    out: list[Draft] = []
    for _, module, seed in MODULES:
        out.extend(module.all_posts(Fakes(seed)))
    return out


def render() -> list[dict]:
    r = random.Random(SEED)
    seen: set[str] = set()
    rows = []
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for d in drafts():
        if d.text in seen:  # a template with no random part can render twice; keep the first
            continue
        seen.add(d.text)
        for leak in d.leaks:
            assert leak["kind"] in KINDS and leak["value"] in d.text, (d.context, leak)
        created = start + dt.timedelta(seconds=r.randint(0, 330 * 86400))
        platform = _platform(r, d)
        author = d.author or _author(r)
        description = d.author_description if d.author_description else r.choice(DESCRIPTIONS)
        rows.append(labelled_row(f"lk{len(rows) + 1:04d}", platform, author, description,
                                 created.strftime("%Y-%m-%dT%H:%M:%SZ"), d))
    return rows


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    text = serialise(render())
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        return 0 if current == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} posts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
