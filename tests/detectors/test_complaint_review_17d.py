"""What the review of the English cue round and the topic round found (issue 17, round 17d): cues that
fired whoever did the deed, praise read as recurrence, sarcasm beside someone else's trouble, unquoted
titles, and grievances missed or filed under the wrong topic. Each kind is pinned by the reviewer's post
and by new Acme posts of the same kind, with a hard negative beside every positive.
"""

from __future__ import annotations

import pytest


def topic_of(analyze, text: str) -> str | None:
    result = analyze(text)
    assert result.complaint.is_complaint, text
    return result.complaint.topic


# 1. Laughing and kicking are staff misconduct only when staff do it, at the author or the goods.
@pytest.mark.parametrize("text", [
    "my friends laughed at me when I said I'd run a marathon, Acme trainers got me through it",
    "my kids laughed at me trying the Acme VR headset for the first time, worth every penny",
    "the Acme cashier laughed at my terrible joke and gave my kid a sticker",
    "the Acme driver kicked the ball back over the fence to my son, legend",
    "my mates laughed at us for queueing all night for the Acme launch, no regrets",
])
def test_when_friends_laugh_or_staff_share_a_joke_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "the Acme store manager laughed at me when I asked for a refund on the broken kettle",
    "Acme delivery guy kicked the parcel across the porch, I watched it on the doorbell cam",
    "Acme drivers are absolute clowns, 3rd parcel thrown over my gate this month",
])
def test_when_staff_laugh_at_the_author_or_mishandle_the_goods_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 2. "it's been" is recurrence only before a counted wait or trouble.
@pytest.mark.parametrize("text", [
    "Acme replaced my cracked screen for free, it's been perfect for 6 months now",
    "Acme swapped my faulty charger straight away, it's been flawless since",
])
def test_when_a_fix_has_been_good_since_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "Acme replaced my cracked screen, it's been flickering again since Tuesday",
    "Acme replaced my kettle last month, they were great about it. new one just died too",
])
def test_when_trouble_follows_a_fix_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 3. Stock sarcasm needs trouble in its own sentence, not a bad day of the author's.
@pytest.mark.parametrize("text", [
    "exactly what I needed after a broken night's sleep, an Acme flat white",
    "the Acme pizza arrived in 20 mins, exactly what I needed after a terrible day at work",
    "just what I needed after a long awful shift, Acme noodles on the sofa",
])
def test_when_stock_praise_follows_a_bad_day_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "ok Acme, the Rocket screen went black during my presentation. thanks for that",
    "@acme the app logged me out mid payment and took the money twice. cheers for that",
])
def test_when_thanks_follow_a_failure_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 4. An unquoted title after a work verb holds no trouble.
@pytest.mark.parametrize("text", [
    "watched Broken Arrow on my Acme Rocket last night, the picture is unreal",
    "reading Dead Wake on the train, Acme earbuds make the commute bearable",
    "listening to Bad Blood on my Acme speaker, the bass is lovely",
])
def test_when_a_trouble_word_is_part_of_an_unquoted_title_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


def test_when_the_device_breaks_while_watching_a_title_then_it_is_still_a_complaint(analyze):
    assert analyze("watched Broken Arrow on my Acme Rocket and the screen cracked halfway").complaint.is_complaint


# 5. Other false alarms: a call with family, a hold asked for, a card frozen on request, a streak, own mistake.
@pytest.mark.parametrize("text", [
    "on hold with my mum on the phone for an hour catching up, Acme earbuds didn't drop once",
    "Acme put my order on hold like I asked while I was away, perfect",
    "my Acme bank froze my card within seconds when I reported it stolen, brilliant service",
    "Day 12 of my Acme streak and counting, the language lessons are actually fun",
    "@acme how do I cancel my order? I ordered the wrong colour by mistake",
])
def test_when_a_cue_describes_something_the_author_wanted_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "on hold with Acme support for an hour and still no answer",
    "@acme you sent the wrong colour and now want me to pay return postage",
])
def test_when_the_same_cue_is_about_the_brand_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 6. Sarcastic self-blame.
@pytest.mark.parametrize("text", [
    "my mistake for thinking Acme would deliver on time. 9 days late",
    "@acme my mistake was trusting your tracking. parcel 'delivered' 3 days ago, nothing at my door",
])
def test_when_self_blame_is_for_trusting_the_brand_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 8. Brand favoured, but only within its own clause and not as a question.
@pytest.mark.parametrize("text", [
    "Acme next time? no chance. third cancelled delivery this month",
    "not Acme's fault the weather was bad, but it IS their fault nobody told me the flight moved",
])
def test_when_the_brand_is_cleared_only_in_part_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 9-10. Missed grievances.
@pytest.mark.parametrize("text", [
    "Acme courier marked it delivered but it's not here, neighbours haven't seen it either",
    "Acme's new update is a joke lol nothing works and I've lost all my saves",
])
def test_when_a_plain_failure_is_told_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text


# 11-16. Topics.
@pytest.mark.parametrize("text, topic", [
    ("@acme is anyone going to answer the phone today? 50 minutes and counting", "staff"),
    ("Acme's website won't let me log in, password reset link is broken", "other"),
    ("Acme lost my dry cleaning, the suit I need for a wedding on Saturday", "other"),
    ("Acme train sat outside the station for 40 mins and nobody said a word", "staff"),
    ("the Acme fitter never turned up, no call, no text, took the day off for nothing", "staff"),
    ("@acme tried to return the faulty heater and the store manager refused to give me my money back", "policy"),
])
def test_when_the_grievance_is_of_a_kind_then_its_topic_follows_the_guideline(analyze, text, topic):
    assert topic_of(analyze, text) == topic


@pytest.mark.parametrize("text, topic", [
    ("@acme can't sign in since Monday, the verification code never comes", "other"),
    ("Acme lost my laundry bag with all my work shirts in it", "other"),
    ("Acme bus stuck at the depot for 30 mins and no one said anything", "staff"),
    ("took the day off for the Acme plumber, nobody came and nobody rang", "staff"),
    ("took the day off for the Acme delivery and they rescheduled it at 5pm", "policy"),
    ("@acme the lamp broke in a week and the shop wouldn't give me my money back", "policy"),
])
def test_when_new_phrasings_of_the_same_kinds_are_told_then_their_topic_follows_the_guideline(analyze, text, topic):
    assert topic_of(analyze, text) == topic


@pytest.mark.parametrize("text", [
    "reset my Acme password in ten seconds, smooth as anything",
    "Globex lost my parcel twice, Acme next time for sure",
    "not Acme's fault at all, the storm took the power out for the whole street",
])
def test_when_the_new_cues_meet_a_sincere_neighbour_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "Acme sorted my broken router in a day, thanks for that",
    "Acme replaced my cracked screen, no problems since",
])
def test_when_thanks_or_a_denied_problem_follow_a_fix_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint, text


@pytest.mark.parametrize("text", [
    "watched The Lost City on my Acme Rocket and the sound kept cutting out",
    "after a long day the Acme pizza arrived cold and soggy",
])
def test_when_a_title_or_a_bad_day_sits_beside_a_real_failure_then_it_is_still_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint, text
