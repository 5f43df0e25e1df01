"""Native search queries: always at least as wide as the brand query, in each platform's syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandwatch.collectors.brand_search import listing_filter, x_search_query
from brandwatch.config import parse_settings
from brandwatch.model.post import Author, Post
from brandwatch.queries.native import to_reddit, to_x
from brandwatch.query_syntax import parse_query


@pytest.mark.parametrize("query, x, reddit", [
    ('(acme OR "acme corp" OR #acme) AND NOT (giveaway OR #ad)',
     '(acme OR "acme corp" OR #acme) -giveaway -#ad -is:retweet',
     '(acme OR "acme corp" OR #acme) AND NOT (giveaway OR #ad)'),
    ("acme NEAR/3 broken", "acme broken -is:retweet", "acme AND broken"),  # both words, anywhere: wider
    ("rocket* acme", "acme -is:retweet", "acme"),  # no wildcards there: the clause is left to the local check
    ("acme NOT refund*", "acme -is:retweet", "acme"),  # an exclusion that cannot be written is dropped
    ("acme NOT (a AND b)", "acme (-a OR -b) -is:retweet", "acme AND NOT (a AND b)"),
    ("acme author:@AcmeSupport platform:x", "acme from:acmesupport -is:retweet", None),
    ("acme subreddit:acme", None, "acme AND subreddit:acme"),
    ("acme lang:en", "acme -is:retweet", "acme"),  # the platforms' language labels are not the detector's
    ("rocket* NOT refund", None, None),  # nothing left to narrow by
])
def test_when_a_query_is_translated_then_each_platform_gets_a_wider_query(query, x, reddit):
    tree = parse_query(query)
    assert to_x(tree) == x
    assert to_reddit(tree) == reddit


CONFIG = """
brands:
  - name: Acme
    query: acme NEAR/3 (broken OR refund) NOT giveaway
  - name: Globex
    aliases: [Globex Corp]
"""


def test_when_a_brand_has_a_query_then_the_x_search_ors_it_with_the_other_brands_names():
    settings = parse_settings(CONFIG, Path("c.yaml"))
    assert x_search_query(settings) == ('(acme (broken OR refund) -giveaway) OR (Globex OR "Globex Corp") '
                                        '-is:retweet')
    assert x_search_query(parse_settings("brands:\n  - name: Acme\n", Path("c.yaml"))) is None


def test_when_a_subreddit_listing_is_filtered_then_queries_and_names_both_keep_posts():
    keeps = listing_filter(parse_settings(CONFIG, Path("c.yaml")))
    assert keeps(Post("reddit", "1", "acme is broken again", Author("u", "bob")))
    assert not keeps(Post("reddit", "2", "acme is great", Author("u", "bob")))
    assert not keeps(Post("reddit", "3", "acme broken giveaway", Author("u", "bob")))
    assert keeps(Post("reddit", "4", "globex corp is fine", Author("u", "bob")))


def test_when_a_query_asks_the_language_then_the_listing_filter_leaves_it_to_the_analysis():
    settings = parse_settings("brands:\n  - name: Acme\n    query: acme AND lang:de AND NOT lang:fr\n", Path("c.yaml"))
    keeps = listing_filter(settings)
    assert keeps(Post("reddit", "1", "acme is great", Author("u", "bob")))
    assert not keeps(Post("reddit", "2", "nothing", Author("u", "bob")))


def test_when_a_reddit_source_has_no_queries_then_it_searches_for_each_brand_query():
    from brandwatch.collectors.brand_search import reddit_searches
    from brandwatch.collectors.reddit_collector import RedditCollector
    from brandwatch.collectors.reddit import RedditSource

    settings = parse_settings(CONFIG + "  - name: Initech\n    query: initech* NOT refund\n", Path("c.yaml"))
    searches = reddit_searches(settings)
    assert searches == ["acme AND (broken OR refund) AND NOT giveaway"]  # initech* cannot narrow a search
    credentials = {"REDDIT_CLIENT_ID": "i", "REDDIT_CLIENT_SECRET": "s", "REDDIT_USER_AGENT": "u"}
    collector = RedditCollector(RedditSource(name="r", type="reddit", subreddits=["acme"]), credentials,
                                settings.brand_terms, [], searches=searches)
    assert [(s.kind, s.arg) for s in collector.streams() if s.kind == "search"] == [("search", searches[0])]
    configured = RedditCollector(RedditSource(name="r", type="reddit", queries=["acme"]), credentials,
                                 settings.brand_terms, [], searches=searches)
    assert [s.arg for s in configured.streams() if s.kind == "search"] == ["acme"]


COMPETING = """
brands:
  - name: Acme
    query: acme NEAR/3 broken
competitors:
  - name: Globex
    query: globex OR "globex corporation"
  - name: Initech
    aliases: [Initrode]
"""


def test_competitors_are_searched_and_kept_beside_the_brands_for_share_of_voice():
    from brandwatch.collectors.brand_search import reddit_searches

    settings = parse_settings(COMPETING, Path("c.yaml"))
    assert x_search_query(settings) == '(acme broken) OR (globex OR "globex corporation") OR (Initech OR Initrode) -is:retweet'
    assert reddit_searches(settings) == ["acme AND broken", 'globex OR "globex corporation"']
    keeps = listing_filter(settings)
    assert keeps(Post("reddit", "1", "Initrode support is down again", Author("u", "bob")))
    assert keeps(Post("reddit", "2", "the Globex Corporation annual report", Author("u", "bob")))
    assert not keeps(Post("reddit", "3", "acme is great", Author("u", "bob")))


def test_without_queries_the_names_search_also_asks_for_the_competitors_names():
    from brandwatch.collectors.registry import Connection, build_one
    from brandwatch.collectors.x import XSource
    from brandwatch.model.clock import system_clock
    from brandwatch.rosters import Roster

    settings = parse_settings("brands:\n  - name: Acme\ncompetitors:\n  - name: Globex\n    aliases: [Globex Corp]\n",
                              Path("c.yaml"))
    built = build_one(XSource(name="x", type="x"), settings, Roster(), system_clock,
                      Connection({"X_BEARER_TOKEN": "t"}))
    assert built.collector.query == '(Acme OR Globex OR "Globex Corp") -is:retweet'
