"""The rated-sentence data: deterministic 15% split per corpus, fixed evaluation classes, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandwatch.sentiment.training_data import (
    CORPORA, EVAL_NEGATIVE_BELOW, EVAL_POSITIVE_ABOVE, RatedText, TrainingDataError, evaluation_class,
    load_corpora, read_corpus, split_all, split_corpus)


@pytest.fixture(scope="module")
def corpora():
    return load_corpora()


def test_when_the_bundled_data_is_read_then_all_four_corpora_load_with_their_documented_sizes(corpora):
    assert {corpus: len(rows) for corpus, rows in corpora.items()} == {
        "tweets": 4200, "amazon": 3708, "movies": 10605, "nyt": 5190}


def test_when_the_data_is_split_twice_then_both_splits_are_identical(corpora):
    assert split_all(corpora) == split_all(load_corpora())


def test_when_a_corpus_is_split_then_exactly_15_percent_is_held_out_and_nothing_overlaps(corpora):
    for corpus, split in split_all(corpora).items():
        rows = corpora[corpus]
        assert len(split.validation) == round(0.15 * len(rows)), corpus
        assert len(split.train) + len(split.validation) == len(rows)
        assert not {r.id for r in split.train} & {r.id for r in split.validation}


def test_when_a_file_is_reordered_then_the_same_rows_are_held_out(corpora):
    rows = corpora["tweets"]
    held_out = {r.id for r in split_corpus(rows).validation}
    assert {r.id for r in split_corpus(list(reversed(rows))).validation} == held_out


def test_when_the_seed_changes_then_a_different_split_comes_out(corpora):
    rows = corpora["amazon"]
    assert split_corpus(rows, seed=1).validation != split_corpus(rows, seed=2).validation


@pytest.mark.parametrize("rating, expected", [
    (-4.0, "negative"), (-0.51, "negative"), (-0.5, "neutral"), (0.0, "neutral"), (0.5, "neutral"),
    (0.51, "positive"), (4.0, "positive")])
def test_when_a_rating_is_near_the_cut_offs_then_the_evaluation_class_follows_the_fixed_rule(rating, expected):
    assert (EVAL_NEGATIVE_BELOW, EVAL_POSITIVE_ABOVE) == (-0.5, 0.5)
    assert evaluation_class(rating) == expected


@pytest.mark.parametrize("line, message", [
    ("7\tvery good\tnice phone", "x.tsv:2: field 'rating': 'very good' is not a number"),
    ("7\t9.5\tnice phone", "x.tsv:2: field 'rating': 9.5 is outside -4..4"),
    ("7\t1.5", "x.tsv:2: expected 3 tab-separated fields (id, rating, text), found 2"),
])
def test_when_a_row_is_malformed_then_the_error_names_file_line_and_field(tmp_path: Path, line, message):
    path = tmp_path / "x.tsv"
    path.write_text(f"1\t0.5\tfine\n{line}\n", encoding="utf-8")
    with pytest.raises(TrainingDataError) as caught:
        read_corpus(path, "tweets")
    assert str(caught.value) == f"{tmp_path / message}"


def test_when_a_text_has_tabs_and_odd_unicode_then_it_is_kept_whole(tmp_path: Path):
    path = tmp_path / "x.tsv"
    path.write_text("1\t-1.25\tcafé\tnaïve 🙂 \u200b\n", encoding="utf-8")
    assert read_corpus(path, "tweets") == [RatedText("tweets", "1", -1.25, "café\tnaïve 🙂 \u200b")]


def test_when_the_data_folder_is_missing_a_file_then_the_error_names_it(tmp_path: Path):
    with pytest.raises(TrainingDataError, match=CORPORA["tweets"]):
        load_corpora(tmp_path)
