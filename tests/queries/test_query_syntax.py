"""The query parser: what it accepts, and for what it refuses, the column it points at."""

from __future__ import annotations

import pytest

from brandwatch.query_syntax import QuerySyntaxError, parse_query
from brandwatch.query_syntax.nodes import And, Field, Near, Not, Or, Phrase, Word


def test_when_words_sit_side_by_side_then_they_are_joined_by_and():
    tree = parse_query("acme rocket")
    assert isinstance(tree, And) and [w.text for w in tree.operands] == ["acme", "rocket"]


def test_when_a_term_is_written_then_it_is_folded_unless_marked_case_sensitive():
    assert parse_query("ACME") == Word("acme", False, False, 0, 4)
    assert parse_query("cs:ACME") == Word("ACME", False, True, 3, 7)


def test_when_a_bare_term_holds_several_words_then_it_is_a_phrase():
    tree = parse_query("acme-corp")
    assert isinstance(tree, Phrase) and [w.text for w in tree.words] == ["acme", "corp"]


def test_when_a_phrase_is_quoted_then_its_clause_spans_the_quotes():
    tree = parse_query('"acme corp" OR acme*')
    assert isinstance(tree, Or)
    phrase, prefix = tree.operands
    assert (phrase.start, phrase.end) == (0, 11) and prefix == Word("acme", True, False, 15, 20)


def test_when_hashtags_and_handles_are_written_then_their_sign_is_kept():
    tree = parse_query("#acme OR @acmesupport")
    assert [w.text for w in tree.operands] == ["#acme", "@acmesupport"]


def test_when_near_and_onear_are_written_then_distance_and_order_are_kept():
    tree = parse_query("acme NEAR/3 broken")
    assert isinstance(tree, Near) and (tree.distance, tree.ordered) == (3, False)
    assert parse_query("acme ONEAR/0 corp").ordered


def test_when_not_precedes_a_group_then_it_negates_the_whole_group():
    tree = parse_query("acme NOT (refund OR giveaway)")
    assert isinstance(tree, And) and isinstance(tree.operands[1], Not)
    assert isinstance(tree.operands[1].operand, Or)


def test_when_fields_are_written_then_values_are_normalised():
    tree = parse_query("acme author:@AcmeSupport subreddit:r/Acme lang:EN platform:reddit")
    fields = tree.operands[1:]
    assert [(f.name, f.value) for f in fields] == [("author", "acmesupport"), ("subreddit", "acme"),
                                                  ("lang", "en"), ("platform", "reddit")]
    assert all(isinstance(f, Field) for f in fields)


def test_when_lower_case_operators_are_written_then_they_are_plain_words():
    tree = parse_query("acme or not")
    assert [w.text for w in tree.operands] == ["acme", "or", "not"]


@pytest.mark.parametrize("query, column, words", [
    ("", 1, "empty"),
    ("(acme OR corp", 1, "never closed"),
    ("acme)", 5, "closes no"),
    ('acme "corp', 6, "never closed"),
    ("acme OR", 6, "OR needs"),
    ("acme AND OR corp", 6, "AND needs"),
    ("NOT acme", 1, "none of its words"),
    ("acme OR NOT corp", 1, "none of its words"),
    ("a b OR c", 5, "parentheses"),
    ("a OR b c", 8, "parentheses"),
    ("a OR b AND c", 8, "parentheses"),
    ("acme NEAR broken", 6, "distance"),
    ("acme near/3 broken", 6, "capitals"),
    ("acme NEAR/500 broken", 11, "over 100"),
    ("acme NEAR/3 author:bob", 13, "a field"),
    ("(a AND b) NEAR/3 c", 1, "NEAR/3 joins"),
    ("ac*me", 3, "end of a word"),
    ("a* corp", 1, "2 letters"),
    ("acme *", 6, "wildcard"),
    ("acme !!!", 6, "no word"),
    ("acme site:example.com", 6, "unknown field 'site:'"),
    ("acme Author:bob", 6, "lower case"),
    ("acme platform:facebook", 15, "platform: is one of"),
    ("acme lang:english", 11, "language code"),
    ("acme author:", 6, "needs a value"),
    ("acme -refund", 6, "NOT refund"),
    ("acme ()", 6, "empty parentheses"),
    ("acme NEAR/2", 6, "needs a word"),
])
def test_when_a_query_is_malformed_then_the_error_names_the_column(query, column, words):
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert caught.value.offset + 1 == column, caught.value
    assert words in caught.value.problem
