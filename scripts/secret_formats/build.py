"""Writes rules/secrets-providers.yaml and docs/secret-formats.md from the format table.

    python -m scripts.secret_formats.build          # regenerate both files
    python -m scripts.secret_formats.build --check  # exit 1 when a committed file differs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from .model import CONTEXT_REACH, Format
from .table import FORMATS

REPO = Path(__file__).resolve().parents[2]
RULES_PATH = REPO / "rules" / "secrets-providers.yaml"
DOCS_PATH = REPO / "docs" / "secret-formats.md"

# Posts that carry a value; {v} the value, {p} the provider, {c} a context word.
MATCH_POSTS = (
    "ugh, just pushed {v} to a public repo by accident. rotating it now 🙃",
    "why does {p} keep saying 401?? the key is {v}",
    "export SECRET={v}  # works on my machine 🤷",
    "pasted this in the team chat by mistake: {v} #oops",
    "{v} <- found this in an old .env file, is it still live?",
    "stream viewers saw my {p} credentials ({v}) for like 10 seconds lol",
    "config dump for the support ticket:\n  token: {v}\n  region: eu-west",
    "new laptop, who dis. (also {v}, please don't use it)",
)
CONTEXT_POSTS = (
    "my {c} key is {v} and nothing shows up, any ideas?",
    "{c}: {v}  <- copied from the dashboard",
    "help! {c} token {v} stopped working after the upgrade",
    "debug output -> {c} secret = {v} 😬",
    "{c} = '{v}' is in the repo since March, oops",
)
# A weak-shaped value in a config file, under a section or beside an entry that names the provider.
SECTION_POSTS = (
    "{c}:\n  region: eu\n  api_token: {v}",
    "[{c}]\nenabled = true\nsecret_key = \"{v}\"",
    "settings.json:\n\"{c}\": {{\n  \"apiKey\": \"{v}\"\n}}",
)
# Prose that names the provider above an unrelated key line: not config, so not its secret.
SECTION_PROSE_POSTS = (
    "{c} was down again this morning\nmeanwhile on the sprint board:\nkey: {v} is the epic nobody remembers",
    "anyone else think {c} pricing is wild?\nunrelated, my keyboard layout:\nkey: {v}",
)
# Config where the provider's name stands near a key line that is not its secret: the key sits in a
# sibling or later section, the name is a bare word or a value that only mentions the provider, or
# the key name merely contains `key` (review of the leaks7 round, finding 1). All must stay quiet.
SECTION_OUTSIDE_POSTS = (
    "notifications:\n  provider: {c}\n  from: Acme\ncache:\n  key: {v}",
    "sms_provider: {c}\nwebhook_key: {v}",
    "{p}\nkeynote: {v}",
    "cdn: {c}\ncache_key: {v}",
    "{c}:\n  enabled: false\nbuild:\n  cache_key: {v}",
    "[{c}]\nenabled = false\n[cache]\nkey = {v}",
    "{p}\nkeyboard: {v}",
    "monitoring: {c}\nhockey_key: {v}",
    "source: {c}-router\nstatus: 200\nidempotency-key: {v}",
    "{c}:\n  app: acme\nmonkey: {v}",
    "{p}.\nkey: {v}",
)
PROBE_POSTS = (
    "{p} tokens start with {prefix} so scanners can spot them. rotate yours if one ever leaks!",
    "TIL {p} keys look like {prefix}… and that is all I will share 😅",
)
SHORT_POSTS = (
    "is {s} what a {p} token looks like? asking for a friend 🤔",
    "the tutorial shows {s} and then cuts off, classic",
)
BROKEN_POSTS = (
    "saw {b} in a tutorial screenshot; the checksum is off so it's a made-up one",
    "this fake one from the slides, {b}, fails validation (as it should)",
)
NO_CONTEXT_POSTS = (
    "build {v} passed on the first try ✅",
    "order ref {v} still not shipped, day 9 #custserv",
)
PLACEHOLDER_POSTS = (
    "the {p} quickstart says: {v} — then it just works?",
    "copy-paste from the README: {v} (no, I'm not sharing mine 😂)",
)
GENERAL_POSTS = (
    "reminder: never post your {p} credentials, even in a private group 🔐",
    "just rotated every {p} key we had. feels good #security",
)


def rule_yaml(fmt: Format) -> list[str]:
    good, broken, short = fmt.fakes()
    shown, shown_broken, shown_short = (fmt.frame.format(v=v) if v is not None else None
                                        for v in (good, broken, short))
    rng = random.Random(fmt.rule_id)
    word = fmt.context[0] if fmt.context else ""
    fill = {"p": fmt.provider, "c": word, "prefix": fmt.prefix}
    if fmt.context:
        posts = rng.sample(CONTEXT_POSTS, 2)
    else:
        posts = rng.sample(MATCH_POSTS, 2)
    match = [{"text": posts[0].format(v=shown, **fill), "span": good}, posts[1].format(v=shown, **fill)]
    no_match = [rng.choice(GENERAL_POSTS).format(**fill)]
    if fmt.prefix and len(fmt.prefix) >= 3:
        no_match.append(rng.choice(PROBE_POSTS).format(**fill))
    if broken is not None:
        no_match.append(rng.choice(BROKEN_POSTS).format(b=shown_broken, **fill))
    if fmt.context:
        no_match.append(rng.choice(NO_CONTEXT_POSTS).format(v=shown, **fill))
        no_match.append(f"my {word} key is {shown_short}?? that can't be the whole thing")
    if fmt.section_regex() is not None:
        match.append({"text": rng.choice(SECTION_POSTS).format(v=shown, **fill), "span": good})
        no_match.append(rng.choice(SECTION_PROSE_POSTS).format(v=shown, **fill))
        no_match.extend(post.format(v=shown, **fill) for post in SECTION_OUTSIDE_POSTS)
    elif not fmt.checksum or fmt.maker is None or len(no_match) < 3:
        no_match.append(rng.choice(SHORT_POSTS).format(s=shown_short, **fill))
    placeholder = fmt.frame.format(v=fmt.prefix + "<paste-your-key-here>")
    no_match.append(rng.choice(PLACEHOLDER_POSTS).format(v=placeholder, **fill))
    no_match.extend(fmt.extra_no_match)

    lines = [
        f"  - id: {fmt.rule_id}",
        f"    provider: {_q(fmt.provider)}",
        f"    title: {_q(fmt.title)}",
        f"    description: {_q(fmt.what)}",
        "    category: leak",
        "    kind: secret",
        f"    severity: {fmt.severity}",
    ]
    keywords = fmt.rule_keywords()
    if keywords:
        lines.append("    keywords: [" + ", ".join(_q(k) for k in keywords) + "]")
    filters = []
    if fmt.checksum:
        filters.append(f"        - validate: {fmt.checksum}")
    floor = fmt.entropy_floor()
    if floor is not None:
        filters.append(f"        - entropy: {floor}")
    filters.extend(f"        - not: {{regex: {_q(pattern)}}}" for pattern in fmt.unless)
    lines.append("    match:")
    lines.append("      all:")
    section = fmt.section_regex()
    if section is None:
        lines.append(f"        - regex: {_q(fmt.value_regex())}")
    else:
        lines.append("        - any:")
        lines.append(f"            - regex: {_q(fmt.value_regex())}")
        lines.append(f"            - regex: {_q(section)}")
    lines.extend(filters)
    if fmt.allow:
        lines.append("    allow: [" + ", ".join(_q(a) for a in fmt.allow) + "]")
    lines.append("    examples:")
    lines.append("      match:")
    for example in match:
        if isinstance(example, dict):
            lines.append(f"        - {{text: {_q(example['text'])}, span: {_q(example['span'])}}}")
        else:
            lines.append(f"        - {_q(example)}")
    lines.append("      no_match:")
    lines.extend(f"        - {_q(text)}" for text in no_match)
    return lines


def _q(text: str) -> str:
    """A YAML scalar: single-quoted on one line, JSON-style double quotes when multi-line."""
    if "\n" in text or "\t" in text:
        return json.dumps(text, ensure_ascii=False)
    return "'" + text.replace("'", "''") + "'"


def render_rules() -> str:
    providers = {f.provider for f in FORMATS}
    head = [
        "# GENERATED FILE: do not edit by hand. Provider secret formats, one rule per format.",
        "# Source: scripts/secret_formats/table.py (format facts) and its fake-value generator.",
        "# Regenerate with: python -m scripts.secret_formats.build",
        f"# {len(FORMATS)} rules from {len(providers)} providers. Every example value is a",
        "# generated fake that belongs to nobody. Reference: docs/secret-formats.md.",
        "rules:",
    ]
    body = [line for fmt in FORMATS for line in rule_yaml(fmt)]
    return "\n".join(head + body) + "\n"


def render_docs() -> str:
    providers = sorted({f.provider for f in FORMATS}, key=str.casefold)
    lines = [
        "# Provider secret formats",
        "",
        "<!-- GENERATED by `python -m scripts.secret_formats.build` from scripts/secret_formats/table.py;",
        "     edit the table, not this file. A test fails when the two drift apart. -->",
        "",
        f"brandwatch recognises {len(FORMATS)} secret formats from {len(providers)} providers",
        "(rules/secrets-providers.yaml). Each rule's regex runs only where its literal prefix or its",
        "context keywords occur in a post (the keyword prefilter); rules whose prefix is one or two",
        "characters, or one repeated letter, run where the engine's RE2 screen says their whole shape",
        "can match.",
        "",
        "How a match is decided:",
        "",
        "- **validator**: the value must pass the named checksum or structure check (src/brandwatch/rules/validators.py).",
        "  A value that fails it is not reported, however random it looks.",
        "- **entropy ≥ N**: formats without a checksum need at least N bits of Shannon entropy per",
        "  character, so `ghp_aaaa…` style placeholders stay quiet.",
        "- **context**: weak shapes (hex or base64 of a given length without a prefix) match only",
        f"  within {CONTEXT_REACH} characters after one of the listed words on the same line, or in a config",
        "  file under a secret key of their own (`token:`, `api_key =`, `\"apiKey\":`) up to four lines inside",
        "  a section naming the provider: a header ending in `:` (the key indented deeper; the section ends",
        "  at the first line indented the same or less), `]` (up to the next `[section]`) or `{` (up to a",
        "  brace), or a sibling entry whose whole value is the provider's host, URL or name",
        "  (`orgUrl: https://acme.okta.com`, `\"provider\": \"Linode\"`). Prose or a bare word naming the",
        "  provider, a value that only contains the name (`heroku-router`), a key in another section, and",
        "  key names that merely contain `key` (`keyboard`, `cache_key`, `idempotency-key`) do not count.",
        "",
        "Shapes: `{alphabet:n}` or `{alphabet:min-max}` is a run of random characters; alphabets are",
        "`hex` 0-9a-f, `HEX` 0-9A-F, `xhex` either case, `d` digits, `b62` letters and digits,",
        "`b64u` base64url, `b64` base64, `la`/`ua` lower/upper letters and digits, `l`/`u`/`a`",
        "letters, `b32` base32, `bech` bech32; `{uuid}` is a UUID.",
        "",
        "| Provider | Rule id | Format | Decided by |",
        "|---|---|---|---|",
    ]
    for fmt in sorted(FORMATS, key=lambda f: (f.provider.casefold(), f.rule_id)):
        summary = fmt.summary or f"`{fmt.shape}`"
        if fmt.context:
            summary += " after " + ", ".join(f"`{c}`" for c in fmt.context)
        decided = f"validator `{fmt.checksum}`" if fmt.checksum else f"entropy ≥ {fmt.entropy_floor()}"
        lines.append(f"| {fmt.provider} | `{fmt.rule_id}` | {summary.replace('|', '&#124;')} | {decided} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    outputs = {RULES_PATH: render_rules(), DOCS_PATH: render_docs()}
    stale = []
    for path, text in outputs.items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{path.relative_to(REPO)} is out of date: run python -m scripts.secret_formats.build")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
