"""A bulk claim racing another bulk claim and single claims: every finding is claimed once, by one trail."""

import threading

from sqlalchemy import func, select

from brandwatch.review.audit_key import audit_key
from brandwatch.review.audit_verify import verify_trail
from brandwatch.review.bulk import bulk_act
from brandwatch.review.service import ReviewService
from brandwatch.review.states import Action, ReviewError
from brandwatch.store.db import make_engine, session_factory
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, new_finding

FINDINGS = 40


def test_when_bulk_and_single_claims_race_then_each_finding_has_exactly_one_claim(engine, factory):
    ids = [new_finding(factory, fingerprint=f"fp-{i}") for i in range(FINDINGS)]
    url = engine.url.render_as_string(hide_password=False)
    engines = [make_engine(url) for _ in range(3)]  # separate connections, as separate reviewers have
    services = [ReviewService(session_factory(e), SETTINGS) for e in engines]
    barrier = threading.Barrier(3)
    outcomes: dict[str, object] = {}

    def bulk(name, service, chosen):
        barrier.wait()
        outcomes[name] = bulk_act(service, chosen, Action.CLAIM, name, chunk=7)

    def singles(name, service, chosen):
        barrier.wait()
        won = []
        for finding_id in chosen:
            try:
                service.claim(finding_id, name)
                won.append(finding_id)
            except ReviewError:
                pass
        outcomes[name] = won

    threads = [threading.Thread(target=bulk, args=("reviewer0", services[0], ids)),
               threading.Thread(target=bulk, args=("reviewer1", services[1], list(reversed(ids)))),
               threading.Thread(target=singles, args=("reviewer2", services[2], ids[::3]))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert set(outcomes) == {"reviewer0", "reviewer1", "reviewer2"}, "a claimant did not finish"
        won = {name: {o.finding_id for o in outcomes[name].done} for name in ("reviewer0", "reviewer1")}
        won["reviewer2"] = set(outcomes["reviewer2"])
        assert sum(len(w) for w in won.values()) == FINDINGS  # every finding exactly once...
        assert set().union(*won.values()) == set(ids)
        with factory() as session:
            holders = dict(session.execute(select(Finding.id, Finding.assignee).where(Finding.id.in_(ids))).all())
            claims = dict(session.execute(select(ReviewEvent.finding_id, ReviewEvent.actor).where(
                ReviewEvent.finding_id.in_(ids), ReviewEvent.action == "claim")).all())
            count = session.scalar(select(func.count()).select_from(ReviewEvent).where(
                ReviewEvent.finding_id.in_(ids), ReviewEvent.action == "claim"))
            report = verify_trail(session, audit_key(SETTINGS, create=False))
        assert count == FINDINGS and holders == claims  # ...by the one whose event says so
        for name, findings in won.items():
            assert all(holders[i] == name for i in findings)
        assert report.ok, [str(p) for p in report.problems]
    finally:
        for e in engines:
            e.dispose()
