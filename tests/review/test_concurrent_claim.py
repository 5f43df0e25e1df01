"""Two reviewers press "claim" at the same moment: exactly one wins, on SQLite and on PostgreSQL."""

import threading

from sqlalchemy import func, select

from brandwatch.review.service import ReviewService
from brandwatch.review.states import InvalidTransition
from brandwatch.store.db import make_engine, session_factory
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, new_finding

ROUNDS = 15


def _race(services, finding_id):
    barrier = threading.Barrier(len(services))
    results = {}

    def contend(name, service):
        barrier.wait()
        try:
            service.claim(finding_id, name)
            results[name] = "won"
        except InvalidTransition as exc:
            results[name] = f"lost: {exc}"

    threads = [threading.Thread(target=contend, args=(f"reviewer{i}", s)) for i, s in enumerate(services)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_when_two_connections_claim_the_same_finding_at_once_then_exactly_one_wins(engine, factory):
    url = engine.url.render_as_string(hide_password=False)
    engines = [make_engine(url) for _ in range(2)]  # two separate connections, as two reviewers have
    services = [ReviewService(session_factory(e), SETTINGS) for e in engines]
    try:
        for _ in range(ROUNDS):
            finding_id = new_finding(factory)
            results = _race(services, finding_id)
            winners = [name for name, result in results.items() if result == "won"]
            assert len(results) == 2 and len(winners) == 1, results
            loser = next(result for result in results.values() if result != "won")
            assert f"finding {finding_id} is claimed" in loser
            with factory() as session:
                assert session.get(Finding, finding_id).assignee == winners[0]
                claims = session.scalar(select(func.count()).select_from(ReviewEvent).where(
                    ReviewEvent.finding_id == finding_id, ReviewEvent.action == "claim"))
            assert claims == 1
    finally:
        for e in engines:
            e.dispose()
