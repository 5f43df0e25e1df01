"""Config: typed validation whose errors name file, line and key; lookup order; credentials masked."""

from pathlib import Path

import pytest

from brandwatch.config import load_settings, parse_settings
from brandwatch.errors import ConfigError
from brandwatch.rosters import load_roster

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text, expected", [
    ("brands:\n  - name: Acme\n    alias: [x]\n",
     "c.yaml:3:5: brands.0.alias: unknown key 'alias' (did you mean 'aliases'?)"),
    ("sources:\n  - name: r\n    type: reddit\n    subredits: [a]\n",
     "c.yaml:4:5: sources.0.subredits: unknown key 'subredits' (did you mean 'subreddits'?)"),
    ("retention_days: soon\n",
     "c.yaml:1:1: retention_days: Input should be a valid integer"),
    ("sentiment:\n  backend: gpt\n",
     "c.yaml:2:3: sentiment.backend: Input should be 'auto', 'transformers' or 'vader'"),
    ("sla:\n  high: [1]\n", "c.yaml:2:3: sla.high:"),
    ("brands: [\n", "c.yaml:2:1:"),
    ("- just\n- a list\n", "c.yaml:1:1: the config file must be a mapping of settings"),
    ("brands:\n  - name: Acme\n    handles: {Insta Gram: [acme]}\n", "c.yaml:3:5: brands.0.handles:"),
])
def test_when_config_is_wrong_then_error_names_file_line_and_key(text, expected):
    with pytest.raises(ConfigError) as caught:
        parse_settings(text, Path("c.yaml"))
    assert str(caught.value).startswith(expected)


def test_when_a_brand_has_accounts_on_any_platform_then_they_are_its_handles():
    # Rosters already take a handle column per platform; the brand's own accounts do too, so a
    # reply from its Instagram or TikTok account is read as the brand's (16 CFR 465.7).
    settings = parse_settings("brands:\n  - name: Acme\n    handles: {x: [acme], instagram: [acme.co], tiktok: [acmeofficial]}\n",
                              Path("c.yaml"))
    assert settings.brands[0].handles["instagram"] == ["acme.co"]


def test_when_several_keys_are_wrong_then_every_one_is_reported():
    with pytest.raises(ConfigError) as caught:
        parse_settings("retention_days: x\ncomplaints:\n  treshold: 2\n", Path("c.yaml"))
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("c.yaml:1:1: retention_days:")
    assert lines[1] == "c.yaml:3:3: complaints.treshold: unknown key 'treshold' (did you mean 'threshold'?)"


def test_when_durations_are_written_for_people_then_they_parse():
    settings = parse_settings("sla:\n  critical: 30m\n  high: 2h\n  low: 3d\n", Path("c.yaml"))
    assert settings.sla.critical.total_seconds() == 1800
    assert settings.sla.high.total_seconds() == 7200
    assert settings.sla.low.days == 3


def test_when_no_config_exists_then_defaults_have_no_brand(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRANDWATCH_CONFIG", raising=False)
    settings = load_settings(None)
    assert settings.brands == [] and settings.sentiment.backend == "auto"
    assert settings.database_url == "sqlite:///var/brandwatch.db"


def test_when_config_is_found_then_order_is_flag_env_then_cwd(tmp_path, monkeypatch):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "brandwatch.yaml").write_text("brands: [{name: FromCwd}]\n")
    (tmp_path / "env.yaml").write_text("brands: [{name: FromEnv}]\n")
    (tmp_path / "flag.yaml").write_text("brands: [{name: FromFlag}]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRANDWATCH_CONFIG", raising=False)
    assert load_settings(None).brands[0].name == "FromCwd"
    monkeypatch.setenv("BRANDWATCH_CONFIG", str(tmp_path / "env.yaml"))
    assert load_settings(None).brands[0].name == "FromEnv"
    assert load_settings(tmp_path / "flag.yaml").brands[0].name == "FromFlag"


def test_when_relative_paths_are_given_then_they_resolve_against_the_config_file(tmp_path):
    settings = parse_settings("data_dir: ../var\nrosters: {employees: e.csv}\n", tmp_path / "config" / "b.yaml")
    assert settings.data_dir == tmp_path / "var"
    assert settings.rosters.employees == tmp_path / "config" / "e.csv"


def test_when_the_bundled_example_config_loads_then_its_rosters_load_too():
    settings = load_settings(REPO / "config" / "brandwatch.yaml")
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    assert settings.brands[0].name == "Acme"
    former = roster.lookup("x", "@TomOkafor", __import__("datetime").date(2025, 6, 1))
    assert former is not None and former.role == "employee"
    assert roster.lookup("x", "tomokafor", __import__("datetime").date(2025, 9, 1)) is None


def test_when_a_roster_row_has_a_bad_date_then_error_names_file_line_and_column(tmp_path):
    path = tmp_path / "employees.csv"
    path.write_text("name,reddit,x,department,start,end\nAna,,ana,Eng,2024-01-01,\nBo,,bo,Eng,last year,\n")
    with pytest.raises(ConfigError, match=r"employees.csv:3: start: 'last year' is not a date"):
        load_roster(path, None)


def test_when_config_show_runs_then_credentials_are_masked(run_cli, tmp_path):
    secret = "xoxb-1234567890-abcdefghijklmnop"
    result = run_cli("config", "show", env={"X_BEARER_TOKEN": secret, "REDDIT_CLIENT_SECRET": "short"})
    assert result.returncode == 0, result.stderr
    assert secret not in result.stdout and "short" not in result.stdout
    assert "X_BEARER_TOKEN=xoxb…" in result.stdout
    assert "REDDIT_CLIENT_SECRET=…" in result.stdout
    assert "REDDIT_CLIENT_ID=(not set)" in result.stdout


def test_when_config_is_broken_then_cli_exits_2_with_the_location(run_cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("brands:\n  - nme: Acme\n")
    result = run_cli("--config", "bad.yaml", "config", "check")
    assert result.returncode == 2
    assert "bad.yaml:2:5: brands.0.nme: unknown key 'nme' (did you mean 'name'?)" in result.stderr
    assert "Traceback" not in result.stderr
