"""Posts probing the scoped exceptions of the leak rules (issue 16, helper leakspan): renders
tests/data/leaks/probes6.jsonl, scored with ../config5.yaml.

Written on 2026-12-03 (22:30 UTC) by the helper who scoped the exceptions, after reading the rules,
so these posts are a regression guard, never a forecast. Two groups:
- `LEAKS`: an innocent use that a rule excuses (a second-hand sticker, "private & confidential" mail,
  a scam warning, a pub or a bird named like a code name, a public key's name, a .netrc line) and, in
  another sentence or line, a real leak of the same kind. A post-wide exception hid these.
- `ORDINARY`: innocent uses spread over two or more sentences, the posts where a narrower exception
  could raise a new false alarm.

    /work/main/.venv/bin/python tests/data/leaks/authoring/probes_round6.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "probes6.jsonl"
PLATFORMS = ["x", "reddit", "threads", "bluesky", "mastodon"]

# (text, [(kind, value), ...]): each value is an exact piece of the text.
LEAKS = [
    ("Picked up a filing cabinet at a car boot sale, still has a TOP SECRET sticker lol. Anyway the Orrery "
     "layoff deck on Blind is marked INTERNAL USE ONLY, so it's real", [("confidential", "INTERNAL USE ONLY")]),
    ("Velluto promises every complaint is handled strictly confidential. Funny, because their complaints "
     "handbook with STRICTLY CONFIDENTIAL on the cover sits on a public drive", [("confidential", "STRICTLY CONFIDENTIAL")]),
    ("post today: a letter from my GP, PRIVATE AND CONFIDENTIAL on the envelope.\nalso someone dumped the "
     "Halden dealer price list, CONFIDENTIAL in the footer of every page", [("confidential", "CONFIDENTIAL")]),
    ("my weekend plans are CONFIDENTIAL 😎 but the Pipkin Q1 roadmap slide in the fan server says "
     "RESTRICTED at the top", [("confidential", "RESTRICTED")]),
    ("pls do not forward me to another bot, Velluto! also your branch note do not forward this memo to "
     "customers is all over tiktok", [("confidential", "do not forward")]),
    ("Orrery confidential computing partner announced, whatever that means. Meanwhile a screenshot with "
     "'Orrery Confidential' in the corner shows next year's ring", [("confidential", "Orrery Confidential")]),
    ("#foxglove #wildflowers on today's walk. Unrelated: Halden's #foxglove frame turned up in a dealer's "
     "story", [("confidential", "foxglove")]),
    ("Lunch at the Kittiwake Inn. Word is Orrery shows KITTIWAKE to retailers next week",
     [("confidential", "KITTIWAKE")]),
    ("signed an NDA for my cousin's startup (not Orrery), boring. Then I signed an NDA at Orrery yesterday "
     "for the new ring, so: no comment", [("confidential", "signed an NDA")]),
    ("machine mirror.halden.example login mirror password ${MIRROR_PASS}\nthat is the mirror's netrc. my own: "
     "username rkovacs password Quokka-Lantern-88 and the Halden portal says locked",
     [("secret", "Quokka-Lantern-88")]),
    ("PUBKEY_PATH=/etc/pipkin/pub.pem\nSESSION_KEY=Rk7Tn2Wq9Lx4Zc8Vb1Mh6Jd3Fs5Gy0Pa\nthat's the Pipkin Studio "
     "plugin env, why does it not start", [("secret", "Rk7Tn2Wq9Lx4Zc8Vb1Mh6Jd3Fs5Gy0Pa")]),
    ("Private & confidential, said the envelope from Velluto. Inside: a printout of their fraud rules with "
     "VERTRAULICH stamped across it", [("confidential", "VERTRAULICH")]),
]

ORDINARY = [
    "Got a letter from Velluto today. PRIVATE & CONFIDENTIAL on the envelope. Inside it says CONFIDENTIAL "
    "again, it's just my new card PIN",
    "RESTRICTED AREA signs all over the Halden factory tour. Past the tape: RESTRICTED, staff only. Still a fun day",
    "Bought a second-hand Halden cargo bike. It came with a crate that says CONFIDENTIAL on the lid, no idea why",
    "my salary is CONFIDENTIAL. So is my Orrery sleep score, honestly",
    "DO NOT FORWARD chain letters promising free Pipkin sets. DO NOT SHARE them either, they're scams",
    "Drinks at the Kittiwake pub tonight. The Kittiwake has the best harbour view, Orrery ring on my wrist",
    "#kittiwake #seabirds #cliffs this morning. Back home my Orrery ring says 14k steps. #kittiwake chicks everywhere",
    "Foxglove pink is my favourite paint colour. Painted the Pipkin playhouse in it, Foxglove everywhere now",
    "Velluto confidential helpline for fraud victims. Called the confidential line twice, the staff were kind",
    "all Halden job applications are treated strictly confidential. Strictly confidential, they said twice on the call",
    "found INTERNAL USE ONLY stickers at a flea market. Stuck one on my Pipkin Studio laptop: INTERNAL USE ONLY now lol",
    "Strictly confidential: my dog ate the Orrery ring charger.\nHe also chewed the Velluto card, send help",
    "signed an NDA to view a flat (not Halden). The landlord wanted a second one for the parking space, absurd",
    "please do not forward me to the app again, Velluto. please do not share my number with partners either",
    "Orrery internal medicine ward was great. The internal medicine nurses even knew the Orrery Pulse",
]


def _row(number: int, text: str, leaks: list[tuple[str, str]]) -> dict:
    for _, value in leaks:
        assert value in text, value
    group = "leak beside an excused use" if leaks else "ordinary | innocent uses over several sentences"
    return {"id": f"pr6-{number:04d}", "platform": PLATFORMS[number % len(PLATFORMS)],
            "author": f"probe_author_{number % 9}", "author_description": None,
            "created_at": f"2026-12-03T22:{number % 60:02d}:00Z", "text": text,
            "labels": {"complaint": False, "topic": None, "disclosure": "missing", "endorsement": None,
                       "leaks": [{"kind": kind, "value": value} for kind, value in leaks], "nlra": False},
            "reason": f"probe | {group} | written with the rules open after scoping exceptions"}


def render() -> list[dict]:
    posts = [*LEAKS, *((text, []) for text in ORDINARY)]
    return [_row(number, text, leaks) for number, (text, leaks) in enumerate(posts, start=1)]


def main(argv: list[str]) -> int:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in render())
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(LEAKS)} leak probes and {len(ORDINARY)} ordinary probes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
