"""`scrub_all` masks every string of a JSON-like value, however deep, and leaves the rest as it was."""

from __future__ import annotations

from brandwatch.secrecy import scrub, scrub_all
from brandwatch.secret_masker import MASK

KEY = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"


class Label(str):
    """A str subclass (an enum value, say): still a string to scrub."""


def _reference(value):
    """The plain recursion scrub_all stands for: scrub each string, rebuild dicts, lists and tuples."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _reference(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_reference(v) for v in value]
    return value


def test_every_string_at_every_depth_is_scrubbed_and_every_other_leaf_kept():
    value = {"id": "p1", "ok": True, "n": 3, "score": 0.5, "none": None, "empty": "",
             "note": f"key {KEY}", "label": Label(f"x {KEY}"),
             "list": [KEY, 1, False, None, ("tuple", KEY), {"deep": [[KEY]]}],
             "tuple": (KEY, 2.0), "bytes": b"raw"}
    scrubbed = scrub_all(value)
    assert scrubbed == _reference(value)
    assert KEY not in repr(scrubbed)
    assert scrubbed["note"] == f"key {MASK}"
    assert scrubbed["list"][4] == ["tuple", MASK] and scrubbed["tuple"] == [MASK, 2.0]
    assert scrubbed["ok"] is True and scrubbed["none"] is None and scrubbed["bytes"] == b"raw"


def test_a_bare_string_or_scalar_is_handled_like_a_leaf():
    assert scrub_all(KEY) == MASK
    assert scrub_all(7) == 7 and scrub_all(None) is None
    assert scrub_all([]) == [] and scrub_all({}) == {}


def test_the_parts_of_a_safe_contract_are_those_of_the_whole():
    from brandwatch.model.analysis import Analysis, Complaint, Disclosure, FindingSpan, Language
    from brandwatch.model.sentiment import SentimentResult
    from brandwatch.secrecy import safe_contract

    text = f"#ad my token {KEY} and {KEY.lower()} again, 555-0100"
    start = text.index(KEY)
    analysis = Analysis(
        id="p-1", sentiment=SentimentResult("negative", 0.9, -0.7),
        complaint=Complaint(True, 0.8, "product"), disclosure=Disclosure("clear", f"#ad my token {KEY}"),
        findings=(FindingSpan("github-token", "leak", "token", "critical", start, start + len(KEY), "ghp_…"),),
        language=Language("en", 0.99, True))
    whole = safe_contract(text, analysis)
    parts = ("sentiment", "complaint", "disclosure", "language")
    assert safe_contract(text, analysis, parts) == {part: whole[part] for part in parts}
    assert KEY not in repr(whole) and "token" in whole["disclosure"]["evidence"]
