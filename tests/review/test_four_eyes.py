"""Four-eyes closing: for the configured severities one reviewer proposes the close and another approves it."""

import pytest
from sqlalchemy import select

from brandwatch.config import Settings
from brandwatch.review.bulk import bulk_act
from brandwatch.review.four_eyes import FourEyesRefused
from brandwatch.review.service import ReviewService
from brandwatch.review.states import Action, ReviewError
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, T0, new_finding
from .team_queue_helpers import queue_runner, statuses


def _service(factory, four_eyes=None) -> ReviewService:
    settings = SETTINGS
    if four_eyes is not None:
        config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
        config["review"]["four_eyes"] = four_eyes
        settings = Settings.model_validate(config)
    return ReviewService(factory, settings, clock=lambda: T0)


def _trail(factory, finding_id):
    with factory() as session:
        return [(e.actor, e.action, e.from_status, e.to_status, e.note) for e in session.scalars(
            select(ReviewEvent).where(ReviewEvent.finding_id == finding_id).order_by(ReviewEvent.id))]


def test_when_a_critical_finding_is_closed_then_the_proposer_and_the_approver_differ(factory):
    service = _service(factory)
    critical = new_finding(factory, severity="critical")
    service.claim(critical, "ana")

    with pytest.raises(FourEyesRefused, match=r"is critical: four-eyes closing — first propose the resolve"):
        service.resolve(critical, "ana")
    proposal = service.propose(critical, "ana", note="key rotated")
    with pytest.raises(FourEyesRefused, match=r"you \(ana\) proposed this resolve, so someone else must approve"):
        service.approve(critical, "ana")
    approved = service.approve(critical, "bo")  # bo closes although ana holds it: approving is the point

    assert (approved.from_status, approved.to_status) == ("claimed", "resolved")
    assert _trail(factory, critical)[-2:] == [
        ("ana", "propose", "claimed", "claimed", "proposes resolve; key rotated"),
        ("bo", "resolve", "claimed", "resolved", f"approves the resolve proposed by ana (event {proposal.event_id})")]


def test_when_a_dismissal_is_proposed_then_approving_dismisses_with_its_reason(factory):
    service = _service(factory)
    critical = new_finding(factory, severity="critical")
    service.claim(critical, "ana")
    service.propose(critical, "ana", close="dismiss", reason="duplicate")
    with pytest.raises(FourEyesRefused, match="dismiss \\(duplicate\\) proposed by ana"):
        service.resolve(critical, "bo")  # the approval must be the close that was proposed
    service.approve(critical, "bo")
    with factory() as session:
        finding = session.get(Finding, critical)
        assert (finding.status, finding.dismiss_reason) == ("dismissed", "duplicate")


def test_when_the_finding_moves_on_then_its_proposal_lapses(factory):
    service = _service(factory)
    critical = new_finding(factory, severity="critical")
    service.claim(critical, "ana")
    service.propose(critical, "ana")
    service.release(critical, "ana")
    service.claim(critical, "bo")
    with pytest.raises(ReviewError, match="has no pending proposal"):
        service.approve(critical, "carol")


@pytest.mark.parametrize("four_eyes, severity, alone", [
    (["critical"], "high", True), (["critical"], "critical", False), (["high", "critical"], "high", False),
    ([], "critical", True)])
def test_when_four_eyes_is_configured_per_severity_then_only_those_need_a_second_reviewer(
        factory, four_eyes, severity, alone):
    service = _service(factory, four_eyes)
    finding = new_finding(factory, severity=severity)
    service.claim(finding, "ana")
    if alone:
        assert service.resolve(finding, "ana").to_status == "resolved"
    else:
        with pytest.raises(FourEyesRefused):
            service.resolve(finding, "ana")


def test_when_a_bulk_resolve_meets_four_eyes_findings_then_only_those_are_refused(factory):
    service = _service(factory)
    ids = [new_finding(factory, severity=s) for s in ("high", "critical", "medium", "critical")]
    bulk_act(service, ids, Action.CLAIM, "ana")
    bulk_act(service, ids[3:], Action.PROPOSE, "ana")

    result = bulk_act(service, ids, Action.RESOLVE, "ana")

    assert [o.finding_id for o in result.done] == [ids[0], ids[2]]
    assert [i for i, _ in result.refused] == [ids[1], ids[3]]
    assert "first propose" in result.refused[0][1] and "you (ana) proposed" in result.refused[1][1]
    approved = bulk_act(service, ids[3:], Action.RESOLVE, "bo")
    assert [o.finding_id for o in approved.done] == [ids[3]]
    assert approved.done[0].note.startswith("approves the resolve proposed by ana")


def test_when_the_cli_closes_alone_then_it_is_refused_with_the_reason(engine, factory, tmp_path):
    run = queue_runner(engine, factory, tmp_path)
    critical = new_finding(factory, severity="critical")
    run("claim", critical, "--as", "ana")

    alone = run("resolve", critical, "--as", "ana")
    assert alone.exit_code == 2 and "four-eyes closing — first propose the resolve" in alone.stderr
    assert "propose claimed → claimed" in run("propose", critical, "--as", "ana").output
    same = run("approve", critical, "--as", "ana")
    assert same.exit_code == 2 and "you (ana) proposed this resolve" in same.stderr
    other = run("approve", critical, "--as", "bo")
    assert other.exit_code == 0 and "resolve claimed → resolved" in other.output
    assert statuses(factory, [critical]) == {critical: "resolved"}


def test_when_proposals_are_approved_in_bulk_then_each_gets_the_close_that_was_proposed(factory):
    from brandwatch.review.bulk import bulk_approve

    service = _service(factory)
    ids = [new_finding(factory, severity="critical") for _ in range(3)]
    bulk_act(service, ids, Action.CLAIM, "ana")
    service.propose(ids[0], "ana")
    service.propose(ids[1], "ana", close="dismiss", reason="not_actionable")

    own = bulk_approve(service, ids[:2], "ana")
    assert own.done == [] and [i for i, _ in own.refused] == ids[:2]
    result = bulk_approve(service, ids, "bo")

    assert [(o.finding_id, o.to_status) for o in result.done] == [(ids[0], "resolved"), (ids[1], "dismissed")]
    assert result.refused == [(ids[2], f"finding {ids[2]} has no pending proposal to approve")]
    assert statuses(factory, ids) == {ids[0]: "resolved", ids[1]: "dismissed", ids[2]: "claimed"}
