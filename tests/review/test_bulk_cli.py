"""`brandwatch queue` acting on many findings: ids, ranges, filters and saved views, one sealed event each."""

import pytest
from sqlalchemy import select

from brandwatch.review.audit_key import audit_key
from brandwatch.review.audit_verify import verify_trail
from brandwatch.store.models import Finding

from .helpers import SETTINGS, complaint_span, intake, new_finding, store_mention
from .team_queue_helpers import events_of, queue_runner, statuses


@pytest.fixture
def run(engine, factory, tmp_path):
    return queue_runner(engine, factory, tmp_path)


@pytest.fixture
def leaks(factory):
    return [new_finding(factory, fingerprint=f"fp-{i}") for i in range(6)]


def _complaints(factory, count: int, platform: str = "x") -> list[int]:
    ids = []
    for i in range(count):
        mention = store_mention(factory, f"my Acme Rocket broke again, day {i}", platform=platform)
        ids.extend(intake(factory, mention.id, [complaint_span("my Acme Rocket broke")]).created)
    return ids


def _trail_intact(factory) -> None:
    with factory() as session:
        report = verify_trail(session, audit_key(SETTINGS, create=False))
    assert report.ok, [str(p) for p in report.problems]


def test_when_several_ids_are_claimed_then_each_gets_exactly_one_claim_event(run, factory, leaks):
    result = run("claim", leaks[0], leaks[2], leaks[4], "--as", "ana")

    assert result.exit_code == 0, result.output
    assert "claim: 3 done, 0 not done (of 3)" in result.output
    assert statuses(factory, leaks) == {i: ("claimed" if n % 2 == 0 else "new") for n, i in enumerate(leaks)}
    assert events_of(factory, leaks, "claim") == {leaks[0]: 1, leaks[2]: 1, leaks[4]: 1}
    with factory() as session:
        assert set(session.scalars(select(Finding.assignee).where(Finding.id.in_(leaks[::2])))) == {"ana"}
    _trail_intact(factory)


def test_when_a_range_is_resolved_then_findings_not_claimed_are_reported_and_left(run, factory, leaks):
    run("claim", f"{leaks[0]}-{leaks[3]}", "--as", "ana")

    result = run("resolve", f"{leaks[0]}-{leaks[5]}", "--as", "ana")

    assert result.exit_code == 1  # some were refused
    assert "resolve: 4 done, 2 not done (of 6)" in result.output
    assert f"finding {leaks[4]}: not done: finding {leaks[4]} is new" in result.stderr
    assert statuses(factory, leaks) == {**{i: "resolved" for i in leaks[:4]}, **{i: "new" for i in leaks[4:]}}
    assert events_of(factory, leaks, "resolve") == {i: 1 for i in leaks[:4]}
    _trail_intact(factory)


def test_when_ids_are_given_with_commas_or_a_single_id_then_the_single_form_reports_as_before(run, factory, leaks):
    single = run("claim", leaks[0], "--as", "bo")
    assert single.exit_code == 0 and f"finding {leaks[0]}: claim new → claimed (event" in single.output
    commas = run("claim", f"{leaks[1]},{leaks[2]}", "--as", "bo")
    assert "claim: 2 done" in commas.output
    refused = run("claim", leaks[0], "--as", "ana")  # a single finding keeps the single action's error
    assert refused.exit_code == 2 and "claimed by bo" in refused.stderr


def test_when_a_filter_selects_findings_then_only_those_are_acted_on(run, factory, leaks):
    complaints = _complaints(factory, 3)

    preview = run("claim", "--filter", "status=open category=leak", "--dry-run", "--as", "ana")
    assert preview.output == f"claim would be tried on 6 finding(s): {' '.join(map(str, leaks))}\n"
    assert set(statuses(factory, leaks).values()) == {"new"}  # a dry run changes nothing

    result = run("claim", "--filter", "status=open category=leak", "--as", "ana")

    assert result.exit_code == 0, result.output
    assert "claim: 6 done" in result.output
    assert set(statuses(factory, leaks).values()) == {"claimed"}
    assert set(statuses(factory, complaints).values()) == {"new"}
    _trail_intact(factory)


def test_when_the_filter_options_are_used_then_they_combine_like_the_filter_text(run, factory, leaks):
    complaints = _complaints(factory, 2, platform="reddit") + _complaints(factory, 2, platform="x")

    by_options = run("escalate", "--category", "complaint", "--platform", "reddit", "--as", "bo")
    assert "escalate: 2 done" in by_options.output
    assert [statuses(factory, complaints)[i] for i in complaints] == ["escalated", "escalated", "new", "new"]

    by_rule = run("dismiss", "--rule", "product-broken", "--status", "new", "--reason", "duplicate", "--as", "bo")
    assert "dismiss: 2 done" in by_rule.output
    assert set(statuses(factory, complaints[2:]).values()) == {"dismissed"}

    by_assignee = run("assign", "--assignee", "none", "--category", "leak", "--limit", "2", "--to", "carol",
                      "--as", "lead")
    assert "assign: 2 done" in by_assignee.output
    assert [statuses(factory, leaks)[i] for i in leaks[:3]] == ["claimed", "claimed", "new"]


def test_when_a_filter_is_malformed_then_the_error_names_the_field(run, leaks):
    result = run("claim", "--filter", "colour=red", "--as", "ana")
    assert result.exit_code == 2
    assert "'colour=red' is not field=value; fields: status, category" in result.stderr
    bad_value = run("claim", "--filter", "severity=urgent", "--as", "ana")
    assert "severity 'urgent' is not one of low, medium, high, critical" in bad_value.stderr
    nothing = run("claim", "--as", "ana")
    assert nothing.exit_code == 2 and "which findings?" in nothing.stderr
    backwards = run("claim", "9-3", "--as", "ana")
    assert "range '9-3' runs backwards" in backwards.stderr


def test_when_a_view_is_saved_then_list_and_bulk_actions_use_it(run, factory, leaks):
    complaints = _complaints(factory, 2)

    saved = run("views", "save", "my leaks", "--filter", "category=leak assignee=none", "--as", "ana")
    assert saved.exit_code == 0 and "saved view 'my leaks': status=open category=leak assignee=none" in saved.output
    listed = run("views", "list", "--as", "ana")
    assert "my leaks" in listed.output and " 6  personal" in listed.output

    shown = run("list", "--view", "my leaks", "--format", "jsonl", "--as", "ana")
    assert sorted(int(line.split('"id": ')[1].split(",")[0]) for line in shown.output.splitlines()) == leaks

    run("claim", "--view", "my leaks", "--as", "ana")
    assert set(statuses(factory, leaks).values()) == {"claimed"}
    assert set(statuses(factory, complaints).values()) == {"new"}
    assert " 0  personal" in run("views", "list", "--as", "ana").output

    assert "no saved views" in run("views", "list", "--as", "bo").output  # personal: bo cannot see it
    hidden = run("list", "--view", "my leaks", "--as", "bo")
    assert hidden.exit_code == 2 and "no view named 'my leaks'" in hidden.stderr
    deleted = run("views", "delete", "my leaks", "--as", "ana")
    assert deleted.exit_code == 0 and "no saved views" in run("views", "list", "--as", "ana").output


def test_when_a_bulk_action_runs_then_the_audit_verify_command_passes(run, factory, leaks):
    run("claim", *leaks, "--as", "ana")
    run("propose", *leaks[:2], "--as", "ana")
    run("resolve", *leaks[2:], "--as", "ana")
    run("approve", *leaks[:2], "--as", "bo")

    verified = run("verify", group="audit")

    assert verified.exit_code == 0, verified.output
    assert set(statuses(factory, leaks).values()) == {"resolved"}


def test_when_release_assign_and_reopen_take_ranges_then_each_finding_moves_once(run, factory, leaks):
    first, last = leaks[0], leaks[2]
    assigned = run("assign", f"{first}-{last}", "--to", "bo", "--as", "lead")
    assert "assign: 3 done" in assigned.output
    with factory() as session:
        assert set(session.scalars(select(Finding.assignee).where(Finding.id.in_(leaks[:3])))) == {"bo"}
    single = run("assign", leaks[3], "carol", "--as", "lead")  # the old form: ID ASSIGNEE
    assert single.exit_code == 0 and "assign new → claimed" in single.output

    released = run("release", f"{first}-{last}", "--as", "bo", "--note", "back to the pool")
    assert "release: 3 done" in released.output
    run("dismiss", f"{first}-{last}", "--reason", "not_actionable", "--as", "ana")
    reopened = run("reopen", f"{first},{leaks[1]}-{last}", "--as", "lead")
    assert "reopen: 3 done" in reopened.output
    assert [statuses(factory, leaks)[i] for i in leaks[:4]] == ["reopened", "reopened", "reopened", "claimed"]
    for action in ("assign", "release", "dismiss", "reopen"):
        assert events_of(factory, leaks[:3], action) == {i: 1 for i in leaks[:3]}
    _trail_intact(factory)
