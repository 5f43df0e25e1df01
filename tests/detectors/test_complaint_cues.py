"""Implicit grievances and the judgment around them, with sentences written for these tests.

Each cue class gets examples that must and must not trigger it; the end-to-end cases check that the
cue changes the complaint judgment, with a brand configured and without one (a scan of someone
else's data, where a grievance at any company counts).
"""

from __future__ import annotations

import pytest

from brandwatch.config import Settings
from brandwatch.detectors.linguistic import read_cues
from brandwatch.detectors.reading import plain_lower


def cues_of(text: str):
    return read_cues(plain_lower(text), text)


@pytest.mark.parametrize("text", [
    "nobody at the front desk could explain the extra line on my bill",
    "the installer never showed up and the window was 8 to 12",
    "sent my claim in March, still no response",
    "they ghosted me after the first email",
    "the replacement charger never arrived",
    "the rep sent a canned reply that ignored my question",
])
def test_when_something_owed_did_not_happen_then_the_unanswered_cue_is_read(text):
    assert cues_of(text).unanswered


@pytest.mark.parametrize("text", [
    "the agent answered every question I had",
    "nobody should have to carry a pan this heavy, but it cooks like a dream",
    "they called me back within the hour",
    "I can't tell you how much quieter the new fridge is",
    "can't wait for the new headphones to arrive",
])
def test_when_the_answer_came_then_the_unanswered_cue_is_not_read(text):
    assert not cues_of(text).unanswered


@pytest.mark.parametrize("text", [
    "that is four calls and two chats about one bill",
    "resetting the router for the fifth time today",
    "the hinge snapped yet again",
])
def test_when_attempts_are_counted_then_the_persistence_cue_is_read(text):
    assert cues_of(text).persistence


@pytest.mark.parametrize("text", ["bought two pans for the cabin", "one of the best times I've had"])
def test_when_numbers_count_no_attempts_then_the_persistence_cue_is_not_read(text):
    assert not cues_of(text).persistence


@pytest.mark.parametrize("text", [
    "the gym membership went from $30 to $45",
    "the printer now requires an online account to scan",
    "streaming plan quietly cut to two screens with no warning",
    "the remote no longer pairs with the box",
])
def test_when_the_deal_got_worse_then_the_worsening_cue_is_read(text):
    assert cues_of(text).worsening


@pytest.mark.parametrize("text", ["the bakery opens at 7 now", "I used to run a bike shop"])
def test_when_nothing_got_worse_then_the_worsening_cue_is_not_read(text):
    assert not cues_of(text).worsening


@pytest.mark.parametrize("text", [
    "great, the kettle now beeps every time it is touched",
    "they sent the invoice to my old landlord. nice of them",
    "love how the update hid the volume button 🙃",
])
def test_when_praise_means_the_opposite_then_the_irony_cue_is_read(text):
    assert cues_of(text).irony


@pytest.mark.parametrize("text", ["great pan, cooks evenly", "love how light this tent is", "can't wait!! so excited"])
def test_when_praise_is_meant_then_the_irony_cue_is_not_read(text):
    assert not cues_of(text).irony


@pytest.fixture
def agnostic(make_analyzer, make_post):
    analyzer = make_analyzer(Settings())

    def judge(text: str):
        return analyzer.analyze([make_post(text)])[0].complaint

    return judge


@pytest.mark.parametrize("text", [
    "@delta lost my bag and nobody at the desk can tell me where it is",
    "@verizon you charged me twice this month, I want my money back",
    "great, @spotify now requires premium to skip songs",
    "I emailed @bestbuy support four times and never got a reply",
    "@netflix price went from $15 to $23 with no warning",
    "@comcast internet has been down since this morning, third call and still no technician",
])
def test_when_no_brand_is_configured_then_an_implicit_grievance_at_any_company_is_a_complaint(agnostic, text):
    assert agnostic(text).is_complaint


@pytest.mark.parametrize("text", [
    "@nike love these shoes",
    "traffic is terrible today",
    "@apple when does the new iphone come out?",
    "@chipotle thanks for the free burrito, you made my day",
    "the weather is awful and my commute was a nightmare",
])
def test_when_no_brand_is_configured_then_praise_questions_and_moods_are_not_complaints(agnostic, text):
    assert not agnostic(text).is_complaint


@pytest.mark.parametrize("text, topic", [
    ("@uber driver never showed up and I still got charged a cancellation fee", "policy"),
    ("I emailed @bestbuy support four times and never got a reply", "staff"),
    ("@dell my laptop screen cracked after a week, please help", "product"),
])
def test_when_no_cue_rule_names_the_topic_then_the_implicit_cues_do(agnostic, text, topic):
    judged = agnostic(text)
    assert (judged.is_complaint, judged.topic) == (True, topic)


def test_when_negative_polarity_has_no_grievance_behind_it_then_it_is_not_a_complaint(make_analyzer, make_post):
    result = make_analyzer(polarity=-0.9).analyze(
        [make_post("My Acme Anvil arrives tomorrow and I am way too invested in a frying pan")])[0]
    assert not result.complaint.is_complaint


def test_when_a_lexicon_reads_a_problem_report_as_glad_then_that_does_not_clear_it(make_analyzer, make_post):
    text = "@acme my order shows delivered but the porch is empty, third time this month"
    result = make_analyzer(polarity=0.7).analyze([make_post(text)])[0]
    assert result.complaint.is_complaint


def test_when_a_how_to_question_carries_no_grievance_then_it_is_not_a_complaint(analyze):
    assert not analyze("@acmesupport how do I change the email on my account?").complaint.is_complaint


def test_when_a_product_is_called_by_its_short_name_then_a_grievance_about_it_counts(analyze):
    result = analyze("my rocket won't charge past 40 percent anymore")
    assert (result.complaint.is_complaint, result.complaint.topic) == (True, "product")


def test_when_a_rivals_product_shares_a_word_with_ours_then_its_grievance_is_not_ours(analyze):
    assert not analyze("Initech Cloud deleted my photos. moving everything to Acme Cloud tonight").complaint.is_complaint


@pytest.mark.parametrize("text", [
    "Long week: burst pipe, sick kid, late train. At least my Acme Anvil made a decent dinner",
    "To be fair to Acme, most of the battery complaints come from people who never update the firmware",
])
def test_when_the_brand_is_the_consolation_or_defended_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


def test_when_sentences_open_with_month_names_then_they_are_still_read_as_ours(analyze):
    result = analyze("Bought the Acme Anvil in March. By May the coating was peeling off in flakes.")
    assert result.complaint.is_complaint


@pytest.mark.parametrize("text, expected", [
    ("Ordered the desk lamp two weeks ago", True),
    ("Paid partnership: styling the new lamp for spring", False),
])
def test_when_the_subject_is_dropped_then_own_experience_is_still_read(text, expected):
    assert cues_of(text).experience is expected


def test_when_the_shape_of_a_complaint_carries_no_grievance_then_it_is_not_a_complaint(agnostic):
    assert not agnostic("my phone never crashes and the battery lasts forever @samsung").is_complaint


def test_when_the_trouble_was_put_right_then_it_is_not_a_complaint(agnostic):
    text = "@southwestair lost my luggage but found it within 2 hours and sent it to my hotel, amazing service"
    assert not agnostic(text).is_complaint


@pytest.mark.parametrize("text, expected", [
    ("only store credit for returns? that's not what the website said last month", True),
    ("not what you'd expect from a budget brand, it's excellent", False),
])
def test_when_the_company_contradicts_what_it_said_then_a_broken_expectation_is_read(text, expected):
    assert cues_of(text).expectation is expected
