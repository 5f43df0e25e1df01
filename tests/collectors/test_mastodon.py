"""Mastodon statuses as mentions: HTML to text, boosts, content warnings, edits, authors, reply length,
and `collect --fake` from the command line."""

from __future__ import annotations


import pytest

from brandwatch.catalogue import reply_length, reply_rules
from brandwatch.collectors.common import MalformedItem
from brandwatch.collectors.mastodon import MastodonSource
from brandwatch.collectors.mastodon_items import mention_from_status
from brandwatch.collectors.mastodon_text import html_to_text, mastodon_length
from brandwatch.testing.mastodon_fake_shapes import status_html

LINK = ('<a href="https://shop.example/item/12345?tag=acme-21" rel="nofollow noopener" target="_blank">'
        '<span class="invisible">https://</span><span class="ellipsis">shop.example/item/12345</span>'
        '<span class="invisible">?tag=acme-21</span></a>')
MENTION = ('<span class="h-card" translate="no"><a href="https://social.example/@acme" class="u-url mention">'
           '@<span>acme</span></a></span>')
HASHTAG = '<a href="https://social.example/tags/refund" class="mention hashtag" rel="tag">#<span>refund</span></a>'


@pytest.mark.parametrize("content, text", [
    ("<p>Acme order arrived</p>", "Acme order arrived"),
    ("<p>first</p><p>second</p>", "first\n\nsecond"),
    ("<p>line one<br>line two<br />line three</p>", "line one\nline two\nline three"),
    (f"<p>got it from {LINK} today</p>", "got it from https://shop.example/item/12345?tag=acme-21 today"),
    (f"<p>{MENTION} where is my {HASHTAG}?</p>", "@acme where is my #refund?"),
    ("<p>AT&amp;T &lt;3 Acme</p>", "AT&T <3 Acme"),
    ("<p>the entity &amp;lt; is how you write &lt;</p>", "the entity &lt; is how you write <"),
    ("<p>&amp;amp;lt;</p>", "&amp;lt;"),
    ("<p>caf&eacute; &#8212; &#x1F600;</p>", "café — 😀"),
    ("<p>it&#39;s &quot;fine&quot;</p>", 'it\'s "fine"'),
    ("", ""),
    ("plain text, no tags", "plain text, no tags"),
])
def test_when_content_is_html_then_it_becomes_text_decoded_exactly_once(content, text):
    assert html_to_text(content) == text


@pytest.mark.parametrize("text", [
    "a post that literally says &amp;lt; and &lt;",
    "AT&T <3 Acme\n\nsecond paragraph\nwith a line break",
    "see https://shop.example/a-rather-long-path/that-mastodon-cuts?tag=acme-21 #Acme @kim",
])
def test_when_the_fake_renders_a_text_then_reading_it_back_gives_the_same_text(text):
    assert html_to_text(status_html(text)) == text


@pytest.mark.parametrize("text, length", [
    ("hello", 5),
    ("see https://example.com/a/very/long/path/indeed?x=1", 4 + 23),
    ("@kim@social.example thanks", len("@kim thanks")),
    ("@kim thanks", len("@kim thanks")),
    ("mail me at kim@example.com", len("mail me at kim@example.com")),
])
def test_when_a_reply_is_measured_then_urls_count_23_and_remote_mentions_count_as_local(text, length):
    assert mastodon_length(text) == length


def test_when_reply_rules_are_asked_for_mastodon_then_the_limit_is_500_by_its_own_count():
    rules = reply_rules("mastodon")

    assert rules is not None and rules.limit == 500 and rules.title == "Mastodon"
    assert reply_length("mastodon", "x" * 480 + " https://example.com/" + "p" * 200) == 480 + 1 + 23


def _status(**fields):
    status = {
        "id": "113000000000000001", "uri": "https://social.example/users/kim/statuses/113000000000000001",
        "url": "https://social.example/@kim/113000000000000001", "created_at": "2026-11-01T10:00:00.000Z",
        "edited_at": None, "content": "<p>Acme Rocket arrived</p>", "spoiler_text": "", "language": "en",
        "in_reply_to_id": None, "reblog": None, "replies_count": 1, "reblogs_count": 2, "favourites_count": 3,
        "account": {"id": "7", "username": "kim", "acct": "kim", "display_name": "Kim L",
                    "note": "<p>I review gadgets &amp; more</p>", "url": "https://social.example/@kim",
                    "followers_count": 1200},
    }
    return {**status, **fields}


def test_when_a_status_is_read_then_its_uri_keys_it_and_its_url_links_it():
    post = mention_from_status(_status())

    assert post.platform == "mastodon"
    assert post.external_id == "https://social.example/users/kim/statuses/113000000000000001"
    assert post.url == "https://social.example/@kim/113000000000000001"
    assert post.text == "Acme Rocket arrived"
    assert post.metrics == {"replies_count": 1, "reblogs_count": 2, "favourites_count": 3}
    assert post.version is None


def test_when_a_status_is_read_then_the_account_maps_to_the_author_with_its_home_domain():
    author = mention_from_status(_status()).author

    assert author.handle == author.id == "kim@social.example"
    assert author.display_name == "Kim L"
    assert author.description == "I review gadgets & more"
    assert author.followers == 1200


def test_when_the_author_is_remote_then_acct_already_names_the_domain():
    status = _status()
    status["account"] = {**status["account"], "acct": "kim@elsewhere.example"}

    assert mention_from_status(status).author.handle == "kim@elsewhere.example"


def test_when_a_status_is_a_boost_then_it_is_the_original_status_not_a_new_mention():
    original = _status()
    boost = _status(id="113000000000000099", uri=original["uri"] + "/activity", content="", reblog=original,
                    account={"id": "9", "acct": "lee", "url": "https://social.example/@lee"})

    post = mention_from_status(boost)

    assert post.key == mention_from_status(original).key
    assert post.text == "Acme Rocket arrived" and post.author.handle == "kim@social.example"
    assert post.raw["boosted_by"] == "lee"


def test_when_a_status_has_a_content_warning_then_it_comes_first_in_the_text():
    post = mention_from_status(_status(spoiler_text="complaint, long", content="<p>Acme lost my parcel</p>"))

    assert post.text == "complaint, long\n\nAcme lost my parcel"


def test_when_a_status_was_edited_then_its_edit_time_is_a_version_that_orders_in_time():
    first = mention_from_status(_status(edited_at="2026-11-01T10:05:00.000Z"))
    later = mention_from_status(_status(edited_at="2026-11-01T11:00:00Z"))

    assert first.version is not None and first.version.isdigit()
    assert int(later.version) > int(first.version)


@pytest.mark.parametrize("fields, reason", [
    ({"uri": None}, "uri"),
    ({"content": 5}, "content"),
    ({"created_at": "yesterday"}, "created_at"),
    ({"account": "kim"}, "account"),
    ({"edited_at": "later"}, "edited_at"),
])
def test_when_a_status_is_malformed_then_the_reason_names_the_field(fields, reason):
    with pytest.raises(MalformedItem, match=reason):
        mention_from_status(_status(**fields))


def test_when_hashtags_are_configured_with_a_hash_then_it_is_dropped_and_spaces_are_refused():
    assert MastodonSource(name="m", type="mastodon", hashtags=["#Acme", "acmerocket"]).hashtags == ["Acme", "acmerocket"]
    with pytest.raises(ValueError, match="single words"):
        MastodonSource(name="m", type="mastodon", hashtags=["acme rocket"])
