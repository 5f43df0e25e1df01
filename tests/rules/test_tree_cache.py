"""Parsed rule files come back from the on-disk cache only for the same text, from a private folder, whole."""

from __future__ import annotations

import os
import pickle

import pytest

from brandwatch.config import Settings
from brandwatch.errors import RuleError
from brandwatch.rules import loader, tree_cache
from brandwatch.yamlsource import load_yaml

TEXT = "rules:\n  - id: one\n    title: One\n"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(tree_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache" / "rule-trees"


class CountingParse:
    def __init__(self):
        self.calls = 0

    def __call__(self, label, text):
        self.calls += 1
        return load_yaml(label, text)


def test_when_the_same_text_is_parsed_again_then_the_tree_comes_from_disk_with_its_positions(cache):
    parse = CountingParse()
    first = tree_cache.cached_parse("r.yaml", TEXT, parse)
    again = tree_cache.cached_parse("r.yaml", TEXT, parse)
    assert parse.calls == 1 and again == first == {"rules": [{"id": "one", "title": "One"}]}
    assert again["rules"][0].lc.value("title") == first["rules"][0].lc.value("title") == (2, 11)
    changed = tree_cache.cached_parse("r.yaml", TEXT.replace("One", "Two"), parse)
    assert parse.calls == 2 and changed["rules"][0]["title"] == "Two"


def test_when_an_entry_is_corrupt_or_from_another_version_then_the_file_is_parsed_again(cache, monkeypatch):
    parse = CountingParse()
    tree_cache.cached_parse("r.yaml", TEXT, parse)
    (entry,) = cache.iterdir()
    entry.write_bytes(b"\x80\x05 not a pickle")
    assert tree_cache.cached_parse("r.yaml", TEXT, parse)["rules"][0]["id"] == "one" and parse.calls == 2
    entry.write_bytes(pickle.dumps((("rule-tree-0", "old"), {"rules": "stale"})))
    assert tree_cache.cached_parse("r.yaml", TEXT, parse)["rules"][0]["id"] == "one" and parse.calls == 3
    assert tree_cache.cached_parse("r.yaml", TEXT, parse)["rules"][0]["id"] == "one" and parse.calls == 3


def test_when_others_can_write_the_cache_folder_then_its_entries_are_not_loaded(cache):
    parse = CountingParse()
    tree_cache.cached_parse("r.yaml", TEXT, parse)
    os.chmod(cache, 0o777)
    tree_cache.cached_parse("r.yaml", TEXT, parse)
    assert parse.calls == 2


def test_when_the_cache_is_off_then_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv(tree_cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parse = CountingParse()
    tree_cache.cached_parse("r.yaml", TEXT, parse)
    tree_cache.cached_parse("r.yaml", TEXT, parse)
    assert parse.calls == 2 and list(tmp_path.iterdir()) == []


def test_when_a_rule_file_has_a_mistake_then_a_cached_tree_names_the_same_line_and_column(cache, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: one\n    title: One\n    colour: red\n    category: complaint\n",
                     encoding="utf-8")
    messages = []
    for _ in range(2):
        loader._parsed.cache_clear()  # the second load reads the disk cache, not this process's memory
        with pytest.raises(RuleError) as error:
            loader.load_rules(rules, Settings())
        messages.append(str(error.value))
    assert any(cache.iterdir()) and messages[0] == messages[1] and "rules.yaml:4:5" in messages[0]
