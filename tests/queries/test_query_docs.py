"""Every query example in docs/queries.md runs: the reference cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brandwatch.queries.facts import PostFacts
from brandwatch.queries.lines import facts_from_line
from brandwatch.queries.query import compile_query
from brandwatch.query_syntax import QuerySyntaxError

DOC = (Path(__file__).resolve().parents[2] / "docs" / "queries.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```query\n(.*?)```", DOC, re.S)
ERRORS = [line for block in re.findall(r"```query-errors\n(.*?)```", DOC, re.S) for line in block.splitlines()]


def test_when_the_reference_is_read_then_it_has_worked_examples():
    assert len(BLOCKS) >= 5 and len(ERRORS) >= 5


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.splitlines()[0][7:40])
def test_when_a_documented_query_meets_its_examples_then_each_behaves_as_written(block):
    lines = block.splitlines()
    assert lines[0].startswith("query: ")
    query = compile_query(lines[0][len("query: "):])
    checked = 0
    for line in lines[1:]:
        expected, _, post = line.partition(": ")
        assert expected in ("match", "no match"), line
        facts = facts_from_line(post)
        if facts.lang is None:
            facts = PostFacts(facts.text, facts.platform, facts.author, facts.subreddit, _detected(facts.text))
        assert query.matches(facts) is (expected == "match"), line
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("line", ERRORS)
def test_when_a_documented_mistake_is_parsed_then_the_error_reads_as_documented(line):
    query, _, message = line.partition("->")
    with pytest.raises(QuerySyntaxError) as caught:
        compile_query(query.strip())
    assert str(caught.value).startswith(message.strip())


def _detected(text: str):
    from brandwatch.detectors.language import detect

    return lambda: detect(text).code
