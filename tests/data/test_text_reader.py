"""The endorsement experiment's learned text reader (bench/text_reader.py): same features in every
process, brand names read alike, and it learns."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from text_reader import BRAND_TOKEN, LinearReader, Rows, features, normalise  # noqa: E402


def test_features_are_the_same_in_every_call_and_normalised():
    first, second = features("Leave us a review, team!"), features("Leave us a review, team!")
    assert np.array_equal(first[0], second[0]) and np.allclose(first[1], second[1])
    assert np.isclose(np.linalg.norm(first[1]), 1.0)


def test_brand_names_links_handles_and_digits_become_placeholders():
    plain = normalise("@sam the Kestrel Kettle is 10/10, kestrel.example/shop", ["Kestrel", "Kestrel Kettle"])
    assert plain == f" xhandlex  the {BRAND_TOKEN} is 0/0,  xurlx "
    # two brands' posts with the same wording read the same
    assert features("Acme folks, post a review", ["Acme"])[0].tolist() == \
        features("Brindle folks, post a review", ["Brindle"])[0].tolist()


def test_an_empty_post_has_no_features_and_reads_as_the_bias():
    indices, weights = features("")
    assert len(indices) == 0 and len(weights) == 0
    reader = LinearReader(np.zeros(1 << 18), 0.0)
    assert reader.probability("") == 0.5


def test_training_separates_a_simple_wording_and_is_deterministic():
    asks = ["please leave us a review today", "team, post a review this week please",
            "everyone leave a five star review", "drop a review for the shop please"]
    others = ["the kettle boils fast", "shift was long today", "new colours out now", "love this stove"]
    rows = Rows.of(asks + others)
    labels = [True] * len(asks) + [False] * len(others)
    one, two = LinearReader.train(rows, labels), LinearReader.train(rows, labels)
    assert np.array_equal(one.weights, two.weights) and one.bias == two.bias
    assert one.probability("please leave a review") > 0.5 > one.probability("the stove boils fast")
    assert np.allclose(one.probabilities(rows), [one.probability(t) for t in asks + others])


def test_names_inside_a_sentence_are_masked_without_a_config_but_first_words_and_acronyms_stay():
    assert normalise("Loving the Ember Stove. Got told no PTO by HR at Marisol Suites") == \
        f"loving the {BRAND_TOKEN} {BRAND_TOKEN}. got told no pto by hr at {BRAND_TOKEN} {BRAND_TOKEN}"
    assert normalise("I think I'm done") == "i think i'm done"
