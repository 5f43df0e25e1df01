"""Ordinary posts with person names and everyday content: no leak at all."""

from fakes import R

NAMES = [
    "Aisha Bello", "Tomás Herrera", "Mei Lin", "Oskar Lindqvist", "Priyanka Deshpande", "Liam O'Connor", "Fatima Zahra",
    "Jonas Becker", "Chiara Romano", "Kwame Mensah", "Sofia Petrova", "Hiroshi Tanaka", "Grace Wanjiru", "Mateo Silva",
    "Emily Carter", "Nguyen Van An", "Zeynep Kaya", "Lukas Novák", "Ana Beatriz Souza", "Rhys Morgan", "Ingrid Hansen",
    "Dev Patel", "Chloé Martin", "Yusuf Adeyemi", "Hannah Schmidt", "Carlos Mendoza", "Sara Cohen", "Mohammed Al-Farsi",
    "Olivia Brown", "Min-jun Park", "Elif Demir", "Pieter de Vries", "Kateřina Dvořáková", "Bongani Dlamini",
    "Isabella Rossi", "Arjun Nair", "Maya Goldberg", "Finn Murphy", "Leilani Kahale", "Julien Moreau", "Amara Okafor",
    "Björn Eriksson", "Valentina García", "Tariq Hussain", "Niamh Kelly", "Santiago López", "Yara Haddad", "Marek Kowalski",
]
FIRST = [n.split()[0] for n in NAMES]
PLACES = ["Leeds", "Porto", "Nairobi", "Osaka", "Cork", "Lyon", "Austin", "Kraków", "Durban", "Bergen", "Medellín",
          "Hobart", "Ghent", "Pune", "Valencia", "Tartu", "Halifax", "Dundee", "Bologna", "Tucson"]
THINGS = ["sourdough", "bike ride", "book club", "pottery class", "5k run", "garden", "chess match", "jam session",
          "camping trip", "ramen", "board game night", "football match", "climbing session", "choir rehearsal"]

HAND = [
    "Happy birthday to my brilliant sister {n}! 30 looks good on you 🎂",
    "{n} just beat me at chess for the fourth time this week. I'm retiring.",
    "Shoutout to {n} at the Northwake store in {p} who sorted my SIM swap in five minutes. Legend.",
    "Dinner at {f}'s tonight, she's making her famous lasagne and I'm bringing nothing but appetite",
    "RIP to my old phone. {f} says I should get a case this time. {f} is right.",
    "Congrats {n} on finishing the marathon in under four hours!! 🏃",
    "{n} and I finally watched the whole trilogy in one sitting. My back hurts.",
    "Does anyone in {p} know a good mechanic? Asking for {f}, whose van makes a noise like a goose",
    "Northwake's engineer {f} was lovely, fixed the line and even explained what he did",
    "Reading group picks for next month: {f} wants poetry, {f2} wants a thriller, I want a nap",
    "Our neighbour {n} brought over tomatoes from her allotment and they taste like summer",
    "{f}'s dog stole an entire baguette from the picnic and looked zero percent sorry",
    "Just landed in {p}, the airport wifi is faster than my home Northwake connection. awkward",
    "Ran into {n} from school at the supermarket. Twenty years and she still remembers my terrible haircut",
    "Met {n} at the conference, great talk on accessible design, slides are worth a look",
    "It's been a year since Grandpa {f} passed. Still make his pancakes every Sunday.",
    "Northwake customer service today: spoke to {f}, polite, quick, no hold music. is this a dream",
    "{f} built a shed. From scratch. With a YouTube tutorial. I can't assemble a bookshelf.",
    "Welcome to the world, baby {f}! Mum and baby doing great 💕",
    "Team lunch with {f}, {f2} and the new intern. We ordered way too much dumplings.",
    "{n} is running for the local council in {p}. Go vote on Thursday whoever you support!",
    "Our book club in {p} read a novel about a lighthouse keeper and we argued for three hours",
    "Played five-a-side with {f} and {f2}, lost 7-3, blame the goalkeeper (it was me)",
    "Watching {f} learn to ride a bike without stabilisers was the highlight of my week",
    "{n} wrote a really thoughtful thread about burnout, worth reading if you're tired",
    "Coffee with {f} this morning turned into a three-hour chat about space elevators",
    "Finally switched to Northwake fibre. {f} from the sales team was honest about the speeds, appreciated",
    "Thank you {n} for the recommendation, the hiking trail near {p} was stunning",
    "{f} from accounts brought cake for no reason. Best Tuesday ever.",
    "My grandma {f} just sent her first emoji. It was the eggplant. We're not telling her.",
    "Lost my keys again. {f} found them in the fridge. Don't ask.",
    "{n}'s new album drops Friday and I've had the single on repeat all week",
    "Goodbye drinks for {f} tonight, she's moving to {p} for a new job. We'll miss you!",
    "Rainy day in {p}, perfect for soup and the crossword. {f} got 14 across before me, rude",
    "Teacher appreciation post for Mr {f}, who taught me to love maths. Thank you.",
    "Sunset from the hill above {p}. {f} took the photo, I just stood there going wow",
    "My phone bill went down this month for once. Thanks Northwake, I guess?",
    "Is it me or did the Northwake app get a lot faster after the update? Nice.",
    "Northwake signal in the Lake District is shocking but honestly the view makes up for it",
    "Shout out to whoever designed the new Northwake store in {p}, the kids' corner saved my sanity",
    "{n} taught me how to make dumplings today, mine look like sad clouds but taste ok",
    "Happy anniversary {f}! Ten years of you stealing the duvet ❤️",
    "{f} and {f2} are getting married in June and I'm doing the speech. Help.",
    "Night shift nurses like {f} deserve so much more than clapping. Pay them.",
    "Our quiz team name this week: 'Quiz Khalifa'. {f} came up with it. We came fourth.",
    "Volunteered at the food bank in {p} with {f}. Busiest Saturday they've had all year.",
    "Dear {f}, thank you for returning my wallet with everything still in it. Faith in humanity restored.",
    "Slow Sunday: {thing} in the morning, nap in the afternoon, {f} cooking dinner. Perfect.",
    "{n} says Northwake's roaming in Japan worked flawlessly. Jealous.",
    "First day at the new job! {f} showed me around and I already got lost twice",
    "Heading to {p} for the weekend to visit {f}. Recommendations for food very welcome",
    "Northwake sponsored the kids' football league in {p} this year, the new kits look great",
    "Can't believe {f} remembered my coffee order after one visit. Great café.",
    "The {thing} with {f} got rained off, so we played cards in the tent for two hours",
    "{f} fixed my bike's gears with a coin and a bit of swearing. Engineer of the year",
    "Listening to my dad {f} explain TikTok to my nan. Comedy gold.",
    "Northwake store staff in {p} stayed open 10 minutes late so I could pick up my phone. Thank you!",
    "Mum {f} has started a podcast about birds. Episode one is 90 minutes about pigeons. I love her.",
    "Anyone watching the match tonight? {f} says it's going to penalties, I say 2-0",
    "Moved into the new flat in {p}. Northwake installed the broadband on day one, no drama",
    "{f} and I are repainting the kitchen this weekend. We've agreed on 'sage'. We have not agreed on which sage.",
    "Big thanks to {n} for organising the street party, the bunting survived the wind",
    "Proud of my little cousin {f} for passing the driving test on the third go!",
    "Book recommendation from {n}: anything by Ursula K. Le Guin. She was right.",
    "Our cat has decided {f}'s laptop bag is her bed now. {f} has accepted this.",
    "Just had the best curry of my life in {p}. {f} ordered the mild one and regretted it (not spicy enough)",
    "{f} is teaching herself Portuguese before the trip, she already knows more than me after two years",
    "Can confirm the Northwake shop in {p} has the new phones in stock, {f} got one this morning",
    "Pub quiz question tonight: what's the capital of Australia? {f} said Sydney with full confidence.",
    "Choir concert went well, {n} nailed the solo and half the room was in tears",
    "Allotment update: {f}'s courgettes have taken over. Send recipes.",
    "Shoutout to the bus driver in {p} who waited for {f} to run for it. Small kindnesses.",
    "{f} just got her PhD! Doctor {f} now, and she will remind us",
    "Hospital visiting hours are strict but nurse {f} let us stay ten more minutes with Dad. Thank you.",
    "Trying {f}'s sourdough starter. It's called Gerald. Gerald smells weird.",
]

COMPOSED_OPEN = [
    "Weekend plans: {thing} with {f}, then absolutely nothing.",
    "Thinking about {f}'s advice from last year: {advice}",
    "{n} asked me what I'm grateful for today. {grat}",
    "Small win: {win} {f} said I'd never manage it.",
    "Hot take from {f} at dinner: {take}",
    "{f} just texted 'are you up?' at 6am. {reply}",
    "Overheard in {p}: '{overheard}'",
    "Today {f} taught me that {fact}",
    "Pro tip from my neighbour {f}: {tip}",
    "Missing {p} already. {f}, save me a seat at the {thing} next year.",
    "{f} insists that {take} I've stopped arguing.",
    "Note to self, courtesy of {n}: {tip}",
]
ADVICE = ["drink water before coffee.", "never reply to emails on Sunday.", "buy the good boots.",
          "call your grandparents.", "sleep on big decisions.", "always carry a spare charger."]
GRAT = ["Sunshine and a quiet train.", "Friends who check in.", "A good book and decent tea.", "My very loud cat.",
        "Working knees.", "Leftover pizza."]
WIN = ["finished the jigsaw.", "ran the whole 5k.", "kept a basil plant alive for a month.", "fixed the leaky tap.",
       "cooked rice without burning it.", "learned three chords."]
TAKE = ["pineapple belongs on pizza.", "cats are just small landlords.", "the sequel was better.",
        "Mondays are fine actually.", "cereal is soup.", "tea should be made in the pot, not the cup."]
REPLY = ["I was not up.", "I am now.", "Why are you like this.", "Send coffee.", "It was about a cat video.",
         "Apparently it was urgent. It was not."]
OVERHEARD = ["I didn't say it was a good idea, I said it was an idea.", "the pigeons are unionising",
             "I'm not lost, I'm exploring", "is that a phone or a brick", "we should start a band", "that's not a hill, that's a wall"]
FACT = ["octopuses have three hearts.", "honey doesn't spoil.", "bananas are berries and strawberries aren't.",
        "the Eiffel Tower grows in summer.", "wombat poo is cube shaped.", "sloths can hold their breath longer than dolphins."]
TIP = ["freeze grapes for summer.", "put a wooden spoon over the pot so it doesn't boil over.",
       "rice water is great for plants.", "use a spreadsheet for your seed packets.", "label your cables.",
       "leave the umbrella by the door, not in the car."]


def ordinary(add):
    used = set()

    def fill(tpl):
        n = R.choice(NAMES)
        f, f2 = R.sample(FIRST, 2)
        return tpl.format(n=n, f=f, f2=f2, p=R.choice(PLACES), thing=R.choice(THINGS), advice=R.choice(ADVICE),
                          grat=R.choice(GRAT), win=R.choice(WIN), take=R.choice(TAKE), reply=R.choice(REPLY),
                          overheard=R.choice(OVERHEARD), fact=R.choice(FACT), tip=R.choice(TIP))

    def emit(tpl, tag):
        for _ in range(20):
            text = fill(tpl)
            if text not in used:
                used.add(text)
                add(R.choice(["x", "x", "x", "reddit", "instagram", "facebook", "mastodon"]), text, ["ordinary", tag],
                    "everyday post with person names; names are not leaks")
                return

    for tpl in HAND:  # each hand-written template used two or three times with different names and places
        for _ in range(3):
            emit(tpl, "ordinary-names")
    for tpl in COMPOSED_OPEN:
        for _ in range(5):
            emit(tpl, "ordinary-composed")
