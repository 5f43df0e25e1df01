"""Every post gets a language; posts in a language brandwatch cannot judge go to a person, not to "no"."""

from __future__ import annotations

import pytest

from brandwatch.detectors.language import JUDGED, detect
from brandwatch.model.post import Post


def _analyse(analyzer, text: str):
    [analysis] = analyzer.analyze([Post(platform="x", external_id="1", text=text)])
    return analysis


@pytest.mark.parametrize("text, code", [
    ("Mi Acme Rocket dejó de funcionar hace una semana y nadie responde a mis correos", "es"),
    ("Mon Acme Rocket ne marche plus depuis lundi et personne ne répond au service client", "fr"),
    ("Mein Acme Rocket funktioniert seit Montag nicht mehr und keiner antwortet mir", "de"),
    ("Meu Acme Rocket parou de funcionar na segunda e ninguém responde no atendimento", "pt"),
    ("@acme my Rocket stopped charging on Monday and nobody answers my emails", "en"),
])
def test_when_a_post_is_in_a_judged_language_then_it_is_detected_and_judged(analyzer, text, code):
    analysis = _analyse(analyzer, text)
    assert analysis.language.code == code
    assert analysis.language.judged
    assert analysis.to_contract()["language"] == {"code": code, "judged": True}
    assert not [f for f in analysis.findings if f.kind == "unjudged"]


@pytest.mark.parametrize("text, code", [
    ("Zamówienie z Acme nie dotarło od trzech tygodni, proszę o pomoc, nikt nie odpisuje", "pl"),
    ("Acme の注文がまだ届きません。サポートに三回連絡しましたが返事がありません", "ja"),
    ("Il mio Acme Rocket non funziona più da lunedì e nessuno risponde alle mie email", "it"),
])
def test_when_a_post_is_in_a_language_brandwatch_cannot_judge_then_a_person_is_asked_to_read_it(analyzer, text, code):
    analysis = _analyse(analyzer, text)
    assert analysis.language.code == code and not analysis.language.judged
    assert not analysis.complaint.is_complaint and analysis.complaint.topic is None
    [finding] = [f for f in analysis.findings if f.category == "complaint"]
    assert (finding.rule, finding.kind) == ("language-unjudged", "unjudged")
    assert (finding.start, finding.end) == (0, len(text))
    assert code in finding.preview and "human read" in finding.preview


@pytest.mark.parametrize("text", ["lol ok", "thx", "@acme ??", "",
                                  "Rocket firmware sha256 8bb6ba5ce80c78250d53d6e803cfe6c0c03cc9cfb1294b487cc369",
                                  "@acme @acmesupport #fail #acme https://example.com/x"])
def test_when_a_post_is_too_short_or_has_no_words_then_it_is_never_sent_away_as_unjudgeable(text):
    assert detect(text).judged


def test_when_the_judged_languages_are_listed_then_they_are_the_ones_cues_and_model_cover():
    assert JUDGED == {"en", "es", "fr", "de", "pt"}


def test_unspaced_letters_are_counted_as_a_character_loop_counts_them():
    import random

    from brandwatch.detectors.language import _HIGH

    rng = random.Random(26)
    pool = [chr(c) for c in [*range(0x20, 0x7F), *range(0x2D00, 0x3100), *range(0x4E00, 0x4F00),
                             *range(0x1F600, 0x1F650), *range(0xFFE0, 0x10020), 0x2E7F, 0x2E80, 0x10FFFF]]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert (sum(1 for ch in _HIGH.findall(text) if ch.isalpha())
                == sum(1 for ch in text if ch.isalpha() and ord(ch) >= 0x2E80))


def test_a_long_post_is_remembered_by_the_part_read_not_whole():
    """Found in review: keyed by whole texts, 8,192 remembered 20,000-character posts held ~160 MB.
    VADER remembers no long post at all (its 5,000-character parts could still hold ~160 MB)."""
    from brandwatch.detectors import language
    from brandwatch.sentiment.vader import MAX_CHARS as VADER_CHARS, REMEMBER_MAX_CHARS, VaderBackend

    head = "The parcel came two weeks late and support never answered. "
    long_one, long_two = head * 400 + "alpha", head * 400 + "omega"
    assert language.detect(long_one) == language.detect(long_two)
    assert len(language.REMEMBERED_ANSWERS) <= language.REMEMBERED
    backend = VaderBackend()
    first, second = backend.analyze([long_one, long_two])
    assert first == second  # the same part scored
    assert backend._one.cache_info().currsize == 0
    assert len(long_one) > VADER_CHARS > REMEMBER_MAX_CHARS


def _detect_in_child(results) -> None:
    from brandwatch.detectors import language as module

    texts = [f"my scooter number {n} stopped working again this morning" for n in range(20)]
    results.put([answer.code for answer in module.detect_many(texts)])


def test_a_forked_child_can_classify_whatever_another_thread_held_at_the_fork():
    """The daemon forks its analysis workers while its other threads run: a lock one of them held at
    the fork must not leave the child's language reading waiting forever."""
    import multiprocessing
    import threading

    from brandwatch.detectors import language as module

    module.load()
    context = multiprocessing.get_context("fork")
    results = context.SimpleQueue()
    held, release = threading.Event(), threading.Event()

    def hold():
        with module.REMEMBERED_ANSWERS._lock:
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(60), "the holding thread never took the lock"
    child = context.Process(target=_detect_in_child, args=(results,))
    try:
        child.start()
        child.join(30)
        stuck = child.is_alive()
    finally:
        release.set()
        holder.join()
        if child.is_alive():
            child.kill()
            child.join()
    assert not stuck, "the child waited on a lock held by a thread that does not exist in it"
    assert child.exitcode == 0, f"the child failed (exit code {child.exitcode})"  # else get() would wait forever
    assert results.get() == ["en"] * 20
