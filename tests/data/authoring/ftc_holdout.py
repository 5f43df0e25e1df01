"""Issue 27 hold-out batch: whole posts about a third brand (Hopcart, grocery delivery,
America/Los_Angeles; tests/data/endorsements/holdout/), written after the second round of detector
work and scored once (0.775, BENCHMARKS.md, issue 27) to estimate how the cue classes carry to a new
brand and new wordings; the third round was then tuned on its misses, so it no longer measures that. Its writer also wrote the cues, so it is a weaker measure than the frozen set.

Roster: officers mayal_hop/maya.lindqvist (threads), omarh; managers bevcarter/bev_c (warehouse),
luisromero_h/luis.rom (courier ops); staff tashadrives/tasha.drives (courier), petenguyen/pnguyen_wh
(picker), hanasato/hana.codes (engineer), devmalik/dev.malik (support), roryflynn (until
2026-04-30). Partners chefjules_x/chef.jules/chefjules/ChefJulesCooks (paid), dealdash/DealDashDeals
(affiliate), kimosei/kim.osei (ambassador 2026-01-01 to 2026-06-30). Brand accounts hopcart,
hopcartsupport.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

A = "2026-05-20T20:00:00Z"  # 13:00 in Los Angeles; every active-roster author is active

POSTS = [
    # employees, no disclosure
    ("x", "tashadrives", None, A, "Hop Box this week was the chicken katsu kit and wow. 15 minutes start to finish. order it", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "courier praises a product and urges an order"),
    ("tiktok", "tasha.drives", None, A, "hopcart plus pays for itself in like 2 orders ngl, sign up 💸 #groceryhaul", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff promotes the membership"),
    ("reddit", "pnguyen_wh", None, A, "If you're on the fence about Hopcart Fresh, do it. Produce is better than my local store, honestly.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "picker recommends"),
    ("x", "hanasato", None, A, "the new Hopcart app search is ridiculously fast now. try it", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "engineer praises the app without saying so"),
    ("threads", "hana.codes", None, A, "Hopcart Plus free delivery + the weekly Hop Box = my whole meal plan sorted. can't recommend enough", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("instagram", "dev.malik", None, A, "Sunday reset 🥗 Hop Box salmon bowls for the week. Link in bio if you want in", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "support staff promotes with a link"),
    ("x", "devmalik", None, A, "Hopcart Fresh strawberries are unreal right now 🍓 get some before the weekend", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff urges purchase"),
    ("x", "petenguyen", None, A, "new Hopcart users get $20 off with code PETE20, trust me the Hop Box is worth it", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff code"),
    ("x", "roryflynn", None, "2026-05-01T05:00:00Z", "Hop Box is the best meal kit around, period. Sign up!", "employee-undisclosed", "missing", "roster-date/local", "22:00 on 30 April in Los Angeles: the last day"),
    ("x", "roryflynn", None, "2026-05-12T18:00:00Z", "Hop Box is the best meal kit around, period. Sign up!", "none", "missing", "former-after-end", "after the end date"),
    ("x", "luisromero_h", None, A, "Hopcart now delivers in Oakland and Berkeley! Best grocery app in the Bay, download it today", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager promotes a launch; not a review"),
    ("x", "mayal_hop", None, A, "Hopcart Plus is half price for students this month. Tell your friends!", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "officer promotes a sale"),
    ("x", "van_life_val", "courier for @hopcart 🚐 | LA", None, "honestly the Hop Box pasta kit slaps, get it next week", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states a courier job for the brand"),
    ("instagram", "pantry.priya", "Hopcart HQ | product", None, "my fridge after one Hopcart Fresh order 😍 best grocery delivery, no contest", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile places the author at HQ"),
    ("x", "grocery_gran", "proud grandma of a Hopcart engineer 💚", None, "Hop Box made Sunday dinner so easy. Everyone should try it!", "employee-undisclosed", "missing", "profile-tie/family", "family tie in the profile only"),
    ("x", "tashadrives", None, A, "Not sponsored lol but Hopcart Plus is the best $9 I spend every month", "employee-undisclosed", "missing", "negated-disclosure", "roster staff; denial is no disclosure"),
    # ambiguous: vague, hinted, buried
    ("x", "petenguyen", None, A, "Hopcart Fresh peaches this week 🍑 so good #sp", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#sp is vague"),
    ("instagram", "dev.malik", None, A, "Meal prep with the Hop Box 🥦 (collab)", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "'(collab)' is vague"),
    ("x", "hanasato", None, A, "We just shipped live order tracking in the Hopcart app and it's honestly so smooth. Update now!", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'we just shipped' is a hint"),
    ("instagram", "dev.malik", None, A, "Hop Box taco night 🌮 the easiest dinner all week, go get it #tacotuesday #dinner #mealkit #easyrecipes #ad", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#ad at the end of a hashtag wall"),
    ("x", "tashadrives", None, A, "Hopcart Plus is the best deal in groceries.\n\n\n\n\n#ad", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#ad below line-break padding"),
    ("instagram", "chef.jules", None, A, "One-pan lemon chicken with everything from Hopcart Fresh 🍋 recipe in caption #gifted", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "#gifted is vague"),
    ("youtube", "DealDashDeals", None, A, "Best grocery delivery deals this month: Hopcart Plus wins.\n\nAffiliate links below.", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a bare 'affiliate links'"),
    ("instagram", "kim.osei", None, A, "Hop Box Friday 💚 thank you @hopcart!", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a bare thanks to the brand"),
    ("tiktok", "chefjules", None, A, "5 dinners from one Hop Box 👩‍🍳 #partner #dinnerideas", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "#partner is vague"),
    ("youtube", "ChefJulesCooks", None, A, "I cooked every Hop Box recipe for a month, here is my ranking from worst to best. Spoiler: the miso salmon is unbeatable and I'm still making it weekly. This video is sponsored by Hopcart.", "ambiguous-disclosure", "ambiguous", "roster-partner/buried-disclosure", "the sponsor is named only after character 125"),
    # partners, no disclosure
    ("instagram", "chef.jules", None, A, "weeknight ramen with the Hop Box 🍜 use JULES15 for 15% off your first box", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner shares a code"),
    ("tiktok", "chefjules", None, A, "this meal kit is actually good?? Hop Box, link in my bio 🔗", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner promotes"),
    ("x", "dealdash", None, A, "Hopcart Plus: 30 days free right now. Best grocery membership going → hopcart.example/plus?ref=dealdash", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate link without any label"),
    ("instagram", "kim.osei", None, A, "Obsessed with Hopcart Fresh berries 🫐 go order some", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "ambassador promotes"),
    ("x", "kimosei", None, "2026-07-08T18:00:00Z", "Obsessed with Hopcart Fresh berries, go order some", "none", "missing", "former-after-end", "after the ambassadorship ended"),
    ("instagram", "chef.jules", None, A, "not an ad!! genuinely love the Hop Box for busy nights", "partner-undisclosed", "missing", "negated-disclosure", "roster partner; denial"),
    # clear
    ("instagram", "chef.jules", None, A, "#ad Hop Box dinner in 20 minutes, my favourite kit 🍲", "none", "clear", "roster-partner/clear-disclosure", "#ad first"),
    ("youtube", "DealDashDeals", None, A, "Hopcart Plus review. We earn a commission if you sign up through our link.", "none", "clear", "roster-partner/clear-disclosure", "commission stated"),
    ("instagram", "kim.osei", None, A, "Anuncio | Mi cena favorita de la semana: el Hop Box de Hopcart", "none", "clear", "roster-partner/clear-disclosure", "Spanish 'Anuncio' label first"),
    ("x", "devmalik", None, A, "I work in Hopcart support, so biased, but the new Hop Box menu is great", "none", "clear", "roster-employee/clear-disclosure", "employment stated up front"),
    ("x", "hop_helper", None, None, "Full disclosure, I drive for Hopcart. The Plus membership really does save money though.", "none", "clear", "post-tie/clear-disclosure", "tie stated in the post"),
    ("x", "omarh", None, A, "Disclosure: I'm Hopcart's CFO. I've used Hopcart Plus for two years and it's saved my family a fortune. 5 stars.", "none", "clear", "officer-review/clear-disclosure", "officer discloses the role first"),
    # officer and manager reviews
    ("x", "mayal_hop", None, A, "I've ordered my groceries through Hopcart every week for three years. Never once a missing item. 10/10.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer review from own use"),
    ("threads", "maya.lindqvist", None, A, "My honest rating of the Hop Box after six months of family dinners: five stars, my kids fight over the taco kit.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer rating"),
    ("x", "omarh", None, A, "As a dad of three, Hopcart Plus is the best thing I pay for. ★★★★★", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "officer testimonial"),
    ("reddit", "bev_c", None, A, "Been a Hopcart Fresh customer since before I even worked in grocery. Quality is excellent, 5/5 from me.", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "manager review on Reddit"),
    ("tiktok", "luis.rom", None, A, "rating the Hop Box kits I've cooked this month: miso salmon 10/10, katsu 9/10 🤤", "officer-review-undisclosed", "missing", "officer-review/no-disclosure", "manager rates products"),
    ("x", "luisromero_h", None, A, "My review of Hopcart Plus after a year: worth every cent. #collab", "officer-review-undisclosed", "ambiguous", "officer-review/vague-disclosure", "manager review with a vague tag"),
    ("x", "ops_olivia", "Director of Fulfilment, Hopcart", None, "Used the Hop Box every week since launch and it's still the best meal kit I've had. Five stars.", "officer-review-undisclosed", "missing", "officer-review/profile-role", "profile states a director role"),
    ("x", "mayal_hop", None, A, "Hopcart will stop delivering in Fresno on June 1. Existing orders will still arrive.", "none", "missing", "insider-neutral", "an officer's service notice"),
    # solicitation
    ("x", "bevcarter", None, A, "Warehouse team: if you haven't rated the Hopcart app yet, do it before Friday's shift. Get your families to as well!", "review-solicitation", "missing", "review-solicitation", "manager asks staff and families"),
    ("x", "luisromero_h", None, A, "Couriers!! every one of you, drop a 5 star review for Hopcart on the App Store this week 🙏", "review-solicitation", "missing", "review-solicitation", "manager asks couriers"),
    ("tiktok", "luis.rom", None, A, "SF crew challenge: most app store reviews from friends and family by Sunday wins a $50 gift card", "review-solicitation", "missing", "review-solicitation", "manager runs a review contest"),
    ("x", "mayal_hop", None, A, "Hopcart team, a small ask: post a review of the Hop Box on Trustpilot and ask your partners to do the same.", "review-solicitation", "missing", "review-solicitation", "officer asks employees and partners"),
    ("x", "omarh", None, A, "Finance folks, please make sure your spouses leave us a Google review this month. We're behind on the target.", "review-solicitation", "missing", "review-solicitation", "officer asks staff for spouses' reviews"),
    ("threads", "maya.lindqvist", None, A, "Everyone at HQ: a 5-star rating for Hopcart Plus takes 30 seconds. Please do it today.", "review-solicitation", "missing", "review-solicitation", "officer asks HQ staff"),
    ("x", "bevcarter", None, A, "Pickers and packers, reviews from your households count toward the quarter bonus. Get them posted!", "review-solicitation", "missing", "review-solicitation", "manager ties relatives' reviews to a bonus"),
    ("x", "luisromero_h", None, A, "Thanks for ordering with Hopcart this week! If your courier was great, leave them a rating in the app.", "none", "missing", "solicitation-lookalike", "manager asks customers"),
    ("x", "happy_hal", None, None, "Everyone go review Hopcart, they deserve it after saving my Thanksgiving", "none", "missing", "solicitation-lookalike", "a customer asks others"),
    # suppression
    ("x", "hopcartsupport", None, A, "@annoyed_amy your credit will be reversed if that review stays up.", "review-suppression", "missing", "review-suppression", "credit withdrawn over a review"),
    ("x", "hopcart", None, A, "@bad_order_bob This review is false and defamatory. Our counsel will contact you unless it is removed today.", "review-suppression", "missing", "review-suppression", "legal threat"),
    ("instagram", "hopcart", None, A, "@foodie.fay delete your story about us or we will suspend your Plus membership", "review-suppression", "missing", "review-suppression", "membership threat over a story"),
    ("x", "hopcartsupport", None, A, "@late_lee We can't issue a refund while your 1-star rating is live. Update it and we'll process it.", "review-suppression", "missing", "review-suppression", "refund held until the rating changes"),
    ("tiktok", "hopcart", None, A, "@grocery.gripes take this video down or we'll see you in court", "review-suppression", "missing", "review-suppression", "court threat"),
    ("x", "tashadrives", None, A, "@rude_customer_ron remove that review about me or I'm posting your address", "review-suppression", "missing", "review-suppression", "courier threatens exposure"),
    ("x", "bevcarter", None, A, "@wrong_item_will keep trashing us online and you'll be banned from Hopcart for good", "review-suppression", "missing", "review-suppression", "manager threatens a ban"),
    ("threads", "hopcart", None, A, "@produce_pat We've passed your review to our legal team. You may want to reconsider it.", "review-suppression", "missing", "review-suppression", "implied legal threat"),
    ("x", "hopcartsupport", None, A, "@annoyed_amy Sorry the eggs arrived cracked! A credit is on your account and a new carton is coming tomorrow.", "none", "missing", "brand-polite-reply", "apology and credit"),
    ("x", "hopcart", None, A, "@bad_order_bob Thanks for the feedback. Could you DM your order number so we can look into it?", "none", "missing", "brand-polite-reply", "asks for details"),
    ("x", "mad_mandy", None, None, "@hopcart refund me or I'm leaving a one-star review everywhere", "none", "missing", "customer-threat", "a customer threatens the brand"),
    # NLRA
    ("x", "tashadrives", None, A, "base pay per delivery dropped from $4 to $2.50 overnight and they call it an 'update' 🙃", "nlra-caution", "missing", "nlra/roster", "pay cut"),
    ("tiktok", "tasha.drives", None, A, "105 degrees in the van today and we still have 40 stops. no breaks in sight 🥵", "nlra-caution", "missing", "nlra/roster", "heat and breaks"),
    ("reddit", "pnguyen_wh", None, A, "Pick rate target went from 120 to 150 an hour this week. Nobody asked if that's even possible.", "nlra-caution", "missing", "nlra/roster", "quotas"),
    ("x", "petenguyen", None, A, "they took away our stools at the packing line. standing 10 hours straight now", "nlra-caution", "missing", "nlra/roster", "standing and safety"),
    ("x", "hanasato", None, A, "Hopcart eng is moving to 5 days in office in July. I relocated for a remote job.", "nlra-caution", "missing", "nlra/roster", "return to office"),
    ("threads", "hana.codes", None, A, "pager went off 4 times last night for the same alert. on-call pay would be nice", "nlra-caution", "missing", "nlra/roster", "on-call"),
    ("x", "devmalik", None, A, "support got a new metric: 12 chats at once or you get coached. it's not possible to do well", "nlra-caution", "missing", "nlra/roster", "workload and discipline"),
    ("instagram", "dev.malik", None, A, "Grateful our team finally got a pay bump after we asked together in the spring 🙏", "nlra-caution", "missing", "nlra/roster", "positive: raise after concerted ask"),
    ("x", "tashadrives", None, A, "customers tip in the app and somehow half of it never shows up in my earnings. other couriers seeing this?", "nlra-caution", "missing", "nlra/roster", "tips"),
    ("x", "petenguyen", None, A, "shift bids came out at 2am for a 6am start. love planning my life 3 hours ahead", "nlra-caution", "missing", "nlra/roster", "scheduling"),
    ("x", "roryflynn", None, "2026-04-15T18:00:00Z", "half the courier team quit this month and they just piled the routes on the rest of us", "nlra-caution", "missing", "nlra/roster", "staffing, before the end date"),
    ("x", "van_life_val", "courier for @hopcart 🚐 | LA", None, "no bathroom access on the downtown routes. we've asked for months", "nlra-caution", "missing", "nlra/profile", "breaks and concerted asks"),
    ("reddit", "hopcart_picker_22", None, None, "I pick at a Hopcart warehouse and they just cut everyone's hours to 29 so nobody gets benefits.", "nlra-caution", "clear", "nlra/post-tie", "hours and benefits; tie stated"),
    ("x", "bevs_crew_member", None, None, "Hopcart driver here. They want us to pay for our own insulated bags now. Talk to each other.", "nlra-caution", "clear", "nlra/post-tie", "costs pushed to workers; tie stated"),
    ("x", "petenguyen", None, A, "warehouse lunch room got AC and new microwaves after our petition. small win 🙌", "nlra-caution", "missing", "nlra/roster", "positive: conditions after a petition"),
    ("tiktok", "tasha.drives", None, A, "my manager said if I take my PTO in December I shouldn't bother coming back 🤡", "nlra-caution", "missing", "nlra/roster", "PTO and a threat from management"),
    # not NLRA, not insiders
    ("x", "waiting_wendy", None, None, "Hopcart is so understaffed, my order was 2 hours late again", "none", "missing", "nlra-lookalike", "a customer on staffing"),
    ("x", "sf_labor_news", None, None, "Hopcart couriers in San Francisco file a petition for a union election.", "none", "missing", "nlra-lookalike", "union news"),
    ("x", "dealdash", None, A, "Hopcart raised our affiliate payout this quarter, nice to see.", "none", "missing", "nlra-lookalike", "a partner on their own rates"),
    ("instagram", "courier.wife", "Hopcart courier wife 💚", None, "his route got changed again and now he's never home for dinner", "none", "missing", "nlra-family", "a relative on a spouse's schedule"),
    ("x", "hanasato", None, A, "team lunch today, someone brought homemade dumplings 🥟", "none", "missing", "insider-neutral", "no condition, no product"),
    ("x", "devmalik", None, A, "the Hopcart app crashed on me twice today during checkout, reported it", "none", "missing", "insider-neutral", "an insider reports a bug"),
    # customers praising staff, jokes, negations
    ("x", "grateful_gwen", None, None, "My Hopcart driver Tasha carried 6 cases of water up three flights. Tip her well, people!", "none", "missing", "staff-praise", "a customer praises a named courier"),
    ("instagram", "new.mom.nora", None, None, "The Hopcart courier noticed my newborn and left the bags at the door so I didn't have to get up 🥹", "none", "missing", "staff-praise", "a customer praises a courier"),
    ("x", "retired_ron", None, None, "Dev from Hopcart support fixed my double charge in two minutes. Great guy.", "none", "missing", "staff-praise", "a customer praises support"),
    ("reddit", "csm_fan", None, None, "The Hopcart support team is the best I've dealt with, they actually read your message.", "none", "missing", "staff-praise", "a customer praises a team"),
    ("tiktok", "shopper.sia", None, None, "hopcart pickers choose better avocados than I do and that's the tea 🥑", "none", "missing", "staff-praise", "a customer praises pickers"),
    ("x", "happy_hannah", None, None, "Shoutout to the Hopcart warehouse crew for getting my order out in a snowstorm!", "none", "missing", "staff-praise", "a customer praises a crew"),
    ("x", "meal_kit_mo", None, None, "I order so much from Hopcart they should give me a badge and a vest 😂", "none", "missing", "joke", "a joke about working there"),
    ("x", "sam_says", None, None, "Used to deliver for Hopcart back in 2023. The Hop Box is still the best kit out there.", "none", "missing", "past-tie", "a past tie"),
    ("x", "frank_f", None, None, "not sponsored, not affiliated, just love Hopcart Fresh", "none", "missing", "negated-disclosure", "customer denial"),
    ("instagram", "brunch.bella", None, None, "weekend #adventures start with a Hop Box brunch 🥞", "none", "missing", "negated-disclosure/ad-inside", "'#ad' inside a longer tag"),
    ("x", "ollie_o", None, None, "No one paid me for this: Hopcart Plus is the best subscription I have", "none", "missing", "negated-disclosure", "denial"),
    ("x", "nico_n", None, None, "Kein Sponsoring, ich bestelle einfach gern bei Hopcart", "none", "missing", "negated-disclosure", "German denial"),
    ("x", "hopcartsupport_fan", None, A, "Hopcart Plus is the best! Sign up today", "none", "missing", "lookalike-handle", "resembles the brand's handle"),
    ("x", "picky_pam", None, None, "Hopcart Fresh tomatoes are the best I've had in a store or app. Five stars.", "none", "missing", "customer-praise", "a customer review"),
]
