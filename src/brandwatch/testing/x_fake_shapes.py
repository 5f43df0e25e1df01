"""Facts about X's API v2 the fake needs: snowflake ids, timestamps, the 400 problem shape."""

from __future__ import annotations

from datetime import datetime, timezone

from brandwatch.testing.fakehttp import Reply

TWITTER_EPOCH_MS = 1288834974657  # the snowflake epoch X documents (2010-11-04T01:42:54.657Z)
SEARCH_WINDOW = 7 * 24 * 3600  # recent search looks back 7 days
TEXT_LIMIT = 280  # longer posts come whole only in note_tweet


def snowflake(created: float, sequence: int) -> int:
    """An id whose top bits are the creation time in milliseconds, as X's ids are."""
    return ((int(created * 1000) - TWITTER_EPOCH_MS) << 22) | (sequence & 0x3FFFFF)


def snowflake_seconds(tweet_id: int) -> float:
    return ((tweet_id >> 22) + TWITTER_EPOCH_MS) / 1000


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_iso(value: str) -> float | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def invalid_request(parameter: str, value: str, message: str) -> Reply:
    return Reply.json(400, {"errors": [{"parameters": {parameter: [value]}, "message": message}],
                            "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
                            "type": "https://api.twitter.com/2/problems/invalid-request"})
