"""Roster files: the role column (16 CFR 465.5), extra platform columns, and the brand's time zone."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from brandwatch.config import parse_settings
from brandwatch.errors import ConfigError
from brandwatch.rosters import load_roster


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_when_the_role_column_is_absent_then_every_employee_is_staff(tmp_path):
    path = write(tmp_path, "e.csv", "name,reddit,x,department,start,end\nAna,,ana,Eng,2024-01-01,\n")
    [entry] = load_roster(path, None).entries
    assert entry.position == "staff" and not entry.senior


def test_when_roles_are_given_then_officers_and_managers_are_senior(tmp_path):
    path = write(tmp_path, "e.csv", "name,reddit,x,department,role,start,end\n"
                                    "Ada,,ada,Exec,officer,,\nMo,,mo,Retail,Manager,,\nSue,,sue,Support,,,\n")
    roster = load_roster(path, None)
    assert [(e.name, e.position, e.senior) for e in roster.entries] == [
        ("Ada", "officer", True), ("Mo", "manager", True), ("Sue", "staff", False)]
    assert "officer" in roster.entries[0].describe()


def test_when_a_role_is_unknown_then_the_error_names_file_line_and_field(tmp_path):
    path = write(tmp_path, "e.csv", "name,reddit,x,department,role,start,end\nAda,,ada,Exec,boss,,\n")
    with pytest.raises(ConfigError, match=r"e.csv:2: role: 'boss' is not one of officer, manager, staff"):
        load_roster(path, None)


def test_when_a_roster_has_a_column_named_after_a_platform_then_it_holds_handles_there(tmp_path):
    path = write(tmp_path, "p.csv", "name,reddit,x,relationship,start,end,mastodon\nBea,,bea_x,partner,,,bea_m\n")
    roster = load_roster(None, path)
    assert roster.lookup("mastodon", "@Bea_M", date(2026, 1, 1)).name == "Bea"
    assert roster.lookup("mastodon", "bea_x", date(2026, 1, 1)) is None
    assert roster.accounts("mastodon") == ["bea_m"]


def test_when_a_column_is_not_a_platform_name_then_it_is_rejected(tmp_path):
    path = write(tmp_path, "e.csv", "name,reddit,x,department,Start Date\nAna,,ana,Eng,2024\n")
    with pytest.raises(ConfigError, match=r"e.csv:1: unknown column 'start date'"):
        load_roster(path, None)


def test_when_a_post_is_on_the_last_local_day_then_the_entry_is_still_active(tmp_path):
    path = write(tmp_path, "e.csv", "name,reddit,x,department,role,start,end\nRay,,ray,Ops,staff,,2026-03-31\n")
    roster = load_roster(path, None)
    late_evening = datetime(2026, 4, 1, 2, 30, tzinfo=timezone.utc)  # 22:30 on 31 March in New York
    assert roster.lookup("x", "ray", late_evening, ZoneInfo("America/New_York")) is not None
    assert roster.lookup("x", "ray", late_evening) is None  # read in UTC it is already April


def test_when_the_brand_time_zone_is_not_an_iana_name_then_config_says_so(tmp_path):
    with pytest.raises(ConfigError, match="timezone"):
        parse_settings("brands: [{name: Acme, timezone: Mars/Olympus}]\n", tmp_path / "b.yaml")
    settings = parse_settings("brands: [{name: Acme}]\n", tmp_path / "b.yaml")
    assert settings.brands[0].timezone == "UTC"
