"""Findings that share a secret's fingerprint form one incident listing every post."""

from brandwatch.review.grouping import incident_of, incidents
from brandwatch.store.models import Finding

from .helpers import intake, leak_span, store_mention


def test_when_one_secret_appears_in_three_posts_then_one_incident_lists_all_three(factory):
    ids = []
    for text in ("key AKIAQ3EGUVNT5XJ2LWPM one", "key AKIAQ3EGUVNT5XJ2LWPM two", "key AKIAQ3EGUVNT5XJ2LWPM 3"):
        mention = store_mention(factory, text)
        ids.append((mention.external_id, intake(factory, mention.id, [leak_span(4, 24, fingerprint="fp-shared")]).created[0]))
    lone = store_mention(factory, "key AKIAQ3EGUVNT5XJ2LWPX")
    lone_id = intake(factory, lone.id, [leak_span(4, 24, fingerprint="fp-alone")]).created[0]
    with factory() as session:
        (incident,) = incidents(session)
        assert incident.fingerprint == "fp-shared"
        assert [post_id for _, post_id in incident.posts] == [post for post, _ in ids]
        assert incident_of(session, session.get(Finding, ids[1][1])).fingerprint == "fp-shared"
        assert incident_of(session, session.get(Finding, lone_id)) is None
