"""Runs every detector over a batch of mentions: sentiment first (batched), then the post is read once
into a `PostReading` and each detector of the list (detectors/finders.py) adds its findings.

Pure: no database, no network, no clock. "When" is the post's own `created_at` (roster periods are
judged against it), and the fingerprint key is handed in by the caller.
"""

from __future__ import annotations

from typing import Sequence

from brandwatch.config import Settings
from brandwatch.detectors.brand import BrandTerms, CompetitorTerms, brands_of
from brandwatch.detectors.complaints import ComplaintDetector, ComplaintJudgment
from brandwatch.detectors.disclosure import judge_disclosure
from brandwatch.detectors.endorsements import find_promotion, strongly_positive
from brandwatch.detectors.finders import default_detectors
from brandwatch.detectors.insiders import InsiderReader, find_relationship
from brandwatch.detectors.interface import Detector, PostReading
from brandwatch.detectors.language import detect, detect_many, load as load_language_model
from brandwatch.detectors.post_facts import facts_of
from brandwatch.detectors.reading import aligned_lower, plain_lower
from brandwatch.detectors.workplace import working_conditions
from brandwatch.model.analysis import Analysis, Complaint, Language, Voice
from brandwatch.model.post import Post
from brandwatch.model.sentiment import SentimentResult
from brandwatch.queries.facts import PostFacts
from brandwatch.rosters import Roster
from brandwatch.rules import MatchContext, RuleSet
from brandwatch.sentiment.base import SentimentBackend


class Analyzer:
    def __init__(self, settings: Settings, sentiment: SentimentBackend, roster: Roster | None,
                 rules: RuleSet, *, fingerprint_key: bytes, detectors: Sequence[Detector] | None = None):
        """The rules and the fingerprint key are loaded by the caller (daemon, CLI): detectors do no I/O.
        `detectors`: the finding detectors, in order (default: finders.default_detectors)."""
        self.settings = settings
        self.sentiment = sentiment
        self.roster = roster or Roster()
        self.rules = rules
        self.fingerprint_key = fingerprint_key
        self.detectors = tuple(detectors) if detectors is not None else tuple(default_detectors(fingerprint_key))
        self.brand = BrandTerms.from_settings(settings)
        load_language_model()
        c = settings.complaints
        makers = [n for b in settings.brands for n in (b.name, *b.aliases)]
        makers += [h for b in settings.brands for hs in b.handles.values() for h in hs]
        self.insiders = InsiderReader(tuple(dict.fromkeys(makers)))
        # Roster periods are calendar dates where the brand works (the first brand's zone).
        # the employer's names, longest first, and its products', for the job-in-view test of workplace.py
        self.companies = tuple(sorted({n.lower() for b in settings.brands for n in (b.name, *b.aliases)}, key=len, reverse=True))
        self.products = tuple(sorted({n.lower() for b in settings.brands for n in b.products}, key=len, reverse=True))
        self.zone = settings.brands[0].zone if settings.brands else None
        self.costly_prefix = settings.analysis.costly_prefix_chars
        self.queried_brands = frozenset(b.name for b in settings.brands if b.query is not None)
        # Each competitor's complaints are judged against its own names, as the brand's are against
        # theirs; a clause naming another watched company is that company's.
        watched = [CompetitorTerms.from_settings(competitor) for competitor in settings.competitors]
        rivals = [competitor.terms for competitor in watched]
        self.complaints = ComplaintDetector(self.brand, c.threshold, c.model_cue_share, c.model_threshold, rivals,
                                            c.reader_weight, c.reader_offset,
                                            reader_weight_intl=c.reader_weight_other_languages)
        self.competitors = [(competitor, ComplaintDetector(competitor.terms, c.threshold, c.model_cue_share,
                                                           c.model_threshold,
                                                           [self.brand, *(r for r in rivals if r is not competitor.terms)],
                                                           c.reader_weight, c.reader_offset,
                                                           reader_weight_intl=c.reader_weight_other_languages))
                            for competitor in watched]

    def analyze(self, mentions: Sequence[Post]) -> list[Analysis]:
        # A huge post would hold the batch for many seconds: sentiment reads a bounded prefix.
        sentiments = self.sentiment.analyze([mention.text[:self.costly_prefix] for mention in mentions])
        # Languages too are read for the whole batch at once (the prefix the complaint judge reads).
        languages = detect_many([mention.text[:self.costly_prefix] for mention in mentions])
        return [self.analyze_one(mention, sentiment, language)
                for mention, sentiment, language in zip(mentions, sentiments, languages)]

    def analyze_one(self, mention: Post, sentiment: SentimentResult, language: Language | None = None) -> Analysis:
        """`language`: `detect` of the post's judged prefix, when the caller has read it already."""
        text = mention.text
        entry = self.roster.lookup(mention.platform, mention.author.handle, mention.created_at, self.zone)
        context = MatchContext(author_role=entry.role if entry else None,
                               author_description=mention.author.description, sentiment=sentiment)
        # One reading for every category: the rule engine folds look-alike letters, zero-width and
        # full-width characters itself (brandwatch.rules.normalise), leaks and signals alike.
        hits = self.rules.match(text, context)
        lowered = plain_lower(text)
        aligned = aligned_lower(text)
        post_ties = self.insiders.ties(text)
        relationship = find_relationship(entry, self.insiders, text, mention.author.description, post_ties)
        judged, judged_lower, judged_hits = text, lowered, hits
        if len(text) > self.costly_prefix:  # complaint cues on the prefix; every rule read the whole post
            judged = text[:self.costly_prefix]
            judged_lower, judged_hits = plain_lower(judged), [h for h in hits if h.end <= len(judged)]
        if language is None:
            language = detect(judged)
        judgment = self.complaints.judge(judged, judged_lower, judged_hits, sentiment, language.code)
        if not language.judged:
            # Neither the cues nor the model read this language: a "no" would be a guess.
            judgment = ComplaintJudgment(Complaint(False, 0.0, None), (),
                                         {"unjudged_language": language.code, "probability": language.probability})
        topics = (working_conditions(aligned, relationship.statement, self.companies, self.products)
                  if relationship is not None and relationship.employed else [])
        if topics and judgment.complaint.is_complaint:
            # An employee on their own working conditions is not a customer with a grievance.
            judgment = ComplaintJudgment(Complaint(False, judgment.complaint.score, None), (),
                                         {**judgment.reasons, "overridden": "employee working-conditions speech"})
        statements = [relationship.statement] if relationship and relationship.statement else []
        statements += [(t.start, t.end) for t in post_ties[1:]]
        disclosure = judge_disclosure(text, hits, statements)
        facts = facts_of(mention, language)
        brands = brands_of(self.settings.brands, text, facts)
        brand = brands[0] if brands else None
        # A brand's query, where it has one, also says the post is about the brand.
        about_brand = (self.brand.mentioned(lowered) or self.brand.nicknamed(lowered)
                       or not self.brand.configured or brand in self.queried_brands)
        # Sentiment alone counts as praise only about a product ("Happy Friday from the Acme crew!" is
        # glad, but praises nothing); praise words and promotion cues count for the brand too.
        about_product = self.brand.nicknamed(lowered) or not self.brand.configured
        positive = sentiment.label == "positive" and strongly_positive(sentiment.polarity) and about_product
        uncued = (language.code not in ("en", "und") and not judgment.supporting
                  and not judgment.reasons.get("signals"))
        promotion = find_promotion(hits, positive, judgment.complaint.is_complaint, text, aligned, about_brand,
                                   judgment.complaint.score, uncued)
        handle = mention.author.handle
        brand_account = bool(handle and handle.strip().lstrip("@").casefold() in self.brand.handles)
        reading = PostReading(mention, text, lowered, aligned, hits, sentiment, language, relationship, judgment,
                              disclosure, promotion, topics, brand_account)
        findings = [finding for detector in self.detectors for finding in detector.detect(reading)]
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return Analysis(id=mention.external_id, sentiment=sentiment, complaint=judgment.complaint,
                        disclosure=disclosure.contract, findings=tuple(findings), language=language,
                        costly_prefix=self.costly_prefix if len(text) > self.costly_prefix else None,
                        author_role=entry.describe() if entry else None,
                        brand=brand, voices=self._voices(brands, judgment.complaint, facts, lowered, language.judged,
                                                         (judged, judged_lower, judged_hits, sentiment, language.code)))

    def _voices(self, brands: Sequence[str], complaint: Complaint, facts: PostFacts, lowered: str,
                judged_language: bool, judged: tuple) -> tuple[Voice, ...]:
        """The brands (with the post's complaint judgement) and each competitor the post concerns (with
        a judgement against that competitor's names; none where the language cannot be judged)."""
        voices = [Voice(name, False, complaint.is_complaint, complaint.topic) for name in brands]
        for competitor, detector in self.competitors:
            if not competitor.concerns(lowered, facts):
                continue
            theirs = detector.judge(*judged).complaint if judged_language else Complaint(False, 0.0, None)
            voices.append(Voice(competitor.name, True, theirs.is_complaint, theirs.topic))
        return tuple(voices)


