"""No output shows a leaked value: every bundled secret format, pushed through every output.

The secrets are the bundled rules' own `examples.match` values, picked up from the rule set at run
time, so a format added to leaks-secrets.yaml is covered without touching this file. An output fails
when it holds the whole value, or enough of it (any 8 consecutive characters) to rebuild it from a
preview.
"""

from __future__ import annotations

import json
import re
import logging
from datetime import timedelta
from functools import lru_cache

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st
from sqlalchemy import select

from brandwatch.cli import main
from brandwatch.config import Settings
from brandwatch.daemon.logging import MaskingFilter
from brandwatch.daemon.redaction import redact_text
from brandwatch.rules import MatchContext
from brandwatch.secrecy import bundled_rules, leak_values, mask_values, safe_contract, scrub
from brandwatch.store.db import transaction
from brandwatch.store.models import Author, Finding, Mention, ReviewEvent

from .helpers import SETTINGS, T0, intake, personal_tokens

FINGERPRINT_KEY = "secrecy-test-fingerprint-key-0123456789"
HEX = set("0123456789abcdefABCDEF")
HEX_WINDOW = 12
WINDOW = 8


def _bundled_secrets() -> list[tuple[str, str, str]]:
    """(rule id, example post, the value the rule captures) for every secret rule's match examples."""
    rules = bundled_rules()
    found = []
    for rule in rules.rules:
        if rule.category != "leak" or rule.kind != "secret":
            continue
        for example in rule.examples_match:
            for hit in rules.match(example.text, MatchContext(brand_terms_present=True)):
                if hit.rule.id == rule.id and not hit.in_description:
                    found.append((rule.id, example.text, hit.value))
                    break
    return found


SECRETS = _bundled_secrets()


# The literal skeleton of each rule (its text without regex syntax): a format's fixed prefix such as
# "sk-proj-" or a PEM header is spelled out by the rule itself and gives nothing of a value away.
RULE_TEXTS = {r.id: re.sub(r"\(\?:|[()|?\\^$\[\]{}*+]", "", r.text) for r in bundled_rules().rules}
# Rule files are public: what any rule spells out (a PEM header, base64 of "-----BEGIN") is no secret.
PUBLISHED = " ".join(RULE_TEXTS.values())
SECRET_RULE = {value: rule_id for rule_id, _, value in SECRETS}


def telling_windows(value: str) -> list[str]:
    """The stretches of `value` that would give it away if an output showed them. Fixed parts of a
    format that a rule spells out (a "-----BEGIN RSA PRIVATE KEY-----" header) give nothing away."""
    if len(value) <= WINDOW:
        return []
    windows = []
    for start in range(len(value) - WINDOW + 1):
        window = value[start:start + WINDOW]
        if all(ch in HEX for ch in window):
            # Exports hold megabytes of hex digests (rule hashes, fingerprints, audit MACs): 8 hex
            # characters recur there by chance, so a hex value counts as shown from 12 on.
            window = value[start:start + HEX_WINDOW]
            if len(window) < HEX_WINDOW:
                continue
        if sum(ch.isalnum() for ch in window) >= 6 and window not in PUBLISHED:
            windows.append(window)
    return windows


def exposed(output: str, value: str) -> str | None:
    """The part of `value` that `output` gives away, or None."""
    if value in output:
        return value
    return next((window for window in telling_windows(value) if window in output), None)


def assert_secret(outputs: dict[str, str], value: str) -> None:
    leaks = {name: part for name, output in outputs.items() if (part := exposed(output, value))}
    assert not leaks, f"value of length {len(value)} ({SECRET_RULE.get(value)}) shown in: {leaks}"


class SharedOutputs:
    """Outputs that hold every finding at once (exports, the audit bundle, list pages): megabytes that
    searching once per window of every secret made the slowest part of the suite. They are read once
    here, and each secret is then looked up in what was read."""

    def __init__(self, outputs: dict[str, str], values: list[str]):
        self.outputs = outputs
        self.text = "\x00".join(outputs.values())
        wanted = {window for value in values for window in telling_windows(value)}
        self.shown: set[str] = set()
        text = self.text
        for length in {len(window) for window in wanted}:
            of_length = {window for window in wanted if len(window) == length}
            self.shown.update(piece for piece in (text[i:i + length] for i in range(len(text) - length + 1))
                              if piece in of_length)

    def assert_secret(self, value: str) -> None:
        if value in self.text or any(window in self.shown for window in telling_windows(value)):
            assert_secret(self.outputs, value)  # names the outputs and the part shown
            raise AssertionError(f"shared outputs give away part of {SECRET_RULE.get(value)}'s value")


def test_every_secret_rule_contributes_examples():
    assert len({rule for rule, _, _ in SECRETS}) >= 20  # the bundled set; grows as formats are added
    secret_rules = {r.id for r in bundled_rules().rules if r.category == "leak" and r.kind == "secret"}
    assert {rule for rule, _, _ in SECRETS} == secret_rules


@lru_cache(maxsize=1)
def _analyzer():
    from brandwatch.detectors.pipeline import Analyzer
    from brandwatch.sentiment.select import open_backend

    settings_ = Settings()
    backend, _ = open_backend(settings_)
    return Analyzer(settings_, backend, None, _rules(), fingerprint_key=FINGERPRINT_KEY.encode())


def _analyse(text: str):
    from brandwatch.model.post import Author as PostAuthor, Post

    post = Post(platform="x", external_id="p1", text=text, created_at=T0,
                author=PostAuthor(id="a1", handle="dana"))
    return post, _analyzer().analyze([post])[0]


def _log_line(text: str) -> str:
    record = logging.LogRecord("brandwatch.test", logging.ERROR, __file__, 1, "could not store %s", (text,), None)
    MaskingFilter().filter(record)
    return logging.Formatter("%(message)s").format(record)


_AROUND = st.text(alphabet=st.sampled_from("abcdefghij klmnopqrstuvwxyz.,!?"), max_size=24)


@pytest.mark.parametrize("case", SECRETS, ids=[f"{rule}-{i}" for i, (rule, _, _) in enumerate(SECRETS)])
def test_rules_explain_never_shows_a_secret(case, monkeypatch):
    rule_id, example, value = case
    rules = _rules()
    monkeypatch.setattr("brandwatch.cli.rules_cmd.load_rules", lambda *_: rules)  # 2 s a load, once is enough
    outputs = {"explain": CliRunner().invoke(main, ["rules", "explain", "--rule", rule_id, "--", example]).output,
               "explain json": CliRunner().invoke(main, ["rules", "explain", "--json", "--", example]).output}
    assert rule_id in outputs["explain json"]
    assert_secret(outputs, value)


@lru_cache(maxsize=1)
def _rules():
    return bundled_rules()


@settings(max_examples=max(100, len(SECRETS)), deadline=None)
@given(case=st.sampled_from(SECRETS), before=_AROUND, after=_AROUND)
def test_a_secret_in_a_post_never_reaches_scan_logs_notes_or_notifications(case, before, after):
    from brandwatch.cli.table import render_table
    from brandwatch.review.payload import finding_payload
    from brandwatch.review.secrecy import mask_with

    rule_id, example, value = case
    text = f"{before} {example} {after}"
    post, analysis = _analyse(text)
    leak = next(s for s in analysis.findings if s.category == "leak" and value in text[s.start:s.end])
    stored_text = redact_text(text, analysis.findings, ["secret", "pii"])  # what the daemon keeps
    finding = Finding(id=1, mention_id=1, rule_id=leak.rule, category="leak", kind="secret", severity="high",
                      start=leak.start, end=leak.end, preview=leak.preview, fingerprint=leak.fingerprint,
                      explanation={"spans": [{"start": leak.start, "end": leak.end, "preview": leak.preview}]},
                      status="new", created_at=T0)
    # A complaint's preview quotes the post; intake masks the post's leaked values in it (a preview cut
    # inside a value keeps no piece of it) before storing it, and notifications are built from that.
    quoted = scrub(mask_values(text[:200], leak_values(text, analysis.findings)))
    complaint = Finding(id=2, mention_id=1, rule_id="c", category="complaint", kind="product", severity="low",
                        start=0, end=len(text), preview=quoted, status="new", created_at=T0)
    mention = Mention(id=1, platform="x", external_id="p1", text=stored_text, created_at=T0,
                      author=Author(platform="x", external_id="a1", handle="dana"))
    outputs = {
        "scan json": json.dumps(safe_contract(text, analysis), ensure_ascii=False),
        "scan table": render_table([(post, analysis)]),
        "log": _log_line(text),
        "notification": json.dumps([finding_payload(f, mention, SETTINGS) for f in (finding, complaint)]),
        # The stored post no longer holds the value: only the keyed fingerprint can recognise the quote.
        "note": mask_with(f"rotated {value} at 10:00", stored_text, [finding], FINGERPRINT_KEY.encode()) or "",
    }
    assert_secret(outputs, value)


@pytest.fixture
def every_secret_stored(factory, monkeypatch):
    """One post per bundled secret example, analysed, recorded and redacted at rest as the daemon does,
    each finding commented on with a note quoting the value."""
    monkeypatch.setenv("BRANDWATCH_FINGERPRINT_KEY", FINGERPRINT_KEY)
    from brandwatch.review.service import ReviewService

    service = ReviewService(factory, SETTINGS)
    stored = []
    for number, (_, example, value) in enumerate(SECRETS):
        _, analysis = _analyse(example)
        with transaction(factory) as session:
            author = Author(platform="x", external_id=f"s{number}", handle=f"poster{number}")
            session.add(author)
            session.flush()
            mention = Mention(platform="x", external_id=f"s{number}", text=example, author_id=author.id,
                              created_at=T0, url=f"https://x.example/s{number}", status="analysed")
            session.add(mention)
            session.flush()
            mention_id = mention.id
        result = intake(factory, mention_id, list(analysis.findings), now=T0)
        with transaction(factory) as session:
            row = session.get(Mention, mention_id)
            row.text = redact_text(example, analysis.findings, ["secret", "pii"])
        for finding_id in result.created:
            service.comment(finding_id, "ana", f"asked them to rotate {value} today")
        stored.append((value, result.created))
    return stored


# About 800 secrets through every output: 80 s on an idle machine, so the hang guard gets room for a
# runner whose cores are shared several times over.
@pytest.mark.timeout(900)
def test_every_bundled_secret_stays_masked_in_queue_console_exports_and_reports(every_secret_stored, engine, factory,
                                                                              tmp_path):
    from starlette.testclient import TestClient

    from brandwatch.reports.complaints import complaint_report
    from brandwatch.reports.render import write_report
    from brandwatch.web.accounts import add_user
    from brandwatch.web.app import create_app

    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    path = tmp_path / "c.yaml"
    path.write_text(json.dumps(config))
    runner = CliRunner()
    token = personal_tokens(factory, "ana")["ana"]
    cli = lambda *args: runner.invoke(main, ["--config", str(path), *map(str, args)],  # noqa: E731
                                      env={"BRANDWATCH_TOKEN": token}).output
    bundle = tmp_path / "bundle"
    cli("audit", "export", bundle)
    shared = {
        "queue list": cli("queue", "list", "--limit", "1000", "--category", "leak"),
        "queue list jsonl": cli("queue", "list", "--format", "jsonl", "--limit", "1000"),
        "export jsonl": cli("queue", "export"), "export csv": cli("queue", "export", "--format", "csv"),
        "bundle": "".join(p.read_text() for p in bundle.iterdir()),
        "incidents": cli("queue", "incidents"),
    }
    report = write_report(complaint_report(factory(), T0 - timedelta(days=1), T0 + timedelta(days=1)),
                          tmp_path / "report.md", "markdown")
    shared["report"] = report.read_text()
    add_user(engine, "viewer", "reviewer", "viewer password 1")
    app = create_app(engine, SETTINGS, secret_key="secrecy-test-session-key-" + "x" * 32)
    with TestClient(app, follow_redirects=False) as client:
        page = client.get("/login")
        csrf = page.text.split('name="csrf-token" content="')[1].split('"')[0]
        client.post("/login", data={"name": "viewer", "password": "viewer password 1", "csrf_token": csrf,
                                    "next": "/queue"})
        shared["console queue"] = client.get("/queue").text
        everything = SharedOutputs(shared, [value for value, _ in every_secret_stored])
        for number, (value, finding_ids) in enumerate(every_secret_stored):
            everything.assert_secret(value)
            outputs = {}
            for finding_id in finding_ids:
                # The command itself for a sample (each start costs a tenth of a second); for every
                # finding, what the command prints: the same detail, draft and scrub it calls.
                if number % CLI_SAMPLE == 0:
                    outputs[f"queue show {finding_id}"] = cli("queue", "show", finding_id, "--no-color")
                outputs[f"queue show rendering {finding_id}"] = _queue_show_text(factory, finding_id)
                outputs[f"console page {finding_id}"] = client.get(f"/findings/{finding_id}").text
                outputs[f"console api {finding_id}"] = client.get(f"/api/findings/{finding_id}").text
            with factory() as session:
                outputs["stored trail"] = " ".join(e.note or "" for e in session.scalars(
                    select(ReviewEvent).where(ReviewEvent.finding_id.in_(finding_ids))))
            assert_secret(outputs, value)


CLI_SAMPLE = 10


def _queue_show_text(factory, finding_id: int) -> str:
    from brandwatch.cli.queue_render import render_detail
    from brandwatch.review.queries import finding_detail
    from brandwatch.review.replies import draft_reply

    with factory() as session:
        detail = finding_detail(session, finding_id)
        draft = draft_reply(detail.finding, detail.mention, SETTINGS)
        return scrub(render_detail(detail, draft, T0, False))


def test_when_a_complaint_quotes_the_leaked_key_then_its_stored_preview_is_masked(factory):
    from .helpers import complaint_span, leak_span, store_mention

    secret = "AKIAQ3EGUVNT5XJ2LWPM"
    text = f"support sent me {secret} and my Acme Rocket still broke"
    mention = store_mention(factory, text)
    start = text.index(secret)
    intake(factory, mention.id, [leak_span(start, start + len(secret)), complaint_span(text)])
    with factory() as session:
        previews = {f.category: f.preview for f in session.scalars(select(Finding))}
    assert secret not in previews["complaint"] and "[masked]" in previews["complaint"]
