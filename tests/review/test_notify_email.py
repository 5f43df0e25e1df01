"""E-mail over a real local SMTP server (aiosmtpd) that requires STARTTLS with a self-signed certificate."""

import shutil

import pytest

from brandwatch.review.notify_email import EmailChannel
from brandwatch.review.channels import build_notifiers
from brandwatch.review.notify_email import message_id
from brandwatch.review.outbox import DeliveryError, Notification

from .receivers import SmtpRelay, self_signed_certificate

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI for a test certificate")

NOTE = Notification("bw-finding-9-new-legal-mail", "legal-mail",
                    {"event": "new", "finding_id": 9, "rule": "iban", "severity": "high", "category": "leak",
                     "kind": "pii", "preview": "DE89…", "post": {"platform": "reddit", "id": "t3_x"}})


@pytest.fixture
def relay(tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    server = SmtpRelay(cert, key, password="s3cret-from-env").start()
    yield server
    server.stop()


def _channel(relay, **overrides) -> EmailChannel:
    values = dict(name="legal-mail", type="email", host="127.0.0.1", port=relay.port, username="brandwatch",
                  password_env="BW_TEST_SMTP_PASSWORD", sender="brandwatch@acme.example",
                  recipients=["legal@acme.example"], ca_file=str(relay.cert), timeout_seconds=10)
    values.update(overrides)
    return EmailChannel.model_validate(values)


def test_when_mail_is_sent_then_it_goes_over_starttls_with_a_message_id_from_the_key(relay):
    notifier = build_notifiers([_channel(relay)], environ={"BW_TEST_SMTP_PASSWORD": "s3cret-from-env"})
    notifier["legal-mail"].send(NOTE)
    (message,) = relay.messages
    assert message["Message-ID"] == message_id(NOTE.idempotency_key) == "<bw-finding-9-new-legal-mail@brandwatch.invalid>"
    assert message["Subject"] == "[brandwatch] new high leak/pii finding 9: iban"
    assert "preview: DE89…" in message.get_payload()
    assert relay.logins == ["brandwatch"]


def test_when_the_certificate_is_not_trusted_then_nothing_is_sent_in_clear(relay):
    notifier = build_notifiers([_channel(relay, ca_file=None)], environ={"BW_TEST_SMTP_PASSWORD": "s3cret-from-env"})
    with pytest.raises(DeliveryError, match="SSLCertVerificationError") as caught:
        notifier["legal-mail"].send(NOTE)
    assert not caught.value.permanent and relay.messages == []


def test_when_the_password_is_wrong_then_the_error_is_retryable_and_names_no_secret(relay):
    notifier = build_notifiers([_channel(relay)], environ={"BW_TEST_SMTP_PASSWORD": "wrong-password"})
    with pytest.raises(DeliveryError, match="SMTP 535") as caught:
        notifier["legal-mail"].send(NOTE)
    assert "wrong-password" not in str(caught.value) and not caught.value.permanent
