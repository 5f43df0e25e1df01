"""Confidential: internal code names, classification markers, internal hosts and ticket keys.

The code names, internal domains and ticket prefixes are those of ../config.yaml. Code names appear
in any case, inside hashtags and with look-alike, zero-width or full-width characters; the label is
the text exactly as written.
"""

from __future__ import annotations

from fakes import Fakes
from post import Draft, confidential, draft

CODE_NAMES = ["Saltmarsh", "Project Ocelot", "Glasswing", "Tidewater", "Juniper Nine", "Paperkite"]
INTERNAL_DOMAINS = ["corp.lumora.example", "lumora.internal", "quillpay.corp", "brightfern.lan", "tavolo-int.example"]
TICKET_PREFIXES = ["LUM", "QPX", "FERN", "TAV"]
BRAND_OF = {"Saltmarsh": "Lumora", "Project Ocelot": "Quillpay", "Glasswing": "Brightfern", "Tidewater": "Tavolo",
            "Juniper Nine": "Lumora", "Paperkite": "Quillpay"}

CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "E": "Е", "O": "О", "P": "Р",
            "C": "С", "T": "Т", "I": "І", "i": "і", "K": "К", "M": "М", "H": "Н", "B": "В"}
ZWSP, ZWNJ, ZWJ, WJ = "\u200b", "\u200c", "\u200d", "\u2060"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


def lookalike(text: str, f: Fakes) -> str:
    positions = [i for i, ch in enumerate(text) if ch in CYRILLIC]
    i = f.pick(positions)
    return text[:i] + CYRILLIC[text[i]] + text[i + 1:]


def zero_width(text: str, f: Fakes) -> str:
    i = f.r.randint(1, len(text) - 1)
    return text[:i] + f.pick([ZWSP, ZWNJ, ZWJ, WJ]) + text[i:]


def hashtag(name: str, style: int) -> str:
    words = name.split()
    return "#" + ["".join(words), "".join(words).lower(), "".join(w.upper() for w in words), "_".join(words)][style % 4]


def spellings(name: str, f: Fakes) -> list[tuple[str, str]]:
    return [("plain", name), ("lower", name.lower()), ("upper", name.upper()), ("hashtag", hashtag(name, 0)),
            ("hashtag-lower", hashtag(name, 1)), ("hashtag-upper", hashtag(name, 2)),
            ("lookalike", lookalike(name, f)), ("zero-width", zero_width(name, f)),
            ("fullwidth", fullwidth(name)), ("hyphen", name.replace(" ", "-")) if " " in name else ("hashtag-snake", hashtag(name, 3))]


CODE_FRAMES = [
    "heard from a friend at {brand} that {code} is the new hardware line, shipping before Xmas 👀",
    "ok who else saw the {code} slides that got posted in the {brand} beta Discord for like 10 min",
    "{code} is real. my cousin tests it. that's all I'm saying",
    "Leaked {brand} roadmap: {code} in Q3, price drop on the old line in Q4. You didn't hear it from me",
    "the {brand} job ad literally says 'join the {code} team' lmao so much for secrecy",
    "hmm the {brand} app bundle has strings mentioning {code} and a 'fleet mode' toggle",
    "Insider: {code} wurde intern um zwei Monate verschoben.",
    "Dicen que {code} de {brand} sale en septiembre, alguien sabe algo?",
    "Selon mes sources {code} remplacera la gamme actuelle de {brand}.",
    "can't wait for {code} 🔥🔥 {brand} is cooking",
    "@{brand_h} any comment on {code}? people on the forum are saying it's the subscription tier",
]


def code_name_posts(f: Fakes) -> list[Draft]:
    out = []
    n = 0
    for name in CODE_NAMES:
        for style, spelled in spellings(name, f):
            for _ in range(2 if style in ("plain", "hashtag", "lookalike", "zero-width") else 1):
                brand = BRAND_OF[name]
                out.append(draft(CODE_FRAMES[n % len(CODE_FRAMES)], f"internal code name {name!r} ({style})",
                                 "confidential/code-name", f"code-name-{style}", code=confidential(spelled),
                                 brand=brand, brand_h=brand.lower()))
                n += 1
    return out


MARKERS = ["INTERNAL USE ONLY", "CONFIDENTIAL", "Lumora Confidential", "STRICTLY CONFIDENTIAL",
           "DO NOT DISTRIBUTE", "Internal only", "NOT FOR PUBLIC RELEASE", "Quillpay Internal",
           "Company Confidential - Brightfern", "RESTRICTED", "VERTRAULICH", "CONFIDENCIAL", "INTERNE"]
MARKER_FRAMES = [
    "someone uploaded a pdf to the {brand} subreddit, header says {m} and it's the Q4 pricing sheet",
    "lol the slide deck in the {brand} support reply has '{m}' in the footer",
    "[{m}] Retail partner margins FY27 -- pasting here before it gets deleted",
    "photo of the whiteboard from the {brand} offsite, top corner literally says {m}",
    "The leaked memo (marked {m}) says layoffs in the support team",
    "Document title: \"Store rollout v3 - {m}\"",
]
NDA_FRAMES = ["can't say much, I'm under NDA with {brand} but the new app is way better",
              "signed an NDA for the {brand} beta so all I'll say is: battery life 👀",
              "Ich stehe bei {brand} unter NDA, aber das Update kommt bald"]


def marker_posts(f: Fakes) -> list[Draft]:
    out = []
    n = 0
    for marker in MARKERS:
        variants = [("plain", marker)]
        if marker.isupper():
            variants += [("lookalike", lookalike(marker, f)), ("zero-width", zero_width(marker, f))]
        if n % 2 == 0:
            variants.append(("fullwidth", fullwidth(marker)))
        for style, value in variants:
            brand = ["Lumora", "Quillpay", "Brightfern", "Tavolo"][n % 4]
            out.append(draft(MARKER_FRAMES[n % len(MARKER_FRAMES)], f"classification marker on a document ({style})",
                             "confidential/marker", f"marker-{style}", m=confidential(value), brand=brand))
            n += 1
    for i in range(6):
        frame = NDA_FRAMES[i % 3]
        nda = {0: "under NDA", 1: "signed an NDA", 2: "unter NDA"}[i % 3]
        head, tail = frame.split(nda)
        out.append(draft(head + "{m}" + tail, "poster says they are under NDA about the brand's unreleased work",
                         "confidential/marker", "marker-nda", m=confidential(nda),
                         brand=["Lumora", "Quillpay", "Brightfern", "Tavolo"][i % 4]))
    return out


HOST_FRAMES = [
    "why does the {brand} error page link to http://{host}/debug ?? that's not public surely",
    "the {brand} app crashed and the error said: connect ECONNREFUSED {host}:5432",
    "ex-employee tip: half of {brand}'s dashboards are at {host} with no SSO lol",
    "curl: (6) Could not resolve host: {host}  <- from the {brand} installer script",
    "traceback mentions https://{host}/api/v1/flags, is the {brand} app calling home to an internal box?",
]
HOST_PREFIXES = ["jenkins", "grafana", "wiki", "vault", "build-07", "pg-primary", "jira", "kibana", "ldap01", "artifacts"]


def host_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(25):
        domain = INTERNAL_DOMAINS[i % len(INTERNAL_DOMAINS)]
        host = f"{f.pick(HOST_PREFIXES)}{f.pick(['', '', '-2', '-eu'])}.{domain}"
        brand = {"corp.lumora.example": "Lumora", "lumora.internal": "Lumora", "quillpay.corp": "Quillpay",
                 "brightfern.lan": "Brightfern", "tavolo-int.example": "Tavolo"}[domain]
        out.append(draft(HOST_FRAMES[i % len(HOST_FRAMES)], "internal host name of the brand", "confidential/host",
                         "internal-host", host=confidential(host), brand=brand))
    return out


TICKET_FRAMES = [
    "support told me my issue is tracked as {key}, any way to follow it?",
    "@{brand_h} agent said {key} is the bug for the sync issue and it's 'in progress' since March",
    "commit message in the {brand} open-source repo: 'fix {key}: drop retries on 429' heh",
    "Der Support nannte mir das interne Ticket {key}. Wie lange dauert sowas?",
    "Me pasaron el ticket {key}, ¿alguien más lo tiene?",
    "{brand} changelog leaked internal keys again: {key}, {key2}",
]


def ticket_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(24):
        prefix = TICKET_PREFIXES[i % len(TICKET_PREFIXES)]
        brand = {"LUM": "Lumora", "QPX": "Quillpay", "FERN": "Brightfern", "TAV": "Tavolo"}[prefix]
        key = f"{prefix}-{f.r.randint(1, 19999)}"
        key2 = f"{prefix}-{f.r.randint(1, 19999)}"
        frame = TICKET_FRAMES[i % len(TICKET_FRAMES)]
        slots = {"key": confidential(key), "brand": brand, "brand_h": brand.lower() + "help"}
        if "{key2}" in frame:
            slots["key2"] = confidential(key2)
        out.append(draft(frame, "internal ticket key with a configured prefix", "confidential/ticket",
                         "ticket-key", **slots))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    return code_name_posts(f) + marker_posts(f) + host_posts(f) + ticket_posts(f)
