"""English grievance families the default path missed, and false-alarm families it raised (issue 17,
round complaints6): the kinds found by reading fresh batch 6's misses, each written here as a new Acme
post in the family's own words, never as a batch sentence, with a hard negative beside every family.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("family, text", [
    ("goods arrived spoiled or damaged", "Acme hamper turned up today, the cheese was mouldy and the box ripped"),
    ("goods arrived spoiled or damaged", "@acme my new rug came stained down one edge"),
    ("device gone dark", "My Acme Rocket screen went black halfway through a call this morning"),
    ("device gone dark", "@acmesupport the hub is unreachable from the app since the weekend"),
    ("stopped doing its job", "@acme the Anvil timer hasn't worked once, I've reset it and everything"),
    ("stopped doing its job", "acme cloud backup never worked once on my second laptop"),
    ("left out in the weather", "Acme courier left my parcel in the rain by the bins, cardboard soaked through"),
    ("marked delivered, nothing here", "Acme tracking says it came at 2pm. nothing on my doorstep or in the hallway"),
    ("blunt slang verdict", "acme checkout is a joke, three tries and it still spins"),
    ("blunt slang verdict", "@acme your help desk are absolute clowns, 40 mins to say nothing"),
    ("blunt slang verdict", "@acme another L app release, nothing loads now"),
])
def test_when_a_failure_is_told_in_plain_or_slang_words_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("spoiled: about a film, not goods", "Watched a film about a rotten cop on my Acme Rocket, loved it"),
    ("gone dark: a theme, not a fault", "I switched the Acme app to the dark theme and the screen went black and gold, so stylish"),
    ("a joke told, not a verdict", "my brother is a joke teller, he had the whole Acme office laughing"),
    ("worked: negated trouble, a happy owner", "Never had the Acme Anvil fail me once, it has worked every day for years"),
    ("froze: a service done for the author", "Acme froze my plan for a month while I was abroad, easy as anything"),
    ("an L for a friend, not the brand", "@jo_reed that's a big L for your team lol, see you at the Acme store later"),
])
def test_when_the_same_words_carry_no_grievance_at_the_brand_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("a consequence of the failure", "had to bin two trays of food because the Acme freezer warmed up overnight"),
    ("a consequence of the failure", "Ended up paying for a taxi home since the Acme app would not take my card"),
    ("a consequence of the failure", "slept on the floor at the airport because Acme moved our flight to 6am with no notice"),
    ("time off lost to a no-show", "took a morning off work for the Acme fitter. noon now, no one, no call"),
    ("plans cancelled for it", "cancelled our dinner plans because the Acme oven died with the roast inside"),
    ("waiting counted up", "@acme 3 chasers and counting on my refund"),
    ("a wait after another firm's speed", "Globex fixed the same fault for my brother in one day. Acme: it's been a month"),
])
def test_when_a_problem_is_told_by_its_cost_or_its_wait_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("a day off for the fun of it", "took the day off for my birthday and the Acme cake was perfect"),
    ("plans cancelled by the weather", "cancelled the barbecue plans, it's pouring. Acme Rocket and a movie instead"),
    ("a counted streak of joy", "Day 40 with my Acme Anvil and counting, best purchase this year"),
])
def test_when_a_cost_or_count_word_has_no_failure_behind_it_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("asks whether anyone will answer", "@acmesupport is anyone going to reply about ticket 5512?"),
    ("asks whether anyone will answer", "@acme is somebody from your team going to answer my letter from March?"),
    ("asks how to get back what was taken", "@acme the courier kept my old phone by mistake, how do I get it back?"),
])
def test_when_a_help_request_says_nothing_was_answered_or_returned_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("cancel asked, not protested", "@acmesupport how can I cancel my Acme Cloud subscription at the end of the month?"),
    ("cancel asked, not protested", "I'd like to cancel my order 7741 please, I bought the same thing in store"),
    ("service asked", "@acme can I move my Acme Anvil delivery to next Thursday?"),
    ("service asked", "thinking of pausing my Acme Cloud plan over the summer, is that possible?"),
])
def test_when_a_post_only_asks_for_a_service_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


def test_when_a_service_question_comes_with_a_failure_then_it_is_still_a_complaint(analyze):
    assert analyze("@acmesupport how do I cancel my plan? you charged me twice and nobody answers").complaint.is_complaint


@pytest.mark.parametrize("family, text", [
    ("stock sarcasm beside a failure", "Acme app crashed during checkout again. exactly what I needed on payday"),
    ("stock sarcasm beside a charge", "Acme Cloud at £15 a month and the sync is flaky. great value"),
    ("stock sarcasm beside a failure", "@acme raised the fee and didn't tell anyone, how considerate of you"),
    ("praise that softens a grievance", "I appreciate the Acme team, truly, but the Rocket battery dies by lunch now"),
    ("praise that softens a grievance", "@acme like the new app mostly. only wish the login didn't fail on me every morning"),
    ("praise that softens a grievance", "Acme Anvil would be five stars if the handle hadn't snapped in week two"),
])
def test_when_praise_words_wrap_a_failure_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("sincere stock phrase", "The Acme Rocket was exactly what I needed for the trip, light and quick"),
    ("sincere stock phrase", "Acme Anvil on sale, great value for the money"),
    ("sincere thanks", "Acme sent a handwritten card with my order, how thoughtful of them"),
    ("praise with a wish", "love the Acme app, but I'd love a dark mode too"),
])
def test_when_the_same_phrases_are_sincere_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("self-blame", "ordered the Acme Anvil in the wrong size, entirely my mistake, keeping it anyway"),
    ("self-blame", "I booked the wrong day for the Acme workshop. that's on me"),
    ("a fix told as good grace", "Acme Rocket had a sticky button, the shop swapped it on the spot and were brilliant about it"),
    ("favours the brand: never had that with it", "Globex lost my parcel twice. never had that with Acme in five years"),
    ("favours the brand: next time", "ZoomCorp support kept me on hold forever. ordering from Acme next time"),
    ("favours the brand: the old one still going", "Globex kettle broke in a month, my ten year old Acme one is still going strong"),
    ("favours the brand: its people know", "Globex reps had no clue. Acme staff actually know their stuff"),
    ("negated problem", "never had a single issue with my Acme Rocket since 2021"),
])
def test_when_the_author_is_to_blame_or_the_brand_is_favoured_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("staff contempt", "the Acme guard laughed in my face when I showed him my ticket"),
    ("staff contempt", "the Acme fitter laughed when I complained about the gap under the door"),
    ("a price rise named as such", "@acme another price increase on my plan, that's the third one this year"),
    ("a price rise named as such", "acme put the fees up again and the app is the same as last year"),
    ("praise that softens a grievance", "Honestly love my Acme Rocket! but the charger cable snapped within a month"),
    ("a service ask beside the company's own words", "how can I cancel Acme Cloud? the 'lifetime' plan ended after a year"),
])
def test_when_contempt_a_named_price_rise_or_a_quoted_promise_is_told_then_it_is_a_complaint(analyze, family, text):
    assert analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("family, text", [
    ("laughter with the author", "my kid laughed when I showed her the Acme Rocket video"),
    ("a price rise at a rival, the brand favoured", "Globex announced a price rise today, glad I'm with Acme"),
    ("a price rise in the news", "Acme shares climb as analysts back the price increase, company says"),
])
def test_when_laughter_or_a_price_rise_is_not_at_the_author_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("text", [
    "Should never have trusted Acme. the Anvil handle snapped again, Globex next time",
    "on hold with Acme for an hour instead of at my own son's school play",
    "Acme gave me the wrong size, then the wrong colour, and the refund still isn't here",
])
def test_when_the_grievance_is_with_the_brand_itself_then_the_new_negatives_leave_it_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


@pytest.mark.parametrize("family, text", [
    ("a trouble word inside a quoted title", "Acme Cloud's new thriller 'Dead Signal' tops the streaming charts this week"),
    ("a trouble word inside a quoted title", 'Reading "The Broken Shore" on my Acme Rocket, can\'t put it down'),
    ("a news report of a recall", "Acme recalls 12,000 kettles over faulty switch, says no injuries reported"),
    ("the brand cleared of blame", "Awful morning, the train died outside town. Not Acme's fault before anyone asks, my Rocket was fine"),
    ("the brand cleared of blame", "flat tyre on the motorway, nothing to do with Acme, just venting"),
    ("the brand as the new habit", "lost the quiz again and I'm done with trivia. Acme Rocket games only from now on"),
])
def test_when_trouble_words_are_a_title_a_news_report_or_cleared_of_the_brand_then_it_is_not_a_complaint(analyze, family, text):
    assert not analyze(text).complaint.is_complaint, family


@pytest.mark.parametrize("text", [
    "My Acme Rocket arrived 'Broken' in big letters on the box and the screen is cracked",
    "Acme recalled my kettle over a faulty switch and I still have no replacement after 6 weeks",
    "Not happy with Acme, the Anvil broke again",
])
def test_when_the_author_has_a_grievance_beside_a_title_news_or_denial_then_it_is_still_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "Acme recalls 40,000 Rocket chargers over a faulty cable that can overheat, no injuries reported, company says",
    "Acme Anvil batch pulled from shelves after defective handles reported, says spokesperson",
])
def test_when_a_news_report_tells_of_a_recall_with_failure_words_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


def test_when_the_author_reports_a_recalled_product_failing_on_them_then_it_is_still_a_complaint(analyze):
    assert analyze("@acme my Rocket charger from the recall batch overheated last night, still no replacement").complaint.is_complaint
