"""A reply draft is approved by a second verified reviewer before it is marked sent; then a check-back reminder."""

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from brandwatch.cli import main
from brandwatch.review.audit_key import audit_key
from brandwatch.review.reply_flow import approve, mark_sent, remind_check_backs, save_draft
from brandwatch.review.reviewers import NotPermitted
from brandwatch.review.service import ReviewService
from brandwatch.review.states import ReviewError
from brandwatch.store.db import transaction
from brandwatch.store.models import OutboxMessage, ReplyDraft, ReviewEvent

from .helpers import SETTINGS, T0, complaint_span, intake, new_finding, personal_tokens, store_mention

KEY = audit_key(SETTINGS)


def _complaint(factory, text="my Acme Rocket Pro caught fire", handle="dana"):
    mention = store_mention(factory, text, handle=handle)
    (finding_id,) = intake(factory, mention.id, [complaint_span(text)]).created
    return finding_id


def _trail(factory, finding_id):
    with factory() as session:
        return [(e.actor, e.action, e.from_status, e.to_status) for e in session.scalars(
            select(ReviewEvent).where(ReviewEvent.finding_id == finding_id).order_by(ReviewEvent.id))]


@pytest.fixture
def cli(engine, factory, tmp_path):
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    tokens = personal_tokens(factory, "ana", "bo")

    def run(*args, actor):
        return CliRunner().invoke(main, ["--config", str(path), "replies", *map(str, args)],
                                  env={"BRANDWATCH_TOKEN": tokens[actor]}, catch_exceptions=False)

    return run


def test_when_a_reply_goes_through_the_cli_then_only_a_second_reviewer_approves_and_only_approved_is_sent(cli, factory):
    finding_id = _complaint(factory)
    drafted = cli("draft", finding_id, actor="ana")
    assert drafted.exit_code == 0, drafted.output
    assert "Hi @dana, we're sorry your Acme Rocket Pro let you down. Could you send us" in drafted.output
    draft_id = int(drafted.output.split()[2])

    too_early = cli("sent", draft_id, actor="ana")
    assert too_early.exit_code == 2 and "is draft: cannot mark it sent" in too_early.output
    own = cli("approve", draft_id, actor="ana")
    assert own.exit_code == 2 and "a second reviewer approves it" in own.output
    assert cli("approve", draft_id, actor="bo").output.strip().endswith("approved by bo")
    assert cli("sent", draft_id, actor="ana").exit_code == 0
    listed = cli("list", finding_id, actor="ana").output
    assert "sent" in listed and "drafted by ana, approved by bo, sent by ana" in listed
    assert _trail(factory, finding_id)[1:] == [("ana", "reply-draft", "new", "new"), ("bo", "reply-approve", "new", "new"),
                                               ("ana", "reply-sent", "new", "new")]


def test_when_the_approver_is_no_verified_account_then_approval_is_refused(factory):
    finding_id = _complaint(factory)
    with transaction(factory) as session:
        draft = save_draft(session, KEY, finding_id, "ana", "Hi, sorry. DM us?", T0)
    for who, message in (("mallory", "not an account"), ("brandwatch", "only a person")):
        with pytest.raises(NotPermitted, match=message):
            with transaction(factory) as session:
                approve(session, KEY, draft.id, who, T0)


def test_when_a_draft_is_too_long_for_x_or_not_a_complaint_then_it_is_refused(factory):
    finding_id = _complaint(factory)
    with pytest.raises(ReviewError, match="281 characters as X counts them; X allows 280"):
        with transaction(factory) as session:
            save_draft(session, KEY, finding_id, "ana", "a" * 281, T0)
    with pytest.raises(ReviewError, match="replies are for complaints"):
        with transaction(factory) as session:
            save_draft(session, KEY, new_finding(factory), "ana", "hello", T0)


def test_when_a_complaint_with_a_sent_reply_is_resolved_then_the_team_is_reminded_to_check_back_once(factory):
    finding_id = _complaint(factory)
    with transaction(factory) as session:
        draft = save_draft(session, KEY, finding_id, "ana", "Hi, sorry. DM us?", T0)
        approve(session, KEY, draft.id, "bo", T0)
        mark_sent(session, KEY, draft.id, "ana", T0)
    assert remind_check_backs(factory, SETTINGS, clock=lambda: T0 + timedelta(days=30)) == []  # not resolved yet
    service = ReviewService(factory, SETTINGS, clock=lambda: T0 + timedelta(hours=1))
    service.claim(finding_id, "ana")
    service.resolve(finding_id, "ana")
    resolved = T0 + timedelta(hours=1)
    assert remind_check_backs(factory, SETTINGS, clock=lambda: resolved + timedelta(days=2, seconds=-1)) == []
    assert remind_check_backs(factory, SETTINGS, clock=lambda: resolved + timedelta(days=2)) == [draft.id]
    assert remind_check_backs(factory, SETTINGS, clock=lambda: resolved + timedelta(days=3)) == []
    with factory() as session:
        keys = session.scalars(select(OutboxMessage.idempotency_key)).all()
        assert session.get(ReplyDraft, draft.id).check_back_notified_at == resolved + timedelta(days=2)
    assert f"bw-finding-{finding_id}-check-back-{draft.id}-care-slack" in keys
    assert _trail(factory, finding_id)[-1] == ("brandwatch", "reply-check-back", "resolved", "resolved")
