"""The contract every HTTP notification channel keeps (issue 21): routed findings reach a local receiver
through the outbox, failed sends are retried, bursts are aggregated, an unset secret holds messages.
Run on each built-in chat channel and on a test-only channel registered here by its descriptor alone,
which also shows in `config check` and the generated docs."""

from __future__ import annotations

import importlib.util
import json
from contextlib import nullcontext
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from brandwatch import catalogue
from brandwatch.cli import main
from brandwatch.config import Settings
from brandwatch.review.channels import batch_policies, build_notifiers
from brandwatch.review.outbox import OutboxWorker
from brandwatch.settings_registry import settings_registry
from brandwatch.store.models import OutboxMessage

from . import toy_channel
from .helpers import T0, new_finding
from .receivers import WebhookReceiver

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = "BW_TEST_CHANNEL_URL"


def _text(kind: str, body: bytes) -> str:
    """What a person reads in the message, per channel kind."""
    if kind == "toychan":
        return body.decode("utf-8")
    document = json.loads(body)
    if kind == "slack":
        return document["text"]
    if kind == "discord":
        return document["content"] + "\n" + "\n".join(e["description"] for e in document["embeds"])
    card = document["attachments"][0]["content"]
    return "\n".join(block["text"] for block in card["body"])


KINDS = {"slack": {"webhook_url_env": VARIABLE}, "teams": {"webhook_url_env": VARIABLE},
         "discord": {"webhook_url_env": VARIABLE}, "toychan": {"address_env": VARIABLE}}


@pytest.fixture(params=sorted(KINDS))
def kind(request):
    with catalogue.channels.registered(toy_channel.CHANNEL) if request.param == "toychan" else nullcontext():
        yield request.param


@pytest.fixture
def receiver():
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


def _settings(kind: str, **channel) -> Settings:
    return Settings.model_validate({
        "channels": [{"name": "alerts", "type": kind, **KINDS[kind], **channel}],
        "routing": [{"match": {"category": "leak"}, "team": "security", "channels": ["alerts"]}]})


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now


def _worker(factory, settings: Settings, receiver, clock, environ=None) -> OutboxWorker:
    environ = {VARIABLE: receiver.url} if environ is None else environ
    return OutboxWorker(factory, build_notifiers(settings.channels, environ), clock=clock,
                        policies=batch_policies(settings.channels))


def _messages(factory) -> list[OutboxMessage]:
    with factory() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_when_a_finding_is_routed_to_the_channel_then_the_receiver_gets_it_once(kind, receiver, factory):
    settings = _settings(kind)
    finding_id = new_finding(factory, settings=settings)
    worker = _worker(factory, settings, receiver, Clock())

    assert worker.deliver_due().sent == 1
    assert worker.deliver_due().sent == 0
    [received] = receiver.received
    assert f"finding {finding_id}" in _text(kind, received.body)
    assert received.headers["Idempotency-Key"] == f"bw-finding-{finding_id}-new-alerts"
    assert [m.status for m in _messages(factory)] == ["sent"]


def test_when_the_receiver_fails_then_the_message_is_retried_after_the_backoff(kind, receiver, factory):
    settings = _settings(kind)
    new_finding(factory, settings=settings)
    receiver.statuses = [503]
    clock = Clock()
    worker = _worker(factory, settings, receiver, clock)

    assert worker.deliver_due().retrying == 1
    [message] = _messages(factory)
    assert message.status == "pending" and "HTTP 503" in message.last_error
    assert worker.deliver_due().sent == 0  # not before the backoff
    clock.now = T0 + timedelta(seconds=30)
    assert worker.deliver_due().sent == 1
    assert len(receiver.received) == 2 and [m.status for m in _messages(factory)] == ["sent"]


def test_when_findings_burst_within_the_window_then_one_message_counts_them(kind, receiver, factory):
    settings = _settings(kind, batch_window_seconds=60)
    ids = [new_finding(factory, f"key AKIAQ3EGUVNT5XJ2LW{n:02d} leaked", settings=settings) for n in range(3)]
    clock = Clock()
    worker = _worker(factory, settings, receiver, clock)

    assert worker.deliver_due().sent == 0
    clock.now = T0 + timedelta(seconds=60)
    assert worker.deliver_due().sent == 1
    [received] = receiver.received
    text = _text(kind, received.body)
    assert "3 findings" in text
    if kind != "toychan":  # the toy channel sends the summary line alone
        assert all(f"finding {finding_id}" in text for finding_id in ids)


def test_when_the_secret_variable_is_unset_then_messages_wait_naming_it(kind, receiver, factory):
    settings = _settings(kind)
    new_finding(factory, settings=settings)
    worker = _worker(factory, settings, receiver, Clock(), environ={})

    assert worker.deliver_due().retrying == 1
    [message] = _messages(factory)
    assert f"environment variable {VARIABLE} is not set" in message.last_error and receiver.received == []


def test_when_the_test_channel_is_registered_then_config_check_and_the_generated_docs_show_it(tmp_path):
    (tmp_path / "c.yaml").write_text("channels:\n  - name: alerts\n    type: toychan\n    address_env: X_Y\n",
                                     encoding="utf-8")
    with catalogue.channels.registered(toy_channel.CHANNEL):
        check = CliRunner().invoke(main, ["--config", str(tmp_path / "c.yaml"), "config", "check"])
        spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
        gen_docs = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen_docs)
        table = gen_docs.channel_table()
        help_text = {s.path: s.help for s in settings_registry()}["channels[].address_env"]
    assert check.exit_code == 0 and "channel alerts: toychan" in check.output
    assert "| `toychan` | a test-only channel posting plain text |" in table
    assert help_text == "toychan: the variable holding the address"
    unregistered = CliRunner().invoke(main, ["--config", str(tmp_path / "c.yaml"), "config", "check"])
    assert unregistered.exit_code == 2 and "c.yaml:2:5: channels.0: Input tag 'toychan'" in unregistered.output
