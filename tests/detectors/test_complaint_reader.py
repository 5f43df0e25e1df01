"""The learned complaint reader beside the cues on the default (lexicon) install.

A stub reader with a fixed verdict pins the blend; the shipped reader is checked for what it must never
do (make a post about somebody else a complaint against the brand) and for its small, lazy file.
"""

from __future__ import annotations

import json
import math
from array import array

import pytest

from brandwatch.detectors.brand import BrandTerms
from brandwatch.detectors.complaints import READER_BOUND, ComplaintDetector, complaint_finding, mask_brand
from brandwatch.model.sentiment import SentimentResult
from brandwatch.sentiment.complaint_reader import SHIPPED, ComplaintReader, hashed, shipped_reader
from brandwatch.sentiment.complaint_reader_training import fit

ACME = BrandTerms(("acme",), frozenset({"acmehelp"}))
NEUTRAL = SentimentResult("neutral", 1.0, 0.0)


class SureReader(ComplaintReader):
    """Says the same log-odds for every post and remembers what it was shown."""

    def __init__(self, odds: float):
        super().__init__(array("b", [0]), odds)
        self.shown: list[str] = []

    def log_odds(self, lowered: str) -> float:
        self.shown.append(lowered)
        return self.bias


def judge(text: str, reader: ComplaintReader | None, weight: float = 0.5, offset: float = 0.0):
    detector = ComplaintDetector(ACME, 0.5, reader_weight=weight, reader_offset=offset, reader=reader)
    return detector.judge(text, text.casefold(), [], NEUTRAL)


def test_when_the_reader_is_off_then_the_cues_decide_as_before():
    text = "@acmehelp my order says delivered but nothing came"
    assert judge(text, SureReader(4.0), weight=0.0).complaint == judge(text, None, weight=0.0).complaint
    assert "reader" not in judge(text, SureReader(4.0), weight=0.0).reasons


def test_the_reader_adds_its_weighted_log_odds_and_the_offset_to_the_cue_log_odds():
    text = "@acmehelp my order says delivered but nothing came"
    cues = judge(text, None, weight=0.0).reasons["log_odds"]
    blended = judge(text, SureReader(2.0), weight=0.5, offset=0.2)
    assert blended.reasons["log_odds"] == pytest.approx(cues + 0.5 * 2.0 + 0.2, abs=1e-3)
    assert blended.reasons["reader"]["probability"] == pytest.approx(1 / (1 + math.exp(-2.0)), abs=1e-4)


def test_a_sure_reader_lifts_a_borderline_report_and_a_doubting_one_drops_it():
    text = "@acmehelp is the app down? it keeps logging me out"
    assert judge(text, SureReader(3.0)).complaint.is_complaint
    assert not judge(text, SureReader(-3.0)).complaint.is_complaint


def test_the_reader_has_a_bounded_say():
    text = "@acmehelp is the app down? it keeps logging me out"
    assert judge(text, SureReader(50.0)).reasons["reader"]["log_odds"] == READER_BOUND


def test_however_sure_the_reader_a_post_about_someone_else_is_not_a_complaint_against_the_brand():
    rant = "Globex lost my parcel twice and support hung up on me, absolute joke of a company"
    assert not judge(rant, SureReader(50.0)).complaint.is_complaint


def test_a_post_the_cues_rule_out_is_not_read_at_all():
    reader = SureReader(50.0)
    judgment = judge("lovely walk by the river this morning", reader)
    assert reader.shown == [] and not judgment.complaint.is_complaint
    assert judgment.reasons["reader"].startswith("not read")


def test_a_post_the_cues_make_a_complaint_whatever_the_reader_says_is_not_read_either():
    reader = SureReader(-50.0)
    judgment = judge("@acmehelp my order says delivered but nothing came", reader, weight=0.5, offset=20.0)
    assert reader.shown == [] and judgment.complaint.is_complaint
    assert judgment.reasons["reader"].startswith("not read")


def test_a_post_the_cues_make_a_complaint_scores_at_least_as_high_as_any_weaker_post_the_reader_lifts():
    text = "@acmehelp my order says delivered but nothing came"
    cues = judge(text, None, weight=0.0).reasons["log_odds"]
    # Just strong enough that no reading could undo it, and a hair weaker, so the reader is asked.
    strong = -cues + 0.5 * READER_BOUND + 0.01
    strong_cues = judge(text, SureReader(-50.0), offset=strong)
    weaker_cues_lifted = judge(text, SureReader(50.0), offset=strong - 0.1)
    assert weaker_cues_lifted.reasons["reader"] != strong_cues.reasons["reader"]
    assert strong_cues.reasons["reader"].startswith("not read")
    assert strong_cues.complaint.score >= weaker_cues_lifted.complaint.score


def test_a_post_the_reader_can_still_tip_either_way_is_read():
    reader = SureReader(-3.0)
    judge("@acmehelp is the app down? it keeps logging me out", reader)
    assert len(reader.shown) == 1


def test_the_reader_sees_the_post_with_the_brand_masked():
    reader = SureReader(1.0)
    judge("@acmehelp my Acme kettle leaks", reader)
    assert reader.shown and "acme" not in reader.shown[0] and "qqbrand" in reader.shown[0]


def test_the_finding_names_the_readers_verdict_beside_the_signals():
    judgment = judge("@acmehelp my order says delivered but nothing came, where is it?", SureReader(3.0))
    finding = complaint_finding(judgment, "@acmehelp my order says delivered but nothing came, where is it?")
    assert finding is not None and "complaint reader 0.95" in finding.preview
    assert finding.explanation["attribution"]["model_head"] == "reader"


def test_masking_replaces_every_naming_of_the_brand_and_nothing_else():
    assert mask_brand(ACME, "@acmehelp acme broke, globex fine") == " qqbrand   qqbrand  broke, globex fine"


def test_feature_buckets_are_the_same_in_every_process_and_within_range():
    assert hashed("the app keeps crashing", 1 << 10) == hashed("the app keeps crashing", 1 << 10)
    assert all(0 <= b < 1 << 10 for b in hashed("l'appli plante 🙃", 1 << 10))
    assert hashed("order 4471 late", 64) == hashed("order 12 late", 64)  # numbers read alike


def test_training_learns_a_separable_toy_task_and_survives_the_int8_round_trip():
    texts = ["qqbrand broke again", "qqbrand never arrived", "still waiting on qqbrand refund",
             "love my qqbrand", "qqbrand is great", "bought a qqbrand today"] * 3
    labels = [True, True, True, False, False, False] * 3
    reader = fit(texts, labels, buckets=1 << 12, steps=200)
    again = ComplaintReader.from_json(json.loads(json.dumps(reader.to_json())))
    for r in (reader, again):
        assert r.probability("qqbrand broke, still waiting") > 0.5 > r.probability("love qqbrand, great")
    assert fit(texts, labels, buckets=1 << 12, steps=200).to_json() == reader.to_json()  # deterministic


def test_a_word_piece_reader_reads_exactly_what_training_counted():
    """The reading memoises each word's summed weights; it must equal the training rows' sum, with a
    bucket counted as often as it comes, over the root of the row's length."""
    weights = array("f", [0.01 * ((7 * i) % 23 - 11) for i in range(256)])
    reader = ComplaintReader(weights, 0.1, scale=2.0)
    for text in ("qqbrand broke broke again", "still waiting... day 12", "día 12 esperando a qqbrand 🙃", "?"):
        row = hashed(text, 256)
        expected = 0.1 + 2.0 * sum(weights[b] for b in row) / math.sqrt(len(row))
        assert reader.log_odds(text) == pytest.approx(expected)
        assert reader.log_odds(text) == pytest.approx(expected)  # second time from the memo
    assert reader.log_odds("") == 0.1


def test_a_word_memo_past_its_limit_starts_again_and_reads_the_same(monkeypatch):
    import brandwatch.sentiment.complaint_reader as module

    monkeypatch.setattr(module, "WORD_MEMO_LIMIT", 3)
    reader = ComplaintReader(array("f", [0.1 * (i % 5) for i in range(128)]), 0.0)
    first = reader.log_odds("one two three four five six")
    assert len(reader._memo) <= 3
    assert reader.log_odds("one two three four five six") == pytest.approx(first)


def test_a_long_token_is_read_but_not_remembered():
    reader = ComplaintReader(array("f", [0.1 * (i % 5) for i in range(128)]), 0.0)
    blob = "q" * 5000
    first = reader.log_odds(f"key {blob} leaked")
    assert blob not in reader._memo and "key" in reader._memo
    fresh = ComplaintReader(array("f", [0.1 * (i % 5) for i in range(128)]), 0.0)
    assert fresh.log_odds(f"key {blob} leaked") == pytest.approx(first)


def test_the_log_odds_are_the_bias_plus_the_scaled_weights_over_the_root_of_the_bucket_count():
    one_bucket = ComplaintReader(array("f", [1.5]), -0.5, scale=2.0, features="bytes")
    assert one_bucket.log_odds("a broken qqbrand") == pytest.approx(-0.5 + 2.0 * 1.5)
    weights = array("f", [0.25 * i for i in range(64)])
    reader = ComplaintReader(weights, 0.1, features="bytes")
    found = hashed("a broken qqbrand", 64, features="bytes")
    assert len(found) > 1
    assert reader.log_odds("a broken qqbrand") == pytest.approx(
        0.1 + sum(weights[b] for b in found) / math.sqrt(len(found)))


def test_a_reader_reads_posts_with_the_byte_pieces_it_was_trained_on():
    texts, labels = ["qqbrand broke again", "love my qqbrand"] * 3, [True, False] * 3
    reader = fit(texts, labels, buckets=1 << 12, steps=50, grams=(4,))
    again = ComplaintReader.from_json(json.loads(json.dumps(reader.to_json())))
    assert again.grams == (4,)
    assert hashed("qqbrand broke", 1 << 12, (4,)) != hashed("qqbrand broke", 1 << 12, (3, 4))
    older = {key: value for key, value in reader.to_json().items() if key not in ("grams", "features")}
    assert ComplaintReader.from_json(older).grams == (3, 4, 5)  # written before the lengths were recorded
    assert ComplaintReader.from_json(older).features == "bytes"  # and before word pieces
    assert again.features == "pieces"


def test_the_shipped_reader_is_small_and_reads_plain_grievances():
    assert SHIPPED.stat().st_size < 200_000
    reader = shipped_reader()
    assert reader is not None
    assert reader.probability("qqbrand my order never arrived and nobody answers my emails") > 0.5
    assert reader.probability("worked at qqbrand for 30 years, retiring on friday") < 0.5


@pytest.mark.parametrize("text", [
    "Bought the Acme Anvil in May and it barely lasted till August.",
    "my acme rocket charger died after three weeks, the cheap one before it is still fine",
    "Acme headphones didn't even last a month",
])
def test_a_product_that_gave_out_early_is_a_complaint_on_the_default_install(analyze, text):
    assert analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "my Acme Anvil has lasted nine years and counting",
    "the Acme Rocket battery lasts all day even after two years",
])
def test_a_product_that_lasted_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


# Found in review: for a post that favours the brand (the writer left a rival for it) the penalty was
# scaled by the reader's share, so a sure reader could still lift it; and the short-life cue read the
# product the writer left behind.
@pytest.mark.parametrize("text", [
    "switched to acme last week, my old kettle broke after a month and the shop kept me waiting",
    "finally switched to @acmehelp, my old router died after three weeks and nobody answered",
])
def test_however_sure_the_reader_a_post_favouring_the_brand_is_not_a_complaint_against_it(text):
    judgment = judge(text, SureReader(50.0), offset=0.2)
    assert "favoured" in judgment.reasons and not judgment.complaint.is_complaint


def test_a_short_life_in_a_post_favouring_the_brand_is_the_old_products():
    judgment = judge("switched to acme, my old one broke after a month", None, weight=0.0)
    assert "short_life" not in judgment.reasons and not judgment.complaint.is_complaint


def test_on_a_post_in_another_language_the_reader_gets_its_own_share():
    # Few cues read Spanish, French, German or Portuguese: there the reader carries more of the evidence.
    text = "@acmehelp mi pedido no ha llegado y nadie contesta"
    detector = ComplaintDetector(ACME, 0.5, reader_weight=0.5, reader_weight_intl=1.0, reader=SureReader(2.0))
    english = detector.judge(text, text.casefold(), [], NEUTRAL, "en").reasons
    spanish = detector.judge(text, text.casefold(), [], NEUTRAL, "es").reasons
    unknown = detector.judge(text, text.casefold(), [], NEUTRAL).reasons
    assert spanish["reader"]["weight"] == 1.0 and english["reader"]["weight"] == 0.5
    assert unknown["reader"]["weight"] == 0.5
    # Read as English the post loses its Spanish cues ("mi", "nadie"); with the language unknown it keeps
    # them, as in Spanish, so the two differ by the reader's larger share alone.
    assert spanish["log_odds"] == pytest.approx(unknown["log_odds"] + 0.5 * 2.0, abs=1e-3)


def test_without_a_share_of_its_own_another_language_reads_with_the_english_share():
    text = "@acmehelp mi pedido no ha llegado"
    detector = ComplaintDetector(ACME, 0.5, reader_weight=0.5, reader=SureReader(2.0))
    assert detector.judge(text, text.casefold(), [], NEUTRAL, "fr").reasons["reader"]["weight"] == 0.5
