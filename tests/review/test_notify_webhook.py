"""The signed JSON webhook against a real local HTTP server."""

import hmac
import json

import pytest

from brandwatch.review.notify_webhook import WebhookNotifier, verify
from brandwatch.review.outbox import DeliveryError, Notification

from .receivers import WebhookReceiver

KEY = b"shared-hmac-key-for-tests"
NOTE = Notification("bw-finding-7-new-sec-hook", "sec-hook",
                    {"event": "new", "finding_id": 7, "preview": "AKIA…", "severity": "high"})


@pytest.fixture
def receiver():
    server = WebhookReceiver()
    yield server
    server.close()


def test_when_a_webhook_is_sent_then_the_receiver_can_verify_signature_timestamp_and_key(receiver):
    WebhookNotifier("sec-hook", receiver.url, KEY, now=lambda: 1_790_000_000.5).send(NOTE)
    (request,) = receiver.received
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert headers["x-brandwatch-signature"] == "sha256=" + hmac.new(KEY, request.body, "sha256").hexdigest()
    assert verify(KEY, request.body, headers["x-brandwatch-signature"])
    assert not verify(b"wrong key", request.body, headers["x-brandwatch-signature"])
    assert not verify(KEY, request.body + b" ", headers["x-brandwatch-signature"])
    assert headers["x-brandwatch-timestamp"] == "1790000000"
    assert headers["idempotency-key"] == NOTE.idempotency_key
    document = json.loads(request.body)
    assert document["timestamp"] == 1790000000 and document["idempotency_key"] == NOTE.idempotency_key
    assert document["finding"]["finding_id"] == 7 and document["event"] == "new"


@pytest.mark.parametrize("status, permanent", [(500, False), (503, False), (429, False), (408, False),
                                               (400, True), (404, True)])
def test_when_the_receiver_fails_then_the_error_says_whether_to_retry(receiver, status, permanent):
    receiver.statuses.append(status)
    with pytest.raises(DeliveryError, match=f"HTTP {status}") as caught:
        WebhookNotifier("sec-hook", receiver.url, KEY).send(NOTE)
    assert caught.value.permanent is permanent


def test_when_nothing_listens_then_the_error_is_retryable_and_hides_the_url():
    url = "http://127.0.0.1:9/secret-token-in-path"
    with pytest.raises(DeliveryError) as caught:
        WebhookNotifier("sec-hook", url, KEY, timeout=2).send(NOTE)
    assert not caught.value.permanent and "secret-token" not in str(caught.value)

