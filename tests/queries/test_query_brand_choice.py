"""Which brand a post concerns: the brand's query where it has one, its names where it has none."""

from __future__ import annotations

from pathlib import Path

from brandwatch.config import parse_settings
from brandwatch.detectors.brand import brand_of
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Author, Post
from brandwatch.rules import RuleSet
from brandwatch.sentiment.vader import VaderBackend

CONFIG = """
brands:
  - name: Acme
    aliases: [AcmeCo]
  - name: Apple
    query: cs:Apple AND (iphone* OR mac* OR watch) AND NOT (pie OR orchard) AND (platform:x OR subreddit:apple)
"""


def settings():
    return parse_settings(CONFIG, Path("brandwatch.yaml"))


def analyze(post: Post) -> str | None:
    analyzer = Analyzer(settings(), VaderBackend(), None, RuleSet(()), fingerprint_key=b"k" * 32)
    return analyzer.analyze([post])[0].brand


def test_when_a_brand_has_no_query_then_its_names_decide_as_before():
    brands = settings().brands
    assert brand_of(brands, "AcmeCo shipped late") == "Acme"
    assert brand_of(brands, "acmecorp") == "Acme"  # names match inside words, as they always have


def test_when_a_brand_has_a_query_then_the_query_decides_and_not_its_name():
    brands = settings().brands
    assert brand_of(brands, "apple pie with my watch") is None
    # Text alone: the field clause cannot hold, so the query does not match.
    assert brand_of(brands, "my Apple watch died") is None


def test_when_the_pipeline_reads_a_post_then_the_query_sees_its_platform_and_subreddit():
    on_x = Post("x", "1", "my Apple Watch died again", Author(handle="jane"))
    assert analyze(on_x) == "Apple"
    orchard = Post("x", "2", "Apple orchard visit, wore my watch", Author(handle="jane"))
    assert analyze(orchard) is None
    elsewhere = Post("reddit", "t3_a", "Apple iPhone battery", Author(handle="bob"), raw={"subreddit": "gadgets"})
    assert analyze(elsewhere) is None
    in_sub = Post("reddit", "t3_b", "Apple iPhone battery", Author(handle="bob"), raw={"subreddit": "apple"})
    assert analyze(in_sub) == "Apple"
    assert analyze(Post("reddit", "t3_c", "AcmeCo again", Author(handle="bob"))) == "Acme"
