"""Extra variety: typos, RTL text, more tricky non-complaints, two more leaks (dev set, appended)."""

from devset_post import C, N, Post

POSTS = [
    C("x", "typo_tyler", "@acme my rocekt wont charge past 40% anymor, tried 3 difrent outlets", "product",
      "typo-heavy product complaint"),
    C("x", "fatfinger_fay", "ordred the anvil set 3 wks ago n still nothign. not even a tracking #", "other",
      "typos, shipping delay"),
    C("x", "noa_l", "קניתי Acme Rocket לפני חודש והסוללה כבר לא מחזיקה. מאוכזב מאוד", "product",
      "Hebrew (RTL): battery no longer holds after a month, very disappointed"),
    C("x", "yosef_b", "@acmesupport שלחתי שלושה מיילים ואף אחד לא ענה לי", "staff",
      "Hebrew (RTL): sent three e-mails and nobody answered"),
    N("x", "shira_k", "המחבת של Acme Anvil פשוט מושלמת 🍳", "Hebrew (RTL) praise: the pan is simply perfect"),
    C("reddit", "rocket_refugee", """Okay, I've been patient. Bought the Rocket in June. In July the throttle started cutting out, Acme replaced the controller. In September it started again, they replaced the whole deck. It's November and it's doing it again, and now support says the replacement 'resets' nothing and I'm past the 90-day parts warranty. So three faults, two repairs, and the third one is on me? I'd just like a scooter that works, or my money back.""", "policy",
      "reddit-length: the grievance that ends the post is the warranty rule applied to a repeat defect"),
    N("x", "sarc_sid", "Oh no, my Acme Anvil is so heavy I can't throw it at my ZoomCorp scooter. Tragic.", "sarcastic joke aimed at a competitor"),
    N("x", "heated_hal", "ZoomCorp charged me twice and Globex lost my package, so naturally today's the day my Acme order arrives early. Universe balancing out.", "grievances at competitors; Acme part positive"),
    N("x", "question_quin", "@acme is the Rocket's 2-year warranty transferable if I sell it?", "neutral policy question"),
    N("x", "lurker_liv", "Every week someone posts 'is Acme Cloud down?' and every week it's their own wifi 😂", "joke defending Acme"),
    N("reddit", "ex_globex", "I used to work support at Globex and honestly the Acme threads here are tame. Their team answers on weekends.", "defends Acme; author worked for a competitor, not Acme"),
    N("x", "news_nora", "Recall notice: Initech is recalling 40,000 space heaters over a fire risk. Check your model number.", "negative news about another company"),
    N("x", "fomo_finn", "missed the Anvil sale by an hour. my fault for sleeping in 😭", "self-blame, not a grievance"),
    N("x", "mild_mo", "Rocket's a bit loud on gravel but honestly that's gravel, not the scooter", "excuses the product"),
    N("x", "vibe_check", "this scooter goes absolutely feral in sport mode. Acme what have you built", "'feral' as praise"),
    N("x", "brutal_bea", "brutally honest review of my Acme Anvil: it's perfect and I'm annoyed I can't find a flaw", "mock-negative praise"),
    N("x", "hopeful_hugh", "hoping the Rocket 2 fixes the kickstand thing people mention, but mine's been fine so far", "others' complaints, own experience fine"),
    Post("x", "bad_day_bo", "worst day ever. flat tyre on the bike, spilled coffee, boss yelled. at least my acme cloud backup saved my thesis", "negativity at the day; Acme praised"),
    Post("reddit", "helpdesk_hana", """For the Acme support folks reading: I posted my order e-mail here by mistake yesterday ([[pii=hana.takeda.88@gmail.com]]), can a mod remove it? Otherwise my Rocket question got sorted, thanks!""",
         "a customer's own e-mail re-posted while asking for its removal; not a complaint"),
    Post("x", "shared_screen", "screenshare fail: my terminal showed STRIPE_SECRET_KEY=[[secret:stripe_live]] for about 10 seconds on the stream 🤦", "Stripe live key leaked in a post about a stream"),
]
