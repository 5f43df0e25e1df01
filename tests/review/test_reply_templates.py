"""Every shipped reply template renders grammatically for its topic and fits X; X's length rules."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from brandwatch.config import Settings, load_settings
from brandwatch.config_review import ReplyTemplate
from brandwatch.review.replies import draft_reply
from brandwatch.collectors.x_length import X_LIMIT, fits_x, weighted_length

SHIPPED = load_settings(Path(__file__).resolve().parents[2] / "config" / "brandwatch.yaml")
LONG_PRODUCT = "Acme Rocket Pro Max Ultra Edition 2027"  # longer than any product name we expect
BRANDS = [{"name": "Acme Outdoor Equipment Company", "products": ["Acme Rocket", LONG_PRODUCT]}]
POSTS = {"names the product": f"my {LONG_PRODUCT} broke on day one", "names no product": "this is a disgrace"}
HANDLES = {"long handle": "abcdefghijklmno", "no handle": None}  # X handles have at most 15 characters
_WRONG = [r"\byour our\b", r"\bthe our\b", r"\bour our\b", r"\byour your\b", r"\bthe the\b", r"\ba [aeiou]\w",
          r"\ban [bcdfgjklmnpqrstvwxz]\w", r"\s[,.;!?]", r"\s{2}", r"\$", r"\bus stands\b", r"\bat us\b"]


def _render(settings, topic, text, handle, platform="x"):
    author = SimpleNamespace(handle=handle, platform=platform)
    mention = SimpleNamespace(author=author, text=text, platform=platform)
    finding = SimpleNamespace(category="complaint", kind=topic, brand=settings.brands[0].name if settings.brands else None)
    return draft_reply(finding, mention, settings)


def _settings(with_brand: bool) -> Settings:
    data = SHIPPED.model_dump(mode="json", exclude={"source_file"})
    data["brands"] = BRANDS if with_brand else []
    return Settings.model_validate(data)


@pytest.mark.parametrize("topic", ["product", "staff", "policy", "other"])
@pytest.mark.parametrize("with_brand", [True, False], ids=["brand", "no brand"])
@pytest.mark.parametrize("post", list(POSTS), ids=list(POSTS))
@pytest.mark.parametrize("handle", list(HANDLES), ids=list(HANDLES))
def test_when_a_shipped_template_is_rendered_then_it_reads_well_in_four_steps_and_fits_x(topic, with_brand, post,
                                                                                         handle):
    draft = _render(_settings(with_brand), topic, POSTS[post], HANDLES[handle])
    assert draft is not None and draft.topic == topic
    assert [step for step, _ in draft.steps] == ["acknowledge", "clarify", "resolution", "check back"]
    for step, part in draft.steps:
        assert part[0].isupper() and part[-1] in ".!?", (step, part)
        for pattern in _WRONG:
            assert not re.search(pattern, part, re.IGNORECASE), (step, part, pattern)
        words = re.findall(r"[\w']+", part.casefold())
        assert all(a != b for a, b in zip(words, words[1:])), (step, part)
    one_post = draft.post_text("x")
    assert weighted_length(one_post) <= X_LIMIT, (weighted_length(one_post), one_post)
    assert ("@abcdefghijklmno" in draft.acknowledge) == (handle == "long handle")
    assert (LONG_PRODUCT in draft.text()) == (post == "names the product" and with_brand and topic == "product")


def test_the_shipped_config_has_a_template_for_each_complaint_topic():
    assert set(SHIPPED.replies) == {"product", "staff", "policy", "other"}


def test_when_the_product_placeholder_has_no_determiner_then_the_config_is_refused():
    with pytest.raises(ValueError, match="determiner before \\$product"):
        ReplyTemplate(acknowledge="Sorry $product let you down.", clarify="c", resolution="r", check_back="b")


def test_the_documented_example_no_longer_says_your_our_product():
    example = ReplyTemplate(acknowledge="Hi $handle, we're sorry your $product let you down.", clarify="Could you DM us?",
                            resolution="We'll replace the $product.", check_back="We'll check back in two days.")
    settings = Settings.model_validate({"brands": BRANDS, "replies": {"product": example.model_dump()}})
    draft = _render(settings, "product", "it broke", "dana")
    assert draft.acknowledge == "Hi @dana, we're sorry your product let you down."


@pytest.mark.parametrize("text, expected", [
    ("a" * 280, 280),
    ("hello https://example.com/a/very/long/path/that/is/much/longer/than/twenty/three", 6 + 23),
    ("see www.example.org/x.", 4 + 23 + 1),
    ("日本語", 6),  # CJK weighs 2
    ("café", 4),  # NFC: é is one code point
    ("cafe\u0301", 4),
    ("ok 👍🏽", 3 + 2),  # an emoji with its skin tone is one sequence of weight 2
    ("👨\u200d👩\u200d👧", 2),  # a ZWJ family is one emoji
    ("🇩🇪", 2),  # a flag
    ("“quoted” — dash", 15),  # quotes and dashes weigh 1
    ("wait…", 6),  # the ellipsis U+2026 is outside the light ranges: 2
])
def test_x_counts_text_as_twitter_text_v3_does(text, expected):
    assert weighted_length(text) == expected


def test_when_cjk_text_exceeds_140_characters_then_it_does_not_fit_x():
    assert fits_x("字" * 140) and not fits_x("字" * 141)
