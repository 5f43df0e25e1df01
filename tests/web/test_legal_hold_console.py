"""The finding page and its API show the legal holds covering the post."""

from __future__ import annotations

from brandwatch.review.holds import HoldRequest, add_hold
from brandwatch.store.db import session_factory, transaction
from tests.web.conftest import DEMO_NOW


def test_when_a_finding_is_under_legal_hold_then_page_and_api_say_so(reviewer, demo_engine, finding_of):
    held, free = finding_of("1861010"), finding_of("1861002")
    with transaction(session_factory(demo_engine)) as session:
        add_hold(session, HoldRequest("finding", str(held)), "matter 2026-14", "ada", DEMO_NOW)
    page = reviewer.get(f"/findings/{held}").text
    assert "Legal hold" in page and "matter 2026-14" in page
    assert reviewer.get(f"/api/findings/{held}").json()["legal_holds"] == [
        f"hold 1: finding {held} — matter 2026-14 (by ada)"]
    assert "Legal hold" not in reviewer.get(f"/findings/{free}").text
