"""Microsoft Teams (Workflows webhook) and Discord webhook channels: the payload each platform expects,
and their rate-limit answers deciding when the outbox tries again."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from brandwatch.review.notify_discord import DiscordNotifier, discord_body
from brandwatch.review.notify_teams import TeamsNotifier, teams_body
from brandwatch.review.outbox import DeliveryError, Notification

from .helpers import T0
from .receivers import WebhookReceiver
from .test_channel_contract import Clock, _messages, _settings, _worker
from .helpers import new_finding

NOTE = Notification("bw-finding-7-new-alerts", "alerts", {
    "event": "new", "finding_id": 7, "rule": "aws-access-key-id", "category": "leak", "kind": "secret",
    "severity": "high", "team": "security", "preview": "[click](http://evil.example) **@everyone** AKIA…",
    "post": {"platform": "x", "id": "1", "url": "https://x.example/1", "author": "dana"},
    "console_url": "https://console.example/findings/7"})


@pytest.fixture
def receiver():
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


def test_when_teams_is_sent_a_finding_then_it_gets_an_adaptive_card_in_a_message(receiver):
    receiver.statuses = [202]  # Workflows accepts asynchronously
    TeamsNotifier("alerts", receiver.url).send(NOTE)

    [received] = receiver.received
    document = received.json()
    assert document["type"] == "message"
    [attachment] = document["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
    assert card["body"][0]["text"] == "\\[brandwatch\\] new high leak/secret finding 7: aws-access-key-id"
    assert all(block["type"] == "TextBlock" and block["wrap"] for block in card["body"])
    assert card["actions"] == [{"type": "Action.OpenUrl", "title": "Open in the review console",
                                "url": "https://console.example/findings/7"}]


def test_when_a_preview_holds_markdown_then_teams_shows_it_as_text_not_as_a_link():
    card = json.loads(teams_body(NOTE))["attachments"][0]["content"]
    preview = next(block["text"] for block in card["body"] if block["text"].startswith("preview"))
    assert "\\[click\\](http://evil.example)" in preview and "\\*\\*@everyone\\*\\*" in preview


def test_when_discord_is_sent_a_finding_then_content_and_one_embed_go_with_mentions_off():
    document = json.loads(discord_body(NOTE))
    assert document["content"].startswith("[brandwatch] new high leak/secret finding 7")
    [embed] = document["embeds"]
    assert "@everyone" in embed["description"] and embed["url"] == "https://console.example/findings/7"
    assert document["allowed_mentions"] == {"parse": []}  # "@everyone" in a post pings nobody


def test_when_a_discord_message_is_longer_than_discord_allows_then_it_is_cut_to_the_limits():
    long = Notification("k", "alerts", {**NOTE.payload, "rule": "r" * 3000, "preview": "p" * 5000})
    document = json.loads(discord_body(long))
    assert len(document["content"]) == 2000 and len(document["embeds"][0]["title"]) == 256
    assert len(document["embeds"][0]["description"]) <= 4096


@pytest.mark.parametrize("answer, wait", [
    ((429, {"Content-Type": "application/json", "Retry-After": "13", "X-RateLimit-Reset-After": "12.5"},
      b'{"message": "You are being rate limited.", "retry_after": 12.5, "global": false}'), 12.5),
    ((429, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "4.25"}, b"slow down"), 4.25),
])
def test_when_discord_answers_429_then_the_error_carries_the_wait_it_asked_for(receiver, answer, wait):
    receiver.statuses = [answer]
    with pytest.raises(DeliveryError) as raised:
        DiscordNotifier("alerts", receiver.url).send(NOTE)
    assert not raised.value.permanent and raised.value.retry_after == timedelta(seconds=wait)
    assert receiver.url not in str(raised.value)  # the URL holds the webhook's token


@pytest.mark.parametrize("kind", ["discord", "teams"])
def test_when_rate_limited_then_the_outbox_waits_as_asked_not_the_backoff(kind, receiver, factory):
    settings = _settings(kind)
    new_finding(factory, settings=settings)
    body = b'{"retry_after": 7}' if kind == "discord" else b""
    receiver.statuses = [(429, {"Retry-After": "7", "Content-Type": "application/json"}, body)]
    clock = Clock()
    worker = _worker(factory, settings, receiver, clock)

    assert worker.deliver_due().retrying == 1
    [message] = _messages(factory)
    assert message.next_attempt_at.replace(tzinfo=T0.tzinfo) == T0 + timedelta(seconds=7)
    assert "HTTP 429, asked to wait 7 s" in message.last_error
    clock.now = T0 + timedelta(seconds=7)
    assert worker.deliver_due().sent == 1
