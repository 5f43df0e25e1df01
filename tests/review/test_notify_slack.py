"""Slack-compatible incoming webhook against a real local HTTP server."""

import json

import pytest

from brandwatch.review.channels import build_notifiers
from brandwatch.review.notify_slack import SlackNotifier
from brandwatch.review.outbox import DeliveryError, Notification

from .helpers import SETTINGS
from .receivers import WebhookReceiver

NOTE = Notification("bw-finding-3-new-care-slack", "care-slack",
                    {"event": "new", "finding_id": 3, "rule": "product-broken", "severity": "medium",
                     "category": "complaint", "kind": "product", "preview": "<b>broken</b> & loud",
                     "post": {"platform": "x", "id": "p1", "author": "dana"}})


@pytest.fixture
def receiver():
    server = WebhookReceiver()
    yield server
    server.close()


def test_when_a_slack_message_is_sent_then_it_is_plain_text_json_with_the_key(receiver):
    SlackNotifier("care-slack", receiver.url).send(NOTE)
    (request,) = receiver.received
    text = request.json()["text"]
    assert text.startswith("*[brandwatch] new medium complaint/product finding 3: product-broken*")
    assert "preview: &lt;b&gt;broken&lt;/b&gt; &amp; loud" in text
    assert request.headers["Idempotency-Key"] == NOTE.idempotency_key


def test_when_the_webhook_url_variable_is_unset_then_delivery_waits_with_a_clear_error(receiver):
    notifiers = build_notifiers(SETTINGS.channels, environ={"BW_TEST_HOOK_KEY": "k"})
    with pytest.raises(DeliveryError, match="environment variable BW_TEST_SLACK_URL is not set") as caught:
        notifiers["care-slack"].send(NOTE)
    assert not caught.value.permanent
    configured = build_notifiers(SETTINGS.channels, environ={"BW_TEST_SLACK_URL": receiver.url,
                                                             "BW_TEST_HOOK_KEY": "k"})
    configured["care-slack"].send(NOTE)
    assert json.loads(receiver.received[0].body)["text"]
