"""Previews never allow rebuilding a value; fingerprints are keyed HMACs, never plain hashes."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from brandwatch.config import Settings
from brandwatch.errors import ConfigError
from brandwatch.keys import KEY_ENV, fingerprint_key
from brandwatch.rules.masking import fingerprint, preview

SECRET = "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"


@pytest.mark.parametrize("value, kind, pii_type, expected", [
    (SECRET, "secret", None, "ghp_••••••••"),
    ("short-secret-15", "secret", None, "••••••••"),  # under 16 characters: nothing shown
    ("build-07.corp.acme.example", "confidential", None, "buil••••••••"),
    ("4282 3768 5860 9055", "pii", "card", "•••• 9055"),
    ("rowan.kessler84@gmail.com", "pii", "email", "r•••@gmail.com"),
    ("(415) 555-0132", "pii", "phone", "••••••32"),
    ("536-22-8197", "pii", "ssn", "••••••97"),
    ("DE62 3702 7575 8118 7643 83", "pii", "iban", "••••••83"),
    ("anything", "pii", None, "••••••••"),
])
def test_when_a_value_is_previewed_then_only_the_allowed_part_shows(value, kind, pii_type, expected):
    assert preview(value, kind, pii_type) == expected


def test_when_two_secrets_differ_only_after_the_prefix_then_previews_are_identical():
    assert preview(SECRET, "secret") == preview(SECRET[:4] + "x" * (len(SECRET) - 4), "secret")


def test_when_fingerprinting_then_the_result_is_hmac_sha256_under_the_key_not_a_plain_hash():
    key = b"k" * 32
    expected = hmac.new(key, b"536-22-8197", hashlib.sha256).hexdigest()
    assert fingerprint("536-22-8197", key) == expected
    assert fingerprint("536-22-8197", key) != hashlib.sha256(b"536-22-8197").hexdigest()
    assert fingerprint("536-22-8197", b"other-key-000000") != expected


def test_when_the_env_variable_is_set_then_it_is_the_key(monkeypatch, tmp_path):
    monkeypatch.setenv(KEY_ENV, "from-the-environment")
    assert fingerprint_key(Settings(data_dir=tmp_path), create=True) == b"from-the-environment"
    assert not (tmp_path / "fingerprint.key").exists()


def test_when_no_key_exists_and_create_is_true_then_one_is_made_once_and_reused(monkeypatch, tmp_path):
    monkeypatch.delenv(KEY_ENV, raising=False)
    settings = Settings(data_dir=tmp_path / "data")
    first = fingerprint_key(settings, create=True)
    assert len(first) == 32 and (tmp_path / "data" / "fingerprint.key").stat().st_mode & 0o077 == 0
    assert fingerprint_key(settings, create=True) == first == fingerprint_key(settings, create=False)


def test_when_no_key_exists_and_create_is_false_then_an_ephemeral_key_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv(KEY_ENV, raising=False)
    settings = Settings(data_dir=tmp_path)
    assert fingerprint_key(settings, create=False) != fingerprint_key(settings, create=False)
    assert not (tmp_path / "fingerprint.key").exists()


def test_when_the_key_file_is_corrupt_then_a_config_error_names_it(monkeypatch, tmp_path):
    monkeypatch.delenv(KEY_ENV, raising=False)
    (tmp_path / "fingerprint.key").write_text("not hex\n")
    with pytest.raises(ConfigError, match="fingerprint.key"):
        fingerprint_key(Settings(data_dir=tmp_path), create=True)
