"""The miss and false-alarm patterns of issue 17 on the default lexicon path, one table row each.

Written for these tests (Acme, the example config's brand; Globex a company nobody configured). Each
row names the general pattern it stands for; the cue behind it is compositional (a failure verb and a
thing, a request for help beside a problem, a consequence tied to a cause), not a phrase list.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("pattern, text", [
    ("help request beside a failure", "@acmesupport my Rocket says it's fully charged but won't turn on, what do I do?"),
    ("help request beside a failure", "@acme hi, the Anvil app keeps showing last week's balance. Could you look into it please?"),
    ("help request beside a failure", "Can someone at Acme tell me why the Cloud backup still says 'pending' after two days?"),
    ("consequence tied to a cause", "Missed my flight because the Acme app froze at the gate."),
    ("consequence tied to a cause", "Had to walk home in the snow thanks to my Acme Rocket dying halfway."),
    ("hashtag grievance at the brand", "Third week without a working charger #acmefail"),
    ("sarcasm", "Gotta love how Acme can send me ads daily but can't send my order"),
    ("sarcasm", "Thanks @acme for the free cardio, carrying a dead Rocket up four flights"),
    ("decline over time", "Acme Rockets used to last all day. Now they barely get through lunch."),
    ("blunt slang", "acme prices are a total rip-off ngl"),
    ("blunt slang", "the new acme app is cooked, cant even log in"),
    ("staff did nothing", "The Acme technician didn't say a word and left the Anvil in pieces."),
    ("plain factual failure", "Acme app charged me for three months. I subscribed for one."),
    ("promise then nothing", "Acme support promised a replacement Rocket. nothing. again."),
    ("promise then nothing", "Acme said someone would ring me about the Anvil by Friday. That was two weeks ago."),
    ("counting the days", "Day 9 of waiting for my Acme Cloud restore."),
    ("comparison", "my old Globex kettle lasted six years, the Acme Anvil barely lasted a winter."),
])
def test_when_a_grievance_at_the_brand_is_implied_then_it_is_a_complaint(analyze, pattern, text):
    assert analyze(text).complaint.is_complaint, pattern


@pytest.mark.parametrize("pattern, text", [
    ("competitor rant, brand preferred", "Globex blender died after a week. Should've stayed with my Acme."),
    ("competitor rant, brand preferred", "Globex support never replied to three emails. Going back to Acme next month."),
    ("competitor rant, brand preferred", "Globex raised their prices again lol, glad I'm on Acme"),
    ("news with failure words", "Acme recalls 3,000 Rockets after battery overheating reports, company says."),
    ("news with failure words", "Report: Acme recalls Anvil handles after overheating complaints."),
    ("bad day, brand the bright spot", "Worst week ever, flat tyre and a cold. My Acme Anvil was the only thing that went right."),
])
def test_when_the_grievance_is_not_at_the_brand_then_it_is_not_a_complaint(analyze, pattern, text):
    assert not analyze(text).complaint.is_complaint, pattern


@pytest.mark.parametrize("text", [
    "Mi Acme Rocket se apaga solo y la app me sigue cobrando",
    "Perdí el tren porque el Acme Rocket no arrancaba",
    "L'appli Acme plante tout le temps, c'est nul",
    "J'ai raté mon rendez-vous parce que l'appli Acme était bloquée",
    "Die Acme App stürzt ständig ab",
    "Seit drei Wochen warte ich auf meine Rückerstattung von Acme",
    "A Acme aumentou o preço sem avisar",
    "App da Acme trava sempre, uma porcaria",
])
def test_when_a_grievance_is_written_in_another_judged_language_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text, ironic", [
    ("thanks for the free burrito, you made my day", False),
    ("thanks for the free cardio, pushing a dead scooter up the hill", True),
    ("gotta love how the app can show ads but can't show my balance", True),
    ("love how light this tent is", False),
])
def test_when_thanks_or_love_frames_a_failure_then_it_is_read_as_irony(text, ironic):
    from brandwatch.detectors.linguistic import read_cues
    from brandwatch.detectors.reading import plain_lower

    assert bool(read_cues(plain_lower(text), text).irony) is ironic


@pytest.mark.parametrize("text", [
    "The council's parking plan is a disgrace. Acme Rocket owners will have nowhere to charge.",
    "Parliament is a farce and the government is useless. Anyway, my Acme Anvil arrived.",
])
def test_when_the_anger_is_at_a_government_or_council_then_it_is_not_a_complaint(analyze, text):
    assert not analyze(text).complaint.is_complaint


@pytest.mark.parametrize("text", [
    "@acmesupport hola, sin luz desde el viernes. ¿Me pueden ayudar?",
    "@acme olá, o meu contador não envia leituras há um mês. Podem ajudar?",
])
def test_when_a_plea_for_help_with_a_failure_is_in_another_language_then_it_is_a_complaint(analyze, text):
    assert analyze(text).complaint.is_complaint
