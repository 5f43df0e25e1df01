"""Issue 27 third hold-out batch: whole posts about a fifth brand (Marisol, hotels, America/New_York;
tests/data/endorsements/holdout3/), written after the fourth round of detector work and scored once,
never tuned on. Same writer as the cues, so a weaker measure than the frozen set.

Roster: officer victorlane; managers gloriapena_m/gloria.pena (hotel GM), kenadair/kadair (food and
beverage); staff rosavidal_h/rosa.cleans (housekeeping), jamalprice/jprice (front desk),
lilytran_cooks/lily.cooks (kitchen), benortiz (until 2026-02-28). Partners travelwithtess
(x, instagram, youtube TravelWithTess; paid), milemaven (affiliate). Brand accounts marisolhotels,
marisolcares.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

A = "2026-06-10T16:00:00Z"  # noon in New York; every active-roster author is active

POSTS = [
    # employees and partners
    ("x", "jamalprice", None, A, "If you're going to Miami this summer, stay at the Marisol. The Suites have the best ocean view on the strip.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "front desk recommends"),
    ("instagram", "lily.cooks", None, A, "brunch at Marisol this Sunday is going to be unreal 🍳🥂 book a table", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "kitchen staff promotes"),
    ("tiktok", "rosa.cleans", None, A, "Marisol Rewards gets you a free night after 5 stays, sign up at the desk 😌", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff promotes the programme"),
    ("x", "benortiz", None, "2026-03-01T03:00:00Z", "Marisol Spa is the best massage in Florida, book it!", "employee-undisclosed", "missing", "roster-date/local", "22:00 on 28 February in New York: the last day"),
    ("x", "benortiz", None, "2026-03-01T15:00:00Z", "Marisol Spa is the best massage in Florida, book it!", "none", "missing", "former-after-end", "the day after the end date"),
    ("x", "sunny_concierge", "concierge @ Marisol Hotels Miami", None, "Honestly the Marisol Suites are the nicest rooms in the city, treat yourself", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states the job"),
    ("x", "kenadair", None, A, "New rooftop menu at Marisol launches Friday and the ceviche is incredible. See you there!", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager promotes a launch"),
    ("x", "lilytran_cooks", None, A, "Marisol Spa day after a double 😮‍💨 honestly the best in the city, book it", "employee-undisclosed", "missing", "nlra-plus-praise", "praise with a weak work word: an endorsement"),
    ("x", "jamalprice", None, A, "Marisol Suites rooftop at sunset 🌅 #spon", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#spon"),
    ("instagram", "travelwithtess", None, A, "Woke up to this view at the Marisol Suites 🌊 thanks @marisolhotels!", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "bare thanks"),
    ("youtube", "TravelWithTess", None, A, "Marisol Miami full hotel tour! Best pool I've seen this year.\n\nBooking through my link supports the channel 💛", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "support appeal"),
    ("x", "milemaven", None, A, "Marisol Rewards just became the best hotel programme for points collectors. Sign up here: marisol.example/rewards?ref=mm", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate link without a label"),
    ("instagram", "travelwithtess", None, A, "#ad Three nights at the Marisol Suites and I never wanted to leave", "none", "clear", "roster-partner/clear-disclosure", "#ad first"),
    ("x", "jamalprice", None, A, "I work the front desk at Marisol, so I'm biased, but the Rewards programme really is generous.", "none", "clear", "roster-employee/clear-disclosure", "job stated up front"),
    # officer and manager reviews
    ("x", "victorlane", None, A, "Stayed at our Tampa property with my family last weekend. Spotless, friendly, perfect. Five stars.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer review from own stay"),
    ("instagram", "gloria.pena", None, A, "My honest review of the new Marisol Spa: best deep tissue massage I've had. 10/10", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "manager review"),
    ("x", "kenadair", None, A, "Ate at the Marisol rooftop three times this week as a guest. Every dish perfect. ★★★★★", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "manager review"),
    # solicitation
    ("x", "gloriapena_m", None, A, "Housekeeping and front desk: ask your families to leave a TripAdvisor review for Marisol Miami this month. We're so close to #1!", "review-solicitation", "missing", "review-solicitation", "manager asks staff to get families' reviews"),
    ("x", "kenadair", None, A, "Kitchen crew, whoever gets the most Google reviews from friends this week picks their days off next month.", "review-solicitation", "missing", "review-solicitation", "manager runs a review contest"),
    ("x", "victorlane", None, A, "Marisol team members: a Booking.com review from you or your partner about your last staff stay would help a lot.", "review-solicitation", "missing", "review-solicitation", "officer asks employees and partners"),
    ("x", "gloriapena_m", None, A, "Loved having all of you at Marisol Miami this weekend! A TripAdvisor review always helps us.", "none", "missing", "solicitation-lookalike", "manager asks guests"),
    # suppression
    ("x", "marisolcares", None, A, "@angry_guest_al We'll refund the resort fee once your TripAdvisor review is updated.", "review-suppression", "missing", "review-suppression", "refund conditional on changing the review"),
    ("x", "marisolhotels", None, A, "@nora_n Your review contains false claims about bedbugs. Our attorneys have been instructed to act unless it is withdrawn.", "review-suppression", "missing", "review-suppression", "legal threat"),
    ("instagram", "marisolhotels", None, A, "@travel.tina guests who post lies like this are not welcome at any Marisol property", "review-suppression", "missing", "review-suppression", "exclusion threat"),
    ("x", "jamalprice", None, A, "@rude_ray I have your booking details. Think hard about that review.", "review-suppression", "missing", "review-suppression", "front desk intimidates with personal data"),
    ("x", "marisolcares", None, A, "@angry_guest_al We're sorry about the noise. We've refunded the resort fee and would love a second chance, no strings attached.", "none", "missing", "brand-polite-reply", "apology and refund"),
    ("x", "marisolcares", None, A, "@nora_n Once the room is re-inspected we'll share the report with you. If you then want to update your review, that's your call.", "none", "missing", "brand-polite-reply", "leaves the choice to the reviewer"),
    # NLRA
    ("x", "rosavidal_h", None, A, "they raised our room quota from 14 to 17 a shift and nobody got more time. my back is done", "nlra-caution", "missing", "nlra/roster", "quota and injury"),
    ("tiktok", "rosa.cleans", None, A, "housekeeping tip jar is gone because 'guests found it tacky'. that was half our take home 🙃", "nlra-caution", "missing", "nlra/roster", "tips"),
    ("x", "jamalprice", None, A, "front desk got told no sitting at the counter anymore, 8 hours on our feet", "nlra-caution", "missing", "nlra/roster", "standing"),
    ("x", "lilytran_cooks", None, A, "kitchen hit 104 today and the hood fans are still broken. someone's going down", "nlra-caution", "missing", "nlra/roster", "heat"),
    ("reddit", "jprice", None, A, "Anyone else at Marisol get their schedule changed without notice? I'm now on nights three days a week.", "nlra-caution", "missing", "nlra/roster", "scheduling"),
    ("x", "lilytran_cooks", None, A, "we all signed a letter asking for paid breaks and management actually said yes. proud of this crew", "nlra-caution", "missing", "nlra/roster", "positive: breaks after a joint letter"),
    ("x", "rosavidal_h", None, A, "Marisol housekeepers are organising. Talk to me if you want in.", "nlra-caution", "missing", "nlra/roster", "union"),
    ("x", "bellhop_bo", "bell staff, Marisol Hotels Orlando", None, "tips are down a third since they added the auto service charge and none of it comes to us", "nlra-caution", "missing", "nlra/profile", "tips; employment in profile"),
    ("x", "night_auditor_n", None, None, "I do night audit at a Marisol and they just cut us to one person per shift. Not safe.", "nlra-caution", "clear", "nlra/post-tie", "staffing and safety; tie stated"),
    # not NLRA
    ("x", "guest_greg", None, None, "Only one person at the Marisol check-in desk at 3pm on a Friday. They need more staff.", "none", "missing", "nlra-lookalike", "a guest on staffing"),
    ("x", "hotel_labour_news", None, None, "Marisol housekeepers in Miami announce a union drive.", "none", "missing", "nlra-lookalike", "union news"),
    ("x", "travelwithtess", None, A, "Marisol paid my invoice in a week, love brands that respect creators.", "none", "missing", "nlra-lookalike", "a partner on their pay"),
    ("x", "jamalprice", None, A, "my coworkers surprised me with a cake for my 3 year anniversary 🥹", "none", "missing", "insider-neutral", "coworkers alone"),
    # customers, jokes, negations
    ("x", "happy_hal_h", None, None, "Rosa in housekeeping at the Marisol left a towel swan and a birthday note for my daughter. Above and beyond.", "none", "missing", "staff-praise", "a guest praises a named housekeeper"),
    ("x", "biz_traveller", None, None, "The Marisol front desk team handled our lost luggage like pros. Thank you all.", "none", "missing", "staff-praise", "a guest praises a team"),
    ("instagram", "honeymoon.hana", None, None, "The bartender at Marisol Miami made us a custom cocktail for our honeymoon 💕", "none", "missing", "staff-praise", "a guest praises a bartender"),
    ("x", "loyal_lou", None, None, "I've stayed at Marisol so often they should give me a name tag 😂", "none", "missing", "joke", "a joke"),
    ("x", "not_paid_pat", None, None, "Not sponsored, just a happy guest: Marisol Suites are worth every cent.", "none", "missing", "negated-disclosure", "customer denial"),
    ("instagram", "beach.bum.bri", None, None, "#adulting is booking the Marisol Spa for yourself 💆", "none", "missing", "negated-disclosure/ad-inside", "'#ad' inside a longer tag"),
]
