"""Queries in the config file: a malformed one is reported at file:line:col inside the query."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandwatch.config import Settings, parse_settings
from brandwatch.errors import ConfigError


def error_for(tmp_path: Path, body: str) -> str:
    path = tmp_path / "brandwatch.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        parse_settings(body, path)
    return str(caught.value)


def test_when_queries_are_well_formed_then_brands_and_competitors_keep_them(tmp_path):
    body = ("brands:\n  - name: Acme\n    query: acme OR \"acme corp\"\n"
            "competitors:\n  - name: Globex\n    aliases: [Globex Corp]\n  - name: Initech\n    query: initech*\n")
    settings = parse_settings(body, tmp_path / "c.yaml")
    assert settings.brands[0].query == 'acme OR "acme corp"'
    assert [c.name for c in settings.competitors] == ["Globex", "Initech"]
    assert settings.competitors[1].query == "initech*"


def test_when_a_plain_query_is_malformed_then_the_column_is_inside_the_query(tmp_path):
    message = error_for(tmp_path, "brands:\n  - name: Acme\n    query: acme NEAR broken\n")
    assert message.startswith(f"{tmp_path / 'brandwatch.yaml'}:3:17: brands.0.query: NEAR needs a distance")


def test_when_a_quoted_query_is_malformed_then_the_quote_is_counted(tmp_path):
    message = error_for(tmp_path, "brands:\n  - name: Acme\n    query: 'acme OR (corp'\n")
    assert ":3:21: brands.0.query: this '(' is never closed" in message


def test_when_a_block_query_is_malformed_then_the_line_and_column_are_in_the_block(tmp_path):
    body = ("brands:\n  - name: Acme\n    query: |\n      (acme OR \"acme corp\")\n"
            "      AND NOT refund AND site:acme.com\n")
    message = error_for(tmp_path, body)
    assert ":5:26: brands.0.query: unknown field 'site:'" in message


def test_when_a_competitor_query_is_malformed_then_it_is_named(tmp_path):
    message = error_for(tmp_path, "brands:\n  - name: Acme\ncompetitors:\n  - name: Globex\n    query: NOT globex\n")
    assert ":5:12: competitors.0.query: the query holds for a post that contains none of its words" in message


def test_when_a_brand_has_no_query_then_the_config_loads_as_before(tmp_path):
    settings = parse_settings("brands:\n  - name: Acme\n    aliases: [AcmeCo]\n", tmp_path / "c.yaml")
    assert settings.brands[0].query is None and settings.competitors == []


def test_when_settings_are_built_in_code_then_a_malformed_query_is_refused_too():
    from pydantic import ValidationError

    from brandwatch.config import Brand, Competitor

    with pytest.raises(ValidationError, match="column 6: NEAR needs a distance"):
        Brand(name="Acme", query="acme NEAR b")
    with pytest.raises(ValidationError, match="column 1: this '\\(' is never closed"):
        Competitor(name="Globex", query="(globex")


def test_when_a_competitor_has_a_brands_name_then_the_config_says_which(tmp_path):
    message = error_for(tmp_path, "brands:\n  - name: Acme\ncompetitors:\n  - name: Globex\n  - name: ACME\n")
    assert message.startswith(f"{tmp_path / 'brandwatch.yaml'}:5:5: competitors.1.name: 'ACME' is also a brand's name")
    with pytest.raises(ValueError, match="is also a brand's name"):  # settings built in code are checked too
        Settings.model_validate({"brands": [{"name": "Acme"}], "competitors": [{"name": "acme"}]})
