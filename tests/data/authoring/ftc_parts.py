"""Hand-written building blocks of the FTC/NLRA development set (brand: Kestrel, config in
tests/data/endorsements/). `ftc_devset.py` combines them into labelled posts; every label follows
docs/labelling-endorsements.md and is decided here, by construction, never by running a detector.

Products: Kestrel Kettle, Glide Pack, Ember Stove, Kestrel Lantern.
"""

PRODUCTS = ["Kestrel Kettle", "Glide Pack", "Ember Stove", "Kestrel Lantern"]

# Praise or promotion of a product, each naming the brand or a product ({p}). Short enough that a
# disclosure placed after it stays within the first 125 characters (checked when labelling).
PRAISE = [
    "The {p} boils two cups in under three minutes. Honestly the best camp buy I've made.",
    "Took the {p} up to the lake this weekend and it was flawless.",
    "Obsessed with the new {p}, it goes on every trip now",
    "If you camp at all you need the {p}. Game changer.",
    "the {p} is so good I bought a second one for my brother",
    "Rainy night, warm tea, {p} doing its thing. Perfect evening 🔥",
    "Three months with the {p} and not a single complaint. Highly recommend.",
    "New {p} just dropped and it's gorgeous. Grab one before they sell out!",
    "Nothing beats the {p} on a cold morning at the trailhead",
    "My favourite piece of kit this year? The {p}, easily.",
    "Kestrel really nailed it with the {p}. Light, tough, quiet.",
    "The {p} survived a week of rain and two drops off a picnic table. Impressed.",
    "Can't stop recommending the {p} to everyone at the climbing gym",
    "The {p} is the smartest piece of gear I own, full stop.",
    "Weekend sorted: {p} packed, route planned, coffee ready. Love this thing.",
    "Best upgrade to my car camping setup this year: the {p}.",
    "The {p} 2.0 is out now and it's a big step up. Check it out!",
    "Just unboxed the {p} and wow, the build quality is unreal",
    "10/10 would take the {p} on every hike. Worth every penny.",
    "Pro tip: the {p} packs flat into a daypack. Love that.",
    "Honest take after 200 km: the {p} is the one to get.",
    "Morning ritual now involves the {p}. Can't imagine going back.",
    "Kestrel's {p} makes every other one I've tried look clumsy",
    "If anyone asks what to get a hiker for their birthday: {p}. You'll thank me.",
    "Seriously impressed by the {p}. Lit the whole campsite all night.",
    "The {p} is on sale this week and it's a steal, go get it",
    "Loving the new colourway of the {p}, it looks amazing in person",
    "Quietest, fastest, sturdiest. The {p} is just better than the rest.",
    "Gave the {p} a proper test in the snow. It did not flinch. Stoked.",
    "ok the {p} is genuinely life changing for early starts",
]
PROMO_TAILS = [" Use code TRAIL15 for 15% off.", " Link in bio.", " Get yours at kestrel.example/shop.",
               " Code KESTREL10 saves you 10%.", " Shop the link in my profile.", ""]

# Clear disclosures: (text, placement). "start" opens the post, "end" closes it, "mid" follows the
# first sentence. Multilingual terms count as clear (labelling guideline D1).
CLEAR = [
    ("#ad", "start"), ("#ad", "end"), ("Ad:", "start"), ("[Ad]", "start"), ("#sponsored", "end"),
    ("Sponsored.", "end"), ("(ad)", "end"), ("Paid partnership with Kestrel.", "start"),
    ("This post is sponsored by Kestrel.", "mid"), ("Kestrel paid me to try this.", "mid"),
    ("#anuncio", "end"), ("#publicidad", "end"), ("Publicidad:", "start"), ("#sponsorisé", "end"),
    ("Publicité :", "start"), ("#werbung", "end"), ("Anzeige:", "start"), ("[Anzeige]", "end"),
    ("#publi", "end"), ("#publicidade", "end"), ("#pubblicità", "end"), ("#adv", "end"),
    ("#reclame", "end"), ("#gesponsord", "end"), ("Bezahlte Partnerschaft mit Kestrel.", "start"),
    ("Colaboración pagada con Kestrel.", "start"), ("Partenariat rémunéré avec Kestrel.", "start"),
    ("Parceria paga com a Kestrel.", "start"), ("I earn a commission if you buy through my link.", "mid"),
    ("Links earn me a small commission.", "end"), ("#commissionearned", "end"),
    ("Contenuto sponsorizzato da Kestrel.", "start"), ("Betaalde samenwerking met Kestrel.", "start"),
]
# Vague terms: ambiguous wherever they sit (guideline D2).
VAGUE = [
    "#sp", "#spon", "#collab", "#partner", "#ambassador", "thanks Kestrel!", "#SP", "# spon", "#Spon",
    "#gifted", "Affiliate link below.", "(aff)", "#collaboration", "#kestrelpartner", "#KestrelAmbassador",
    "Buying through my links supports the channel ❤", "shoutout to @kestrel", "#thankyou @kestrel",
    "in collaboration with Kestrel", "#samenwerking", "#colaboración", "#partenariat", "#kooperation",
    "ty @kestrel", "c/o Kestrel",
]
# Words that look like a disclosure but are not one (guideline D3): negations, denials, hypotheticals
# and "ad" inside words, handles and links. The post stays `missing`.
NEGATED = [
    "Not an #ad, I just love it.", "Not sponsored, not gifted, just a fan.", "paid partnership? nah, I paid full price",
    "This is NOT an ad.", "#notsponsored", "No #ad here, I bought it myself.", "(I'm not a Kestrel employee btw)",
    "Nobody paid me to say this.", "not a paid partnership, just my opinion", "#ad? lol no",
    "Zero sponsorship, I wish lol", "kestrel.example/shop/kettle#ad", "#adventure #adventuretime",
    "follow @adam_outdoors for more", "#adulting", "If this were #sponsored I'd tell you.",
    "Kein Werbung, selbst gekauft.", "No es publicidad, lo compré yo.", "Ce n'est pas une pub, je l'ai payé.",
    "Geen reclame, zelf gekocht.", "Non è pubblicità, l'ho pagato io.", "Não é publi, comprei com meu dinheiro.",
    "#adidas socks and the", "sponsored by nobody but my wallet", "Ad-free opinion:",
    "Not affiliated with Kestrel in any way.", "I don't work for Kestrel, just like the gear.",
    "not an ambassador, not an affiliate, nothing", "Sponsored? Never.", "is this an #ad? no. I just like it",
]

# Statements of a current tie that disclose when placed in view (guideline I1, D1).
EMPLOYEE_STATEMENTS = [
    "I work at Kestrel", "I work for Kestrel", "Kestrel employee here", "I'm a designer at Kestrel",
    "Full disclosure: I work at Kestrel", "we at Kestrel", "I'm on the Kestrel product team",
    "(I work at Kestrel)", "I'm a warehouse associate at Kestrel", "6 years at Kestrel and",
    "As a Kestrel engineer", "my employer, Kestrel,",
]
FAMILY_STATEMENTS = [
    "my wife works at Kestrel", "My husband works for Kestrel", "my dad is a manager at Kestrel",
    "My sister works at Kestrel", "my mum has worked at Kestrel for years", "my boyfriend works at Kestrel",
]
PARTNER_STATEMENTS = ["I'm a Kestrel ambassador", "As a Kestrel partner", "Kestrel pays me to test their gear"]

# Profiles that make the author an insider (a profile never discloses: guideline I2).
EMPLOYEE_PROFILES = [
    "Engineer @kestrel. Views my own.", "Kestrel retail associate | Boulder", "Working at Kestrel, climbing on weekends",
    "Product designer at Kestrel Co", "Warehouse lead @ Kestrel", "Kestrel support team | she/her",
    "Proud Kestrel employee 🏔", "Marketing at Kestrel. Dog person.",
]
FAMILY_PROFILES = ["Proud Kestrel wife and trail runner", "mom of 2, my husband works at Kestrel"]
PARTNER_PROFILES = ["Kestrel ambassador | Utah", "Brand partner for Kestrel, outdoor cook", "Sponsored by Kestrel 🏕"]
# Profiles that do not make an insider (guideline I3).
OUTSIDER_PROFILES = [
    "Former Kestrel engineer, now freelance", "Ex-Kestrel. Opinions my own.", "Kestrel fan since 2019",
    "Not affiliated with Kestrel", "Hiker, cook, Kestrel Lantern owner", "retired, used to work at Kestrel",
    "Camping every weekend", None, None, None,
]

# Customers praising named staff or a store (guideline I3): never insiders.
STAFF_PRAISE = [
    "Shoutout to the Kestrel rep at the {store} store, super patient with my dad",
    "Huge thanks to {staff} at Kestrel {store}, she found the last {p} in the back for me",
    "The Kestrel employee who helped me today ({staff}) deserves a raise honestly",
    "Kestrel support agent {staff} sorted my warranty claim in ten minutes. Legend.",
    "{staff} from the Kestrel team at {store} is the reason I keep shopping there",
    "Props to the Kestrel staff at {store}, they let my kid test every {p} on the shelf",
    "The guy working the Kestrel counter at {store} knew more about stoves than I ever will",
    "Kestrel's {store} store manager {staff} went above and beyond for our scout troop",
    "Whoever is running Kestrel's chat support tonight: thank you, you saved our trip",
    "Kestrel warehouse folks packed my {p} like it was a wedding cake. Appreciate you.",
    "Met a Kestrel engineer at the trade show, {staff}, and she walked me through the {p}. Super knowledgeable.",
    "The Kestrel associate at {store} talked me out of the expensive model. Honest staff!",
]
STORES = ["Boulder", "Main St", "Fort Collins", "Pearl Street", "Denver Union Station", "Moab"]
STAFF = ["Priya", "Marco", "Jen", "Tomás", "Alicia", "Deshawn", "Kim", "Rob"]
JOKES = [
    "I basically work at Kestrel at this point, I'm in the store every Saturday lol. The {p} is great.",
    "I practically live at the Kestrel store. Got the {p} today, love it.",
    "Kestrel should just hire me, I've sold five {p}s to my friends already 😂",
    "At this point I might as well work for Kestrel, I can't stop talking about the {p}",
    "honorary Kestrel employee reporting for duty: the {p} rules",
    "If I worked at Kestrel I'd be so proud of the {p}",
]
PAST_EMPLOYEE = [
    "I used to work at Kestrel and the {p} is still the best thing they make.",
    "Ex-Kestrel here. Still love the {p}.",
    "Worked at Kestrel for six years, left in 2024. The {p} holds up, grab one.",
    "Former Kestrel warehouse guy: the {p} is genuinely great, buy it.",
    "My brother worked at Kestrel years ago and he still swears by the {p}",
]

# Working-conditions posts (guideline N1), in everyday words; {b} is the brand named or not.
NLRA = [
    "New hires at the {b} warehouse make $2 more an hour than those of us who trained them.",
    "They cut our hours again this week. 22 hours isn't a job, it's a hobby.",
    "Schedule came out last night and I'm on a clopen three times this week. Love that for me.",
    "We haven't had a real lunch break in a month because we're so short staffed.",
    "It hit 97 degrees in the {b} warehouse today and the fans are still broken. Someone is going to pass out.",
    "My PTO request for my sister's wedding got denied with no reason. Third time this year.",
    "On-call every other weekend with no extra pay is not sustainable, {b}.",
    "Our new manager is actually great. First 1:1 where someone asked how we're doing.",
    "Mandatory all-hands at 7am on a Saturday, unpaid. Cool cool.",
    "{b} wants everyone back in the office five days a week starting March. My commute is 90 minutes.",
    "Support is down to four people covering what twelve used to do. Staffing is a joke.",
    "A bunch of us at the {b} store signed union cards this week. Meeting Thursday.",
    "Got my raise letter: 1.5%. Rent went up 8%.",
    "Honestly proud of how {b} handled parental leave for me. Twelve weeks fully paid.",
    "Management keeps promising a second forklift and we keep almost getting hit by the one we have.",
    "Anyone else at {b} get told not to talk about pay with coworkers? Pretty sure that's not legal.",
    "Our shift lead yells at people on the floor and HR hasn't done anything after five complaints.",
    "Just found out I'm paid less than the guy I trained. Same title.",
    "They're making us stand for 10 hours with no stool at the register.",
    "Overtime got cancelled and so did the bonus. Great quarter for everyone but us.",
    "Love that {b} finally gave us paid sick days. Took long enough but it matters.",
    "Schedules are posted 2 days ahead now. Good luck arranging childcare.",
    "Our breaks got cut to 10 minutes and we're supposed to be grateful?",
    "Three of us asked for the same raise the new hires got. Still waiting on HR.",
    "The RTO mandate means I spend more time commuting than with my kid.",
    "Warehouse team got a real raise this year. Not bragging, just saying it's possible.",
    "Heat index on the dock was 104 today. We asked for water stations again.",
    "Workload doubled after the layoffs and nobody is hiring backfill.",
    "We're organizing. If you work at a {b} store and want in, DM me.",
    "Weekend shifts every single week now, no rotation. I miss my family.",
    "HR told me my 'attitude' is the problem after I asked about overtime pay.",
    "Good news: {b} matched 401k contributions this year. Bad news: still no dental plan.",
    "Meetings that could have been an email, back to back, while tickets pile up.",
    "Pager went off at 3am twice this week. On-call pay is $0.",
    "Honestly the best manager I've had. Fought for our schedule changes and won.",
    "My hours got cut from 38 to 24 with a day's notice.",
    "Sick leave policy changed again. Now you need a doctor's note for one day.",
    "Talked with my coworkers and we're all underpaid compared to the market.",
    "Starting pay at the {b} shop is $17 an hour and they want two years experience.",
    "No AC in the break room all summer. Petition going around, sign it.",
]
# Insider posts that are not NLRA speech and not praise (guideline N3 and E4): no finding.
INSIDER_NEUTRAL = [
    "Reminder: the {b} store on Pearl St closes early on Thursday for inventory.",
    "Anyone know a good mechanic in Boulder?",
    "My coworkers and I did a trail cleanup on Saturday. 14 bags of trash!",
    "Coffee order for the team run: 11 lattes. Send help.",
    "Flights to Portland are ridiculous this month.",
    "Recall notice: a batch of {p} lids may crack. Check kestrel.example/recall.",
    "The {p} lid keeps cracking on me too, honestly frustrating.",
    "Our office dog has learned to open the fridge.",
]
# Customers on staffing, union news, partners' rates: working-conditions words, no insider speech.
NLRA_LOOKALIKES = [
    "Only one cashier at the {b} store on a Saturday. Hire more people please.",
    "{b} retail workers in Boulder vote on a union next week, local paper reports.",
    "Feel for the {b} warehouse crew after that heat wave story. Hope they get fans.",
    "Waited 40 minutes, the {b} store is clearly understaffed again.",
    "News: {b} announces a return-to-office policy for its Denver HQ.",
    "Brands keep lowballing creators. My rate for a {b} integration went up this year and they paid it.",
    "Heads up creators: {b} pays affiliates 8% now, up from 5%.",
    "The {b} employees I talked to at the store seemed exhausted. Staff them properly!",
    "Read that {b} is hiring 200 warehouse workers at $19/hr.",
    "Union vote at the {b} distribution center passed, per the NLRB notice.",
]

# 16 CFR 465.5(a): an officer's or manager's own review of the product (guideline R1).
OFFICER_REVIEWS = [
    "5 stars. I've used the {p} every morning for a year and it's the best I've owned.",
    "My honest review of the {p}: ⭐⭐⭐⭐⭐ light, fast, bombproof.",
    "Verified owner here: the {p} is the only one I'd buy again.",
    "After three months of daily use, my verdict on the {p}: buy it.",
    "Review: the {p} boils faster than anything I've tested. 10/10.",
    "I bought the {p} for my own family trips and honestly it's perfect. Would recommend.",
    "As a dad who camps every weekend, the {p} is a lifesaver. Five stars from me.",
    "I've had the {p} for two winters now. Zero issues, best purchase I've made.",
    "Rating the {p} after a 10-day trek: 5/5, no notes.",
    "Quick review: the {p} is everything I wanted in a camp stove.",
]
# Non-review promotion by officers and managers (guideline R2): employee-undisclosed.
OFFICER_PROMOS = [
    "Big day: the {p} launches today. Proud of this one, go check it out!",
    "The {p} is back in stock at kestrel.example. Grab one before the weekend.",
    "Spring sale starts now: 20% off the {p} with code SPRING20.",
    "New colours of the {p} just dropped and they look amazing.",
    "The {p} 2.0 is out now. Preorders open, link in bio.",
]
# 16 CFR 465.5(c): an officer or manager asks staff, agents or relatives for reviews (guideline R3).
SOLICITATIONS = [
    "Team, please leave a 5-star review of the {p} on the site by Friday. Let's hit 500 reviews!",
    "Ask your families to post reviews of the {p} this week, every review helps our rating.",
    "Reminder to all store staff: write a review for the {p} on Google and get your friends to as well.",
    "Need everyone on the team to drop a review for the {p} on Trustpilot today. Thanks all!",
    "Can y'all get your spouses and parents to rate the {p}? We need to get above 4.5 stars.",
    "Goal for the sales team this month: 50 new reviews of the {p}. Friends and family count!",
    "Folks, if you haven't reviewed the {p} yet, please do it today. Make sure your relatives do too.",
    "Every associate should leave a review of the {p} before the launch. Your partners too.",
]
# 16 CFR 465.7: the brand or staff threaten a reviewer (guideline R4).
SUPPRESSION = [
    "@{u} remove this review or you'll be hearing from our lawyers.",
    "@{u} your 1-star review is defamatory. Take it down today or we will take legal action.",
    "@{u} we know who you are. Delete your post about the {p} or there will be consequences.",
    "@{u} this review is false and we will report you and ban you from all Kestrel stores unless you change it.",
    "@{u} final warning: retract what you wrote about the {p} or we sue.",
    "@{u} we've contacted your employer about your review. Think carefully before posting again.",
    "@{u} edit your review to 5 stars or we'll cancel your warranty.",
    "@{u} you'll regret that review. We'll make sure everyone knows what kind of customer you are.",
]
# Brand replies that do not threaten (guideline R5): none.
POLITE_REPLIES = [
    "@{u} sorry the {p} let you down. DM us your order number and we'll make it right.",
    "@{u} thanks for the honest review. We've passed it to the product team.",
    "@{u} we hear you. A replacement {p} is on its way, no need to send the old one back.",
    "@{u} could you remove your phone number from the review? We don't want you getting spam. Glad to help by DM.",
    "@{u} we'd love the chance to change your mind. Our support team will reach out today.",
    "@{u} appreciate the feedback! The lid issue is fixed in the new batch.",
]
# Customers asking others for reviews (not 465.5(c): not an officer or manager asking insiders).
CUSTOMER_REVIEW_ASKS = [
    "Anyone here own the {p}? Please leave a review, I'm trying to decide.",
    "Reviews of the {p} are all over the place. Can you guys share honest ones?",
    "Going to write my review of the {p} tonight. 4 stars probably.",
]
