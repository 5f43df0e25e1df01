"""Who endorses (roster at the post's date, or self-identified), and the findings it raises."""

from __future__ import annotations


def endorsement(result):
    return [f for f in result.findings if f.category == "endorsement"]


def test_when_a_roster_partner_promotes_without_disclosure_then_partner_undisclosed_is_high(analyze):
    result = analyze("Obsessed with my new Acme Anvil! Use my code LENA20 for 20% off",
                     author="lenapark_style", created_at="2026-03-01T10:00:00+00:00")
    [finding] = endorsement(result)
    assert (finding.rule, finding.kind, finding.severity) == ("endorsement-partner-undisclosed", "undisclosed", "high")
    assert "Lena Park" in finding.preview and "brand ambassador" in finding.preview
    assert result.disclosure.status == "missing"
    text = "Obsessed with my new Acme Anvil! Use my code LENA20 for 20% off"
    assert text[finding.start:finding.end] in ("Use my code", "code LENA20", "20% off")


def test_when_a_roster_employee_praises_without_disclosure_then_employee_undisclosed(analyze):
    result = analyze("The new Acme Anvil is the sturdiest one ever made. Get yours today!",
                     author="marcuslee_acme")
    [finding] = endorsement(result)
    assert finding.rule == "endorsement-employee-undisclosed"
    assert finding.explanation["relationship"].startswith("roster: employee Marcus Lee")


def test_when_the_disclosure_is_clear_then_there_is_no_endorsement_finding(analyze):
    result = analyze("#ad Acme sent me the new Rocket to try and I love it", author="jessrivera")
    assert result.disclosure.status == "clear"
    assert endorsement(result) == []


def test_when_the_disclosure_is_vague_then_ambiguous_disclosure_is_medium_with_its_span(analyze):
    text = "The Acme Rocket is the best scooter I've tested this year, link in bio #sp"
    result = analyze(text, author="gadgetguru_yt")
    [finding] = endorsement(result)
    assert (finding.rule, finding.kind, finding.severity) == (
        "endorsement-ambiguous-disclosure", "ambiguous-disclosure", "medium")
    assert text[finding.start:finding.end] == "#sp"


def test_when_the_disclosure_is_buried_then_the_finding_says_where(analyze):
    text = ("Acme Rocket review after three months: range is excellent, brakes are great, the app is "
            "finally good, and it folds in a second. Grab it via link in bio #travel #city #commute #ad")
    [finding] = endorsement(analyze(text, author="jessrivera"))
    assert finding.rule == "endorsement-ambiguous-disclosure"
    assert "buried: #ad" in finding.preview


def test_when_a_former_employee_posts_during_employment_then_they_are_matched(analyze):
    text = "Get the Acme Anvil dutch oven. Best thing in my kitchen, lasts forever."
    during = analyze(text, author="tomokafor", created_at="2025-03-02T09:00:00+00:00")
    after = analyze(text, author="tomokafor", created_at="2026-03-02T09:00:00+00:00")
    [finding] = endorsement(during)
    assert finding.rule == "endorsement-employee-undisclosed"
    assert "2025-08-31" in finding.explanation["relationship"]
    assert endorsement(after) == []


def test_when_the_author_self_identifies_only_in_the_profile_then_the_post_is_undisclosed(analyze):
    result = analyze("The Acme Anvil kettle is the best thing to happen to my mornings. Buy one!",
                     author="kettle_kev", description="Product designer @ Acme. Tea snob.")
    [finding] = endorsement(result)
    assert finding.rule == "endorsement-employee-undisclosed"
    assert finding.explanation["relationship"] == "self-identified in profile: 'Product designer @ Acme'"


def test_when_the_author_says_they_work_there_in_the_post_then_that_is_the_disclosure(analyze):
    result = analyze("I work at Acme and honestly the new Rocket is the best thing we've made",
                     author="someone_new")
    assert result.disclosure.status == "clear"
    assert endorsement(result) == []


def test_when_an_ordinary_customer_praises_the_brand_then_there_is_no_endorsement_finding(analyze):
    result = analyze("Obsessed with my new Acme Anvil, best purchase this year!", author="happy_customer")
    assert endorsement(result) == []


def test_when_an_employee_talks_about_pay_and_hours_then_it_is_an_nlra_caution_not_a_violation(analyze):
    text = "Mandatory 12-hour shifts again this week at the Acme warehouse and no overtime pay. Anyone else?"
    result = analyze(text, author="priyaraman")
    categories = {f.category for f in result.findings}
    assert categories == {"caution"}
    [caution] = result.findings
    assert (caution.rule, caution.kind) == ("caution-nlra-protected", "nlra")
    assert "not a violation" in caution.preview
    assert result.complaint.is_complaint is False


def test_when_a_customer_uses_working_condition_words_then_there_is_no_caution(analyze):
    result = analyze("The Acme store is understaffed again, waited 40 minutes at the till", author="shopper")
    assert not [f for f in result.findings if f.category == "caution"]


def test_when_a_self_identified_employee_discusses_unions_then_it_is_cautioned(analyze):
    result = analyze("Acme warehouse workers: union card signing is Thursday 6pm. Bring a friend.",
                     author="packer_pat", description="Warehouse associate at Acme. Union yes!")
    assert [f.rule for f in result.findings] == ["caution-nlra-protected"]
