"""The affiliate-disclosure batch is current with its generator and labelled as its README says."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "endorsements" / "affiliate_descriptions"


def _generator():
    spec = importlib.util.spec_from_file_location("affiliate_generate", HERE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_posts_jsonl_is_what_the_generator_writes():
    generator = _generator()
    assert (HERE / "posts.jsonl").read_text(encoding="utf-8") == generator.render(generator.build())


def test_every_post_carries_a_disclosed_label_a_case_and_a_reason():
    rows = [json.loads(line) for line in (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {row["platform"] for row in rows} == {"youtube", "pinterest"}
    for row in rows:
        labels = row["labels"]
        assert isinstance(labels["disclosed"], bool) and row["reason"]
        assert labels["case"] in {"disclosed", "ambiguous", "lookalike", "plain"}
        assert labels["disclosed"] == (labels["case"] == "disclosed")
        assert labels["ambiguous"] == (labels["case"] == "ambiguous")
    languages = Counter(row["labels"]["lang"] for row in rows)
    assert set(languages) == {"en", "es", "fr", "de", "pt", "it", "nl"}
    assert 0.4 <= sum(row["labels"]["disclosed"] for row in rows) / len(rows) <= 0.6
