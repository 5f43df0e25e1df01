"""How a post is shown: evidence marked, leaked values masked even where spans overlap, no escapes."""

from brandwatch.review.preview import TOMBSTONE, Mark, Segment, segments

SECRET = "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"


def test_when_evidence_overlaps_a_leaked_value_then_no_leaked_character_is_shown():
    text = f"token: {SECRET} ok"
    start = text.index(SECRET)
    parts = segments(text, [Mark(0, start + 10, None, "complaint"), Mark(start, start + len(SECRET), "ghp_…", "gh")])
    shown = "".join(p.text for p in parts)
    assert parts == [Segment("evidence", "token: ", "complaint"), Segment("masked", "ghp_…", "gh"),
                     Segment("text", " ok")]
    assert not any(SECRET[i:i + 6] in shown for i in range(4, len(SECRET) - 6))


def test_when_a_post_contains_terminal_escapes_or_bidi_overrides_then_they_are_neutralised():
    parts = segments("hi \x1b[2J\x1b]0;pwned\x07 \u202etxt.exe\nnext", [])
    assert parts == [Segment("text", "hi \ufffd[2J\ufffd]0;pwned\ufffd \ufffdtxt.exe\nnext")]


def test_when_the_text_was_removed_by_retention_then_a_tombstone_is_shown():
    assert segments(None, [Mark(0, 4, "x…", "r")]) == [Segment("text", TOMBSTONE)]


def test_when_a_span_lies_outside_the_text_then_it_is_clipped():
    assert segments("abc", [Mark(2, 99, None, "r")]) == [Segment("text", "ab"), Segment("evidence", "c", "r")]
