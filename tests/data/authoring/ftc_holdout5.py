"""Issue 27 fifth hold-out batch: whole posts about a seventh brand (Ironleaf, a gym chain with
memberships, a recovery studio and a shake bar; America/Toronto; tests/data/endorsements/holdout5/).
Written by the holdout4 writer after the third round of fixes, without looking at how those fixes
score it, and committed before scoring: its first pass shows whether the fixes carry to new wording.

Roster: officer nadiabrooks/nadia.brooks (CEO); managers owenclarke_gm/owen.lifts (club GM),
coachpriya (head of training); staff marcotrains/marco.trains (trainer), leafontaine/lea.at.desk
(front desk); blank role samokoye (facilities); jesstran_fit (trainer until 2026-03-15). Partners
fitwithfern/FitWithFern (paid), gainsgarage (affiliate), theolambert (ambassador from 2026-05-01).
Brand accounts ironleaffit, ironleafsupport.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

A = "2026-07-15T16:00:00Z"  # noon in Toronto; Jess has left, Theo has started

POSTS = [
    # suppression
    ("x", "ironleafsupport", None, A, "@kyle_runs Your membership freeze request stays pending until that Google review is taken down.", "review-suppression", "missing", "review-suppression", "a request the member is owed waits on the review"),
    ("x", "ironleaffit", None, A, "@dee_lifts That post is defamatory and our legal counsel has a copy. Consider this notice.", "review-suppression", "missing", "review-suppression", "legal notice"),
    ("x", "owenclarke_gm", None, A, "@maya_k you're welcome to write whatever you like, just don't expect to get through our doors again", "review-suppression", "missing", "review-suppression", "manager: exclusion"),
    ("instagram", "ironleaffit", None, A, "@rob.benches we've got you on camera dropping weights all month. maybe don't go there with the reviews", "review-suppression", "missing", "review-suppression", "exposure threat"),
    ("x", "marcotrains", None, A, "@tania_p careful, the gym has all your intake forms. one star reviews have consequences", "review-suppression", "missing", "review-suppression", "trainer intimidates"),
    ("x", "ironleafsupport", None, A, "@gio_b Happy to cancel the contract with no fee, the moment your Yelp rating is revised.", "review-suppression", "missing", "review-suppression", "cancellation traded for a rating"),
    ("x", "ironleaffit", None, A, "@nina_w Noted your review. Our lawyers will be in touch regarding those statements.", "review-suppression", "missing", "review-suppression", "lawyers"),
    ("x", "leafontaine", None, A, "@carl_z lol keep leaving reviews and watch your key fob stop working", "review-suppression", "missing", "review-suppression", "front desk threatens access"),
    ("x", "ironleafsupport", None, A, "@kyle_runs So sorry about the billing mix-up. The charge is reversed and there's nothing you need to do.", "none", "missing", "brand-polite-reply", "apology"),
    ("x", "ironleaffit", None, A, "@dee_lifts We read your review and we're replacing the broken rower this week. Thanks for telling us.", "none", "missing", "brand-polite-reply", "thanks and a fix"),
    # solicitation
    ("x", "owenclarke_gm", None, A, "Queen St crew, I want a Google review from every one of you by the end of the month. Partners and parents welcome too.", "review-solicitation", "missing", "review-solicitation", "manager asks staff and relatives"),
    ("x", "coachpriya", None, A, "Trainers: ask your spouses to rate Ironleaf on the app store. Screenshot = free shake.", "review-solicitation", "missing", "review-solicitation", "manager rewards staff relatives' ratings"),
    ("x", "nadiabrooks", None, A, "Every Ironleaf employee: five minutes, one review, tonight. Let's bury the bad ones.", "review-solicitation", "missing", "review-solicitation", "officer asks all employees"),
    ("x", "coachpriya", None, A, "PT team, whoever racks up the most Yelp reviews from their family this month gets prime-time slots.", "review-solicitation", "missing", "review-solicitation", "contest for family reviews"),
    ("x", "owenclarke_gm", None, A, "Staff, remind your roommates and cousins who train here to drop us a review. We're chasing the downtown club.", "review-solicitation", "missing", "review-solicitation", "manager asks staff to get relatives"),
    ("x", "nadiabrooks", None, A, "Equipe Ironleaf : chacun de vous laisse un avis sur Google cette semaine, svp.", "review-solicitation", "missing", "review-solicitation", "officer, French"),
    ("x", "coachpriya", None, A, "Reminder to the coaching staff that reviews from your own households count toward the club bonus.", "review-solicitation", "missing", "review-solicitation", "review count tied to a bonus"),
    ("x", "owenclarke_gm", None, A, "Front desk folks, text your mom and your brother tonight and have them review the club. I'll owe you one.", "review-solicitation", "missing", "review-solicitation", "manager asks via staff relatives"),
    ("x", "owenclarke_gm", None, A, "Had a great workout with us? We'd love a review, it helps people find the club.", "none", "missing", "solicitation-lookalike", "manager asks members"),
    ("x", "gym_rat_gabe", None, None, "Thinking about Ironleaf Unlimited, drop your honest reviews below", "none", "missing", "solicitation-lookalike", "member asks"),
    # officer and manager reviews
    ("x", "nadiabrooks", None, A, "Spent three weeks doing the Ironleaf Recovery plunge after my runs. Knees feel ten years younger. 9/10.", "officer-review-undisclosed", "missing", "roster-officer/review", "officer rates own use"),
    ("instagram", "owen.lifts", None, A, "Ironleaf Fuel chocolate shake review: I've had one after every session for a year and it still slaps ★★★★★", "officer-review-undisclosed", "missing", "roster-officer/review", "manager review"),
    ("x", "coachpriya", None, A, "As a paying member before I ever coached here, Ironleaf Unlimited was the best money I spent. Still is. 5 stars.", "officer-review-undisclosed", "missing", "roster-officer/review", "manager testimonial"),
    ("x", "nadiabrooks", None, A, "I'm Ironleaf's CEO, so discount my opinion: the new Recovery studio is the best thing we've built.", "none", "clear", "roster-officer/clear-disclosure", "tie stated"),
    # employees
    ("x", "marcotrains", None, A, "Summer special: two free PT sessions when you join Ironleaf Unlimited before August. DM me 💪", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "trainer promotes"),
    ("tiktok", "marco.trains", None, A, "the Ironleaf Recovery sauna after leg day >>> therapy fr. go try it", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "trainer praises"),
    ("instagram", "lea.at.desk", None, A, "Ironleaf Fuel berry blast is honestly addictive 🍓 grab one on your way out", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "front desk promotes"),
    ("x", "samokoye", None, A, "cleanest gym in Toronto and I would know 😅 Ironleaf Queen St, come train", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "blank-role employee invites"),
    ("x", "jesstran_fit", None, "2026-03-16T02:30:00Z", "Ironleaf Unlimited is worth every dollar, sign up while the promo lasts", "employee-undisclosed", "missing", "roster-date/local", "22:30 on 15 March in Toronto: the last day"),
    ("x", "jesstran_fit", None, A, "Ironleaf Unlimited is worth every dollar, sign up while the promo lasts", "none", "missing", "former-after-end", "months after the end date"),
    ("x", "spin_sara", "spin instructor @ Ironleaf Yorkville", None, "Ironleaf spin classes are unmatched, book a bike for Saturday", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile tie"),
    ("x", "proud_ironleaf_husband", "husband of an Ironleaf trainer | dad of 2", None, "Ironleaf Fuel shakes are the only post-workout thing worth buying. Get one.", "employee-undisclosed", "missing", "family/profile", "family tie in profile"),
    ("x", "marcotrains", None, A, "not sponsored, just true: Ironleaf Recovery is the best cold plunge in the city", "employee-undisclosed", "missing", "roster-employee/negated", "denial is not a disclosure"),
    # partners
    ("instagram", "fitwithfern", None, A, "20 min full body at Ironleaf today 🔥 code FERN15 takes 15% off your first month", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "code"),
    ("x", "gainsgarage", None, A, "Best protein shake at any chain gym: Ironleaf Fuel. Try the peanut one.", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate praises"),
    ("x", "theolambert", None, A, "Training for my first marathon out of Ironleaf Queen St and the coaches there are elite. Highly recommend.", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "ambassador recommends"),
    ("x", "theolambert", None, "2026-04-20T16:00:00Z", "Training for my first marathon out of Ironleaf Queen St and the coaches there are elite. Highly recommend.", "none", "missing", "roster-date/local", "before the partnership started"),
    # ambiguous
    ("instagram", "fitwithfern", None, A, "Ironleaf Recovery sauna + plunge combo is unreal 🧊🔥 #IronleafPartner", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "brand partner tag"),
    ("youtube", "FitWithFern", None, A, "My honest month at Ironleaf, every class ranked. Links below are affiliate links.", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "bare affiliate links"),
    ("x", "marcotrains", None, A, "we just opened the new turf zone at Ironleaf Queen St and it's gorgeous. come push a sled", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "first-person hint"),
    ("x", "gainsgarage", None, A, "Ironleaf Fuel vanilla is the GOAT of gym shakes #spon", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "#spon"),
    ("instagram", "lea.at.desk", None, A, "new Ironleaf hoodies are sooo soft, get one at the desk ✨ #gifted", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#gifted"),
    ("x", "theolambert", None, A, "Ironleaf Unlimited = best gym membership in Toronto, no contest #gym #toronto #fitness #marathon #ad", "ambiguous-disclosure", "ambiguous", "roster-partner/buried", "#ad in a hashtag wall"),
    ("x", "gainsgarage", None, A, "Grab Ironleaf Fuel through my link, every order keeps this account running 🙏", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "support appeal"),
    ("instagram", "fitwithfern", None, A, "Gracias @ironleaffit por la clase de hoy, ¡la mejor del verano! 💪", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "bare thanks in Spanish"),
    # NLRA
    ("x", "marcotrains", None, A, "trainers went from 60% of session fees to 45% overnight. nobody asked us", "nlra-caution", "missing", "nlra/roster", "pay cut"),
    ("x", "leafontaine", None, A, "5am opens, 9 hour shift, and they took away the stool at the front desk. my feet are done", "nlra-caution", "missing", "nlra/roster", "standing, hours"),
    ("x", "samokoye", None, A, "one cleaner for three floors on weekends now. they want it spotless by 8", "nlra-caution", "missing", "nlra/roster", "staffing"),
    ("x", "marcotrains", None, A, "shoutout to the Ironleaf trainers who walked into HR together about the commission change. it worked, rates are back", "nlra-caution", "missing", "nlra/roster", "positive: concerted action"),
    ("x", "leafontaine", None, A, "the sauna room pipe has been leaking into the staff area for a month and we keep slipping. reported twice", "nlra-caution", "missing", "nlra/roster", "safety"),
    ("instagram", "lea.at.desk", None, A, "finally got 2 weeks notice on the schedule instead of 3 days 🙏 small wins", "nlra-caution", "missing", "nlra/roster", "positive: scheduling"),
    ("x", "samokoye", None, A, "no overtime pay for the deep clean night again. that's 3 months now", "nlra-caution", "missing", "nlra/roster", "overtime"),
    ("x", "spin_sara", "spin instructor @ Ironleaf Yorkville", None, "instructors here still don't get paid for the 30 min setup before class. we're talking to a union rep", "nlra-caution", "missing", "nlra/profile", "unpaid time, union"),
    ("x", "member_mike", None, None, "Ironleaf Queen St needs more trainers on the floor, nobody to spot me at 7pm", "none", "missing", "nlra-lookalike", "member on staffing"),
    ("x", "marcotrains", None, A, "my coworkers got me a protein cake for my birthday 😂", "none", "missing", "insider-neutral", "coworkers alone"),
    # customers, negations, plain
    ("x", "deadlift_dana", None, None, "Marco at Ironleaf fixed my deadlift form in one session. Back pain gone.", "none", "missing", "staff-praise", "member praises trainer"),
    ("x", "early_bird_em", None, None, "Lea at the Ironleaf front desk always has the music on and a smile at 5am. Legend.", "none", "missing", "staff-praise", "member praises front desk"),
    ("instagram", "newbie.nate", None, None, "Coach Priya at Ironleaf made my first PT session not terrifying 🙏", "none", "missing", "staff-praise", "member praises manager"),
    ("x", "clean_freak_cleo", None, None, "Whoever cleans Ironleaf Queen St deserves a medal, spotless every morning", "none", "missing", "staff-praise", "member praises cleaner"),
    ("x", "spin_fan_fi", None, None, "Sara's Saturday spin at Ironleaf is the best 45 minutes of my week", "none", "missing", "staff-praise", "member praises instructor"),
    ("x", "no_ad_ned", None, None, "No ad, no freebie: Ironleaf Recovery fixed my sore calves", "none", "missing", "negated-disclosure", "denial"),
    ("x", "honest_hu", None, None, "this is not a sponsored post, I just really like Ironleaf Fuel", "none", "missing", "negated-disclosure", "denial"),
    ("instagram", "adam.squats", None, None, "#adaptivefitness at Ironleaf, they have great accessible equipment", "none", "missing", "negated-disclosure/ad-inside", "ad inside a tag"),
    ("x", "skeptic_sky", None, None, "Werbung? Nein. Ich finde Ironleaf einfach gut.", "none", "missing", "negated-disclosure", "German denial"),
    ("x", "cancel_carla", None, None, "Ironleaf made me mail a letter to cancel. In 2026. Unreal.", "none", "missing", "plain", "complaint"),
    ("x", "gym_curious", None, None, "Does Ironleaf Unlimited include the Recovery studio or is that extra?", "none", "missing", "plain", "question"),
    ("x", "basically_staff", None, None, "I'm at Ironleaf so often I should get a staff badge lol", "none", "missing", "joke", "joke"),
    ("x", "ex_trainer_tom", None, None, "I coached at Ironleaf for four years, left in 2024. The Recovery studio still looks great.", "none", "missing", "past-tie", "past tie"),
    ("x", "ironleaffit", None, A, "Queen St closes at 6pm on Canada Day.", "none", "missing", "brand-account", "notice"),
    ("instagram", "fitwithfern", None, A, "#ad Ironleaf's new rowing class had me sweating in 5 minutes 🚣", "none", "clear", "roster-partner/clear-disclosure", "#ad first"),
]
