"""The one written form of a leaked value, so that its fingerprint is the same however it was typed.

A card number is the same card with spaces, dashes, dots or none; an e-mail address or an IBAN is the
same in any case; a token with a zero-width joiner or a full-width letter in it is the same token.
Each value has a *form* that says which differences do not count:

| form    | separators dropped          | case folded | used for                                  |
|---------|-----------------------------|-------------|-------------------------------------------|
| exact   | none                        | only if the value is all hex | provider tokens (case matters)  |
| hex     | none                        | yes         | hex keys and hashes                       |
| card    | everything but digits       | -           | payment cards                             |
| digits  | everything but digits       | -           | SSNs and other numeric identifiers        |
| phone   | everything but digits, a leading + and an extension; international numbers as E.164 | yes | phone numbers |
| iban    | everything but letters and digits | yes   | IBANs                                     |
| email   | none                        | yes         | e-mail addresses                          |
| ip      | none                        | yes (and the address's compressed form) | IPv4/IPv6 |
| text    | runs of white space become one space | yes | code names, confidentiality markers      |

Every form first composes accents written as separate combining marks (NFC: "e" + U+0301 is "é"), folds
width and compatibility characters (NFKC: "ｇｈｐ＿" is "ghp_"), writes every script's decimal digits as
ASCII digits ("٤٩٢٩" is "4929") and drops invisible format characters (zero-width spaces and joiners,
soft hyphens, bidi marks). A rule chooses
its form with `fingerprint:` (docs/rules.md); without one the form follows the rule id and kind.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from functools import lru_cache

from brandwatch.rules.writing_gate import DIGIT_ZEROS, full_width

FORMS = ("exact", "hex", "card", "digits", "phone", "iban", "email", "ip", "text")
# Forms whose value may be written with separators anywhere between its characters.
SEPARATED_FORMS = frozenset({"card", "digits", "phone", "iban"})
_CASE_FOLDED = frozenset({"hex", "phone", "iban", "email", "ip", "text"})
# Rule-id words that name a structured value, checked in this order (pii-us-ssn -> digits).
_ID_MARKERS = (("card", "card"), ("iban", "iban"), ("phone", "phone"), ("email", "email"),
               ("e-mail", "email"), ("ssn", "digits"), ("ipv4", "ip"), ("ipv6", "ip"), ("ip-address", "ip"))
# A base62 token of 16 characters is all hex with probability (22/62)**16 < 1e-7, so folding the case
# of all-hex values cannot merge two different case-sensitive tokens in practice.
_HEX_VALUE = re.compile(r"[0-9a-fA-F]{16,}")
_SPACES = re.compile(r"\s+")


def form_for(rule_id: str, kind: str | None, hint: str | None = None) -> str:
    """The form of values found by a rule: its `fingerprint:` hint, else what its id or kind implies."""
    if hint:
        return hint
    lowered = rule_id.lower()
    for marker, form in _ID_MARKERS:
        if marker in lowered:
            return form
    return "text" if kind in ("confidential", "pii") else "exact"


def canonical(value: str, form: str) -> str:
    """`value` as its form writes it (see the module docstring); idempotent."""
    return finish(fold_chars(unicodedata.normalize("NFC", value), form), form)


def fold_chars(value: str, form: str) -> str:
    """The character-by-character part of `canonical`; `finish` does what needs the whole value."""
    return "".join(fold_char(ch, form) for ch in value)


@lru_cache(maxsize=8192)  # per character and form: masking folds every character near an ellipsis
def fold_char(ch: str, form: str, digits_as_ascii: bool = True) -> str:
    """What one written character contributes to the canonical value ("" when it does not count).
    `digits_as_ascii=False` is the fold before other scripts' digits were written as ASCII (kept to
    recognise fingerprints made then, `pre_digit_fold_canonical`)."""
    folded = "".join(c for c in unicodedata.normalize("NFKC", ch) if unicodedata.category(c) != "Cf")
    if digits_as_ascii and not folded.isascii():
        folded = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in folded)
    if form in ("card", "digits"):
        return "".join(c for c in folded if c.isdigit())
    if form == "phone":
        folded = "".join(c for c in folded if c.isdigit() or c == "+" or c.isalpha())
    elif form == "iban":
        folded = "".join(c for c in folded if c.isalnum())
    elif form == "text" and folded.isspace():
        return " "
    return folded.casefold() if form in _CASE_FOLDED else folded


def pre_digit_fold_canonical(value: str, form: str) -> str:
    """`canonical` as it was before it composed accents (NFC) and wrote every script's digits as ASCII:
    fingerprints stored then were made of this form (rules/masking.py legacy_fingerprints)."""
    return finish("".join(fold_char(ch, form, False) for ch in value), form)


def finish(folded: str, form: str) -> str:
    """The whole-value steps of `canonical`, applied to `fold_chars`' output."""
    if form == "exact" and _HEX_VALUE.fullmatch(folded):
        return folded.lower()
    if form == "text":
        return _SPACES.sub(" ", folded).strip()
    if form == "ip":
        try:
            return ipaddress.ip_address(folded).compressed
        except ValueError:
            return folded
    if form == "phone":
        return _phone(folded)
    return folded


_PHONE_PARTS = re.compile(r"(\+?[0-9]*)[a-z]*([0-9]*)")


def _phone(folded: str) -> str:
    """E.164 (plus `x` and the extension) for an international number, so `+44 (0)20 …`, `0044 20 …`
    and `+44 20 …` agree; a national number keeps its digits (its country is unknown)."""
    import phonenumbers

    if folded.startswith(("+", "00")):
        try:
            number = phonenumbers.parse("+" + folded[2:] if folded.startswith("00") else folded, None)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None:
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return f"{e164}x{number.extension}" if number.extension else e164
    parts = _PHONE_PARTS.match(folded)
    if parts is None:  # cannot happen (every part is optional), but the type says it may
        return folded
    main, extension = parts.group(1), parts.group(2)
    return f"{main}x{extension}" if extension else main or folded


def written_forms(value: str, form: str) -> set[str]:
    """Common ways people write the canonical value: the value itself, and for cards and IBANs the
    usual groupings of four. Used to recognise fingerprints made before fingerprints were canonical
    (they hashed the value as written)."""
    forms = {value}
    if form in ("card", "iban"):
        for spacing in (" ", "-") if form == "card" else (" ",):
            grouped = spacing.join(value[i:i + 4] for i in range(0, len(value), 4))
            forms.add(grouped)
            if form == "card" and len(value) == 15:  # American Express prints 4-6-5
                forms.add(spacing.join((value[:4], value[4:10], value[10:])))
    if form in ("iban", "hex"):
        forms |= {f.upper() for f in forms}
    return forms


# Characters that may sit between the characters of a value without changing it: invisible format
# characters always; for separated forms also spaces, underscores, dots, slashes, brackets and dashes
# of every kind (hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign).
_INVISIBLE = r"\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# Also their full-width and small forms, the hyphen bullet and the katakana long mark (a dash in
# Japanese text): "４９２９－３８１３" is a card written with dashes.
SEPARATORS = r"\s\-_.·/()\u2010-\u2015\u2043\u2212\u30fc\ufe58\ufe63\uff0d" + _INVISIBLE


class WritingPattern:
    """A value's writing pattern, compiled only for a text that may hold it (rules/writing_gate.py)."""

    def __init__(self, value: str, canon: str, form: str) -> None:
        from brandwatch.rules.writing_gate import folded_value

        self.value = value
        self._canon = canon
        self._form = form
        self._folded = folded_value(canon, SEPARATORS)

    @property
    def regex(self) -> re.Pattern[str]:
        return _writing_regex(self.value)  # type: ignore[return-value]

    def sub(self, replacement: str, text: str) -> str:
        """`text` with every written form of the value replaced, and every piece of it that a preview
        cut at an ellipsis kept (see `hide_cut_pieces`)."""
        from brandwatch.rules.writing_gate import may_hold

        if self._folded is None or may_hold(text, self._folded, SEPARATORS):
            text = sub_in_any_digits(self.regex, replacement, text)
        if _ELLIPSIS.search(text):
            text = hide_cut_pieces(text, self._canon, self._form, replacement)
        return text


# Every script's decimal digits as ASCII digits, one code point for one: a text read through this table
# keeps its offsets, so a pattern of ASCII digits finds "٤٩٢٩ ٣٨١٣ …" where it is written.
ASCII_DIGITS = {zero + d: str(d) for zero in DIGIT_ZEROS if zero != 0x30 for d in range(10)}


def sub_in_any_digits(regex: re.Pattern[str], replacement: str, text: str) -> str:
    """`regex.sub(replacement, text)`, the text's digits read in any script (matched on a copy with
    ASCII digits, replaced in the text as written)."""
    probe = text if text.isascii() else text.translate(ASCII_DIGITS)
    if probe == text:
        return regex.sub(replacement, text)
    out, last = [], 0
    for match in regex.finditer(probe):
        out += [text[last:match.start()], replacement]
        last = match.end()
    return "".join(out) + text[last:] if out else text


# A preview cut inside a value keeps its beginning before the ellipsis (or its end after one); this
# much of the canonical value, or more, gives enough away to hide. Shorter pieces ("ghp_R…") stay.
CUT_PIECE = 6
# An ellipsis in any of its written forms: the character (also midline and two-dot leader), or two or
# more full stops, ASCII or full-width ("42..", "42．．．").
_ELLIPSIS = re.compile(r"[\u2025\u2026\u22ef]|[.\uff0e]{2,}")
_SEPARATOR = re.compile(f"[{SEPARATORS}]")
# Punctuation that may stand between a cut piece and its ellipsis ('"4111 1111 11"…', "4111 11, …",
# '…("1111 1234'): skipped only next to the ellipsis, so a piece still stops at the first word.
_CLOSING = frozenset("\"'*,;:)]}\u00bb\u203a\u2019\u201d`")
_OPENING = frozenset("\"'*([{\u00ab\u2039\u2018\u201c`")


def hide_cut_pieces(text: str, canon: str, form: str, replacement: str) -> str:
    """`text` with the piece of the value a cut preview kept hidden: the value's beginning written just
    before an ellipsis, or its end just after one, in any of its written forms, wherever the ellipsis
    is (a cut preview is often followed by more text: a rule name, a link, the next field).

    A piece is made only of the value's own characters and, for separated forms, separators; it
    never reaches past the neighbouring ellipsis. So each character is looked at a bounded number of
    times however many ellipses the text holds."""
    if len(canon) <= CUT_PIECE:
        return text
    same = str.lower if form == "exact" and _HEX_VALUE.fullmatch(canon) else None
    piece = _Piece(same(canon) if same else canon, form, same)
    cuts = list(_ELLIPSIS.finditer(text))
    hidden: list[tuple[int, int]] = []  # the pieces, right to left; none overlaps the next
    limit = len(text)  # where the piece before the next cut (or that cut) begins
    for index in range(len(cuts) - 1, -1, -1):
        cut = cuts[index]
        end = piece.after(text, cut.end(), limit)
        if end is not None:
            hidden.append((cut.end(), end))
        start = piece.before(text, cut.start(), cuts[index - 1].end() if index else 0)
        if start is not None:
            hidden.append((start, cut.start()))
        limit = cut.start() if start is None else start
    if not hidden:
        return text
    out, last = [], 0
    for start, end in reversed(hidden):
        out += [text[last:start], replacement]
        last = end
    return "".join(out) + text[last:]


class _Piece:
    """Reads the longest piece of the canonical value `target` written next to a cut."""

    def __init__(self, target: str, form: str, same) -> None:
        self.target, self.form, self.same = target, form, same
        self.chars = frozenset(target)
        self.separated = form in SEPARATED_FORMS

    def _part(self, ch: str) -> str | None:
        """What `ch` adds to a piece ("" for a separator), or None when no piece can hold it."""
        folded = fold_char(ch, self.form)
        if not folded:
            return "" if self.separated and _SEPARATOR.match(ch) or not ch.isprintable() else None
        if self.same:
            folded = self.same(folded)
        return folded if self.chars.issuperset(folded) else None

    def _comparable(self, folded: str) -> str:
        return _SPACES.sub(" ", folded) if self.form == "text" else folded

    def before(self, text: str, end: int, floor: int) -> int | None:
        """Where the longest beginning of the value written right before `end` starts, if long enough."""
        folded, best = "", None
        for start in range(end - 1, max(end - 3 * len(self.target) - 8, floor) - 1, -1):
            part = self._part(text[start])
            if part is None:
                if not folded and (text[start] in _CLOSING or text[start].isspace()):
                    continue
                break
            if not part:
                continue
            folded = part + folded
            comparable = self._comparable(folded)
            if len(comparable) >= len(self.target):
                break
            if len(comparable) >= CUT_PIECE and self.target.startswith(comparable):
                best = start
        return best

    def after(self, text: str, begin: int, limit: int) -> int | None:
        """Where the longest end of the value written right after `begin` ends, if long enough."""
        folded, best = "", None
        for end in range(begin, min(begin + 3 * len(self.target) + 8, limit)):
            part = self._part(text[end])
            if part is None:
                if not folded and (text[end] in _OPENING or text[end].isspace()):
                    continue
                break
            if not part:
                continue
            folded += part
            comparable = self._comparable(folded)
            if len(comparable) >= len(self.target):
                break
            if len(comparable) >= CUT_PIECE and self.target.endswith(comparable):
                best = end + 1
        return best


@lru_cache(maxsize=1024)  # an output hides each leaked value in every one of its strings
def writing_pattern(value: str) -> WritingPattern | None:
    """A pattern matching `value` however it is written: any case, full-width or not, with invisible
    characters anywhere and, for number-like values, any separators between its characters. Errs on
    the side of matching more: it exists to hide a known leaked value wherever it is repeated."""
    form = _guess_form(value)
    canon = canonical(value, form)
    return WritingPattern(value, canon, form) if len(canon) >= 2 else None


@lru_cache(maxsize=1024)
def _writing_regex(value: str) -> re.Pattern[str] | None:
    form = _guess_form(value)
    canon = canonical(value, form)
    if len(canon) < 2:
        return None
    between = f"[{SEPARATORS}]*" if form in SEPARATED_FORMS else f"[{_INVISIBLE}]*"
    parts = []
    for ch in canon:
        if ch == " ":
            parts.append(r"\s+")
        elif "!" <= ch <= "~":  # the character or its full-width form (digits: see sub_in_any_digits)
            parts.append("(?:" + re.escape(ch) + "|" + re.escape(full_width(ch)) + ")")
        else:  # composed, or written as a base letter and combining marks
            variants = {ch, unicodedata.normalize("NFD", ch)}
            parts.append("(?:" + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)) + ")")
    return re.compile(between.join(parts), re.IGNORECASE)


def _guess_form(value: str) -> str:
    """The form of a bare value whose rule is unknown (a value to hide wherever it recurs)."""
    if "@" in value:
        return "email"
    digits = fold_chars(value, "digits")
    compact = fold_chars(value, "iban")
    if len(digits) >= 7 and len(digits) == len(compact):
        return "digits"
    if re.fullmatch(r"[a-z]{2}\d{2}[a-z0-9]{11,30}", compact, re.IGNORECASE):
        return "iban"
    return "text" if " " in value.strip() else "exact"
