"""A grievance counts for the company it is aimed at: with competitors configured, a clause that names
one of them (and not the brand) is that competitor's, wherever its name stands and however the
clauses are joined; the brand's own voice is judged on the rest."""

from __future__ import annotations

import pytest

from brandwatch.config import Settings

WATCHED = Settings(brands=[{"name": "Acme"}], competitors=[{"name": "Globex"}, {"name": "Initech"}])


def voices(analyzer, post, text):
    result = analyzer.analyze([post(text)])[0]
    return {voice.name: voice.complaint for voice in result.voices}


@pytest.mark.parametrize("text", [
    "Acme is fine, Globex lost my parcel",
    "Acme is fine but Globex lost my parcel",
    "Globex lost my parcel. Acme never did.",
    "globex lost my parcel again and nobody answers, my acme order came a day early",
    "Initech charged me twice for one month. Switched to Acme last week",
])
def test_a_grievance_aimed_at_a_competitor_is_not_the_brands(make_analyzer, make_post, text):
    judged = voices(make_analyzer(WATCHED), make_post, text)

    assert judged["Acme"] is False
    assert any(complaint for name, complaint in judged.items() if name != "Acme")


@pytest.mark.parametrize("text", [
    "Acme lost my parcel, Globex never did",
    "Globex is fine but Acme lost my parcel and nobody answers",
    "@acme my order is 3 weeks late and nobody answers. Should have gone with Globex",
])
def test_a_grievance_aimed_at_the_brand_stays_the_brands_and_not_the_competitors(make_analyzer, make_post, text):
    judged = voices(make_analyzer(WATCHED), make_post, text)

    assert judged["Acme"] is True
    assert judged.get("Globex") is False
