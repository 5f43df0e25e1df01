"""A reviewer's note is masked by fingerprint with the same normalisation as every other output.

After a post is redacted at rest only the findings' keyed fingerprints remember a leaked value, so the
note check folds the note the way `rules.canonical` folds a value: accents written as separate
combining marks are composed first (NFC), Hangul written as separate jamo too, and a code name's white
space counts as one space however much of it there is.
"""

from __future__ import annotations

import unicodedata

import pytest

from brandwatch.review.secrecy import mask_fingerprinted
from brandwatch.rules.schema import Rule

from .test_fingerprint_secrecy import KEY, PASSWORD, stored

EMAIL = Rule(id="pii-email-address", title="t", description="d", category="leak", kind="pii", signal=None,
             topic=None, severity="high", source="t:3", content_hash="e" * 64)
CODE_NAME = Rule(id="confidential-code-name", title="t", description="d", category="leak", kind="confidential",
                 signal=None, topic=None, severity="high", source="t:4", content_hash="n" * 64)
MAIL = "José.Núñez@correo.es"


def nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def test_an_email_written_again_with_decomposed_accents_is_masked():
    finding = stored(EMAIL, f"write to {MAIL} now", MAIL)
    note = f"she says {nfd(MAIL)} is hers, and {nfd(MAIL).upper()} too"
    assert mask_fingerprinted(note, [finding], KEY) == "she says [masked] is hers, and [masked] too"


def test_a_password_found_composed_is_masked_when_the_note_decomposes_it():
    value = "Señor-Pa\u00dfwort-é9"
    finding = stored(PASSWORD, f"db_password={value} in prod", value)
    assert mask_fingerprinted(f"old one was {nfd(value)}, rotated", [finding], KEY) == "old one was [masked], rotated"


def test_a_password_found_decomposed_is_masked_when_the_note_composes_it():
    value = "Señor-Pa\u00dfwort-é9"
    finding = stored(PASSWORD, f"db_password={nfd(value)} in prod", nfd(value))
    assert mask_fingerprinted(f"old one was {value}, rotated", [finding], KEY) == "old one was [masked], rotated"


def test_hangul_written_as_separate_jamo_is_the_same_password():
    value = "서울비밀9876"
    finding = stored(PASSWORD, f"password={value} 입니다", value)
    assert mask_fingerprinted(f"was {nfd(value)} ok", [finding], KEY) == "was [masked] ok"


@pytest.mark.parametrize("written", ["project   FALCON", "Project\n\tFalcon", "PROJECT \u200bfalcon", "project \u200b  falcon"])
def test_a_code_name_with_more_white_space_between_its_words_is_masked(written):
    finding = stored(CODE_NAME, "leaked: Project Falcon ships in May", "Project Falcon")
    assert mask_fingerprinted(f"re {written} launch", [finding], KEY) == "re [masked] launch"


def test_unrelated_accented_text_stays():
    finding = stored(EMAIL, f"write to {MAIL} now", MAIL)
    note = f"José wrote from {nfd('Josè.Núñez@correo.es')} instead"
    assert mask_fingerprinted(note, [finding], KEY) == note
