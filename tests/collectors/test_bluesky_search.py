"""Brand queries as Bluesky searches: one per alternative, always wider than the query."""

from __future__ import annotations

import pytest

from brandwatch.collectors.bluesky_search import MAX_SEARCHES, bluesky_searches, settings_searches, to_bluesky
from brandwatch.config import Settings
from brandwatch.query_syntax import parse_query


@pytest.mark.parametrize("query, searches", [
    ("acme", ["acme"]),
    ('"acme rocket" OR roadrunner', ['"acme rocket"', "roadrunner"]),
    ("acme AND (rocket OR anvil)", ["acme rocket", "acme anvil"]),
    ("acme AND NOT coyote", ["acme"]),  # the exclusion is left to the local check
    ("acme AND author:@wile", ["acme from:wile"]),
    ("acme AND lang:en", ["acme"]),
    ("acme AND platform:bluesky", ["acme"]),
    ("acme AND platform:x", []),  # never on Bluesky: nothing to search
    ("acme OR platform:bluesky", None),  # every Bluesky post: cannot be narrowed
    ("author:wile", None),  # Bluesky's search needs a word
    ("rock* AND acme", ["acme"]),  # no wildcards: the word is left to the local check
])
def test_when_a_brand_query_is_translated_then_each_alternative_is_one_search(query, searches):
    assert bluesky_searches(parse_query(query)) == searches


def test_when_a_query_has_too_many_alternatives_then_none_are_made():
    words = " OR ".join(f"w{i}" for i in range(MAX_SEARCHES + 1))

    assert bluesky_searches(parse_query(f"acme AND ({words})")) is None


def test_when_native_searches_are_shown_then_they_are_separated_by_semicolons():
    assert to_bluesky(parse_query("acme AND (rocket OR anvil)")) == "acme rocket ; acme anvil"


def test_when_brands_have_queries_or_names_then_each_gets_its_own_searches():
    settings = Settings(brands=[{"name": "Acme", "query": '"acme rocket" OR roadrunner'},
                                {"name": "Globex", "products": ["Globex One"]},
                                {"name": "Initech", "query": "initech OR lang:de"},
                                {"name": "Umbrella", "query": "umbrella AND platform:reddit"}])

    assert settings_searches(settings) == ['"acme rocket"', "roadrunner", "Globex", '"Globex One"', "Initech"]
