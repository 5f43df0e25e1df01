"""Issue 27, Deliver 1-4 as tables: (post, author, roster) -> expected finding class and disclosure.

The roster here has every role (officer, manager, staff, partner), a former employee and a brand
in New York time, so roster dates are compared on the brand's local calendar. The class of a post is
its most serious finding: review suppression, review solicitation, officer review, ambiguous
disclosure, employee or partner undisclosed, NLRA caution, else none.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from brandwatch.config import parse_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.detectors.reviews import solicits_reviews
from brandwatch.model.post import Author, Post
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.sentiment.vader import VaderBackend

CONFIG = """
brands:
  - name: Acme
    aliases: [Acme Corp]
    products: [Acme Anvil, Acme Rocket, RoadRunner Trap]
    handles: {x: [acme, acmehelp], reddit: [acme_official]}
    timezone: America/New_York
rosters: {employees: employees.csv, partners: partners.csv}
"""
EMPLOYEES = """name,reddit,x,department,role,start,end
Ada Chief,,ada_ceo,Executive,officer,2020-01-01,
Mo Manager,mo_mgr,mo_manager,Retail,manager,2021-01-01,
Sue Staff,sue_s,sue_staff,Support,staff,2022-01-01,
Ray Former,,ray_former,Warehouse,staff,2020-01-01,2026-03-31
"""
PARTNERS = """name,reddit,x,relationship,start,end
Pia Partner,pia_p,pia_partner,paid partner,2025-01-01,
"""
ORDER = [("reviews-suppression", "review-suppression"), ("reviews-insider-solicitation", "review-solicitation"),
         ("reviews-officer-testimonial", "officer-review-undisclosed"),
         ("endorsement-ambiguous-disclosure", "ambiguous-disclosure"),
         ("endorsement-employee-undisclosed", "employee-undisclosed"),
         ("endorsement-partner-undisclosed", "partner-undisclosed")]
JUNE = "2026-06-10T16:00:00+00:00"


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return acme_analyzer(tmp_path_factory.mktemp("acme"))


def acme_analyzer(folder):
    """The analyzer of this module's Acme config and rosters (other modules' tables use it too)."""
    (folder / "employees.csv").write_text(EMPLOYEES)
    (folder / "partners.csv").write_text(PARTNERS)
    settings = parse_settings(CONFIG, folder / "brandwatch.yaml")
    return Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                    load_rules(None, settings), fingerprint_key=b"k")


def judge(analyzer, text, author, description=None, at=JUNE, platform="x"):
    mention = Post(platform=platform, external_id="t", text=text,
                      author=Author(handle=author, description=description),
                      created_at=datetime.fromisoformat(at).astimezone(timezone.utc))
    result = analyzer.analyze([mention])[0]
    rules = {f.rule for f in result.findings}
    found = next((name for rule, name in ORDER if rule in rules), None)
    if found is None:
        found = "nlra-caution" if any(f.category == "caution" for f in result.findings) else "none"
    return found, result.disclosure.status, result


# --- Deliver 1: who is an insider -----------------------------------------------------------------
INSIDERS = [
    ("The new Acme Anvil is the best pan I've cooked with. Get yours today!", "sue_staff", None,
     "employee-undisclosed", "missing"),
    ("Obsessed with the RoadRunner Trap, link in bio", "pia_partner", None, "partner-undisclosed", "missing"),
    ("I work at Acme and honestly the new Rocket is the best thing we've made", "new_voice", None, "none", "clear"),
    ("The Acme Anvil is the best pan ever made, buy one!", "kettle_kev", "Engineer @acme. Views my own.",
     "employee-undisclosed", "missing"),
    ("my wife works at Acme, and the Anvil really is the best pan we own", "proud_husband", None, "none", "clear"),
    ("Best pan we own, go get the Acme Anvil!", "trail_mom", "mom of 2, my husband works at Acme",
     "employee-undisclosed", "missing"),
    ("12 years at Acme and the new Anvil is the best thing we've shipped", "long_timer", None, "none", "clear"),
    ("Acme employee here: the Rocket update is fantastic, go update", "helpful_hank", None, "none", "clear"),
    ("Shoutout to the Acme rep at the Main St store, super patient with my mom", "grateful_gus", None,
     "none", "missing"),
    ("The Acme employee who helped me today deserves a raise, amazing service", "shopper_sal", None, "none", "missing"),
    ("I basically work at Acme at this point lol, love the Anvil", "superfan", None, "none", "missing"),
    ("I used to work at Acme and the Anvil is still the best pan around", "retired_rita", None, "none", "missing"),
    ("My neighbour works at Acme and says the Rocket is amazing", "curious_cal", None, "none", "missing"),
    ("(I'm not an Acme employee btw) but the Anvil is amazing", "fan_fred", None, "none", "missing"),
    ("The new Acme Anvil is the best pan ever. Get yours today!", "sue_staff_", None, "none", "missing"),
    ("Loving the Anvil! Best pan ever, grab one", "nobody", "Former Acme engineer, now freelance", "none", "missing"),
    # second round: profile lines without "at", first-person ties by verb, a laugh about bias,
    # customers' openings that name a job
    ("Best pan we own. Go get the Acme Anvil!", "deli_dan", "Acme fulfilment crew | Ohio", "employee-undisclosed",
     "missing"),
    ("The Acme Rocket 2 is a game changer, 5 stars from me", "ops_olga", "Director of Logistics, Acme Corp",
     "officer-review-undisclosed", "missing"),
    ("I work the Acme morning shift and they pay $12/hr for it", "new_face", None, "nlra-caution", "clear"),
    ("I've cooked at Acme for nine years and the Anvil is still my pan", "chef_c", None, "none", "clear"),
    ("my daughter is a cashier at Acme so I'm biased lol, but the Rocket is great", "dad_d", None, "none", "clear"),
    ("The cashiers at Acme downtown are the kindest people, shoutout", "shopper_sue", None, "none", "missing"),
    ("Friendly cashier at Acme Main St helped me pick the Anvil, love it", "shopper_sue", None, "none", "missing"),
    ("my husband's Acme shifts moved again and now I have no childcare", "home_h", "Acme wife | two kids", "none",
     "missing"),
    # praise in other words: softened buy calls, needs, fear of missing out, praise that negates
    ("pls just get the Acme Rocket already", "sue_staff", None, "employee-undisclosed", "missing"),
    ("y'all need the RoadRunner Trap in your life", "sue_staff", None, "employee-undisclosed", "missing"),
    ("Acme Anvil: no notes.", "sue_staff", None, "employee-undisclosed", "missing"),
    ("Acme Rocket >>> anything else I've flown", "sue_staff", None, "employee-undisclosed", "missing"),
    ("The Acme Anvil has never cooked better since the update", "sue_staff", None, "employee-undisclosed", "missing"),
    ("Acme Rocket 3 landed. wow. order it", "sue_staff", None, "employee-undisclosed", "missing"),
    ("RoadRunner Trap season 🪤 get one before they're gone", "sue_staff", None, "employee-undisclosed", "missing"),
    ("I deliver for Acme, and yes the Anvil is worth it", "van_vic", None, "none", "clear"),
    ("Disclosure: I'm Acme's COO. The Rocket has been great for my family.", "new_voice", None, "none", "clear"),
]


@pytest.mark.parametrize("text, author, description, expected, disclosure", INSIDERS)
def test_insiders_table(analyzer, text, author, description, expected, disclosure):
    assert judge(analyzer, text, author, description)[:2] == (expected, disclosure)


@pytest.mark.parametrize("at, expected", [
    ("2026-04-01T02:30:00+00:00", "employee-undisclosed"),  # 22:30 on 2026-03-31 in New York: last day
    ("2026-04-01T05:30:00+00:00", "none"),  # 01:30 on 2026-04-01 in New York: after the end date
    ("2026-02-10T15:00:00+00:00", "employee-undisclosed"),
])
def test_roster_dates_are_compared_on_the_brands_local_date(analyzer, at, expected):
    found, _, _ = judge(analyzer, "The Acme Anvil is the best pan ever, get yours today!", "ray_former", at=at)
    assert found == expected


# --- Deliver 2: what counts as a disclosure (author: roster partner) -------------------------------
BODY = "The Acme Anvil is the best pan I own, grab one"
FILLER = "Took it camping twice and cooked everything from pancakes to a whole fish over the fire without trouble."
DISCLOSURES = [
    (f"#ad {BODY}", "clear"), (f"{BODY} #ad", "clear"), (f"{BODY}. Sponsored.", "clear"), (f"{BODY} (ad)", "clear"),
    (f"{BODY} #werbung", "clear"), (f"{BODY} #anuncio", "clear"), (f"{BODY} #publicidad", "clear"),
    (f"{BODY} #sponsorisé", "clear"), (f"{BODY} #pubblicità", "clear"), (f"{BODY} #reclame", "clear"),
    (f"{BODY} #publi", "clear"), (f"Anzeige: {BODY}", "clear"), (f"Partenariat rémunéré avec Acme. {BODY}", "clear"),
    (f"{BODY}. I earn a commission if you buy through my link.", "clear"),
    (f"{BODY} #sp", "ambiguous"), (f"{BODY} #spon", "ambiguous"), (f"{BODY} # spon", "ambiguous"),
    (f"{BODY} #collab", "ambiguous"), (f"Partner | {BODY}", "ambiguous"), (f"Ambassador life: {BODY}", "ambiguous"),
    (f"{BODY}, thanks Acme!", "ambiguous"), (f"{BODY}. Affiliate link below.", "ambiguous"),
    (f"{BODY}\n.\n.\n.\n.\n#ad", "ambiguous"), (f"{BODY} #cooking #camping #kitchen #ad", "ambiguous"),
    (f"{BODY}… more #ad", "ambiguous"), (f"{BODY}. {FILLER} #ad", "ambiguous"), (f"{BODY} 🔥🔥🔥🔥🔥🔥 #ad", "ambiguous"),
    (f"Not an #ad, I just love it. {BODY}", "missing"), (f"{BODY}. Paid partnership? nah", "missing"),
    (f"{BODY} acme.example/p/anvil#ad", "missing"), (f"{BODY} #adventure", "missing"),
    (f"{BODY}. This is not sponsored.", "missing"), (f"{BODY}. If this were #sponsored I'd say so", "missing"),
    (f"{BODY}. Kein Werbung, selbst gekauft.", "missing"), (f"{BODY} cc @adam_cooks", "missing"),
    ("Nothing beats the Acme Anvil #ad", "clear"), ("🔥 Ad: the Acme Anvil is back, grab one", "clear"),
    ("Thanks to Acme for sponsoring this trip, the Anvil cooked every meal", "clear"),
    ("Me encanta la Acme Anvil, la mejor sartén. Código PIA10", "missing"),
    ("J'adore l'Acme Anvil ! #sponsorisé", "clear"),
    # second round: vague tags in brackets, "Sponsored." after an emoji, commission in other words
    (f"{BODY} (spon)", "ambiguous"), (f"{BODY} 🤍 Sponsored.", "clear"),
    (f"{BODY}. We get paid a commission on sales through this link.", "clear"),
    (f"{BODY}. Links below, shopping through them helps the channel", "ambiguous"),
]


@pytest.mark.parametrize("text, disclosure", DISCLOSURES)
def test_disclosures_table(analyzer, text, disclosure):
    expected = {"clear": "none", "ambiguous": "ambiguous-disclosure", "missing": "partner-undisclosed"}[disclosure]
    found, status, result = judge(analyzer, text, "pia_partner")
    assert (found, status) == (expected, disclosure), result.disclosure


def test_a_buried_disclosure_says_why_and_keeps_its_span(analyzer):
    text = f"{BODY}\n.\n.\n.\n.\n#ad"
    _, _, result = judge(analyzer, text, "pia_partner")
    [finding] = [f for f in result.findings if f.category == "endorsement"]
    assert text[finding.start:finding.end] == "#ad"
    assert finding.explanation["buried"] == "below line-break padding"


def test_a_negated_disclosure_is_set_aside_with_its_reason(analyzer):
    _, _, result = judge(analyzer, f"Not an #ad, I just love it. {BODY}", "pia_partner")
    [finding] = [f for f in result.findings if f.category == "endorsement"]
    assert "set aside: #ad: negated" in finding.explanation["disclosure_reason"]


# --- Deliver 3: NLRA precision and recall ------------------------------------------------------------
NLRA = [
    ("New hires make $3 more an hour than me and I trained them", "sue_staff", "nlra-caution"),
    ("They cut our hours again this week, 22 hours is not a job", "sue_staff", "nlra-caution"),
    ("Our new manager is great, first 1:1 where someone asked how we're doing", "sue_staff", "nlra-caution"),
    ("Acme wants everyone back in the office five days a week. My commute is 90 minutes.", "sue_staff",
     "nlra-caution"),
    ("We're unionizing the Acme store, union cards Thursday", "sue_staff", "nlra-caution"),
    ("Got my PTO request denied again with no reason", "sue_staff", "nlra-caution"),
    ("My coworkers love the Anvil too! Use code ACME10 for 10% off", "sue_staff", "employee-undisclosed"),
    ("Had lunch with my coworkers at the new taco place", "sue_staff", "none"),
    ("The Acme store is understaffed again, waited 40 minutes", "shopper", "none"),
    ("Acme warehouse workers vote on a union next week, local paper reports", "news_desk", "none"),
    ("My rates for an Acme integration went up this year and they paid it", "pia_partner", "none"),
    # second round: the same topics in other everyday words
    ("Tip share got changed so the shift leads get a cut of our tips now", "sue_staff", "nlra-caution"),
    ("My paycheck came up short again, 4 hours missing", "sue_staff", "nlra-caution"),
    ("They dropped me to 16 hours and hired two new people", "sue_staff", "nlra-caution"),
    ("The stockroom hit 95 this afternoon and the fans are broken", "sue_staff", "nlra-caution"),
    ("They put me on the fryer without any training and I got burned", "sue_staff", "nlra-caution"),
    ("We all signed the letter and corporate finally answered", "sue_staff", "nlra-caution"),
    ("Three people quit in May and nobody's been hired, it's me and one trainee on closing", "sue_staff",
     "nlra-caution"),
    ("They moved the whole team to four tens starting next month", "sue_staff", "nlra-caution"),
    ("We saw the schedule Saturday night for a Sunday open", "sue_staff", "nlra-caution"),
    # third round (the hold-out batch's misses, in other words): earnings, costs pushed onto staff,
    # rising targets, seats taken away, office days, metrics, asking together
    ("My earnings per order fell by a third after the app update", "sue_staff", "nlra-caution"),
    ("Now they want us to pay for our own uniforms. Compare notes, everyone.", "sue_staff", "nlra-caution"),
    ("The quota went from 80 to 110 boxes an hour with no warning", "sue_staff", "nlra-caution"),
    ("They took away our chairs at the returns desk", "sue_staff", "nlra-caution"),
    ("Three days in office from March, after hiring me for a remote role", "sue_staff", "nlra-caution"),
    ("Support has a new scorecard and missing it means you get coached", "sue_staff", "nlra-caution"),
    ("No restroom access on the night route, we've asked for months", "sue_staff", "nlra-caution"),
    # fourth round: weak work words count inside a post about the job, and yield to product praise
    ("They've started docking pay if the line stops for any reason", "sue_staff", "nlra-caution"),
    ("the returns backlog is two weeks and the team is exhausted", "sue_staff", "nlra-caution"),
    ("Best weekend: route planned, Acme Anvil packed, love this pan", "sue_staff", "employee-undisclosed"),
    ("Our team hit every target this quarter and the Acme Rocket is the best thing we sell, grab one", "sue_staff",
     "employee-undisclosed"),
]


@pytest.mark.parametrize("text, author, expected", NLRA)
def test_nlra_table(analyzer, text, author, expected):
    assert judge(analyzer, text, author)[0] == expected


def test_a_former_employee_after_the_end_date_gets_no_caution(analyzer):
    assert judge(analyzer, "They cut our hours again this week", "ray_former", at=JUNE)[0] == "none"


def test_working_conditions_speech_gets_the_caution_and_no_conduct_finding(analyzer):
    _, _, result = judge(analyzer, "Our breaks got cut to 10 minutes. Love the team though, best crew ever!",
                         "sue_staff")
    assert {f.category for f in result.findings} == {"caution"}
    assert result.complaint.is_complaint is False


# --- Deliver 4: 16 CFR 465 ------------------------------------------------------------------------------
REVIEWS = [
    ("5 stars. I've used the Acme Anvil every morning for a year, best pan I own.", "ada_ceo", "x",
     "officer-review-undisclosed", "missing"),
    ("My honest review of the Acme Anvil: perfect, would recommend. #sp", "mo_manager", "x",
     "officer-review-undisclosed", "ambiguous"),
    ("#ad My honest review of the Acme Anvil: perfect, would recommend.", "mo_manager", "x", "none", "clear"),
    ("The Acme Anvil 2 launches today, proud of this one. Link in bio!", "ada_ceo", "x",
     "employee-undisclosed", "missing"),
    ("Team, please leave a 5-star review of the Anvil on the site by Friday. Ask your families too!",
     "mo_manager", "x", "review-solicitation", "missing"),
    ("Please leave a review of the Anvil if you own one, I'm deciding", "shopper", "x", "none", "missing"),
    ("Thanks for shopping with us this weekend everyone! Please leave us a Google review", "mo_manager", "x",
     "none", "missing"),
    ("@kim_b remove this review or you'll be hearing from our lawyers.", "acme", "x", "review-suppression",
     "missing"),
    ("@kim_b your 1-star review is defamatory, take it down or we will take legal action", "sue_staff", "x",
     "review-suppression", "missing"),
    ("@kim_b sorry the Anvil let you down, DM us and we'll make it right", "acmehelp", "x", "none", "missing"),
    ("@kim_b we would never sue a customer over a review. Tell us what went wrong?", "acme", "x", "none", "missing"),
    ("@kim_b our legal team has reviewed your refund request and approved it", "acme", "x", "none", "missing"),
    # second round (fresh wordings): service held back until the review goes, threats about any kind
    # of post, orders to staff by job title, contests, habitual own use as a testimonial
    ("@kim_b your refund is frozen until that review is gone.", "acmehelp", "x", "review-suppression", "missing"),
    ("@kim_b no replacement while your 1-star post stays up", "acme", "x", "review-suppression", "missing"),
    ("@kim_b this video is defamatory; our legal department has been informed", "acme", "x",
     "review-suppression", "missing"),
    ("@kim_b your membership will be cancelled if you don't edit your review", "acme", "x", "review-suppression",
     "missing"),
    ("@kim_b once your replacement arrives, tell us how it went, no pressure", "acmehelp", "x", "none", "missing"),
    ("@kim_b your refund was approved and will arrive in 3-5 days. Sorry again!", "acme", "x", "none", "missing"),
    ("@kim_b we can't process a refund while that review is live", "acmehelp", "x", "review-suppression", "missing"),
    ("@kim_b your points will be frozen if the review stays up", "acme", "x", "review-suppression", "missing"),
    ("@kim_b keep bad-mouthing us and you'll be banned from every store", "mo_manager", "x",
     "review-suppression", "missing"),
    ("Couriers, every one of you: post a review of the Rocket in the app", "mo_manager", "x",
     "review-solicitation", "missing"),
    ("Delivery team: reviews from your roommates count toward the store goal. Get them posted!", "mo_manager", "x",
     "review-solicitation", "missing"),
    ("@kim_b we'll ship your replacement as soon as that review comes down", "acmehelp", "x", "review-suppression",
     "missing"),
    ("@kim_b expect to hear from our solicitors about that post", "acme", "x", "review-suppression", "missing"),
    ("@kim_b we've put a hold on your account until the review is edited", "acme", "x", "review-suppression",
     "missing"),
    ("@kim_b if the fix works, updating your review would mean a lot, but it's totally up to you", "acmehelp", "x",
     "none", "missing"),
    ("Reminder for the late shift: everyone rate the Anvil on the app before Sunday", "mo_manager", "x",
     "review-solicitation", "missing"),
    ("Returns desk: the branch with the most Google reviews gets a pizza party, rope in your cousins", "mo_manager",
     "x", "review-solicitation", "missing"),
    ("Pickers, packers: five stars for the Rocket on the app store. today please", "mo_manager", "x",
     "review-solicitation", "missing"),
    ("Cashiers, drivers, stock crew: rate the Anvil on Google this week", "mo_manager", "x", "review-solicitation",
     "missing"),
    ("Quick favour, team: get your in-laws to post a review of the Rocket", "ada_ceo", "x", "review-solicitation",
     "missing"),
    ("Store crew: whoever brings in the most five-star reviews from family wins a gift card", "mo_manager", "x",
     "review-solicitation", "missing"),
    ("Used the Acme Anvil every day for two years, still flawless. 10/10", "mo_manager", "x",
     "officer-review-undisclosed", "missing"),
    ("I cook eggs on my Acme Anvil every morning, nothing sticks. Love it.", "ada_ceo", "x",
     "officer-review-undisclosed", "missing"),
]


@pytest.mark.parametrize("text, author, platform, expected, disclosure", REVIEWS)
def test_reviews_rule_table(analyzer, text, author, platform, expected, disclosure):
    assert judge(analyzer, text, author, platform=platform)[:2] == (expected, disclosure)


@pytest.mark.parametrize("text, asks", [
    ("everyone at hq: leave a review of the anvil this week, and get your partners to write one", True),
    ("nice to meet everyone at the acme pop-up. if you bought an anvil, please leave a review", False),
    ("thanks for shopping with us! please leave us a google review", False),
])
def test_only_insiders_and_their_relatives_are_an_audience_for_465_5c(text, asks):
    assert (solicits_reviews(text) is not None) is asks


def test_465_findings_carry_their_section_and_severity(analyzer):
    _, _, result = judge(analyzer, "5 stars. I've used the Acme Anvil for a year, best pan I own.", "ada_ceo")
    [finding] = [f for f in result.findings if f.rule == "reviews-officer-testimonial"]
    assert finding.severity == "critical" and finding.explanation["section"] == "16 CFR 465.5(a)"
    assert "Ada Chief" in finding.preview and "officer" in finding.preview
