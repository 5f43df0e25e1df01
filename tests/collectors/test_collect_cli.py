"""Acceptance: `brandwatch collect --once --source NAME --fake`, run as a user would, on SQLite."""

from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner

from brandwatch.cli import main

CONFIG = """
brands: [{name: Acme, products: [Acme Rocket]}]
data_dir: var
sources:
  - {name: sample, type: replay}
  - {name: reddit, type: reddit, enabled: false, queries: ['"acme rocket"'], subreddits: [acme, gadgets]}
  - {name: x, type: x, enabled: false, max_results: 100}
"""


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "brandwatch.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def _stored(tmp_path, source: str) -> int:
    with sqlite3.connect(tmp_path / "var" / "brandwatch.db") as db:
        return db.execute("SELECT count(*) FROM mentions WHERE source = ?", (source,)).fetchone()[0]


def _new(output: str, source: str) -> int:
    return int(re.search(rf"^{source}: (\d+) new", output, re.MULTILINE).group(1))


# Each platform fake's seeded post count, and the start of the link the console and exports show.
FAKES = {
    "reddit": (400, "https://www.reddit.com/r/"),
    "x": (320, "https://x.com/"),
    "bluesky": (320, "https://bsky.app/profile/"),
    "mastodon": (320, "https://fake.mastodon.example/@"),
}


@pytest.mark.parametrize("source", sorted(FAKES))
def test_when_collecting_from_a_fake_then_its_posts_are_stored_once_and_new_ones_follow(config, tmp_path, source):
    seeded, link = FAKES[source]
    # In-process for speed; each invocation starts a fresh fake, as separate processes would.
    command = ["--config", str(config), "collect", "--once", "--source", source, "--fake"]
    first = CliRunner().invoke(main, command)
    second = CliRunner().invoke(main, command)
    third = CliRunner().invoke(main, [*command, "--fake-add", "7"])

    assert first.exit_code == 0, first.output
    assert f"holds {seeded} posts" in first.stdout
    assert _new(first.stdout, source) == seeded
    assert _new(second.stdout, source) == 0
    assert f"holds {seeded + 7} posts" in third.stdout
    assert _new(third.stdout, source) == 7
    assert _stored(tmp_path, source) == seeded + 7
    with sqlite3.connect(tmp_path / "var" / "brandwatch.db") as db:
        links = [url for (url,) in db.execute("SELECT url FROM mentions WHERE source = ?", (source,))]
    assert links and all(url.startswith(link) for url in links)


def test_when_credentials_are_missing_then_the_source_is_skipped_with_one_line(run_cli, config):
    result = run_cli("--config", str(config), "collect", "--once", "--source", "x")

    assert result.returncode == 0
    assert result.stdout.strip() == ("x: skipped: set X_BEARER_TOKEN in the environment to collect from x")


def test_when_the_source_is_unknown_then_the_error_lists_the_configured_ones(run_cli, config):
    result = run_cli("--config", str(config), "collect", "--once", "--source", "mastodon")

    assert result.returncode == 2
    assert "no source named 'mastodon' (sources: sample, reddit, x)" in result.stderr


def test_when_no_source_is_named_then_the_enabled_ones_run(config):
    result = CliRunner().invoke(main, ["--config", str(config), "collect", "--once"])

    assert result.exit_code == 0, result.output
    assert re.match(r"^sample: \d+ new", result.stdout)
    assert "reddit" not in result.stdout


def test_when_a_disabled_source_names_a_private_subreddit_then_collect_exits_non_zero_and_status_names_it(tmp_path):
    from brandwatch.testing.reddit_fake import RedditFake

    with RedditFake() as fake:
        fake.restrict("secretclub", "private")
        fake.add_submission("acme", "a", "Acme Rocket in public")
        path = tmp_path / "brandwatch.yaml"
        path.write_text(f"""
brands: [{{name: Acme}}]
data_dir: var
sources:
  - {{name: reddit, type: reddit, enabled: false, subreddits: [secretclub, acme], api_base_url: "{fake.url}"}}
""", encoding="utf-8")
        env = dict(fake.credentials)
        collected = CliRunner().invoke(main, ["--config", str(path), "collect", "--once", "--source", "reddit"],
                                       env=env)
        shown = CliRunner().invoke(main, ["--config", str(path), "status"], env=env)

    assert collected.exit_code == 1, collected.output
    assert "reddit: failing: r/secretclub is private (HTTP 403 private)" in collected.stdout
    assert _stored(tmp_path, "reddit") == 1  # r/acme was still read
    assert shown.exit_code == 1
    assert "reddit (reddit, disabled)" in shown.stdout or "reddit (reddit, failing)" in shown.stdout
    assert "last error" in shown.stdout and "r/secretclub is private" in shown.stdout
