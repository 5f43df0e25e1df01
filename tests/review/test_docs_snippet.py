"""The receiver's verification recipe in docs/review.md works on a real signed request."""

import re
import time
from pathlib import Path

import pytest

from brandwatch.review.notify_webhook import WebhookNotifier
from brandwatch.review.outbox import Notification

from .receivers import WebhookReceiver

DOC = Path(__file__).resolve().parents[2] / "docs" / "review.md"


def _snippet():
    code = re.search(r"```python\n(.*?def verify_brandwatch.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)  # our own documentation, not rule text
    return namespace["verify_brandwatch"]


def test_when_a_receiver_follows_the_documented_recipe_then_it_accepts_once_and_rejects_forgeries():
    verify_brandwatch = _snippet()
    receiver = WebhookReceiver()
    try:
        WebhookNotifier("soc", receiver.url, b"k3y", now=time.time).send(
            Notification("bw-finding-1-new-soc", "soc", {"event": "new", "finding_id": 1}))
    finally:
        receiver.close()
    (request,) = receiver.received
    seen: set = set()
    assert verify_brandwatch(b"k3y", request.body, request.headers, seen)["finding"]["finding_id"] == 1
    assert verify_brandwatch(b"k3y", request.body, request.headers, seen) == {}  # the resend
    with pytest.raises(ValueError, match="bad signature"):
        verify_brandwatch(b"k3y", request.body.replace(b'"new"', b'"old"'), request.headers, set())
