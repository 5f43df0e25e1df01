"""NLRA topic classes (`workplace.working_conditions`): one everyday wording per topic of Deliver 3."""

from __future__ import annotations

import pytest

from brandwatch.detectors.workplace import working_conditions


@pytest.mark.parametrize("text, topic", [
    ("new hires make $3 more an hour than me", "pay"),
    ("got my raise letter: 1.5%", "raises"),
    ("they cut our hours again this week", "hours"),
    ("closing at 10 and opening at 6 the next morning", "scheduling"),
    ("our breaks got cut to 10 minutes", "breaks"),
    ("it hit 97 degrees in the warehouse and no fans", "safety"),
    ("my pto request got denied again", "pto"),
    ("on-call every other weekend with no extra pay", "on-call"),
    ("our new manager actually listens", "management"),
    ("mandatory all-hands at 7am on a saturday", "meetings"),
    ("they want us back in the office five days a week", "rto"),
    ("we're 3 people short every shift", "staffing"),
    ("a bunch of us signed union cards this week", "unions"),
])
def test_each_topic_is_read_in_everyday_words(text, topic):
    assert topic in [t.topic for t in working_conditions(text)]


@pytest.mark.parametrize("text", [
    "my coworkers got me a cake", "the anvil is safe for induction, our team tested it",
    "new colours of the kettle just dropped", "as a dad who camps every weekend, five stars",
])
def test_words_that_are_not_working_conditions_raise_no_topic(text):
    assert working_conditions(text) == []


def test_naming_ones_own_role_is_not_talk_about_management():
    text = "as the store manager at acme i'm biased, but the kettle is the best"
    assert working_conditions(text) != []
    assert working_conditions(text, (7, 33)) == []
