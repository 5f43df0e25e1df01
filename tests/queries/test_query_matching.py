"""The compiled matcher: what holds for which post."""

from __future__ import annotations

import pytest

from brandwatch.queries.explain import explain
from brandwatch.queries.facts import PostFacts
from brandwatch.queries.query import compile_query


def matches(query: str, text: str, **fields) -> bool:
    return compile_query(query).matches(PostFacts(text, **fields))


@pytest.mark.parametrize("query, text, expected", [
    ("acme", "I love ACME!", True),
    ("acme", "acmeville is nice", False),
    ("acme", "thanks #Acme and @acme", True),
    ("acme", "mail me@acme.com", True),  # the host name is words; the handle sign is not there
    ("@acme", "mail me@acme.com", False),
    ("#acme", "acme rocks", False),
    ("#acme", "#ACME rocks", True),
    ("@acmesupport", "hey @AcmeSupport help", True),
    ('"acme corp"', "Acme-Corp shipped", True),
    ('"acme corp"', "acme, the corp", False),
    ("acme-corp", "acme corp", True),
    ("rocket*", "my rockets", True),
    ("rocket*", "pocket rock", False),
    ('"rocket skate*"', "rocket skateboards", True),
    ("#acme*", "#acmefail today", True),
    ("cs:ACME", "acme is fine", False),
    ("cs:ACME", "ACME is fine", True),
    ('cs:"Big Apple"', "the big apple", False),
    ('cs:"Big Apple"', "the Big Apple", True),
    ("acme NOT refund", "acme refund now", False),
    ("acme NOT refund", "acme rocks", True),
    ("acme AND (broken OR late)", "acme was late", True),
    ("acme AND (broken OR late)", "acme was fine", False),
    ("acme NEAR/2 broken", "broken again, acme", True),
    ("acme NEAR/2 broken", "acme is so very broken", False),
    ("acme NEAR/0 broken", "acme broken", True),
    ("acme ONEAR/2 broken", "acme is broken", True),
    ("acme ONEAR/2 broken", "broken is acme", False),
    ("acme NEAR/1 acme*", "acme", False),  # one word cannot be both ends
    ("acme NEAR/1 acme*", "acme acmes", True),
    ('"acme corp" NEAR/1 (refund OR money)', "acme corp still owes money", False),
    ('"acme corp" NEAR/1 (refund OR money)', "acme corp, my money", True),
    ("(acme NEAR/1 corp) ONEAR/1 refund", "corp acme the refund", True),
    ("(acme NEAR/1 corp) ONEAR/1 refund", "refund corp acme", False),
    ("straße", "STRASSE closed", True),  # folded both sides
    ("ａｃｍｅ", "acme", True),  # full-width letters read as plain
])
def test_when_a_query_meets_a_post_then_it_holds_as_documented(query, text, expected):
    assert matches(query, text) is expected


def test_when_fields_are_asked_then_the_post_facts_decide():
    post = dict(platform="reddit", author="u/Jane_Doe", subreddit="r/AcmeFans", lang="en")
    assert matches("acme platform:reddit", "acme", **post)
    assert not matches("acme platform:x", "acme", **post)
    assert matches("acme subreddit:acmefans", "acme", **post)
    assert matches("acme lang:en", "acme", **post)
    assert not matches("acme lang:de", "acme", **post)
    assert matches("acme author:@acmesupport", "acme", author="@AcmeSupport")
    assert matches("acme author:acme*", "acme", author="acme_deals")
    assert not matches("acme author:bob", "acme")  # no author known: the field does not hold


def test_when_lang_is_a_function_then_it_runs_only_if_the_query_gets_there():
    calls = []

    def detect():
        calls.append(1)
        return "en"

    query = compile_query("acme lang:en")
    assert not query.matches(PostFacts("nothing here", lang=detect)) and calls == []
    assert query.matches(PostFacts("acme here", lang=detect)) and calls == [1]


def test_when_a_post_is_explained_then_each_clause_says_whether_it_held_and_what_it_found():
    query = compile_query('(acme OR "acme corp") AND NOT refund* AND (broken NEAR/3 rocket) lang:en')
    result = explain(query, PostFacts("Acme Corp: my rocket is broken", lang="en"))
    assert result.matched
    lines = result.lines()
    assert lines[0].startswith('✓ (acme OR "acme corp") AND NOT refund*')
    assert '    ✓ "acme corp"   ["acme corp" at word 1]' in lines
    assert "    ✗ refund*" in lines
    assert '  ✓ (broken NEAR/3 rocket)   ["rocket is broken" at word 4]' in lines
    assert "  ✓ lang:en   [lang is en]" in lines
    missed = explain(query, PostFacts("acme refunds", lang="en"))
    assert not missed.matched and "    ✓ refund*   [\"refunds\" at word 2]" in missed.lines()


def test_when_a_post_is_huge_then_near_stays_proportional_to_the_post():
    text = " ".join(["acme broken"] * 20_000)
    query = compile_query("acme NEAR/3 broken*")
    reading = query.read(PostFacts(text))
    assert query.holds_for(reading)
    assert len(reading.tokens) == 40_000
