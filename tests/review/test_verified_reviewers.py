"""Only existing, active, authenticated accounts act; the role rules hold in the CLI as in the console."""

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from brandwatch.cli import main
from brandwatch.review.reviewers import NotPermitted
from brandwatch.review.service import ReviewService
from brandwatch.store.models import ReviewEvent
from brandwatch.web.accounts import add_user, set_disabled

from .helpers import SETTINGS, add_accounts, new_finding, personal_tokens


@pytest.fixture
def queue(engine, tmp_path):
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    runner = CliRunner()

    def run(*args, token=None, stdin=None):
        env = {"BRANDWATCH_TOKEN": token} if token else {"BRANDWATCH_TOKEN": ""}
        return runner.invoke(main, ["--config", str(path), "queue", *map(str, args)], env=env, input=stdin)

    return run


def _actors(factory, finding_id):
    with factory() as session:
        return [(e.actor, e.action) for e in session.scalars(
            select(ReviewEvent).where(ReviewEvent.finding_id == finding_id).order_by(ReviewEvent.id))]


def test_when_no_token_and_no_password_is_given_then_the_cli_refuses_to_act(queue, factory):
    finding_id = new_finding(factory)
    result = queue("claim", finding_id, "--as", "ana")
    assert result.exit_code == 2
    assert "not authenticated as 'ana'" in result.output and "BRANDWATCH_TOKEN" in result.output
    assert _actors(factory, finding_id) == [("brandwatch", "create")]


def test_when_the_name_is_unknown_then_neither_token_nor_password_can_act_for_it(queue, factory):
    finding_id = new_finding(factory)
    assert "BRANDWATCH_TOKEN is not valid" in queue("claim", finding_id, token="bwt_made-up").output
    refused = queue("claim", finding_id, "--as", "mallory", "--password-stdin", stdin="guess-password\n")
    assert refused.exit_code == 2 and "not authenticated as 'mallory'" in refused.output
    assert _actors(factory, finding_id) == [("brandwatch", "create")]


def test_when_an_account_is_disabled_then_its_token_stops_working(queue, factory, engine):
    finding_id = new_finding(factory)
    tokens = personal_tokens(factory, "carol")
    set_disabled(engine, "carol", True)
    result = queue("claim", finding_id, token=tokens["carol"])
    assert result.exit_code == 2 and "account 'carol' is disabled" in result.output


def test_when_the_token_belongs_to_someone_else_then_as_cannot_claim_another_name(queue, factory):
    finding_id = new_finding(factory)
    tokens = personal_tokens(factory, "bo")
    result = queue("claim", finding_id, "--as", "ana", token=tokens["bo"])
    assert result.exit_code == 2 and "belongs to 'bo'" in result.output


def test_when_the_password_is_right_then_the_account_acts_and_is_recorded(queue, factory, engine):
    add_user(engine, "fran", "reviewer", "correct horse battery")
    finding_id = new_finding(factory)
    assert queue("claim", finding_id, "--as", "fran", "--password-stdin", stdin="wrong password!\n").exit_code == 2
    result = queue("claim", finding_id, "--as", "fran", "--password-stdin", stdin="correct horse battery\n")
    assert result.exit_code == 0, result.output
    assert _actors(factory, finding_id)[-1] == ("fran", "claim")


def test_when_someone_else_holds_the_claim_then_only_a_lead_or_admin_may_release_or_resolve(queue, factory):
    finding_id = new_finding(factory)
    tokens = personal_tokens(factory, "ana", "bo", "lead", "boss")
    assert queue("claim", finding_id, token=tokens["ana"]).exit_code == 0
    for action in ("release", "resolve"):
        refused = queue(action, finding_id, token=tokens["bo"])
        assert refused.exit_code == 2
        assert f"claimed by ana: only ana, a lead or an admin may {action}" in refused.output
    assert queue("release", finding_id, token=tokens["lead"]).exit_code == 0
    assert queue("claim", finding_id, token=tokens["ana"]).exit_code == 0
    assert queue("resolve", finding_id, token=tokens["boss"]).exit_code == 0
    assert _actors(factory, finding_id)[1:] == [("ana", "claim"), ("lead", "release"), ("ana", "claim"),
                                                ("boss", "resolve")]


def test_when_assigning_then_only_an_active_account_can_receive_the_finding(queue, factory):
    finding_id = new_finding(factory)
    add_accounts(factory, "gone", disabled=True)
    tokens = personal_tokens(factory, "lead")
    nobody = queue("assign", finding_id, "nobody", token=tokens["lead"])
    assert nobody.exit_code == 2 and "'nobody' is not an account" in nobody.output
    disabled = queue("assign", finding_id, "gone", token=tokens["lead"])
    assert disabled.exit_code == 2 and "'gone' is disabled" in disabled.output
    assert queue("assign", finding_id, "bo", token=tokens["lead"]).exit_code == 0


def test_when_the_console_acts_then_the_same_rules_apply_in_the_service(factory):
    finding_id = new_finding(factory)
    service = ReviewService(factory, SETTINGS)
    service.claim(finding_id, "ana")
    with pytest.raises(NotPermitted, match="claimed by ana"):
        service.resolve(finding_id, "bo")
    with pytest.raises(NotPermitted, match="'mallory' is not an account"):
        service.comment(finding_id, "mallory", "hello")


def test_when_a_token_is_made_from_the_cli_then_it_needs_the_password_and_is_stored_hashed(engine, tmp_path):
    from brandwatch.store.models import ApiToken

    add_user(engine, "gil", "reviewer", "gil's long password")
    path = tmp_path / "c.yaml"
    path.write_text(json.dumps({"database": {"url": engine.url.render_as_string(hide_password=False)}}))
    runner = CliRunner()
    wrong = runner.invoke(main, ["--config", str(path), "users", "token", "gil", "--password-stdin"], input="no\n")
    assert wrong.exit_code == 2
    made = runner.invoke(main, ["--config", str(path), "users", "token", "gil", "--password-stdin"],
                         input="gil's long password\n")
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[0]
    assert token.startswith("bwt_")
    from brandwatch.store.db import session_factory

    with session_factory(engine)() as session:
        stored = session.scalars(select(ApiToken.token_hash)).all()
    assert token not in stored and len(stored) == 1
    revoked = runner.invoke(main, ["--config", str(path), "users", "token", "gil", "--revoke"])
    assert "revoked 1 token" in revoked.output
