"""`brandwatch query test|native` as a person trying a query uses them."""

from __future__ import annotations

from click.testing import CliRunner

from brandwatch.cli import main

CONFIG = """
brands:
  - name: Acme
    query: acme NEAR/2 (broken OR late) NOT giveaway
  - name: Plain
    aliases: [Plain Co]
competitors:
  - name: Globex
    query: globex*
"""


def run(tmp_path, *args, stdin=""):
    path = tmp_path / "brandwatch.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return CliRunner().invoke(main, ["--config", str(path), "query", *args], input=stdin)


def test_when_posts_come_on_stdin_then_each_is_explained_clause_by_clause(tmp_path):
    stdin = 'acme is broken\n{"text": "acme giveaway broken", "platform": "x"}\n\nnothing here\n'
    result = run(tmp_path, "test", "--brand", "acme", stdin=stdin)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "line 1: MATCH  'acme is broken'"
    assert '    ✓ acme NEAR/2 (broken OR late)   ["acme is broken" at word 1]' in lines
    assert "line 2: no match  'acme giveaway broken'" in lines
    assert "      ✓ giveaway   [\"giveaway\" at word 2]" in lines
    assert "line 4: no match  'nothing here'" in lines
    assert lines[-1] == "1 of 3 posts matched"


def test_when_brief_then_one_line_per_post(tmp_path):
    result = run(tmp_path, "test", "--competitor", "Globex", "--brief", stdin="Globex Corp\nInitech\n")
    assert result.output.splitlines() == ["line 1: MATCH  'Globex Corp'", "line 2: no match  'Initech'",
                                          "1 of 2 posts matched"]


def test_when_a_post_holds_a_secret_then_the_output_masks_it(tmp_path):
    key = "AKIA" + "QZ7RT2XW5V3MPL4N"
    result = run(tmp_path, "test", "-q", "acme", stdin=f"acme leaked {key}\n")
    assert result.exit_code == 0 and key not in result.output


def test_when_the_query_is_malformed_then_the_column_is_named_and_the_exit_code_is_2(tmp_path):
    result = run(tmp_path, "test", "-q", "acme NEAR broken", stdin="acme\n")
    assert result.exit_code == 2
    assert "error: --query:1:6: NEAR needs a distance" in result.output


def test_when_a_json_line_is_broken_then_its_line_number_is_named(tmp_path):
    result = run(tmp_path, "test", "-q", "acme", stdin='acme\n{"text": \n')
    assert result.exit_code == 2 and "error: <stdin>:2: not JSON" in result.output


def test_when_no_brand_of_that_name_exists_then_the_configured_ones_are_listed(tmp_path):
    result = run(tmp_path, "test", "--brand", "Nope", stdin="")
    assert result.exit_code == 2 and "configured: Acme, Plain" in result.output


def test_when_native_is_asked_then_both_platform_queries_are_printed(tmp_path):
    result = run(tmp_path, "native", "--brand", "Acme")
    # One line per platform with a native search, in the catalogue's order (catalogue.py).
    lines = result.output.splitlines()
    assert lines[:2] == ["reddit: acme AND (broken OR late) AND NOT giveaway",
                         "x: acme (broken OR late) -giveaway -is:retweet"]
    assert "bluesky: acme broken ; acme late" in lines[2:]  # one search per alternative (no OR there)
