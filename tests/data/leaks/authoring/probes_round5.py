"""Ordinary posts probing for false alarms after fresh5's fixes (issue 16): renders
tests/data/leaks/probes5.jsonl, scored with ../config5.yaml.

Written by helper h16 on 2026-12-03 (19:25-19:35 UTC) after reading the leak rules, so these posts are
a regression guard for the fixes they led to, never a forecast. Every post is ordinary: no leak label.
They lean on the everyday senses of the marker words (confidential, internal, private, secret,
classified, restricted, do not forward, NDA), code-name words of config5.yaml in their ordinary sense,
and numbers that look like leaks.

    /work/main/.venv/bin/python tests/data/leaks/authoring/probes_round5.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "probes5.jsonl"
PLATFORMS = ["x", "reddit", "threads", "bluesky", "mastodon"]

POSTS = [
    # marker words as emphasis, quotes or talk about documents
    "my Orrery sleep score is CONFIDENTIAL, nobody needs to know I slept 4 hours",
    "\"Confidential\" pricing on the Velluto premium card, aka call us and we'll make up a number",
    "Reuters: leaked Halden memo marked CONFIDENTIAL says recall was avoidable",
    "why does every Pipkin toy box say INTERNAL PARTS NOT USER SERVICEABLE lol",
    "found an old INTERNAL USE ONLY sticker on a chair at the Velluto branch flea market, framed it",
    "Strictly confidential: my cat is the real CEO of this house. Orrery Ring tracks her naps too",
    "Velluto's privacy policy: 'your data is kept confidential and never sold' — we'll see",
    "the Halden Internal Gear Hub is honestly the best part of the Rove",
    "Orrery Internal Medicine clinic uses the Pulse for their heart patients, neat",
    "Pipkin's internal comms team did a great job with the recall letter tbh",
    "classified as a Class II medical device, the Orrery Pulse finally got clearance",
    "RESTRICTED AREA signs at the Halden factory tour, still cool to see the frames welded",
    "my kid's Pipkin diary has a 'TOP SECRET' lock, she guards it with her life",
    "Secret Santa budget is €20 so it's a Pipkin puzzle for everyone this year",
    "private message me if you want my old Halden Cargo, price negotiable",
    "Velluto Private Banking ad on the tram, who is this for",
    "the Orrery app finally has a private mode for workouts, thank you",
    "do not share your Velluto PIN with anyone, not even someone who says they're from the bank",
    "DO NOT FORWARD chain letters, Grandma, even if they promise a free Pipkin set",
    "Please do not forward this to my boss, but the Halden commute is why I'm late every day",
    "signed an NDA for my new job (not Halden), so I'll be quiet on here for a while",
    "NDA season at work again. anyway, Pipkin Blocks are on sale",
    "the Velluto annual report has a section on internal controls, riveting",
    "Halden hires for internal audit, link in bio",
    "watched a doc about the Manhattan Project on my Orrery-tracked treadmill walk",
    "Project Runway marathon + Pipkin Studio with the kids = perfect sunday",
    "our school's science project was a Halden bike generator, won second place",
    # code-name words in their ordinary sense
    "Foxgloves everywhere in the hedges this June, stopped the Halden to take pics",
    "Kittiwake colony at the harbour is loud today, great ride out on the Rove though",
    "Marram grass on the dunes, sand in the Halden chain, worth it",
    "Lanternfish glow in the dark, the Pipkin ocean set taught my son that",
    "the silver tern tattoo my sister got is gorgeous, she paid with her Velluto card",
    "KITTIWAKE sighting! first one this spring, Orrery says I walked 14 km for it",
    "Foxglove Lane is closed for roadworks, the Halden route app didn't know",
    "The Kittiwake Inn does the best fish and chips, Velluto contactless worked fine",
    "#kittiwake #seabirds #birdwatching — saturday with the Halden Cargo",
    "listening to Foxglove's new album on the Orrery Pulse during my run",
    "Marram Bay holiday cottages, booked with Velluto points 🏖️",
    "lanternfish documentary tonight, Pipkin made a toy version apparently",
    "read a poem about a silver tern over the sea, felt things. then fixed my Halden brakes",
    # numbers that look like leaks
    "Velluto card ending 4421 charged twice, support says 3-5 days",
    "Halden order HLD-2026-118842 delayed again, the tracking says customs",
    "ORR-2 is the old Orrery ring, the ORR-3 is way better",
    "VEL 2025 annual fee waived if you spend €500, not bad",
    "the Halden store on Kungsgatan: 08-123 456 00 (from their site), open till 7",
    "Pipkin customer care 0800 123 4567, free from landlines",
    "flight KL1234 gate D7 seat 14C, bringing the Pipkin set for my nephew",
    "firmware 4.12.0.3381 for the Orrery Pulse fixed the heart-rate drift",
    "sha256 of the Halden app apk: 9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5b7d9f1a3c5e7b9d1f",
    "Pipkin Blocks SKU PKB-4410-RD back in stock at €39.99",
    "Velluto IBAN for donations to the charity run is on their website, GB82 WEST 1234 5698 7654 32 style examples in the FAQ",
    "gift card code XJ4K-99PL-QQ2M from Pipkin doesn't work at checkout",
    "the Halden Rove serial is HR24-0098812, registered it for the warranty",
    "my Orrery ring size is 9, the sizing kit was spot on",
    "booked a Halden service for 14/03/2026 at 10:30, ref 88213",
    "parcel from Pipkin: DHL 1234567890 says delivered to a neighbour",
    "Velluto app version 7.3.1 (build 20261201.4) finally supports widgets",
    "postcode SW1A 1AA for the Velluto flagship branch, in case anyone's lost",
    "coordinates 59.3326, 18.0649 for the Halden group ride meetup",
    "IMEI 356938035643809 on the Orrery companion phone box, for the insurance claim",
    # tutorials and placeholders
    "tutorial: set ORRERY_API_KEY=<your-key> in .env and run npm start",
    "Pipkin Studio docs use password: correcthorsebatterystaple in the example, cute",
    "export VELLUTO_TOKEN=xxxxxxxxxxxxxxxxxxxx then call the sandbox, per the docs",
    "the Halden SDK example uses user@example.com and hunter2, nothing real",
    "curl -H 'Authorization: Bearer $TOKEN' https://api.velluto.example/v1/accounts is the sample in their docs",
    "connection string format: Server=myServer;Database=myDB;User Id=myUser;Password=myPassword; per the Pipkin guide",
    # languages
    "Orrery-appen har ett privat läge nu, äntligen",
    "das ist vertraulich, sagte der Verkäufer, und zeigte mir dann den Velluto-Rabatt trotzdem",
    "es confidencial, me dijo el de Halden, pero el precio ya estaba en la web",
    "c'est confidentiel mais Pipkin sort un nouveau jeu en mars, tout le monde le sait",
    "gizli değil ama Velluto kartı çok iyi",
    "rahasia umum kalau Halden Rove paling enak buat tanjakan",
]


def render() -> list[dict]:
    rows = []
    for number, text in enumerate(POSTS, start=1):
        rows.append({"id": f"pr5-{number:04d}", "platform": PLATFORMS[number % len(PLATFORMS)],
                     "author": f"probe_author_{number % 9}", "author_description": None,
                     "created_at": f"2026-12-03T19:{number % 60:02d}:00Z", "text": text,
                     "labels": {"complaint": False, "topic": None, "disclosure": "missing", "endorsement": None,
                                "leaks": [], "nlra": False},
                     "reason": "negative/probe | ordinary | written to find false alarms after fresh5's fixes"})
    return rows


def main(argv: list[str]) -> int:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in render())
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(POSTS)} ordinary probes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
