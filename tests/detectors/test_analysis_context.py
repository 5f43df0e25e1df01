"""An analysis carries who the author is to the brand and which brand the post concerns, so the review
stage stores them without looking the roster up or reading the brand from the text again."""


def test_a_rostered_employee_posting_about_the_brand_is_named_with_the_brand(analyze):
    result = analyze("Working on the new Acme Rocket firmware this week, proud of the team", author="danawhit")

    assert result.author_role is not None
    assert result.author_role.startswith("employee Dana Whitfield")
    assert result.brand == "Acme"


def test_a_member_of_the_public_has_no_role_and_a_post_about_nobody_has_no_brand(analyze):
    result = analyze("lovely weather for a walk in the park today", author="someone_random")

    assert result.author_role is None
    assert result.brand is None


def test_a_former_employee_is_judged_on_the_day_they_posted(analyze):
    # Tom Okafor left on 2025-08-31: a post from before then is an employee's, one after is the public's.
    before = analyze("the Acme warehouse is busy before the sale", author="tomokafor",
                     created_at="2025-06-01T12:00:00+00:00")
    after = analyze("the Acme warehouse is busy before the sale", author="tomokafor",
                    created_at="2026-06-01T12:00:00+00:00")

    assert before.author_role is not None and before.author_role.startswith("employee Tom Okafor")
    assert after.author_role is None
