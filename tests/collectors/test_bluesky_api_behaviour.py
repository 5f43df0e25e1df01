"""Bluesky API behaviours the collector must survive, met through the real atproto Client against the
local fake: post views mapped (profiles, replies, quotes, facet links), sortAt ordering, malformed views,
repeated-parameter profile lookups, and the reply length counted in graphemes. Nothing sleeps."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from brandwatch import catalogue
from brandwatch.collectors.bluesky_length import grapheme_length
from brandwatch.collectors.runner import run_once
from brandwatch.store import models
from brandwatch.store.db import session_factory
from brandwatch.testing.bluesky_fake import BlueskyFake
from brandwatch.testing.fakehttp import Fault

from bluesky_harness import bluesky_collector
from collector_checks import clock_after_seeds, stored_keys

PROFILES = "/xrpc/app.bsky.actor.getProfiles"


@pytest.fixture
def clock():
    return clock_after_seeds()


@pytest.fixture
def fake(clock):
    with BlueskyFake(now=lambda: clock.now().timestamp()) as server:
        yield server


def _mention(engine, uri: str) -> models.Mention:
    with session_factory(engine)() as session:
        row = session.scalars(select(models.Mention).where(models.Mention.external_id == uri)).one()
        session.expunge_all()
        return row


def test_when_a_reply_is_stored_then_author_profile_parent_link_and_counts_are_kept(fake, clock, engine):
    fake.account("kara.bsky.social", followers=4321)
    parent = fake.add_post("kara.bsky.social", "Acme, where is my order?")
    reply = fake.add_post("acmesupport.bsky.social", "Acme here: sorry, DM us", reply_to=parent)

    run_once(engine, bluesky_collector(fake, clock), clock)

    row = _mention(engine, reply)
    rkey = reply.rsplit("/", 1)[1]
    assert row.parent_id == parent and row.raw["reply_root"] == parent
    assert row.url == f"https://bsky.app/profile/acmesupport.bsky.social/post/{rkey}"
    assert row.author.handle == "acmesupport.bsky.social" and row.author.external_id.startswith("did:plc:")
    assert row.author.display_name == "Acmesupport" and row.author.description and row.author.followers == 100
    assert _mention(engine, parent).author.followers == 4321
    assert row.lang == "en" and set(row.metrics) == {"replyCount", "repostCount", "likeCount", "quoteCount"}
    assert row.raw["post"]["record"]["reply"]["parent"]["uri"] == parent  # the view as Bluesky sent it


def test_when_a_post_quotes_another_then_the_quoted_post_and_its_link_are_kept(fake, clock, engine):
    original = fake.add_post("kara.bsky.social", "Acme Rocket arrived broken")
    quote = fake.add_post("lee.bsky.social", "Same here with my Acme", quote_of=original)

    run_once(engine, bluesky_collector(fake, clock), clock)

    quoted = _mention(engine, quote).raw["quoted"]
    assert quoted == {"id": original,
                      "url": f"https://bsky.app/profile/kara.bsky.social/post/{original.rsplit('/', 1)[1]}"}


def test_when_a_post_shows_a_shortened_link_then_its_full_uri_from_the_facets_is_kept(fake, clock, engine):
    full = "https://shop.example.com/products/acme-rocket-deluxe?ref=dana-affiliate-2026"
    shown = full.split("://", 1)[1][:27] + "..."
    uri = fake.add_post("dana.bsky.social", f"My Acme setup, get yours: {shown}", links=[full])

    run_once(engine, bluesky_collector(fake, clock), clock)

    row = _mention(engine, uri)
    assert row.text.endswith(shown)  # the text as written
    assert row.raw["links"] == [full]


def test_when_a_page_has_more_than_25_authors_then_profiles_are_asked_for_25_at_a_time(fake, clock, engine):
    for i in range(30):
        fake.add_post(f"person{i}.bsky.social", f"Acme thought number {i}")

    run_once(engine, bluesky_collector(fake, clock, limit=100), clock)

    asked = [r for r in fake.requests if r.path == PROFILES]
    assert sorted(r.raw_query.count("actors=") for r in asked) == [5, 25]
    with session_factory(engine)() as session:
        assert all(m.author.followers == 100 for m in session.scalars(select(models.Mention)))


def test_when_profiles_cannot_be_looked_up_then_the_posts_are_stored_without_them(fake, clock, engine):
    uri = fake.add_post("kara.bsky.social", "Acme is fine I guess")
    fake.fail_next(Fault(status=400, path=PROFILES))

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome == "stored"
    row = _mention(engine, uri)
    assert row.author.handle == "kara.bsky.social" and row.author.followers is None


@pytest.mark.parametrize("override, reason", [
    ({"uri": "https://bsky.app/profile/x/post/1"}, "at:// post URI"),
    ({"record": "Acme as a string"}, "record"),
    ({"record": {"text": 42, "createdAt": "2026-11-01T00:00:00Z"}}, "record.text"),
    ({"author": {"did": "did:plc:someoneelse", "handle": "a.bsky.social"}}, "author"),
    ({"indexedAt": "yesterday"}, "indexedAt"),
])
def test_when_a_post_view_is_malformed_then_it_is_kept_raw_and_the_rest_of_the_page_is_stored(
        fake, clock, engine, override, reason):
    fake.seed(12, "Acme")
    bad = fake.add_malformed("fan1", override)

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome == "stored" and report.added == 12 and report.rejected == 1
    assert {k[1] for k in stored_keys(engine)} == fake.ids()
    with session_factory(engine)() as session:
        rejected = session.scalars(select(models.RejectedItem)).one()
    assert reason in rejected.reason
    assert rejected.external_id == override.get("uri", bad)


def test_when_an_author_clock_runs_ahead_then_the_post_sorts_by_indexed_at_and_later_posts_are_not_skipped(
        fake, clock, engine):
    now = clock.now().timestamp()
    ahead = fake.add_post("kara.bsky.social", "Acme from the future", created=now + 86400)
    fake.post(ahead).indexed = now - 600  # the AppView saw it ten minutes ago
    run_once(engine, bluesky_collector(fake, clock), clock)
    later = fake.add_post("lee.bsky.social", "Acme from the present", created=now - 60)

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.added == 1 and {ahead, later} <= {k[1] for k in stored_keys(engine)}


def test_when_the_server_answers_502_then_the_run_is_retried(fake, clock, engine):
    fake.seed(5, "Acme")
    fake.fail_next(Fault(status=502, path="searchPosts"))

    report = run_once(engine, bluesky_collector(fake, clock), clock)

    assert report.outcome == "retry" and "502" in report.message


@pytest.mark.parametrize("text, graphemes", [
    ("Acme", 4),
    ("café", 4),
    ("cafe\u0301", 4),  # e + combining acute
    ("日本語", 3),
    ("👍🏽", 1),  # thumbs up with a skin tone
    ("👩‍👩‍👧", 1),  # a ZWJ family
    ("🇩🇪🇫🇷", 2),  # two flags
    ("❤️", 1),  # heart + variation selector
    ("\u1100\u1161\u11a8", 1),  # Hangul jamo L V T: one syllable
    ("a\r\nb", 3),
    ("x\u200dy", 2),  # a joiner between letters joins nothing
    ("हिन्दी", 3),  # Unicode 15.1 joins the conjunct across the virama (2): counted high, never low
])
def test_when_a_reply_is_measured_then_bluesky_counts_graphemes(text, graphemes):
    assert grapheme_length(text) == graphemes
    assert catalogue.reply_length("bluesky", text) == graphemes


SAMPLES = ["Acme", "cafe\u0301 crème brûlée", "日本語のテキスト", "👍🏽👩‍👩‍👧🇩🇪🇫🇷❤️🏳️‍🌈", "각 한국어", "a\r\nb\n",
           "हिन्दी नमस्ते", "நன்றி", "ก่อน", "x\u200dy a\u200d👍 👍\u200da", "Ω̃̃ 𝔸𝕔𝕞𝕖", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"]


@pytest.mark.parametrize("text", SAMPLES)
def test_when_a_text_is_counted_then_it_is_never_fewer_graphemes_than_unicode_segmentation_finds(text):
    regex = pytest.importorskip("regex")  # not a dependency: the check runs where it happens to be installed

    assert grapheme_length(text) >= len(regex.findall(r"\X", text))


def test_when_a_reply_is_300_emoji_then_it_fits_bluesky_and_301_does_not():
    rules = catalogue.reply_rules("bluesky")
    assert rules is not None and rules.limit == 300
    assert rules.length("👍🏽" * 300) == 300 and rules.length("👍🏽" * 300 + "!") == 301
