"""A fresh FTC/NLRA batch for issue 27, written whole before the second round of detector work and
scored once before any change (BENCHMARKS.md, issue 27), to measure how the cues generalise to
wordings their writer did not have in mind. It has its own brand, rosters, platforms and time zone
(tests/data/endorsements/fresh/: Brindle, a coffee roaster and café chain, America/Chicago), so it
shares no template, brand or handle with the Kestrel development set.

Labels follow docs/labelling-endorsements.md from who wrote the post, on which local date, and what
the text says; never from running a detector. Rendered by build.py into
tests/data/endorsements/fresh/posts.jsonl.

Roster: officers harrietq/hquinn/harriet.quinn, desachebe; managers priyanair_b/priya.brews/
priyabrews (retail), tkowalski/tomkow (roastery), lenafischer/lena.fischer (marketing); staff
jreyes_pours/jordan.pours/jordanpours, avat/ava.t.coffee, marcusbell/mbell_wh, kenjimori/kmori,
sofiaruiz_/sofiaruiz, noahp_ (until 2026-05-15), gracelee_r/grace.roasts (from 2026-03-01),
elibrooks/eli_b (role column blank: staff). Partners milomakes/milo.makes.coffee/milomakescoffee/
MiloMakesCoffee (paid), beanscene_yt/beanscene/BeanSceneReviews (affiliate), raeokafor/rae.okafor
(ambassador 2026-02-01 to 2026-08-31), tillymae/tilly.mae (paid). Brand accounts brindlecoffee,
brindlehelp, brindle_official, brindle.coffee, BrindleCoffee.

Each entry: (platform, author, profile, created_at or None, text, expected, disclosure, case, reason).
"""

from ftc_fresh_conduct import CONDUCT

A = "2026-06-10T17:00:00Z"  # noon in Chicago; every active-roster author is active

EMPLOYEES = [
    # --- roster staff praising, no disclosure -------------------------------------------------------
    ("x", "jreyes_pours", None, A, "the Night Owl Roast as a flat white is genuinely unfair. no notes 🦉☕", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "barista praises the roast with no disclosure"),
    ("instagram", "jordan.pours", None, A, "POV: your mornings are fixed forever ☕✨ Brindle Duo + Night Owl Roast = chef's kiss\n\n#coffee #espresso #homebarista #latteart", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "hashtags but no disclosure of any kind"),
    ("tiktok", "jordanpours", None, A, "if ur still using a blade grinder pls just get the Arden Grinder 😭 #coffeetok #fyp", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff urges purchase in TikTok slang"),
    ("x", "avat", None, A, "Brindle Pour Kettle gooseneck is so smooth, pour-overs have never been easier. highly recommend!!", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff recommends the kettle"),
    ("instagram", "ava.t.coffee", None, A, "obsessed w the new Night Owl Roast bag design AND the taste 🖤 go get a bag before they sell out", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praises and urges purchase"),
    ("reddit", "mbell_wh", None, A, "Honestly the Arden Grinder is the best grinder under $300, I've tried a bunch. Buy it, you won't regret it.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "warehouse staff recommends on Reddit"),
    ("x", "marcusbell", None, A, "Brindle Duo is 20% off till Sunday. Best espresso machine you can get for the money, grab one", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff promotes a sale"),
    ("reddit", "kmori", None, A, "PSA for anyone shopping: the Brindle Duo's temperature stability is legit. Not many machines in this price range hold within a degree. Worth every penny.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "engineer praises the product without saying so"),
    ("x", "kenjimori", None, A, "Brindle Duo steam wand >>> anything else at this price. Fight me.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "comparative praise in slang"),
    ("tiktok", "sofiaruiz", None, A, "searching for a kettle better than the Brindle Pour Kettle: day 47, still nothing 💅 #coffee #kettle", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "joke-shaped praise from staff"),
    ("x", "sofiaruiz_", None, A, "Night Owl Roast cold brew hits different at 3pm. y'all need this", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise and a buy nudge"),
    ("instagram", "grace.roasts", None, A, "Tasting notes for Night Owl Roast: dark chocolate, cherry, a little smoke. Honestly the best coffee on the market right now 🔥 link in bio", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "roaster staff praises with link in bio"),
    ("x", "gracelee_r", None, A, "Whoever hasn't tried Night Owl Roast as an espresso is missing out. Seriously go buy a bag.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff urges purchase"),
    ("reddit", "eli_b", None, A, "Arden Grinder: consistent, quiet, easy to clean. 10/10 recommend to anyone getting into pour over.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff (blank role) rates the product; not senior, so not 465.5(a)"),
    ("x", "elibrooks", None, A, "use code ELI15 for 15% off the Brindle Pour Kettle 🫖 you're welcome", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff shares a discount code"),
    ("x", "marcusbell", None, A, "can confirm the Arden Grinder is a beast. grind size consistency is insane for the price 👌", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "slang praise"),
    ("reddit", "kmori", None, A, "Anyone asking 'which grinder' in this sub: Arden Grinder. Done. Next question.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "curt recommendation"),
    ("instagram", "jordan.pours", None, A, "Sunday slow bar ☕ Night Owl Roast on the V60, Brindle Pour Kettle doing the work. Run, don't walk 🏃‍♀️", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "'run, don't walk' is a buy call"),
    ("x", "avat", None, A, "Not to be dramatic but the Brindle Duo changed my mornings forever. Best purchase of the year.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff testimonial"),
    ("x", "elibrooks", None, A, "night owl roast restock is live 🦉 grab it before it's gone again: brindle.example/night-owl", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff promotes a restock with a link"),
    ("tiktok", "jordanpours", None, A, "3 drinks u can make with the brindle duo that taste better than the café 👇 #coffeetok #homecafe", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "lower-case product name, promotional"),
    ("x", "gracelee_r", None, A, "The Arden Grinder + Night Owl Roast combo is criminally underrated. Try it and thank me later.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("x", "sofiaruiz_", None, A, "Brindle Pour Kettle holds temp for like an hour. best kettle, not even close", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("reddit", "mbell_wh", None, A, "Been using the Brindle Duo daily for six months. Zero issues, great shots, easy cleaning. Recommend.", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff review; staff is not an officer or manager"),
    ("x", "marcusbell", None, A, "bought my mom the brindle duo for her bday and she wont stop texting me pics of her lattes lol. best gift evr, yall shoud get one", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "typos; staff urges purchase"),
    ("instagram", "ava.t.coffee", None, A, "☕️🖤🦉 Night Owl Roast 🦉🖤☕️ that's it that's the post. go buy it 🛒", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "emoji-heavy buy call"),
    ("x", "kenjimori", None, A, "The Arden Grinder is the quietest grinder I've ever heard. my roommate didn't even wake up. get one", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("instagram", "jordan.pours", None, A, "iced Night Owl latte season is officially open 🧋 10/10 no notes, go treat yourself", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "staff praise"),
    ("x", "noahp_", None, "2026-04-20T16:00:00Z", "the Brindle Duo makes better lattes than most cafés. no exaggeration. go get one", "employee-undisclosed", "missing", "roster-employee/no-disclosure", "active before the end date"),
    ("x", "noahp_", None, "2026-05-16T03:30:00Z", "Night Owl Roast forever. Seriously the best beans you can buy, grab a bag.", "employee-undisclosed", "missing", "roster-date/local", "22:30 on 15 May in Chicago: the last day of employment still counts"),
    ("x", "noahp_", None, "2026-05-16T15:00:00Z", "Night Owl Roast forever. Seriously the best beans you can buy, grab a bag.", "none", "missing", "former-after-end", "the day after the last local day: a former employee"),
    ("instagram", "grace.roasts", None, "2026-03-01T04:00:00Z", "Arden Grinder on my counter, Night Owl in the hopper. perfect morning, you need this setup", "none", "missing", "roster-date/local", "22:00 on 28 February in Chicago: before the start date"),
    ("instagram", "grace.roasts", None, "2026-03-01T18:00:00Z", "Arden Grinder on my counter, Night Owl in the hopper. perfect morning, you need this setup", "employee-undisclosed", "missing", "roster-date/local", "on the start date in Chicago"),
    # --- managers and officers promoting (not reviewing): ordinary employees (R2) -----------------
    ("x", "priyanair_b", None, A, "Summer menu drops Friday and the Night Owl cold brew tonic is the best drink on it. Don't miss it.", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager promotes a menu launch; not a review"),
    ("instagram", "lena.fischer", None, A, "The Brindle Pour Kettle in matte sage is here and it's gorgeous 🌿 link in bio", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager announces a colour launch"),
    ("x", "tkowalski", None, A, "Night Owl Roast is back in stock everywhere. Grab a bag, it's the best coffee in the lineup.", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "manager promotes a restock"),
    ("x", "harrietq", None, A, "The Arden Grinder is 25% off this weekend only. Don't miss it!", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "officer promotes a sale, not a review"),
    ("instagram", "harriet.quinn", None, A, "Night Owl Roast is now in 300 grocery stores nationwide 🦉 find it near you, link in bio", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "officer promotes distribution news"),
    ("x", "desachebe", None, A, "Spring sale: 20% off the Brindle Duo with code SPRING20. Best machine at that price, go get it.", "employee-undisclosed", "missing", "senior-promotion/no-disclosure", "officer shares a code"),
    # --- working-conditions words inside a promotion: an endorsement first (N2, E3) ---------------
    ("x", "jreyes_pours", None, A, "double shift today and the only thing keeping me alive is Night Owl Roast lol. code JORDAN10 for 10% off", "employee-undisclosed", "missing", "nlra-plus-promo", "a code promotion is an endorsement first"),
    ("reddit", "mbell_wh", None, A, "My coworkers and I all swear by the Arden Grinder. Use code WAREHOUSE15 at checkout.", "employee-undisclosed", "missing", "coworkers-promo", "coworkers alone is no working-conditions topic"),
    ("x", "avat", None, A, "short-staffed again but at least my Brindle Duo at home makes up for it 😮‍💨 get yours w/ code AVA20", "employee-undisclosed", "missing", "nlra-plus-promo", "staffing words inside a code promotion"),
    # --- authors who state the tie in a profile (a profile never discloses) ---------------------
    ("x", "oat_milk_olivia", "barista @ Brindle Coffee | Austin | she/her", None, "the Night Owl Roast in a cortado is elite, come get one this week", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states the job"),
    ("instagram", "steamwand.sam", "Brindle roastery crew 🔥 | Chicago", None, "Arden Grinder on the counter, Night Owl in the hopper. perfect morning. you need this setup", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile says roastery crew"),
    ("reddit", "grindset_greg", "Shift lead, Brindle Coffee (Dallas)", None, "If you're shopping for a first espresso machine the Brindle Duo is the one. Easy to learn, forgiving, and it looks great.", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states a shift-lead job"),
    ("tiktok", "latte.lola", "☕ barista at brindle since 2021 | latte art", None, "this latte art was so easy on the Brindle Duo 😍 link in bio to get yours #latteart #fyp", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states the job in lower case"),
    ("x", "qa_quentin", "Brindle HQ · hardware QA · views my own", None, "The Brindle Pour Kettle's new base is a massive upgrade. Easily the best kettle I've owned.", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile places the author at Brindle HQ"),
    ("x", "rob_roasts", "Working at @brindlecoffee 🤎 | dog dad", None, "new Night Owl Roast bags just dropped and they're gorgeous. go go go", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile says working at the brand's handle"),
    ("instagram", "mira.makes.latte", "Brindle employee | opinions my own", None, "My favourite way to start the day: Brindle Duo, oat flat white, sunshine ☀️ Treat yourself!", "employee-undisclosed", "missing", "profile-tie/no-disclosure", "profile states employment"),
    # --- family ties ------------------------------------------------------------------------------
    ("x", "proud_papa_pete", "proud Brindle dad 🤎 my daughter roasts for them", None, "Night Owl Roast is the best coffee in America and I'm not taking questions", "employee-undisclosed", "missing", "profile-tie/family", "family tie in the profile only"),
    ("instagram", "brindle.wife", "Brindle wife ☕ | 3 kids | Austin", None, "The Brindle Duo gets used 5 times a day in this house. Best machine ever, go buy it", "employee-undisclosed", "missing", "profile-tie/family", "'Brindle wife' profile: an employee's spouse"),
    ("reddit", "kettle_kate", "my husband works at Brindle HQ", None, "Arden Grinder is the best grinder we've had. Quiet and consistent, just get it.", "employee-undisclosed", "missing", "profile-tie/family", "spouse tie in the profile only"),
    ("x", "hank_h", None, None, "full disclosure my brother works at Brindle, but the Arden Grinder really is the best grinder I've used", "none", "clear", "post-tie/clear-disclosure", "a family tie stated in the post discloses it"),
    ("tiktok", "mama.bean", None, None, "my son is a barista at Brindle so I'm biased lol but the Night Owl Roast is sooo good", "none", "clear", "post-tie/clear-disclosure", "family tie stated up front"),
    # --- ties stated in the post: clear ------------------------------------------------------------
    ("x", "shiftlead_sara", None, None, "Brindle employee here: yes, the Duo really is that easy to dial in. Come by the Lamar store and try it.", "none", "clear", "post-tie/clear-disclosure", "'Brindle employee here' in view"),
    ("reddit", "throwaway_roaster", None, None, "I've roasted at Brindle for six years and Night Owl is still the roast I drink at home.", "none", "clear", "post-tie/clear-disclosure", "'roasted at Brindle for six years' states a current tie"),
    ("x", "we_at_b", None, None, "We at Brindle are so proud of the new Pour Kettle, it's the best one yet.", "none", "clear", "post-tie/clear-disclosure", "'we at Brindle' states the tie"),
    ("x", "k_dev", None, None, "My employer makes the Arden Grinder, so grain of salt, but it's honestly great.", "none", "clear", "post-tie/clear-disclosure", "'my employer makes' states the tie"),
    ("x", "jreyes_pours", None, A, "(I work at Brindle) the new Night Owl Roast is my favourite batch yet, come try it", "none", "clear", "roster-employee/clear-disclosure", "employment stated first"),
    ("instagram", "ava.t.coffee", None, A, "#ad Brindle Pour Kettle in the new sage colour 🌿 pour-over heaven", "none", "clear", "roster-employee/clear-disclosure", "#ad opens the post"),
    ("x", "kenjimori", None, A, "Disclosure: I'm an engineer at Brindle. The Duo's new firmware cuts warm-up to 90 seconds, it's great.", "none", "clear", "roster-employee/clear-disclosure", "a disclosure line first"),
    ("tiktok", "sofiaruiz", None, A, "i work in brindle support and honestly the Pour Kettle is my fav thing they sell 🫖", "none", "clear", "roster-employee/clear-disclosure", "employment stated in lower case"),
    # --- insiders with vague, hinted or buried disclosures ------------------------------------------
    ("x", "jreyes_pours", None, A, "Night Owl Roast espresso tonic is the drink of the summer 🍊☕ #sp", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#sp is vague"),
    ("instagram", "ava.t.coffee", None, A, "my desk setup ft. the Brindle Pour Kettle 🫖✨ #spon #deskgoals", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#spon is vague"),
    ("tiktok", "jordanpours", None, A, "this grinder??? the Arden Grinder is so quiet omg #SPON #coffeetok", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#SPON in capitals is still vague"),
    ("x", "kenjimori", None, A, "Brindle Duo firmware 3.0 is out and the shot timer is chef's kiss #collab", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "#collab is vague"),
    ("x", "sofiaruiz_", None, A, "Arden Grinder, you have my heart 💘 #BrindlePartner", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "brand-partner hashtag is vague"),
    ("instagram", "grace.roasts", None, A, "Night Owl Roast, fresh out of the cooling tray and smelling unreal 🔥 #BrindleAmbassador", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "ambassador hashtag is vague"),
    ("x", "elibrooks", None, A, "Thanks @brindlecoffee for the Pour Kettle, it's perfect 🤎", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "a bare thanks to the brand"),
    ("x", "marcusbell", None, A, "Brindle Duo is the best machine out there. # sp", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "'# sp' with a space reads the same as #sp"),
    ("reddit", "kmori", None, A, "Arden Grinder burr alignment is the best I've measured on any grinder, go get one. (spon)", "ambiguous-disclosure", "ambiguous", "roster-employee/vague-disclosure", "'(spon)' is vague"),
    ("x", "kenjimori", None, A, "We just shipped auto-purge on the Brindle Duo and it's so satisfying. Update tonight!", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'we just shipped' implies the tie without stating it"),
    ("instagram", "grace.roasts", None, A, "Roasted 400 kg of Night Owl this week and every batch tasted amazing. Grab a bag 🦉", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'roasted 400 kg' implies the job without stating it"),
    ("x", "priyanair_b", None, A, "Our new Lamar Street café opens Saturday and the Night Owl cold brew is incredible. Come say hi!", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "manager promotes; 'our new café' is a hint"),
    ("x", "tkowalski", None, A, "My team spent a year on this roast profile and Night Owl has never tasted better. Get a bag.", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'my team spent a year' is a hint"),
    ("tiktok", "jordanpours", None, A, "behind the bar rn and the Night Owl cold brew is flying out 😮‍💨 come get one before we sell out", "ambiguous-disclosure", "ambiguous", "roster-employee/hint", "'behind the bar', 'before we sell out' imply the job"),
    ("instagram", "ava.t.coffee", None, A, "golden hour + iced Night Owl latte = my whole personality this summer ☀️🧋\n.\n.\n.\n.\n#ad", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#ad below dot padding"),
    ("instagram", "jordan.pours", None, A, "Brindle Duo latte art practice day 12 and I'm finally getting tulips 🌷 this machine makes it so easy #latteart #coffee #homebarista #espresso #baristalife #sponsored", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#sponsored at the end of a hashtag wall"),
    ("reddit", "kmori", None, A, "I've had the Arden Grinder on my counter for eight months now and it's honestly the most consistent grinder I've used at home, both for espresso and filter. Quiet too. Highly recommend. (Disclosure: I work at Brindle.)", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "employment stated only after character 125"),
    ("tiktok", "sofiaruiz", None, A, "the Pour Kettle in blush pink 🥹🥹 buy it buy it buy it ✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨ #ad", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#ad behind a run of emoji padding"),
    ("instagram", "grace.roasts", None, A, "New Night Owl Roast drop 🦉 so smooth... more\n\n#ad", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "#ad after a '... more' cut"),
    ("x", "elibrooks", None, A, "Arden Grinder = best grinder, period.\n\n\n\n\n\nSponsored.", "ambiguous-disclosure", "ambiguous", "roster-employee/buried-disclosure", "'Sponsored.' below line-break padding"),
    # --- insiders who deny: still undisclosed ----------------------------------------------------
    ("x", "avat", None, A, "not an #ad but the Brindle Pour Kettle is the best kettle on earth", "employee-undisclosed", "missing", "negated-disclosure", "roster staff; a negated #ad discloses nothing"),
    ("tiktok", "jordanpours", None, A, "no one paid me to say this but the Brindle Duo is the best espresso machine for beginners #notsponsored", "employee-undisclosed", "missing", "negated-disclosure", "roster staff; denial"),
    ("x", "kenjimori", None, A, "Not sponsored, just facts: the Arden Grinder is the quietest grinder you can buy.", "employee-undisclosed", "missing", "negated-disclosure", "roster staff; denial"),
]

PARTNERS = [
    ("instagram", "milo.makes.coffee", None, A, "morning ritual ☕ Brindle Duo + Night Owl Roast. code MILO15 saves you 15%", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner shares a code without disclosure"),
    ("tiktok", "milomakescoffee", None, A, "the espresso machine that made me quit my café habit 😳 Brindle Duo, link in bio #coffeetok", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner promotes with link in bio"),
    ("youtube", "BeanSceneReviews", None, A, "Arden Grinder vs three rivals: the Arden wins on consistency, noise and price.\n\nShop: brindle.example/arden?ref=beanscene", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate link with no label at all"),
    ("x", "beanscene_yt", None, A, "New video: why the Brindle Pour Kettle is our pick for best gooseneck of the year 🏆", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate promotes a review video"),
    ("reddit", "beanscene", None, A, "We tested 12 kettles. The Brindle Pour Kettle won, and it wasn't close. Full write-up on the channel.", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "affiliate promotes on Reddit"),
    ("instagram", "rae.okafor", None, A, "Can't start my day without Night Owl Roast 🦉 swipe up to shop", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "ambassador promotes"),
    ("x", "raeokafor", None, "2026-09-01T03:30:00Z", "Arden Grinder is the one. Buy it, thank me later.", "partner-undisclosed", "missing", "roster-date/local", "22:30 on 31 August in Chicago: the last day of the partnership"),
    ("x", "raeokafor", None, "2026-09-15T16:00:00Z", "Arden Grinder is the one. Buy it, thank me later.", "none", "missing", "former-after-end", "after the partnership ended"),
    ("tiktok", "tillymae", None, A, "rating coffee from 1-10: Night Owl Roast is a 12 🫶 go try it #coffeetok #fyp", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner praises"),
    ("instagram", "tilly.mae", None, A, "my kitchen glow-up 🌿 Brindle Pour Kettle in sage, linked in my stories!", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner promotes"),
    ("x", "milomakes", None, A, "Brindle Duo price drop this weekend, easily the best machine you can buy under $600", "partner-undisclosed", "missing", "roster-partner/no-disclosure", "paid partner promotes a sale"),
    ("instagram", "cuppa.cam", "@brindle.coffee partner ☕ | Portland", None, "Night Owl Roast on the V60 is a dream. go get some", "partner-undisclosed", "missing", "profile-tie/no-disclosure", "profile states a partnership"),
    ("tiktok", "brewbybex", "Brindle ambassador 🤎 | coffee + cats", None, "Brindle Duo makes the creamiest microfoam I've ever steamed #coffeetok", "partner-undisclosed", "missing", "profile-tie/no-disclosure", "profile states an ambassadorship"),
    ("instagram", "milo.makes.coffee", None, A, "this is NOT an ad 😂 I just genuinely love the Brindle Duo", "partner-undisclosed", "missing", "negated-disclosure", "roster partner; denial is no disclosure"),
    ("x", "beanscene_yt", None, A, "Unsponsored opinion: the Arden Grinder is the best value grinder of the decade.", "partner-undisclosed", "missing", "negated-disclosure", "roster affiliate; 'unsponsored' denies"),
    ("tiktok", "tillymae", None, A, "not sponsored i swear 😭 but Night Owl Roast is my whole personality", "partner-undisclosed", "missing", "negated-disclosure", "roster partner; denial"),
    ("youtube", "BeanSceneReviews", None, A, "Pour Kettle review is live, the best kettle we've tested → brindle.example/kettle#ad", "partner-undisclosed", "missing", "negated-disclosure", "'#ad' inside a URL fragment is not a disclosure"),
    # vague, hinted, buried
    ("instagram", "milo.makes.coffee", None, A, "3 ways to brew Night Owl Roast ☕ swipe for my fave! #gifted", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "#gifted is vague"),
    ("youtube", "MiloMakesCoffee", None, A, "Brindle Duo: 30 days later, is it worth it?\n\nLinks to everything I use are below, buying through them helps the channel ❤️\nBrindle Duo: brindle.example/duo?ref=milo", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "an appeal to support the channel through links"),
    ("youtube", "BeanSceneReviews", None, A, "The best grinder under $300? Arden Grinder full review.\n\nAffiliate link: brindle.example/arden?aff=beanscene", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a bare 'affiliate link' label"),
    ("x", "beanscene_yt", None, A, "Arden Grinder beat every grinder in our blind test 👀 (aff) brindle.example/arden?aff=bs", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "'(aff)' is vague"),
    ("instagram", "rae.okafor", None, A, "Night Owl Roast is my daily ritual 🤎 #ambassador", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a bare ambassador tag"),
    ("tiktok", "tillymae", None, A, "my go-to morning coffee 😌 thanks @brindlecoffee 🤎 #coffeetok", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a bare thanks to the brand"),
    ("x", "raeokafor", None, A, "Brindle Pour Kettle is sooo good, collab with the Brindle team coming soon 👀", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "'collab' is vague"),
    ("instagram", "tilly.mae", None, A, "PR package from Brindle came today 😭 the Duo is even prettier in person #pr", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "a PR package is a gift, said vaguely"),
    ("instagram", "milo.makes.coffee", None, A, "Dialing in Night Owl Roast on the Duo ☕ 18g in, 36g out, 28 seconds. Silky. #espresso #coffeetime #homebarista #latteart #ad", "ambiguous-disclosure", "ambiguous", "roster-partner/buried-disclosure", "#ad at the end of a hashtag wall"),
    ("tiktok", "milomakescoffee", None, A, "best latte I've made all year on the Brindle Duo 🥛☕ #Spon", "ambiguous-disclosure", "ambiguous", "roster-partner/vague-disclosure", "#Spon is vague"),
    ("youtube", "MiloMakesCoffee", None, A, "Night Owl Roast three ways: espresso, V60, cold brew. Which one wins? Watch to find out, I was honestly surprised by how good the cold brew turned out, might be my new summer drink. This video is sponsored by Brindle.", "ambiguous-disclosure", "ambiguous", "roster-partner/buried-disclosure", "'sponsored by Brindle' only after character 125"),
    # clear, in several languages
    ("instagram", "rae.okafor", None, A, "Werbung | Mein Lieblingskaffee am Morgen: Night Owl Roast von Brindle ☕", "none", "clear", "roster-partner/clear-disclosure", "German 'Werbung' opens the post"),
    ("instagram", "milo.makes.coffee", None, A, "#publicidad Mi cafetera favorita: la Brindle Duo. Espresso perfecto cada mañana.", "none", "clear", "roster-partner/clear-disclosure", "Spanish #publicidad first"),
    ("tiktok", "tillymae", None, A, "Publicité : la bouilloire Brindle Pour Kettle, ma préférée pour le café filtre ☕", "none", "clear", "roster-partner/clear-disclosure", "French 'Publicité :' first"),
    ("instagram", "tilly.mae", None, A, "#pubblicità Il macinacaffè Arden Grinder è silenziosissimo, lo adoro", "none", "clear", "roster-partner/clear-disclosure", "Italian #pubblicità first"),
    ("instagram", "milo.makes.coffee", None, A, "Parceria paga com a Brindle: o Night Owl Roast é o meu café preferido ☕", "none", "clear", "roster-partner/clear-disclosure", "Portuguese 'parceria paga' first"),
    ("x", "raeokafor", None, A, "Betaalde samenwerking met Brindle: de Pour Kettle is perfect voor filterkoffie", "none", "clear", "roster-partner/clear-disclosure", "Dutch 'betaalde samenwerking' first"),
    ("youtube", "MiloMakesCoffee", None, A, "Paid partnership with Brindle. In this video I dial in the Duo from scratch.", "none", "clear", "roster-partner/clear-disclosure", "paid partnership stated first"),
    ("youtube", "BeanSceneReviews", None, A, "Arden Grinder review. If you buy through the links below we earn a commission, at no extra cost to you.", "none", "clear", "roster-partner/clear-disclosure", "commission stated plainly"),
    ("x", "beanscene_yt", None, A, "We get paid a small commission on sales through this link: brindle.example/arden?aff=bs, best grinder we've tested.", "none", "clear", "roster-partner/clear-disclosure", "commission stated plainly"),
    ("tiktok", "milomakescoffee", None, A, "#ad brindle duo latte in 60 seconds ⏱️☕", "none", "clear", "roster-partner/clear-disclosure", "#ad first"),
    ("instagram", "rae.okafor", None, A, "[Ad] My cosy Sunday: Night Owl Roast and a good book 📖", "none", "clear", "roster-partner/clear-disclosure", "[Ad] first"),
    ("x", "milomakes", None, A, "Sponsored by Brindle: the Duo has been my daily machine for a month and I love it.", "none", "clear", "roster-partner/clear-disclosure", "'Sponsored by Brindle' first"),
    ("instagram", "tilly.mae", None, A, "Night Owl Roast + oat milk, my favourite combo 🤎 #sponsored", "none", "clear", "roster-partner/clear-disclosure", "#sponsored at the end of a short post, no wall"),
    ("x", "raeokafor", None, A, "Arden Grinder for my new apartment 😍 Sponsored.", "none", "clear", "roster-partner/clear-disclosure", "'Sponsored.' as the last sentence"),
    ("instagram", "rae.okafor", None, A, "#anuncio La Brindle Pour Kettle es preciosa y funciona de maravilla", "none", "clear", "roster-partner/clear-disclosure", "Spanish #anuncio first"),
    ("x", "milomakes", None, A, "Anzeige: Die Brindle Duo macht den besten Cappuccino, den ich je zu Hause hatte.", "none", "clear", "roster-partner/clear-disclosure", "German 'Anzeige:' first"),
]

NOT_INSIDERS = [
    # customers praising staff
    ("x", "hungry_hal", None, None, "shoutout to Jordan at the Brindle on Lamar who remembered my order after one visit. elite customer service", "none", "missing", "staff-praise", "a customer praises a barista"),
    ("instagram", "sunny.sips", None, None, "The baristas at Brindle South Congress are the sweetest humans 🥹 they drew a cat in my latte", "none", "missing", "staff-praise", "a customer praises baristas"),
    ("reddit", "espresso_newbie", None, None, "Kudos to Sofia from Brindle support, she walked me through descaling my Duo over the phone for 40 minutes.", "none", "missing", "staff-praise", "a customer praises a named support agent"),
    ("tiktok", "caffeine.cleo", None, None, "the brindle barista who saw me crying and gave me a free cookie... I love u whoever u are 😭 #fyp", "none", "missing", "staff-praise", "a customer thanks a barista"),
    ("x", "dad_of_three", None, None, "Brindle's staff at the airport location handled a 6am rush like pros. Impressive team.", "none", "missing", "staff-praise", "a customer praises the staff"),
    ("x", "marta_k", None, None, "Ava at Brindle Eastside is the best barista in Austin and I will die on this hill", "none", "missing", "staff-praise", "third-person praise of a roster employee"),
    ("reddit", "pourover_pat", None, None, "Had a question about grind size and the Brindle tech (Kenji I think?) replied on their forum within an hour with a full chart. Super helpful people over there.", "none", "missing", "staff-praise", "a customer praises a named engineer"),
    ("x", "nina_reads", None, None, "The manager at Brindle downtown comped my drink when they got it wrong. Class act.", "none", "missing", "staff-praise", "a customer praises a manager"),
    ("instagram", "bean.there.bo", None, None, "big love to the Brindle roastery team for the tour today 🔥 learned so much", "none", "missing", "staff-praise", "a visitor praises the team"),
    ("x", "lateshift_lu", None, None, "whoever is on the Brindle night shift at the 24hr store: you're the real MVPs", "none", "missing", "staff-praise", "a customer praises the night staff"),
    ("tiktok", "momofmany", None, None, "took my 4 kids into Brindle and the staff were SO patient with them. 10/10 people", "none", "missing", "staff-praise", "a customer rates the staff, not a product"),
    ("x", "grumpy_gil", None, None, "I hate mornings but the Brindle crew on 5th always makes it better. good people.", "none", "missing", "staff-praise", "a regular praises the crew"),
    ("reddit", "barista_curious", None, None, "The Brindle employees at the Domain store know their stuff. One of them explained washed vs natural process better than any YouTube video.", "none", "missing", "staff-praise", "a customer praises employees"),
    ("x", "kai_runs", None, None, "Brindle support rep Marcus (I think?) sorted my broken order in 5 minutes. Thank you!!", "none", "missing", "staff-praise", "a customer thanks a named rep"),
    ("instagram", "latte.lover.liz", None, None, "Jordan from @brindle.coffee made me the prettiest swan 🦢 you're so talented!", "none", "missing", "staff-praise", "a customer praises a named barista"),
    ("x", "ritaw", None, None, "props to the brindle delivery driver who carried my Duo up 4 flights of stairs 🙏", "none", "missing", "staff-praise", "a customer praises a driver"),
    ("x", "olderthandirt", None, None, "Young man at Brindle helped me set up my new grinder in the store. Patient and polite. Rare these days.", "none", "missing", "staff-praise", "a customer praises an associate"),
    ("reddit", "coffeeclub_ops", None, None, "Our office ordered from Brindle's wholesale team and their rep was fantastic start to finish.", "none", "missing", "staff-praise", "a business customer praises a rep"),
    ("tiktok", "sips.with.sam", None, None, "brindle baristas are genuinely the nicest people on earth i don't make the rules", "none", "missing", "staff-praise", "a customer praises baristas"),
    ("x", "tina_tweets", None, None, "The Brindle staff remembered my dog's name. MY DOG'S NAME. Customer for life.", "none", "missing", "staff-praise", "a customer praises staff"),
    ("instagram", "weekend.wanderer", None, None, "Sweet barista at Brindle Chicago recommended the Night Owl cold brew and she was right ❤️", "none", "missing", "staff-praise", "a customer praises a barista and a drink"),
    ("x", "ok_omar", None, None, "Shoutout Priya, the Brindle store manager on Lamar, for sorting our catering order last minute", "none", "missing", "staff-praise", "a customer praises a named manager"),
    ("x", "harper_h", None, None, "Brindle's CEO Harriet Quinn gave a great talk at the small business expo today. Inspiring.", "none", "missing", "staff-praise", "third-person praise of an officer"),
    ("reddit", "ux_ursula", None, None, "Shoutout to whoever designed the Brindle app. Best ordering app of any coffee chain, the team clearly cares.", "none", "missing", "staff-praise", "a customer praises the app team"),
    ("x", "fixit_fran", None, None, "Brindle repair center guy fixed my Duo's pump for free even though it was out of warranty. legend", "none", "missing", "staff-praise", "a customer praises a technician"),
    ("x", "cafe_critic", None, None, "Honestly the Brindle team at the Eastside shop deserve a raise, they're slammed and still friendly", "none", "missing", "staff-praise", "a customer on staff pay and workload"),
    ("instagram", "rosie.reviews", None, None, "Brindle Pearl St: barista Eli was the highlight of my week, funniest guy, perfect cappuccino 👏", "none", "missing", "staff-praise", "a customer praises a named roster barista"),
    ("x", "dana_d", None, None, "Shout out to my Brindle barista for spelling my name right for once 😂🙌", "none", "missing", "staff-praise", "'my barista' is the customer's barista"),
    # jokes, wishes, past and friends' ties, look-alike handles
    ("x", "coffeeaddict_cal", None, None, "at this point I should be on the Brindle payroll with how many friends I've converted to Night Owl Roast 😂", "none", "missing", "joke", "exaggeration, not a tie"),
    ("tiktok", "zoe.z", None, None, "me: I basically work at brindle now. the baristas: ma'am you need to leave 💀", "none", "missing", "joke", "a joke"),
    ("x", "wannabe_barista", None, None, "If I worked at Brindle I'd drink Night Owl Roast all day. dream job tbh", "none", "missing", "joke", "a hypothetical"),
    ("x", "lil_lev", None, None, "Brindle please hire me I will make lattes for free", "none", "missing", "joke", "a wish"),
    ("reddit", "former_fred", None, None, "I used to work at Brindle years ago and the Arden Grinder is still the best grinder you can buy.", "none", "missing", "past-tie", "a past tie"),
    ("x", "ex_barista_em", "ex-Brindle barista (2018-2022) | now teaching", None, "Night Owl Roast still slaps, go get some", "none", "missing", "past-tie", "a former barista by profile"),
    ("x", "friend_of_b", None, None, "My friend works at Brindle and got me hooked on Night Owl Roast. Best coffee I've had.", "none", "missing", "friend-tie", "a friend is not a material connection"),
    ("x", "jreyes_pour", None, A, "Night Owl Roast is the best coffee ever, buy it!", "none", "missing", "lookalike-handle", "handle resembles a roster handle"),
    ("instagram", "jordan.pours.fan", None, A, "Brindle Duo supremacy ☕ go get one", "none", "missing", "lookalike-handle", "fan account"),
    ("x", "harrietq_", None, A, "Five stars for the Arden Grinder. Best grinder on the market.", "none", "missing", "lookalike-handle", "resembles an officer's handle"),
    ("tiktok", "sofiaruiz_fan", None, A, "the Brindle Pour Kettle is the prettiest kettle ever, buy it", "none", "missing", "lookalike-handle", "fan account"),
    # negated disclosures from customers, and 'ad' inside words
    ("x", "nomad_nate", None, None, "not an ad, nobody paid me, I just really love my Brindle Duo", "none", "missing", "negated-disclosure", "customer denies"),
    ("instagram", "plantsandpourovers", None, None, "#notsponsored just obsessed with the Brindle Pour Kettle 🌿", "none", "missing", "negated-disclosure", "customer denies"),
    ("reddit", "skeptical_sue", None, None, "No affiliation with Brindle whatsoever, but their Arden Grinder is the best I've owned.", "none", "missing", "negated-disclosure", "customer denies a tie"),
    ("x", "coffee_colin", None, None, "@adrianbrews you need the Night Owl Roast in your life", "none", "missing", "negated-disclosure/ad-inside", "'ad' inside a handle"),
    ("x", "trail_tina", None, None, "weekend #adventure fuel: Night Owl Roast in a thermos ☕🏔", "none", "missing", "negated-disclosure/ad-inside", "'#ad' starts a longer hashtag"),
    ("tiktok", "honest.hannah", None, None, "this isn't sponsored, brindle doesn't even know i exist lol. Pour Kettle is just that good", "none", "missing", "negated-disclosure", "customer denies"),
    ("x", "paid_full_price", None, None, "Paid for it myself, no #ad, no code: the Arden Grinder is worth every cent.", "none", "missing", "negated-disclosure", "negated #ad"),
    ("instagram", "cozy.corner.co", None, None, "Is this #sponsored? Nope! Just a girl and her Brindle Duo ☕", "none", "missing", "negated-disclosure", "a question answered no"),
    ("x", "dev_dara", None, None, "(I'm not a Brindle employee, promise) but the Duo's app is the cleanest coffee app I've used", "none", "missing", "negated-disclosure", "a denied tie"),
    ("reddit", "kettle_ken", None, None, "Ad-free opinion here: the Brindle Pour Kettle is overpriced but worth it.", "none", "missing", "negated-disclosure/ad-inside", "'Ad-free'"),
    ("x", "sara_es", None, None, "Esto no es publicidad, de verdad me encanta el Night Owl Roast de Brindle", "none", "missing", "negated-disclosure", "Spanish denial"),
    ("x", "berlin_ben", None, None, "Keine Werbung, ich liebe einfach meine Brindle Duo", "none", "missing", "negated-disclosure", "German denial"),
    ("instagram", "shop.link.lou", None, None, "got my Brindle Duo here → brindle.example/duo#ad", "none", "missing", "negated-disclosure/ad-inside", "'#ad' inside a URL"),
    ("x", "hypo_hugo", None, None, "if this were an #ad I'd tell you. it isn't. Arden Grinder is just great.", "none", "missing", "negated-disclosure", "a hypothetical"),
    ("tiktok", "madeline.m", None, None, "paid partnership?? lmao no. I bought the Night Owl Roast with my own money", "none", "missing", "negated-disclosure", "a denial"),
    ("x", "frugal_fay", None, None, "zero sponsorship here, I just think the Brindle Duo is the best deal in espresso right now", "none", "missing", "negated-disclosure", "a denial"),
    ("x", "lena_l", None, None, "Ce n'est pas une pub, j'adore vraiment la Brindle Pour Kettle", "none", "missing", "negated-disclosure", "French denial"),
    ("instagram", "madhouse.brews", None, None, "Brindle Duo + @adamsbakery croissant = perfect saturday 🥐☕", "none", "missing", "negated-disclosure/ad-inside", "'ad' inside a handle"),
    # clear disclosures by creators outside the rosters
    ("instagram", "creator.cora", None, None, "#ad Loving the Brindle Duo on slow mornings ☕", "none", "clear", "customer/clear-disclosure", "a creator discloses clearly"),
    ("youtube", "GrindReviews", None, None, "Sponsored by Brindle. Today: is the Arden Grinder worth it?", "none", "clear", "customer/clear-disclosure", "a creator discloses clearly"),
    # ordinary customer praise
    ("x", "bean_counter", None, None, "Arden Grinder arrived today and wow, it's so quiet. Best purchase this year.", "none", "missing", "customer-praise", "a customer praises a product"),
    ("reddit", "new_to_espresso", None, None, "Update after a month with the Brindle Duo: 5 stars, would buy again. Thanks everyone who recommended it.", "none", "missing", "customer-praise", "a customer review"),
]

POSTS = EMPLOYEES + PARTNERS + NOT_INSIDERS + CONDUCT
