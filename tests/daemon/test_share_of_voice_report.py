"""`brandwatch report share-of-voice`: the figures of a generated dataset, in Markdown and HTML with charts,
on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest

from brandwatch.reports.share_of_voice import VoiceKey, configured_voices, share_of_voice
from brandwatch.reports.share_render import write_share_report
from brandwatch.store.db import session_factory

from .voice_data import expected_counts, generated_posts, store_voice_posts

FIRST = date(2026, 11, 2)  # a Monday
DAYS = 14
KEYS = {"Acme": VoiceKey(False, "Acme"), "Globex": VoiceKey(True, "Globex"), "Initech": VoiceKey(True, "Initech")}


@pytest.fixture
def posts(engine):
    generated = generated_posts(FIRST - timedelta(days=3), DAYS + 6)  # some before and after the period
    store_voice_posts(session_factory(engine), generated)
    return generated


def _report(engine, bucket="day"):
    with session_factory(engine)() as session:
        return share_of_voice(session, FIRST, FIRST + timedelta(days=DAYS - 1), bucket,
                              configured_voices(["Acme"], ["Globex", "Initech", "Hooli"]))


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%}"


def test_the_period_figures_match_an_independent_count(engine, posts):
    report = _report(engine)
    expected = expected_counts(posts, FIRST, FIRST + timedelta(days=DAYS - 1))
    all_mentions = sum(counts["mentions"] for counts in expected.values())
    for name, counts in expected.items():
        figures = report.figures(KEYS[name])
        assert (figures.mentions, figures.complaints) == (counts["mentions"], counts["complaints"])
        assert (figures.positive, figures.neutral, figures.negative) == (
            counts["positive"], counts["neutral"], counts["negative"])
        assert figures.mean_sentiment == pytest.approx((counts["positive"] - counts["negative"]) / counts["mentions"])
        assert report.share(KEYS[name]) == pytest.approx(counts["mentions"] / all_mentions)
    # brands first, then competitors by mentions; a configured competitor without posts is listed with none
    assert report.voices[0] == KEYS["Acme"] and report.voices[-1] == VoiceKey(True, "Hooli")
    assert report.figures(VoiceKey(True, "Hooli")).mentions == 0


def test_weekly_buckets_start_on_monday_and_add_up_to_the_days(engine, posts):
    daily, weekly = _report(engine), _report(engine, "week")
    assert weekly.buckets == [FIRST, FIRST + timedelta(days=7)]
    for week in weekly.buckets:
        for key in KEYS.values():
            days = [week + timedelta(days=i) for i in range(7)]
            assert weekly.figures(key, week).mentions == sum(daily.figures(key, day).mentions for day in days)


def test_the_markdown_report_holds_the_table_with_correct_numbers_and_its_charts(engine, posts, tmp_path):
    out = write_share_report(_report(engine), tmp_path / "sov.md", "md")
    text = out.read_text(encoding="utf-8")
    expected = expected_counts(posts, FIRST, FIRST + timedelta(days=DAYS - 1))
    all_mentions = sum(counts["mentions"] for counts in expected.values())
    acme = expected["Acme"]
    row = next(line for line in text.splitlines() if line.startswith("| Acme | brand |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells == ["Acme", "brand", str(acme["mentions"]), _percent(acme["mentions"], all_mentions),
                     _percent(acme["positive"], acme["mentions"]), _percent(acme["neutral"], acme["mentions"]),
                     _percent(acme["negative"], acme["mentions"]),
                     f"{(acme['positive'] - acme['negative']) / acme['mentions']:+.2f}", str(acme["complaints"]),
                     _percent(acme["complaints"], acme["mentions"])]
    assert "| Hooli | competitor | 0 | 0.0% | n/a |" in text
    charts = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", text)
    assert len(charts) == 2
    for chart in charts:
        assert (tmp_path / chart).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.images: list[str] = []
        self._table = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag == "img":
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._table is not None and self._table and data.strip():
            self._table[-1].append(data.strip())


def test_the_html_report_holds_the_same_table_per_brand_and_per_day(engine, posts, tmp_path):
    out = write_share_report(_report(engine), tmp_path / "sov.html", "html")
    parsed = _Tables()
    parsed.feed(out.read_text(encoding="utf-8"))
    summary = {row[0]: row for row in parsed.tables["share-of-voice"][1:]}
    expected = expected_counts(posts, FIRST, FIRST + timedelta(days=DAYS - 1))
    for name, counts in expected.items():
        assert summary[name][2] == str(counts["mentions"])
        assert summary[name][8] == str(counts["complaints"])
    per_day = parsed.tables["share-of-voice-buckets"]
    assert len(per_day) == 1 + DAYS and per_day[1][0] == f"{FIRST:%Y-%m-%d}"
    assert len(parsed.images) == 2 and all((tmp_path / src).is_file() for src in parsed.images)


def test_the_cli_writes_the_report_for_the_configured_brands(engine, database_url, posts, run_cli, tmp_path):
    config = tmp_path / "brandwatch.yaml"
    config.write_text(f"brands:\n  - name: Acme\ncompetitors:\n  - name: Globex\n  - name: Initech\n"
                      f"database:\n  url: {engine.url.render_as_string(hide_password=False)}\n"
                      f"data_dir: {tmp_path / 'var'}\n", encoding="utf-8")
    last = FIRST + timedelta(days=DAYS)
    result = run_cli("--config", str(config), "report", "share-of-voice", "--since", f"{FIRST}", "--until",
                     f"{last}", "--bucket", "week", "--format", "html", "--out", str(tmp_path / "r" / "sov.html"))
    assert result.returncode == 0, result.stderr
    expected = expected_counts(posts, FIRST, last - timedelta(days=1))
    total = sum(counts["mentions"] for counts in expected.values())
    assert f"{total} mentions of 3 brands and competitors" in result.stdout
    assert "Share of voice per week" in (tmp_path / "r" / "sov.html").read_text(encoding="utf-8")
