"""The FTC/NLRA development set: hand-written parts (ftc_parts.py) combined into labelled posts.

Rendered by build.py into tests/data/endorsements/devset.jsonl. Each post gets one expected class
(docs/labelling-endorsements.md), a disclosure status and a `case` naming the rule that decided it,
plus a one-line reason. Labels follow from how the post was put together (who wrote it, on which
local date, which disclosure where), never from running a detector.

Roster (tests/data/endorsements/*.csv, brand time zone America/Denver):
officers rosadelgado/rosa_d/rosa_delgado (mastodon), victorosei; managers owenbarrett_k/owen_b,
ines_moreau/ines_m (mastodon); staff meitanaka/meit, luzortega/luz_o, samwhitlock, carlhess/carl_h
(from 2026-02-02), jamalg/jgreene_wh (until 2026-04-30), deepark_k (until 2026-07-31);
partners tessavaughn/tessav, trailtalk_yt/trailtalk, bealind/bea_lind, nicoalvarez
(2026-03-01 to 2026-09-30).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import ftc_parts as P

VISIBLE = 125
OFFICERS = [("x", "rosadelgado"), ("reddit", "rosa_d"), ("mastodon", "rosa_delgado"), ("x", "victorosei")]
MANAGERS = [("x", "owenbarrett_k"), ("reddit", "owen_b"), ("x", "ines_moreau"), ("mastodon", "ines_m")]
STAFF = [("x", "meitanaka"), ("reddit", "meit"), ("x", "luzortega"), ("reddit", "luz_o"), ("x", "samwhitlock"),
         ("x", "carlhess"), ("reddit", "carl_h")]
PARTNERS = [("x", "tessavaughn"), ("reddit", "tessav"), ("x", "trailtalk_yt"), ("reddit", "trailtalk"),
            ("x", "bealind"), ("reddit", "bea_lind")]
LOOKALIKES = [("x", "meitanaka_"), ("x", "rosadelgado_fan"), ("x", "tessavaughnn"), ("x", "trailtalk_yt_clips"),
              ("x", "owenbarret_k"), ("reddit", "meit2"), ("x", "bealind_art"), ("reddit", "luz_o_o")]
BRAND_ACCOUNTS = [("x", "kestrel"), ("x", "kestrelhelp"), ("reddit", "kestrel_official")]
FIRST = ["kai", "ren", "mo", "ash", "lee", "dana", "jo", "sol", "vik", "tam", "ivy", "bo", "ola", "pat", "nat"]
LAST = ["hikes", "outdoors", "camps", "trail", "cooks", "_k", "92", "_peaks", "wanders", "_co", "runs", "climbs"]
BUILDERS = []


@dataclass
class Row:
    platform: str
    author: str
    text: str
    expected: str
    disclosure: str
    case: str
    reason: str
    description: str | None = None
    at: str | None = None


def builder(fn):
    BUILDERS.append(fn)
    return fn


def _customer(rng: random.Random) -> tuple[str, str]:
    return rng.choice(["x", "x", "reddit", "mastodon"]), rng.choice(FIRST) + rng.choice(LAST) + str(rng.randint(1, 99))


def _active_at(rng: random.Random) -> str:
    """A moment in the window where every active-roster author above is active (local dates)."""
    return f"2026-{rng.randint(3, 7):02d}-{rng.randint(2, 27):02d}T{rng.randint(15, 23):02d}:{rng.randint(0, 59):02d}:00Z"


def _praise(rng: random.Random, promo: bool = True) -> str:
    text = rng.choice(P.PRAISE).format(p=rng.choice(P.PRODUCTS))
    return text + (rng.choice(P.PROMO_TAILS) if promo else "")


def place(body: str, term: str, where: str) -> tuple[str, str, str]:
    """Put a clear term in a post; return text, disclosure status and how it was placed."""
    if where == "start":
        text = f"{term} {body}"
    elif where == "mid":
        head, dot, tail = body.partition(". ")
        text = f"{head}{dot} {term} {tail}".replace("  ", " ") if dot else f"{body} {term}"
    elif where == "wall":
        text = f"{body} #camping #outdoors #gearreview #hiking {term}"
        return text, "ambiguous", "at the end of a wall of hashtags"
    elif where == "padding":
        text = f"{body}\n.\n.\n.\n.\n{term}"
        return text, "ambiguous", "below line-break padding"
    elif where == "emoji":
        text = f"{body} 🏕️🔥🏕️🔥🏕️🔥 {term}"
        return text, "ambiguous", "behind emoji padding"
    elif where == "more":
        text = f"{body}… more {term}"
        return text, "ambiguous", 'after a "more" cut'
    elif where == "late":
        text = f"{body} Packed it for the whole long weekend, through rain, wind and one very curious raccoon. {term}"
    else:
        text = f"{body} {term}"
    index = text.index(term)
    if index > 0 and index >= VISIBLE:
        return text, "ambiguous", f"clear term starts at character {index}, past the first {VISIBLE}"
    return text, "clear", "clear term in view"


def disclosed(rng: random.Random, body: str, kind: str) -> tuple[str, str, str, str]:
    """A post with a disclosure of `kind` (clear, vague, buried, negated, none).
    Returns text, disclosure status, case, and why."""
    if kind == "clear":
        term, where = rng.choice(P.CLEAR)
        text, status, why = place(body, term, where)
        return text, status, "clear-disclosure" if status == "clear" else "buried-disclosure", f"'{term}': {why}"
    if kind == "buried":
        term, _ = rng.choice([c for c in P.CLEAR if c[0].startswith("#")])
        text, status, why = place(body, term, rng.choice(["wall", "padding", "emoji", "more", "late"]))
        return text, status, "buried-disclosure", f"'{term}' {why}"
    if kind == "vague":
        term = rng.choice(P.VAGUE)
        return f"{body} {term}", "ambiguous", "vague-disclosure", f"only a vague term '{term}'"
    if kind == "negated":
        term = rng.choice(P.NEGATED)
        text = f"{term} {body}" if rng.random() < 0.5 else f"{body} {term}"
        return text, "missing", "negated-disclosure", f"'{term}' denies or only looks like a disclosure"
    return body, "missing", "no-disclosure", "no disclosure in the post"


def insider_class(role: str, status: str) -> str:
    if status == "clear":
        return "none"
    if status == "ambiguous":
        return "ambiguous-disclosure"
    return f"{role}-undisclosed"


@builder
def roster_staff_praise(rng):
    rows = []
    for kind, n in (("none", 24), ("negated", 12), ("vague", 16), ("buried", 14), ("clear", 18)):
        for _ in range(n):
            platform, author = rng.choice(STAFF)
            text, status, case, why = disclosed(rng, _praise(rng), kind)
            expected = insider_class("employee", status)
            rows.append(Row(platform, author, text, expected, status, f"roster-employee/{case}",
                            f"active roster employee praises the product; {why}", at=_active_at(rng)))
    return rows


@builder
def roster_partner_praise(rng):
    rows = []
    for kind, n in (("none", 26), ("negated", 12), ("vague", 14), ("buried", 12), ("clear", 18)):
        for _ in range(n):
            platform, author = rng.choice(PARTNERS)
            text, status, case, why = disclosed(rng, _praise(rng), kind)
            rows.append(Row(platform, author, text, insider_class("partner", status), status,
                            f"roster-partner/{case}", f"active roster partner promotes; {why}", at=_active_at(rng)))
    return rows


@builder
def senior_promotions(rng):
    """Officers and managers promoting without reviewing: ordinary employee classes (R2)."""
    rows = []
    for kind, n in (("none", 16), ("vague", 6), ("clear", 6)):
        for _ in range(n):
            platform, author = rng.choice(OFFICERS + MANAGERS)
            body = rng.choice(P.OFFICER_PROMOS).format(p=rng.choice(P.PRODUCTS))
            text, status, case, why = disclosed(rng, body, kind)
            rows.append(Row(platform, author, text, insider_class("employee", status), status,
                            f"senior-promotion/{case}", f"officer or manager announces or sells, not a review; {why}",
                            at=_active_at(rng)))
    return rows


@builder
def officer_reviews(rng):
    rows = []
    for kind, n in (("none", 30), ("vague", 10), ("negated", 6), ("clear", 10)):
        for _ in range(n):
            platform, author = rng.choice(OFFICERS + MANAGERS)
            body = rng.choice(P.OFFICER_REVIEWS).format(p=rng.choice(P.PRODUCTS))
            text, status, case, why = disclosed(rng, body, kind)
            expected = "none" if status == "clear" else "officer-review-undisclosed"
            rows.append(Row(platform, author, text, expected, status, f"officer-review/{case}",
                            f"officer or manager reviews the product (16 CFR 465.5(a)); {why}", at=_active_at(rng)))
    return rows


@builder
def solicitations(rng):
    rows = []
    for _ in range(40):
        platform, author = rng.choice(OFFICERS + MANAGERS)
        text = rng.choice(P.SOLICITATIONS).format(p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "review-solicitation", "missing", "review-solicitation",
                        "officer or manager asks staff or relatives for reviews (16 CFR 465.5(c))", at=_active_at(rng)))
    for _ in range(8):  # customers asking for reviews: not insiders asking insiders
        platform, author = _customer(rng)
        text = rng.choice(P.CUSTOMER_REVIEW_ASKS).format(p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "none", "missing", "customer-review-ask",
                        "a customer asks for or writes reviews; no insider, no finding"))
    return rows


@builder
def suppression(rng):
    rows = []
    for _ in range(40):
        platform, author = rng.choice(BRAND_ACCOUNTS + BRAND_ACCOUNTS + MANAGERS + STAFF[:3])
        u = rng.choice(FIRST) + rng.choice(LAST)
        text = rng.choice(P.SUPPRESSION).format(p=rng.choice(P.PRODUCTS), u=u)
        who = "the brand's account" if (platform, author) in BRAND_ACCOUNTS else "a roster employee"
        rows.append(Row(platform, author, text, "review-suppression", "missing", "review-suppression",
                        f"{who} threatens a reviewer (16 CFR 465.7)", at=_active_at(rng)))
    for _ in range(20):
        platform, author = rng.choice(BRAND_ACCOUNTS)
        u = rng.choice(FIRST) + rng.choice(LAST)
        text = rng.choice(P.POLITE_REPLIES).format(p=rng.choice(P.PRODUCTS), u=u)
        rows.append(Row(platform, author, text, "none", "missing", "brand-polite-reply",
                        "the brand answers a reviewer without any threat", at=_active_at(rng)))
    return rows


@builder
def self_identified(rng):
    rows = []
    for _ in range(40):  # profile ties: insider, and a profile never discloses
        platform, author = _customer(rng)
        kind = rng.choice(["none", "none", "vague", "negated"])
        if rng.random() < 0.7:
            profile, role = rng.choice(P.EMPLOYEE_PROFILES), "employee"
        elif rng.random() < 0.5:
            profile, role = rng.choice(P.FAMILY_PROFILES), "employee"
        else:
            profile, role = rng.choice(P.PARTNER_PROFILES), "partner"
        if kind == "negated":
            term = rng.choice([t for t in P.NEGATED if "employee" not in t and "affiliated" not in t
                               and "work for" not in t and "ambassador" not in t])
            body = _praise(rng)
            text, status, case, why = (f"{body} {term}", "missing", "negated-disclosure",
                                       f"'{term}' denies or only looks like a disclosure")
        else:
            text, status, case, why = disclosed(rng, _praise(rng), kind)
        rows.append(Row(platform, author, text, insider_class(role, status), status, f"profile-tie/{case}",
                        f"profile states a current tie ('{profile}'); {why}", description=profile))
    for _ in range(30):  # ties stated in the post: a statement in view is itself the disclosure
        platform, author = _customer(rng)
        statements = P.EMPLOYEE_STATEMENTS + P.FAMILY_STATEMENTS + P.PARTNER_STATEMENTS
        statement = rng.choice(statements)
        body = _praise(rng, promo=False)
        late = rng.random() < 0.3
        if late:
            text = (f"{body} Took it on a four-day loop through the high desert and it never once let me down. "
                    f"({statement}.)")
        else:
            text = f"{statement}, and {body[0].lower()}{body[1:]}" if not statement.startswith("(") else f"{statement} {body}"
        index = text.index(statement)
        status = "clear" if index < VISIBLE else "ambiguous"
        role = "partner" if statement in P.PARTNER_STATEMENTS else "employee"
        rows.append(Row(platform, author, text, insider_class(role, status), status,
                        "post-tie/" + ("clear-disclosure" if status == "clear" else "buried-disclosure"),
                        f"post states a current tie ('{statement}') at character {index}"))
    return rows


@builder
def staff_praise(rng):
    rows = []
    for i in range(66):
        platform, author = _customer(rng)
        text = P.STAFF_PRAISE[i % len(P.STAFF_PRAISE)].format(
            store=rng.choice(P.STORES), staff=rng.choice(P.STAFF), p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "none", "missing", "staff-praise",
                        "a customer praises the brand's staff; third-person, not an insider"))
    return rows


@builder
def not_insiders(rng):
    rows = []
    for _ in range(24):
        platform, author = _customer(rng)
        text = rng.choice(P.JOKES).format(p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "none", "missing", "joke",
                        "exaggeration or hypothetical, not a stated tie"))
    for _ in range(20):
        platform, author = _customer(rng)
        text = rng.choice(P.PAST_EMPLOYEE).format(p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "none", "missing", "past-tie",
                        "former employment or a relative's past job, no current tie",
                        description=rng.choice(P.OUTSIDER_PROFILES)))
    for _ in range(24):
        platform, author = rng.choice(LOOKALIKES)
        text, status, case, why = disclosed(rng, _praise(rng), rng.choice(["none", "none", "vague"]))
        rows.append(Row(platform, author, text, "none", status, f"lookalike-handle/{case}",
                        f"handle resembles a roster handle but is not on the roster; {why}", at=_active_at(rng)))
    for _ in range(20):
        platform, author = _customer(rng)
        text, status, case, why = disclosed(rng, _praise(rng), rng.choice(["none", "none", "clear", "vague", "negated"]))
        rows.append(Row(platform, author, text, "none", status, f"customer/{case}",
                        f"ordinary customer, no tie in post or profile; {why}",
                        description=rng.choice(P.OUTSIDER_PROFILES)))
    return rows


@builder
def roster_dates(rng):
    """Roster periods compared on the brand's local date (America/Denver)."""
    rows = []
    cases = [  # (platform, author, moment UTC, active?, note)
        ("x", "jamalg", "2026-05-01T04:30:00Z", True, "22:30 on 2026-04-30 in Denver, his last day"),
        ("reddit", "jgreene_wh", "2026-04-30T23:50:00Z", True, "last local day"),
        ("x", "jamalg", "2026-05-01T07:30:00Z", False, "01:30 on 2026-05-01 in Denver, after his end date"),
        ("x", "jamalg", "2026-06-12T18:00:00Z", False, "weeks after his end date"),
        ("x", "deepark_k", "2026-08-01T05:00:00Z", True, "23:00 on 2026-07-31 in Denver, her last day"),
        ("x", "deepark_k", "2026-08-01T09:00:00Z", False, "03:00 on 2026-08-01 in Denver, after her end date"),
        ("x", "deepark_k", "2026-09-20T16:00:00Z", False, "after her end date"),
        ("x", "carlhess", "2026-02-02T03:00:00Z", False, "20:00 on 2026-02-01 in Denver, before his start"),
        ("reddit", "carl_h", "2026-01-20T16:00:00Z", False, "before his start date"),
        ("x", "carlhess", "2026-02-02T18:00:00Z", True, "his first local day"),
        ("x", "nicoalvarez", "2026-03-01T05:00:00Z", False, "22:00 on 2026-02-28 in Denver, before the ambassador period"),
        ("x", "nicoalvarez", "2026-03-01T15:00:00Z", True, "first local day of the ambassador period"),
        ("x", "nicoalvarez", "2026-10-01T05:30:00Z", True, "23:30 on 2026-09-30 in Denver, last day"),
        ("x", "nicoalvarez", "2026-10-02T16:00:00Z", False, "after the ambassador period"),
    ]
    for _ in range(3):
        for platform, author, at, active, note in cases:
            role = "partner" if author == "nicoalvarez" else "employee"
            text = _praise(rng)
            expected = f"{role}-undisclosed" if active else "none"
            rows.append(Row(platform, author, text, expected, "missing", "roster-date",
                            f"roster {role}; {note}: {'active' if active else 'not active'}", at=at))
    for _ in range(10):  # a former employee after the end date on working conditions: no caution
        platform, author, at = rng.choice([("x", "jamalg", "2026-07-14T17:00:00Z"), ("x", "deepark_k", "2026-10-03T17:00:00Z")])
        text = rng.choice(P.NLRA).format(b="Kestrel")
        rows.append(Row(platform, author, text, "none", "missing", "former-after-end",
                        "former employee after the end date; working-conditions speech gets no caution", at=at))
    return rows


@builder
def nlra(rng):
    rows = []
    for i, body in enumerate(P.NLRA * 2):
        text = body.format(b="Kestrel")
        mode = i % 4
        if mode == 0:
            platform, author = rng.choice(STAFF + MANAGERS)
            rows.append(Row(platform, author, text, "nlra-caution", "missing", "nlra/roster",
                            "active roster employee on working conditions", at=_active_at(rng)))
        elif mode == 1:
            platform, author = _customer(rng)
            profile = rng.choice(P.EMPLOYEE_PROFILES)
            rows.append(Row(platform, author, text, "nlra-caution", "missing", "nlra/profile",
                            f"profile states employment ('{profile}'); working conditions", description=profile))
        elif mode == 2:
            platform, author = _customer(rng)
            opener = rng.choice(["I work at Kestrel and", "Kestrel employee here:", "Been at Kestrel 3 years and",
                                 "I'm a cashier at Kestrel.", "Working at Kestrel's warehouse:"])
            rows.append(Row(platform, author, f"{opener} {text[0].lower()}{text[1:]}", "nlra-caution", "clear",
                            "nlra/post-tie", "employment stated in the post (a clear disclosure); working conditions"))
        else:
            platform, author = rng.choice(STAFF)
            rows.append(Row(platform, author, text, "nlra-caution", "missing", "nlra/roster",
                            "active roster staff on working conditions", at=_active_at(rng)))
    return rows


@builder
def nlra_lookalikes(rng):
    rows = []
    for _ in range(2):
        for body in P.NLRA_LOOKALIKES:
            author_pool = PARTNERS if "creator" in body.lower() or "affiliates" in body else None
            platform, author = rng.choice(author_pool) if author_pool else _customer(rng)
            who = "a partner on their own rates" if author_pool else "a customer or news account"
            rows.append(Row(platform, author, body.format(b="Kestrel"), "none", "missing", "nlra-lookalike",
                            f"{who}; working-conditions words but no employee speaking", at=_active_at(rng)))
    for body in P.INSIDER_NEUTRAL * 2:
        platform, author = rng.choice(STAFF)
        rows.append(Row(platform, author, body.format(b="Kestrel", p=rng.choice(P.PRODUCTS)), "none", "missing",
                        "insider-neutral", "employee posts about something else, or complains; no praise, no working conditions",
                        at=_active_at(rng)))
    return rows


@builder
def nlra_with_promotion(rng):
    """A discount-code promotion that mentions coworkers is still an endorsement (E3)."""
    rows = []
    bodies = ["My coworkers and I all use the {p} on lunch walks. Use code TEAM10 for 10% off!",
              "Shoutout to my coworkers for building the {p}. Get yours with code CREW15.",
              "The whole team loves the {p}, link in bio, code KESTREL10 works this week."]
    for _ in range(12):
        platform, author = rng.choice(STAFF)
        text = rng.choice(bodies).format(p=rng.choice(P.PRODUCTS))
        rows.append(Row(platform, author, text, "employee-undisclosed", "missing", "promotion-with-coworkers",
                        "'coworkers' alone is not a working-conditions topic; a code promotion without disclosure",
                        at=_active_at(rng)))
    return rows


@builder
def written(rng):
    """The second batch, written out whole (ftc_written.py)."""
    import ftc_written
    return [Row(platform, author, text, expected, disclosure, case, reason, description=profile, at=at)
            for platform, author, profile, at, text, expected, disclosure, case, reason in ftc_written.POSTS]


def build(seed: int = 27) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []
    for make in BUILDERS:
        rows += make(rng)
    return rows
