"""The settings registry and the docs rendered from it cannot drift: every setting has help text, the
settings table in docs/configuration.md and the CLI reference docs/cli.md are what
scripts/gen_docs.py renders now, and `config show --explain` speaks from the same list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from brandwatch.cli import main
from brandwatch.config import Settings
from brandwatch.settings_help import HELP
from brandwatch import catalogue
from brandwatch.settings_registry import effective_values, markdown_table, settings_registry, undocumented

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_in_the_models_has_help_text():
    assert undocumented() == [], "add these full paths to src/brandwatch/settings_help.py"


def test_no_help_text_is_left_for_a_setting_that_no_longer_exists():
    assert sorted(set(HELP) - {s.path for s in settings_registry()}) == []


def test_the_registry_reads_type_default_and_bounds_from_the_models():
    by_path = {s.path: s for s in settings_registry()}
    interval = by_path["daemon.analysis_interval"]
    assert (interval.type, interval.default) == ("duration", "5s")
    batch = by_path["daemon.analysis_batch_size"]
    assert (batch.type, batch.default) == ("int (≥ 1, ≤ 5000)", "64")
    assert by_path["sources[].subreddits"].type == "list of strings (type `reddit`)"
    assert by_path["sources[].type"].type == " | ".join(f"`{name}`" for name in catalogue.platforms.names())
    assert by_path["channels[].recipients"].default == "required"
    assert "replies.<topic>.clarify" in by_path


def test_the_markdown_table_escapes_the_choices_bar_so_the_table_keeps_its_columns():
    row = next(line for line in markdown_table().splitlines() if line.startswith("| `sentiment.backend`"))
    assert row.count(" | ") == 3
    assert "`auto` \\| `transformers` \\| `vader`" in row


def test_the_generated_docs_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_the_cli_reference_shows_every_command_with_its_options():
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "## `brandwatch queue list`" in reference
    assert "## `brandwatch config show`" in reference and "--explain" in reference


def test_config_show_explain_prints_each_value_in_effect_with_its_help(tmp_path):
    config = tmp_path / "brandwatch.yaml"
    config.write_text("daemon:\n  analysis_batch_size: 7\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["--config", str(config), "config", "show", "--explain"])

    assert result.exit_code == 0, result.output
    line = next(row for row in result.output.splitlines() if row.startswith("daemon.analysis_batch_size = "))
    assert line.startswith("daemon.analysis_batch_size = 7  # int (≥ 1, ≤ 5000); default 64: ")
    assert line.endswith(HELP["daemon.analysis_batch_size"])
    shown = {row.split(" = ")[0] for row in result.output.splitlines() if " = " in row}
    assert shown == {setting.path for setting, _ in effective_values(Settings()) if setting.type != "section"}
