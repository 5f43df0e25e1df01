"""Cue classes of `insiders.InsiderReader`: asserted, current, first-person ties only."""

from __future__ import annotations

import pytest

from brandwatch.detectors.insiders import InsiderReader

READER = InsiderReader(("Acme", "Acme Corp", "acme"))


@pytest.mark.parametrize("text, role, family", [
    ("I work at Acme and love it", "employee", False),
    ("I'm a shift lead at Acme", "employee", False),
    ("Acme employee here, AMA", "employee", False),
    ("We at Acme are proud of the Anvil", "employee", False),
    ("12 years at Acme and counting", "employee", False),
    ("I've been with Acme for nine years", "employee", False),
    ("Day 1 at Acme!", "employee", False),
    ("my wife works at Acme", "employee", True),
    ("my son just started at Acme", "employee", True),
    ("my mum has worked at Acme for years", "employee", True),
    ("I'm an Acme ambassador", "partner", False),
    ("Acme pays me to test their gear", "partner", False),
])
def test_when_a_current_tie_is_asserted_then_it_is_read(text, role, family):
    [tie, *_] = READER.ties(text)
    assert (tie.role, tie.family) == (role, family)


@pytest.mark.parametrize("text", [
    "I used to work at Acme", "I worked at Acme for ten years", "ex-Acme engineer here",
    "I basically work at Acme at this point lol", "If I worked at Acme I'd fix the app",
    "I wish I worked at Acme", "(I'm not an Acme employee btw)", "my brother worked at Acme years ago",
    "Shoutout to the Acme rep at the Main St store", "My neighbour works at Acme",
    "Acme paid me back for the broken lid", "I'm loving it at the Acme store", "I just joined Acme rewards",
])
def test_when_a_tie_is_past_denied_joked_or_someone_elses_then_nothing_is_read(text):
    assert READER.ties(text) == []


@pytest.mark.parametrize("profile, found", [
    ("Engineer @acme. Views my own.", True), ("Acme warehouse | Denver", True), ("Eng @ Acme", True),
    ("Proud Acme wife", True), ("Dad, runner. Wife works @ Acme", True),
    ("Former Acme engineer", False), ("retired, 20 yrs at Acme (until 2023)", False),
    ("Acme Rocket owner | dad", False), ("Not affiliated with Acme", False),
])
def test_profiles(profile, found):
    assert bool(READER.ties(profile, profile=True)) is found


def test_a_self_named_manager_is_senior_but_my_manager_is_someone_else():
    assert READER.ties("I'm the store manager at Acme")[0].senior
    assert not READER.ties("my manager at Acme said no")[0].senior
