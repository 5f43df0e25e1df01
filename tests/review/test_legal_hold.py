"""Legal hold: placed by a lead or admin by finding, author, rule or period; retention purges nothing it covers."""

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from brandwatch.cli import main
from brandwatch.daemon.retention import expire_mentions, expire_rejected_items
from brandwatch.store.db import transaction
from brandwatch.store.models import Mention, RejectedItem

from .helpers import SETTINGS, T0, complaint_span, intake, personal_tokens, store_mention

LATER = T0 + timedelta(days=400)


@pytest.fixture
def hold(engine, factory, tmp_path):
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "c.yaml"
    path.write_text(json.dumps(config))
    tokens = personal_tokens(factory, "lead", "ana")
    runner = CliRunner()

    def run(*args, as_="lead"):
        return runner.invoke(main, ["--config", str(path), "hold", *map(str, args)],
                             env={"BRANDWATCH_TOKEN": tokens[as_]})

    return run


@pytest.fixture
def posts(factory):
    """Four old posts, each with a closed-able complaint finding: by finding, author, rule and period."""
    made = {}
    for name, handle, rule in (("by-finding", "a1", "r-one"), ("by-author", "held_author", "r-two"),
                               ("by-rule", "a3", "r-held"), ("free", "a4", "r-two")):
        mention = store_mention(factory, f"my Acme Rocket broke ({name})", handle=handle)
        (finding_id,) = intake(factory, mention.id, [complaint_span("my Acme Rocket", rule=rule)]).created
        made[name] = (mention.id, finding_id)
    from brandwatch.review.service import ReviewService

    service = ReviewService(factory, SETTINGS)
    for _, finding_id in made.values():  # closed: only a hold can keep them now
        service.dismiss(finding_id, "ana", "not_actionable")
    with transaction(factory) as session:
        for mention in session.scalars(select(Mention)):
            mention.status = "analysed"
    return made


def _tombstoned(factory) -> set[int]:
    with factory() as session:
        return set(session.scalars(select(Mention.id).where(Mention.tombstoned_at.is_not(None))))


def test_when_holds_cover_records_then_retention_keeps_them_until_released(hold, posts, factory):
    assert hold("add", "--finding", posts["by-finding"][1], "--reason", "matter 7").exit_code == 0
    assert hold("add", "--author", "@held_author", "--reason", "matter 7").exit_code == 0
    assert hold("add", "--rule", "r-held", "--reason", "matter 8").exit_code == 0
    listed = hold("list").output
    assert "finding " in listed and "author @held_author" in listed and "rule r-held" in listed
    with transaction(factory) as session:
        expire_mentions(session, 365, b"k" * 32, LATER)
    assert _tombstoned(factory) == {posts["free"][0]}

    first_hold = int(listed.split(":")[0].split()[-1])
    assert hold("release", first_hold).exit_code == 0
    with transaction(factory) as session:
        expire_mentions(session, 365, b"k" * 32, LATER)
    assert _tombstoned(factory) == {posts["free"][0], posts["by-finding"][0]}
    assert "released" in hold("list", "--all").output


def test_when_a_period_is_held_then_every_post_in_it_is_kept(hold, posts, factory):
    assert hold("add", "--since", (T0 - timedelta(days=1)).isoformat(), "--until", T0.isoformat(),
                "--reason", "litigation window").exit_code == 0
    with transaction(factory) as session:
        assert expire_mentions(session, 365, b"k" * 32, LATER) == 0
    assert _tombstoned(factory) == set()


def test_when_a_reviewer_or_nobody_tries_to_place_a_hold_then_it_is_refused(hold, posts):
    refused = hold("add", "--rule", "r-held", "--reason", "x", as_="ana")
    assert refused.exit_code == 2 and "only they place or release legal holds" in refused.output
    both = hold("add", "--rule", "r-held", "--author", "x", "--reason", "x")
    assert both.exit_code == 2 and "exactly one of" in both.output


def test_when_rejected_items_pass_the_retention_period_then_their_raw_lines_are_dropped(factory):
    with transaction(factory) as session:
        session.add(RejectedItem(source="x", platform="x", reason="bad json", fingerprint="f1",
                                 raw={"line": "token=sk_live_leaked"}, first_seen_at=T0))
        session.add(RejectedItem(source="x", platform="x", reason="bad json", fingerprint="f2",
                                 raw={"line": "recent"}, first_seen_at=LATER))
    with transaction(factory) as session:
        assert expire_rejected_items(session, 365, LATER) == 1
    with factory() as session:
        raws = {r.fingerprint: r.raw for r in session.scalars(select(RejectedItem))}
    assert "line" not in raws["f1"] and raws["f2"] == {"line": "recent"}
