"""English post shapes, grouped by the pattern they teach; each entry is (template, complaint, topic, sentiment).

Slots: {at} the brand as @handle or name, {b} its name, {p} a product, {f} what went wrong with it,
{s} a staff role, {pol} a rule or charge, {req} a service request, {c} a competitor, {d} a duration,
{n} a small number, {amt} a sum of money, {order} an order number, {cons} a consequence,
{tag} a complaint hashtag, {life} a gripe about life, {news} a news event, {praise} a praise phrase.
A label says whether the post is a grievance about the brand and, if so, about what.
"""

from __future__ import annotations

C, N = True, False
NEG, NEU, POS = "negative", "neutral", "positive"

PATTERNS: dict[str, list[tuple[str, bool, str | None, str]]] = {
    # --- hard positives -------------------------------------------------------------------------
    "explicit_product": [
        ("{at} my {p} {f}. Really disappointed.", C, "product", NEG),
        ("Absolutely fed up with {b}. The {p} {f} and nobody cares.", C, "product", NEG),
        ("{at} your {p} is broken again. It {f}.", C, "product", NEG),
        ("worst experience ever with {b}, the {p} {f}", C, "product", NEG),
        ("So the {b} {p} {f}. Great start to the week. Terrible product.", C, "product", NEG),
        ("{at} I'm honestly furious, my {p} {f}", C, "product", NEG),
        ("Not impressed {at}. {p} {f}, twice now.", C, "product", NEG),
    ],
    "help_question": [  # asks for help with a problem; no negative word
        ("{at} hi, my {p} {f}, what should I do?", C, "product", NEU),
        ("{at} is there an outage? my {p} {f}", C, "product", NEU),
        ("{at} hello, any idea when my refund for order {order} will show up? it's been {d}", C, "policy", NEU),
        ("{at} can someone look at my account? I was charged {amt} twice this month", C, "policy", NEU),
        ("{at} who do I talk to about the {p}? it {f}", C, "product", NEU),
        ("hey {at} quick question, is it normal that my {p} {f}?", C, "product", NEU),
        ("{at} any update on my ticket? opened it {d} ago about the {p}", C, "staff", NEU),
        ("{at} how long does a refund usually take? order {order} was returned {d} ago", C, "policy", NEU),
        ("{at} is anyone actually reading DMs? sent {n} messages about my {p}", C, "staff", NEU),
        ("{at} where is my order {order}? tracking hasn't moved in {d}", C, "policy", NEU),
    ],
    "consequence": [  # the problem only through what it caused
        ("Missed my sister's birthday dinner because {b} {f}.", C, "product", NEG),
        ("Thanks to {at} I'm now sitting in the dark eating cereal for dinner.", C, "product", NEG),
        ("had to take the day off work to wait for the {b} {s} who never came", C, "staff", NEG),
        ("Now I get to explain to my boss why I missed the call. Cheers {at}.", C, "product", NEG),
        ("Kids are crying, dinner is cold, and {b} says another {d}.", C, "policy", NEG),
        ("Spent my whole lunch break on hold with {at} instead of eating.", C, "staff", NEG),
        ("Paying {amt} in overdraft because {b} took {d} to release my money.", C, "policy", NEG),
        ("Had to buy a second {p} from {c} because {b}'s one {f}.", C, "product", NEG),
        ("{d} of my life I will never get back, courtesy of {at}", C, "staff", NEG),
    ],
    "comparison": [
        ("{c} refunded me in two days. {b} has been \"looking into it\" for {d}.", C, "policy", NEG),
        ("Last year the {b} plan was {amt}. This year it's almost double for the same thing.", C, "policy", NEG),
        ("My old {p} from {c} lasted five years, the {b} one barely lasted {d}.", C, "product", NEG),
        ("Funny how {c} answers in minutes and {at} needs {d}.", C, "staff", NEG),
        ("Remember when {b} used to include {p} support for free? Good times.", C, "policy", NEG),
        ("{b} then: best service in town. {b} now: {f}.", C, "product", NEG),
    ],
    "hashtag": [
        ("{at} {p} {f} {tag}", C, "product", NEG),
        ("day {n} without a working {p} {tag} {tag2}", C, "product", NEG),
        ("{b} {pol} strikes again {tag}", C, "policy", NEG),
        ("on hold for {d} {tag} {at}", C, "staff", NEG),
        ("{tag} {b} {tag2}", C, "other", NEG),
    ],
    "factual_failure": [  # a flat report, no opinion words
        ("{at} order {order} marked as delivered. Not here.", C, "policy", NEU),
        ("{b} {p} {f}. Third time this month.", C, "product", NEU),
        ("Day {n} of waiting for the {b} {s}.", C, "staff", NEU),
        ("{at} charged {amt} twice for one order, order {order}.", C, "policy", NEU),
        ("{at} the {p} {f}. Serial number on the box, bought {d} ago.", C, "product", NEU),
        ("Ordered from {b} {d} ago. Status still says processing.", C, "policy", NEU),
        ("{b} refund still not received. {d} since the return.", C, "policy", NEU),
        ("{at} the {s} said someone would call back within 24 hours. That was {d} ago.", C, "staff", NEU),
        ("Got a blue one from {b}. Ordered the black one.", C, "other", NEU),
        ("{b} website won't accept my card at checkout, tried {n} times.", C, "other", NEU),
        ("{at} your password reset email never arrives.", C, "other", NEU),
    ],
    "sarcasm": [
        ("Thank you {at} for the wonderful experience of my {p} that {f}. Truly magical.", C, "product", NEG),
        ("Love paying {amt} a month so {b} can give me a {p} that {f} 🙃", C, "product", NEG),
        ("Wow {at}, {d} on hold, what a treat. Really feeling valued.", C, "staff", NEG),
        ("Great job {b}, {pol} went up again. Love that for me.", C, "policy", NEG),
        ("Oh wonderful, {b} {f}. Exactly what I needed today.", C, "product", NEG),
        ("Five stars to {at} for teaching me patience: {d} and counting.", C, "policy", NEG),
        ("{b} never fails to amaze me. Somehow the {p} {f}. Again.", C, "product", NEG),
    ],
    "polite": [  # polite-positive wording around a problem
        ("Hi {at}, love your stuff usually, but my {p} {f}. Could you please help?", C, "product", NEU),
        ("{at} I appreciate the quick reply, but the {p} still {f}.", C, "product", NEU),
        ("Thanks for the apology {at}, though I'm still waiting on the refund from {d} ago.", C, "policy", NEU),
        ("Big fan of {b} for years. Sadly the latest {p} {f}. Hoping you can sort it.", C, "product", NEG),
        ("Kind {s}, not your fault, but {b}'s {pol} makes no sense to me.", C, "policy", NEU),
    ],
    "slang": [
        ("{at} ur {p} is trash fr", C, "product", NEG),
        ("{b} {p} is mid af, {f}", C, "product", NEG),
        ("{b} customer service is a joke lmao", C, "staff", NEG),
        ("nah {b} ain't it. {p} {f} smh", C, "product", NEG),
        ("bruh {at} {pol} is straight robbery", C, "policy", NEG),
        ("{b} really said ✨{pol}✨ 💀", C, "policy", NEG),
        ("this {b} {p} is garbage no cap", C, "product", NEG),
        ("{at} yall {s} was mad rude to me today", C, "staff", NEG),
    ],
    "staff": [
        ("The {b} {s} rolled their eyes and walked off while I was still talking.", C, "staff", NEG),
        ("{at} your {s} hung up on me mid-sentence.", C, "staff", NEG),
        ("{b} {s} promised a callback. Nothing. Again.", C, "staff", NEG),
        ("{at} the {s} today was incredibly condescending about my {p}.", C, "staff", NEG),
        ("Asked the {b} {s} for help and got told to google it.", C, "staff", NEG),
        ("{at} the {s} left a note saying I wasn't home. I was home all day.", C, "staff", NEG),
    ],
    "policy": [
        ("{at} why is there a {amt} charge for {pol}? Nobody mentioned it.", C, "policy", NEG),
        ("{b} {pol} is a total ripoff.", C, "policy", NEG),
        ("Just found out about {b}'s {pol}. Never buying again.", C, "policy", NEG),
        ("{at} {amt} for {pol}? Are you serious?", C, "policy", NEG),
        ("Cancelling {b} because of {pol}. Done.", C, "policy", NEG),
        ("{at} you cannot keep changing {pol} every month and expect people to stay", C, "policy", NEG),
    ],
    # --- hard negatives -------------------------------------------------------------------------
    "life_negativity": [  # negativity not about any company, though the brand is in the post
        ("Worst Monday ever. Rain, missed the bus, spilled coffee. At least my {b} {p} works.", N, None, NEG),
        ("{life}. Anyway, picking up my {b} order later.", N, None, NEG),
        ("Ugh, {life}. Watching {b} on the couch to recover.", N, None, NEG),
        ("{life} and I'm so done with this week. Ordering {b} tonight.", N, None, NEG),
        ("I hate how fast summer went. Booked {b} for next year already.", N, None, NEG),
    ],
    "politics": [
        ("The debate last night was a disaster, both of them. Watched it on my {b} app.", N, None, NEG),
        ("{news}. Shameful. Anyway, {b} is having a sale.", N, None, NEG),
        ("Congress is useless. Saw the clip on the {b} app while waiting.", N, None, NEG),
        ("This new tax is awful for families. I read about it on the {b} {p} on the train.", N, None, NEG),
        ("The council's decision is a joke. Half the street lost parking. Someone at {b} posted the map.", N, None, NEG),
    ],
    "reply": [
        ("@{friend} that's awful, so sorry you went through that. want me to bring food? I'll grab {b}", N, None, NEG),
        ("@{friend} lol no way, your boss is the worst. Text me later, I'm on {b} wifi", N, None, NEG),
        ("@{friend} ugh exams are brutal. you've got this. {b} snacks on me", N, None, NEG),
        ("@{friend} I'm so angry for you. Call me. My {b} plan has free minutes.", N, None, NEG),
        ("@{friend} hate that for you honestly. the ref was blind. watching the replay on {b}", N, None, NEG),
    ],
    "service_request": [  # neutral requests: cancel, rebook, how do I
        ("{at} how do I {req}?", N, None, NEU),
        ("{at} hi, I'd like to {req}, can you help?", N, None, NEU),
        ("{at} is it possible to {req} through the app?", N, None, NEU),
        ("Does anyone know how to {req} with {b}?", N, None, NEU),
        ("{at} please cancel my subscription, moving abroad next month. Thanks!", N, None, NEU),
        ("{at} I need to cancel my order {order}, ordered the wrong size by mistake", N, None, NEU),
        ("{at} can I rebook for Friday instead? same booking reference", N, None, NEU),
        ("{at} what are your opening hours on Sunday?", N, None, NEU),
        ("{at} how do I transfer my account to a new phone?", N, None, NEU),
        ("{at} hello! want to {req} before my trip, what's the quickest way?", N, None, NEU),
    ],
    "obituary": [
        ("RIP Grandpa. He worked at {b} for 30 years and never missed a day.", N, None, NEG),
        ("Dad retires from {b} today after 32 years. So proud of him.", N, None, POS),
        ("My mom waited 20 years to visit Italy and finally went. She flew {b}.", N, None, POS),
        ("Farewell to Joan, who gave {d} to {b} and taught half of us the job. Rest easy.", N, None, NEG),
        ("Lost my uncle this week. Forty years at {b}, a quiet man who loved his garden.", N, None, NEG),
        ("Twenty-five years at {b} and Sam still brings donuts every Friday. Happy anniversary!", N, None, POS),
    ],
    "competitor_rant": [  # the grievance is with someone else
        ("{c} lost my package again. Should've stayed with my {b}.", N, None, NEG),
        ("Switched from {b} to {c} to save money and regret it, their {p} {f}. Going back to {b}.", N, None, NEG),
        ("{c}'s support is hopeless. Never had this with {b}.", N, None, NEG),
        ("Ugh, {c} {f}. Should have just bought the {b} one.", N, None, NEG),
        ("{c} charged me {amt} for nothing. I miss {b}.", N, None, NEG),
        ("tried {c} for a month. {f}. {b} is way better than that.", N, None, NEG),
    ],
    "praise": [
        ("{at} {praise}", N, None, POS),
        ("Shoutout to the {b} {s} who sorted my {p} in five minutes!", N, None, POS),
        ("my {b} {p} is insane, the battery is sick 🔥", N, None, POS),
        ("Honestly {b} {praise}", N, None, POS),
        ("I'm furious at how good the new {b} {p} is. Should be illegal.", N, None, POS),
        ("{b} killed it with this update, zero complaints", N, None, POS),
        ("never had a problem with {b} in {n} years", N, None, POS),
    ],
    "resolved": [
        ("My {b} {p} {f}, but the {s} fixed it in ten minutes. Impressed.", N, None, POS),
        ("Update: {b} refunded the double charge within a day. Thanks {at}!", N, None, POS),
        ("Panicked when the {p} {f}, turns out it was my fault. All good now {at}.", N, None, POS),
        ("{at} never mind, found the parcel behind the bins 😅", N, None, NEU),
    ],
    "news": [  # announcements and news with incidental sentiment words
        ("{b} announces new {p} lineup, prices start at {amt}.", N, None, NEU),
        ("{b} to close {n} stores next year, company says.", N, None, NEU),
        ("Report: {b} recalls {p} units after overheating complaints.", N, None, NEU),
        ("{b} shares fell 4% after the quarterly results.", N, None, NEU),
        ("{b} will raise prices in March, according to a letter sent to customers.", N, None, NEU),
        ("{b} names new CEO after a difficult year.", N, None, NEU),
        ("Storm damage: {b} says crews are working to restore service in the north.", N, None, NEU),
        ("{b} wins award for best customer service for the third year.", N, None, POS),
    ],
    "neutral_question": [
        ("Does the {b} {p} work with older models?", N, None, NEU),
        ("Anyone tried the new {b} {p}? thinking of getting one", N, None, NEU),
        ("{at} when does the new {p} launch in Canada?", N, None, NEU),
        ("Is {b} or {c} better for a family of four? genuinely asking", N, None, NEU),
        ("What's the difference between the {b} basic and plus plans?", N, None, NEU),
    ],
}

LIFE = ["my car got towed", "it rained all day on my only day off", "I failed my driving test again",
        "my landlord raised the rent", "the neighbours' dog barked all night", "I burned the rice",
        "my team lost in the last minute", "I have the flu", "the bus never came"]
NEWS = ["The minister's speech today was a mess", "Another bridge closure in the city centre",
        "Ticket prices for the final are insane", "The election ads are getting nastier"]
PRAISE = ["you guys are amazing, delivery was early!", "best customer service I've had in years",
          "absolutely love the new update", "the new {p} is a game changer", "thanks for the quick help today!",
          "is the only company that never lets me down"]
TAGS = ["#fail", "#neveragain", "#customerservicefail", "#worstservice", "#ripoff", "#stillwaiting", "#fixit",
        "#unacceptable", "#epicfail", "#brokenpromises"]
CONSEQUENCES = ["I missed my flight", "the food went bad", "I lost a client"]
FRIENDS = ["jess_r", "marco99", "tkwong", "ana_b", "big_dave", "lil.pip", "sam_ortiz", "k8e"]
DURATIONS = ["two weeks", "3 days", "a month", "five hours", "10 days", "six weeks", "45 minutes", "over an hour",
             "two months", "a week"]
