"""Reading text as a person does: look-alike letters folded without moving offsets."""

from brandwatch.detectors.reading import fold_lookalikes, has_lookalikes, reading


def test_when_cyrillic_and_greek_twins_are_folded_then_length_and_offsets_are_kept():
    text = "\u0441\u043e\u0434\u0435 #\u0430d \u0391\u0392 😀 done"
    folded = fold_lookalikes(text)
    assert len(folded) == len(text)
    assert folded[5:8] == "#ad"
    assert folded[9:11] == "AB"


def test_when_text_has_no_lookalikes_then_it_is_returned_unchanged():
    text = "plain #ad text — ünïcode stays"
    assert not has_lookalikes(text)
    assert fold_lookalikes(text) is text


def test_when_a_tag_hides_zero_width_and_fullwidth_characters_then_reading_shows_the_plain_tag():
    assert reading("\uff03a\u200bd") == "#ad"
    assert reading("#\u0430\u200dd") == "#ad"
