"""Routing rules: every condition of a route must hold, and the first matching route wins."""

import pytest

from brandwatch.config import Route
from brandwatch.detectors.brand import brand_of
from brandwatch.review.routing import FindingFacts, route

from .helpers import SETTINGS

ROUTES = [Route.model_validate(r) for r in (
    {"match": {"rule": "aws-access-key-id"}, "team": "cloud", "channels": ["a"]},
    {"match": {"category": "leak", "kind": ["pii"]}, "team": "privacy"},
    {"match": {"category": "leak", "severity": ["high", "critical"]}, "team": "security", "channels": ["b"]},
    {"match": {"brand": "Acme", "category": "complaint"}, "team": "acme-care"},
    {"match": {}, "team": "triage"},
)]


@pytest.mark.parametrize("facts, team", [
    (FindingFacts("leak", "secret", "low", "aws-access-key-id"), "cloud"),
    (FindingFacts("leak", "pii", "critical", "iban"), "privacy"),
    (FindingFacts("leak", "secret", "high", "github-token"), "security"),
    (FindingFacts("leak", "secret", "medium", "github-token"), "triage"),
    (FindingFacts("complaint", "staff", "low", "rude", brand="ACME"), "acme-care"),
    (FindingFacts("complaint", "staff", "low", "rude", brand="Other"), "triage"),
])
def test_when_a_finding_is_routed_then_the_first_matching_route_decides(facts, team):
    assert route(ROUTES, facts).team == team


def test_when_no_route_matches_then_there_is_no_team_and_no_channel():
    routed = route(ROUTES[:1], FindingFacts("caution", "nlra", "low", "x"))
    assert (routed.team, routed.channels, routed.route_index) == (None, (), None)


def test_when_a_post_names_a_product_then_its_brand_is_found():
    assert brand_of(SETTINGS.brands, "the acme rocket pro is loud") == "Acme"
    assert brand_of(SETTINGS.brands, "nothing to see") is None
