"""Crash safety of notifications: the delivering process is SIGKILLed between enqueue and send, and
again between send and recording it; after a restart every notification has arrived, and the
receiver, de-duplicating by idempotency key, acts on none twice."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from brandwatch.review.notify_webhook import verify
from brandwatch.store.models import OutboxMessage

from .helpers import SETTINGS, intake, leak_span, store_mention
from .receivers import WebhookReceiver

SRC = Path(__file__).resolve().parents[2] / "src"
HOOK_KEY = "crash-test-hmac-key"


@pytest.fixture
def receiver():
    server = WebhookReceiver()
    yield server
    server.close()


def _config(tmp_path, engine, receiver) -> Path:
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["channels"][0]["url"] = receiver.url
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def _deliver(config: Path, tmp_path: Path, pause_at: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRANDWATCH_")}
    env.update(PYTHONPATH=str(SRC), BW_TEST_HOOK_KEY=HOOK_KEY)
    if pause_at:
        env.update(BRANDWATCH_OUTBOX_PAUSE_AT=pause_at, BRANDWATCH_OUTBOX_PAUSE_FILE=str(tmp_path / "paused"))
    return subprocess.Popen([sys.executable, "-m", "brandwatch", "--config", str(config), "queue", "deliver",
                             "--lease", "0"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _kill_when_paused(process: subprocess.Popen, marker: Path) -> str:
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the worker never reached its pause point"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    key = marker.read_text(encoding="utf-8")
    marker.unlink()
    return key


def test_when_the_worker_is_killed_before_and_after_sending_then_every_notification_arrives_once(
        engine, factory, receiver, tmp_path):
    for n in range(3):
        text = f"key AKIAQ3EGUVNT5XJ2LWP{n} leaked"
        mention = store_mention(factory, text)
        intake(factory, mention.id, [leak_span(4, 24, fingerprint=f"fp-{n}")])
    with factory() as session:
        keys = set(session.scalars(select(OutboxMessage.idempotency_key)))
    assert len(keys) == 3
    config = _config(tmp_path, engine, receiver)
    marker = tmp_path / "paused"

    killed_before_send = _kill_when_paused(_deliver(config, tmp_path, "before-send"), marker)
    assert receiver.received == []

    killed_after_send = _kill_when_paused(_deliver(config, tmp_path, "after-send"), marker)
    assert [r.headers["Idempotency-Key"] for r in receiver.received] == [killed_after_send]

    final = _deliver(config, tmp_path)
    out, err = final.communicate(timeout=60)
    assert final.returncode == 0, err
    assert "sent 3" in out

    arrived = [r.headers["Idempotency-Key"] for r in receiver.received]
    assert set(arrived) == keys and killed_before_send in keys
    assert arrived.count(killed_after_send) == 2  # sent, killed before recording, sent again...
    assert receiver.processed == {key: 1 for key in keys}  # ...and recognised by its key
    assert all(verify(HOOK_KEY.encode(), r.body, r.headers["X-Brandwatch-Signature"]) for r in receiver.received)
    with factory() as session:
        assert set(session.scalars(select(OutboxMessage.status))) == {"sent"}
