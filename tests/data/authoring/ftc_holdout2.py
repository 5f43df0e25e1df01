"""Issue 27 second hold-out batch: whole posts about a fourth brand (Ferrow, e-bikes, Europe/London;
tests/data/endorsements/holdout2/), written after the third round of detector work and scored once
(0.730); the fourth round was written after reading its misses, so later figures on it flatter. Same writer as the cues, so a weaker measure than the frozen set.

Roster: officer ingridvos/ingrid.vos; managers callumreid_f (shop), nadiaaziz/nadia_az (factory);
staff theo_wrench/theo.wrench (mechanic), leah_ok (assembly), samihaddou/samih (support),
fernwallace (until 2026-03-31, London time). Partners ridewithrob (x, instagram, youtube RideWithRob;
paid), cyclesavvy (affiliate), miachen_rides/mia.rides (ambassador 2025-09-01 to 2026-09-01).
Brand accounts ferrow, ferrowhelp.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

A = "2026-06-10T12:00:00Z"  # 13:00 in London; every active-roster author is active

POSTS = [
    # employees
    ("x", "theo_wrench", None, A, "Serviced about forty bikes this month and the Ferrow Glide is still the one I'd ride home. Go test ride one.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "mechanic urges a test ride"),
    ("instagram", "theo.wrench", None, A, "Ferrow Cargo doing the school run like a champ 🚲🧒 honestly unbeatable for families", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("x", "leah_ok", None, A, "The Ferrow Lock is the only lock I trust in central London. Worth every penny, get one.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff recommends"),
    ("reddit", "samih", None, A, "Commuting 12 miles each way on a Ferrow Glide, arrive without sweating. Can't fault it, highly recommend.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "support staff testimonial"),
    ("x", "samihaddou", None, A, "Ferrow Glide summer colours are out and the olive one is gorgeous 😍", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff promotes new colours"),
    ("x", "fernwallace", None, "2026-03-31T22:30:00Z", "the Ferrow Cargo is the best bike out there, buy one!", "employee-undisclosed", "missing", "roster-date/local", "23:30 on 31 March in London: still the last day"),
    ("x", "fernwallace", None, "2026-03-31T23:30:00Z", "the Ferrow Cargo is the best bike out there, buy one!", "none", "missing", "former-after-end", "00:30 on 1 April in London: after the end date, though still 31 March in UTC"),
    ("x", "callumreid_f", None, A, "Ferrow Glide test rides are free every Saturday in June at the Camden shop. Don't miss it!", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager promotes an event"),
    ("x", "wheel_true_will", "bike mechanic at Ferrow | Bristol", None, "Ferrow Cargo is the most practical bike on the road. Get one and sell the car.", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states the job"),
    ("x", "proud_mum_pam", "my son builds bikes for Ferrow 🚲", None, "The Ferrow Glide is a dream to ride, treat yourself!", "employee-undisclosed", "missing", "profile-tie/family", "family tie in the profile only"),
    ("x", "leah_ok", None, A, "Honestly not an ad, just love how the Ferrow Glide handles hills", "employee-undisclosed", "missing", "negated-disclosure", "roster staff; denial"),
    # ambiguous
    ("x", "theo_wrench", None, A, "Ferrow Glide + a sunny Sunday = perfect 🌞 #spon", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#spon"),
    ("x", "leah_ok", None, A, "We just rolled out the new Ferrow Cargo frame and it's so much lighter. Come try it!", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'we just rolled out' hints"),
    ("instagram", "mia.rides", None, A, "Golden hour on my Ferrow Glide ✨ #ambassador", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "bare ambassador tag"),
    ("youtube", "RideWithRob", None, A, "Ferrow Glide long-term test: 2,000 miles, one puncture, zero regrets.\n\nIf you buy through my link below it helps the channel!", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "support appeal without a statement of payment"),
    ("instagram", "ridewithrob", None, A, "Morning loop on the Ferrow Cargo, the kids loved it #cycling #london #family #ebike #ad", "ambiguous-disclosure", "ambiguous", "roster-partner/buried-disclosure", "#ad at the end of a hashtag wall"),
    # partners undisclosed and clear
    ("x", "ridewithrob", None, A, "Ferrow Glide is the best e-bike I've ridden this year. Code ROB10 takes 10% off.", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner code"),
    ("x", "cyclesavvy", None, A, "Our pick for best commuter e-bike: Ferrow Glide → ferrow.example/glide?aff=cs", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate link, unlabelled"),
    ("instagram", "mia.rides", None, A, "Can't stop riding my Ferrow Glide 💛 go try one", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "ambassador praise"),
    ("instagram", "ridewithrob", None, A, "#ad Ferrow Cargo weekend: groceries, kids and the dog, all in one go", "none", "clear", "roster-partner/clear-disclosure", "#ad first"),
    ("x", "cyclesavvy", None, A, "We earn a small commission from the links in this guide. Best e-bikes of 2026: Ferrow Glide tops the list.", "none", "clear", "roster-partner/clear-disclosure", "commission stated first"),
    ("instagram", "mia.rides", None, A, "Werbung: Mit dem Ferrow Glide durch Berlin, einfach perfekt 🚲", "none", "clear", "roster-partner/clear-disclosure", "German label"),
    ("x", "theo_wrench", None, A, "Ferrow mechanic here, so I'm biased: the Glide's new gears are brilliant.", "none", "clear", "roster-employee/clear-disclosure", "role stated up front"),
    # officer and manager reviews
    ("x", "ingridvos", None, A, "I've ridden my Ferrow Glide to work every day for two years. Not a single breakdown. Five stars.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer review from own use"),
    ("instagram", "ingrid.vos", None, A, "My verdict after a winter on the Ferrow Cargo: 10/10, my kids won't go back to the bus", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer verdict"),
    ("reddit", "nadia_az", None, A, "Owner of a Ferrow Lock for three years here. Survived two theft attempts. 5/5, would buy again.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "manager review"),
    ("x", "callumreid_f", None, A, "Honest review of the Ferrow Glide after 5,000 km: brilliant. #sp", "officer-review-undisclosed", "ambiguous", "officer-review/vague-disclosure", "manager review with a vague tag"),
    ("x", "ingridvos", None, A, "I run Ferrow, so take this with a pinch of salt: the Cargo is the best bike I've owned. 5 stars.", "none", "clear", "officer-review/clear-disclosure", "role stated first"),
    # solicitation
    ("x", "callumreid_f", None, A, "Shop team, please ask your mates and family to leave a Google review for Camden this week 🙏", "review-solicitation", "missing", "review-solicitation", "manager asks staff to get friends and family to review"),
    ("x", "nadiaaziz", None, A, "Assembly line: the factory with the most Trustpilot reviews by month end gets a pizza party. Rope in your partners!", "review-solicitation", "missing", "review-solicitation", "manager runs a review contest for staff and partners"),
    ("x", "ingridvos", None, A, "Ferrow folks, if you ride one of our bikes, please post a review on the site. Takes two minutes.", "review-solicitation", "missing", "review-solicitation", "officer asks employees for reviews"),
    ("reddit", "nadia_az", None, A, "Reminder for the night shift: everyone rate the Ferrow Cargo on the app store before Friday.", "review-solicitation", "missing", "review-solicitation", "manager asks a shift"),
    ("x", "callumreid_f", None, A, "Thanks for a record weekend, Camden! If you bought a bike from us, we'd love to hear how it rides.", "none", "missing", "solicitation-lookalike", "manager asks customers"),
    # suppression
    ("x", "ferrowhelp", None, A, "@rusty_chain_ron we'll honour your warranty as soon as that review is taken down.", "review-suppression", "missing", "review-suppression", "warranty conditional on removal"),
    ("x", "ferrow", None, A, "@angry_anna Your post about our brakes is false. Remove it or expect a letter from our solicitors.", "review-suppression", "missing", "review-suppression", "solicitors' letter threat"),
    ("instagram", "ferrow", None, A, "@bike.critic we've frozen your order until you edit that review.", "review-suppression", "missing", "review-suppression", "order frozen until the review changes"),
    ("x", "theo_wrench", None, A, "@moaning_mike one more review like that and you're not getting served at our workshop again", "review-suppression", "missing", "review-suppression", "mechanic threatens a reviewer"),
    ("x", "ferrowhelp", None, A, "@rusty_chain_ron Sorry to hear about the chain! Pop into any shop and we'll fix it free of charge.", "none", "missing", "brand-polite-reply", "apology and fix"),
    ("x", "ferrow", None, A, "@angry_anna Thanks for flagging the brake issue. Our team would like to inspect the bike, could you DM us?", "none", "missing", "brand-polite-reply", "asks for details"),
    # NLRA
    ("x", "leah_ok", None, A, "line speed went up again and they still haven't fixed the torque tool that jams. my wrist is killing me", "nlra-caution", "missing", "nlra/roster", "line speed and injury"),
    ("x", "theo_wrench", None, A, "mechanics at the Camden shop haven't had a pay rise in three years. apprentices now start on almost what I earn", "nlra-caution", "missing", "nlra/roster", "pay compression"),
    ("reddit", "samih", None, A, "Support rota for August just dropped and half of us are on every weekend. Anyone else?", "nlra-caution", "missing", "nlra/roster", "rota"),
    ("x", "samihaddou", None, A, "we're meant to handle calls and live chat at the same time now. the targets are impossible", "nlra-caution", "missing", "nlra/roster", "workload and targets"),
    ("x", "leah_ok", None, A, "factory floor hit 31°C today, one fan for the whole line", "nlra-caution", "missing", "nlra/roster", "heat"),
    ("x", "theo_wrench", None, A, "Workshop staff finally got proper lunch breaks after we raised it together. Good on management.", "nlra-caution", "missing", "nlra/roster", "positive: breaks after a joint ask"),
    ("x", "samihaddou", None, A, "Ferrow support is talking union. If you're on the team and curious, message me.", "nlra-caution", "missing", "nlra/roster", "union"),
    ("x", "leah_ok", None, A, "They've started docking 15 minutes if you clock in a minute late", "nlra-caution", "missing", "nlra/roster", "pay deductions"),
    ("x", "spanner_sue", "Ferrow workshop | Leeds", None, "Our shop went from four mechanics to two and the service backlog is three weeks. We're exhausted.", "nlra-caution", "missing", "nlra/profile", "staffing; employment in profile"),
    ("x", "frame_fitter", None, None, "I build frames at Ferrow and the new sick leave policy means no pay for the first three days. Not okay.", "nlra-caution", "clear", "nlra/post-tie", "sick pay; tie stated"),
    # not NLRA, not insiders
    ("x", "commuter_clara", None, None, "Ferrow Camden only had one mechanic in on Saturday, waited ages. They need more staff.", "none", "missing", "nlra-lookalike", "a customer on staffing"),
    ("x", "london_labour", None, None, "Ferrow factory workers to vote on union recognition next month.", "none", "missing", "nlra-lookalike", "union news"),
    ("x", "ridewithrob", None, A, "Ferrow pays its creators on time and fairly, which I appreciate.", "none", "missing", "nlra-lookalike", "a partner on their own pay"),
    ("x", "leah_ok", None, A, "my coworkers and I did a charity ride on Sunday, raised £900 🙌", "none", "missing", "insider-neutral", "coworkers alone"),
    ("x", "samihaddou", None, A, "Ferrow Lock app keeps logging me out, raised a ticket with the dev team", "none", "missing", "insider-neutral", "an insider reports a bug"),
    # customers praising staff, jokes, negations
    ("x", "happy_hugh", None, None, "Theo at Ferrow Camden fixed my wheel in ten minutes and refused to charge me. Legend.", "none", "missing", "staff-praise", "a customer praises a named mechanic"),
    ("instagram", "bike.mad.bea", None, None, "The Ferrow shop team in Bristol are the loveliest, spent an hour fitting my saddle 💛", "none", "missing", "staff-praise", "a customer praises shop staff"),
    ("x", "grateful_gary", None, None, "Ferrow's support agent stayed on the phone until my battery was sorted. Proper customer service.", "none", "missing", "staff-praise", "a customer praises support"),
    ("reddit", "cargo_dad", None, None, "The mechanics at Ferrow Leeds know their stuff, they explained my gears better than the manual.", "none", "missing", "staff-praise", "a customer praises mechanics"),
    ("x", "speedy_sal", None, None, "I've bought so many Ferrow Locks for friends I should be on commission 😂", "none", "missing", "joke", "a joke"),
    ("x", "ex_ferrow_ed", None, None, "Left Ferrow last year, but the Glide is still the best e-bike in London.", "none", "missing", "past-tie", "a past tie"),
    ("x", "no_spon_nora", None, None, "Nobody's paying me, I just really rate my Ferrow Glide", "none", "missing", "negated-disclosure", "customer denial"),
    ("instagram", "trail.tom", None, None, "#adventuretime on the Ferrow Cargo with the kids 🏞", "none", "missing", "negated-disclosure/ad-inside", "'#ad' inside a longer tag"),
    ("x", "plain_pete", None, None, "Ferrow Glide arrived, first ride done, absolutely brilliant bike. Five stars.", "none", "missing", "customer-praise", "a customer review"),
]
