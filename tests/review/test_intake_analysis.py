"""Intake of an analysis: the author's role and the brand come from the Analysis, not from a second
roster lookup or a second reading of the text."""

from sqlalchemy import select

from brandwatch.model.analysis import Analysis
from brandwatch.model.sentiment import SentimentResult
from brandwatch.review.intake import record_analysis
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding, Mention

from .helpers import SETTINGS, T0, complaint_span, store_mention

NEUTRAL = SentimentResult("negative", 0.9, -0.8)


def _record(factory, mention_id: int, analysis: Analysis):
    with transaction(factory) as session:
        return record_analysis(session, session.get(Mention, mention_id), analysis, SETTINGS, now=T0)


def test_the_brand_and_role_the_analysis_judged_are_stored_and_routed_on(factory):
    text = "the rocket broke again after one launch"  # names no brand: only the analysis knows it
    mention = store_mention(factory, text)
    analysis = Analysis(id="p", sentiment=NEUTRAL, findings=(complaint_span(text),),
                        author_role="partner Roadrunner Supply (reseller, 2024-01-01 to now)", brand="Acme")

    created = _record(factory, mention.id, analysis).created

    with factory() as session:
        finding = session.scalars(select(Finding).where(Finding.id == created[0])).one()
        assert finding.brand == "Acme"
        assert finding.team == "customer-care"  # the complaint route matches brand acme only
        assert finding.explanation["author_role"].startswith("partner Roadrunner Supply")


def test_an_analysis_about_no_brand_is_not_given_one_from_the_text(factory):
    text = "my Acme Rocket exploded"  # names the brand, but the analysis judged it is about none
    mention = store_mention(factory, text)
    analysis = Analysis(id="p", sentiment=NEUTRAL, findings=(complaint_span(text),), brand=None)

    created = _record(factory, mention.id, analysis).created

    with factory() as session:
        finding = session.scalars(select(Finding).where(Finding.id == created[0])).one()
        assert finding.brand is None
        assert finding.team is None
        assert "author_role" not in finding.explanation
