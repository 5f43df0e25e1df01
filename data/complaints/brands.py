"""Invented brands for the complaint corpus, by industry, with the words their customers use.

Every name is made up for this corpus; a clash with a real company is accidental. Each industry
lists its products, what goes wrong with them, the people customers deal with and the rules and
charges they run into, each piece written separately so posts combine them freely.
"""

from __future__ import annotations

INDUSTRIES = {
    "airline": {
        "brands": [("Skylark Air", "skylarkair"), ("Nordwind Airways", "nordwindair"), ("BlueHeron Airlines", "blueheronair"),
                   ("Pelican Jet", "pelicanjet"), ("Aurora Wings", "aurorawings")],
        "products": ["flight", "app", "seat", "lounge", "boarding pass", "checked bag"],
        "faults": ["got cancelled two hours before departure", "was delayed five hours with no explanation",
                   "left without my bag", "double-booked my seat", "crashed at the boarding gate",
                   "lost my suitcase somewhere between two airports", "changed my seat to the back row without asking"],
        "staff": ["gate agent", "flight attendant", "check-in clerk", "phone rep", "baggage desk guy"],
        "policy": ["the bag fee", "the change fee", "the rebooking rules", "the refund policy", "the seat selection charge",
                   "the voucher instead of a refund"],
        "request": ["rebook me onto the later flight", "add my frequent flyer number", "change the name on my ticket",
                    "pick a window seat", "bring a guitar as carry-on"],
    },
    "telecom": {
        "brands": [("Teleport Mobile", "teleportmobile"), ("Zentel", "zentel"), ("Cobalt Fiber", "cobaltfiber"),
                   ("Wavelink", "wavelink"), ("Orbita Telecom", "orbitatelecom")],
        "products": ["internet", "fiber line", "router", "5G signal", "phone plan", "wifi box"],
        "faults": ["has been down since this morning", "drops every twenty minutes", "runs at a tenth of the speed I pay for",
                   "won't connect after the firmware update", "shows no signal in my whole neighbourhood",
                   "keeps rebooting itself every night"],
        "staff": ["technician", "call centre agent", "store rep", "installer", "chat agent"],
        "policy": ["the early termination fee", "the price after the promo ended", "the data cap", "the equipment rental charge",
                   "the two year contract"],
        "request": ["move my service to my new address", "switch me to the cheaper plan", "add a second line",
                    "set up autopay", "port my old number over"],
    },
    "bank": {
        "brands": [("Harbor Trust", "harbortrust"), ("Meridian Bank", "meridianbank"), ("Quill Credit Union", "quillcu"),
                   ("Fernway Bank", "fernwaybank")],
        "products": ["banking app", "debit card", "online banking", "savings account", "card reader", "transfer"],
        "faults": ["locked me out for the third time this week", "declined at the supermarket with money in the account",
                   "shows a payment I never made", "has been 'processing' for six days", "logs me out mid-transfer",
                   "froze my account without telling me why"],
        "staff": ["branch manager", "fraud team", "advisor", "teller", "phone banker"],
        "policy": ["the overdraft fee", "the monthly account fee", "the foreign transaction charge", "the hold on my deposit",
                   "the minimum balance rule"],
        "request": ["order a new card", "raise my transfer limit", "set up a standing order", "add my partner to the account",
                    "get a bank statement for my landlord"],
    },
    "food_delivery": {
        "brands": [("Dishdash", "dishdash"), ("Munchr", "munchr"), ("Grubwagon", "grubwagon"), ("Forkful", "forkfulapp")],
        "products": ["order", "delivery", "app", "meal kit", "burger", "groceries"],
        "faults": ["arrived an hour late and stone cold", "came with half the items missing", "was delivered to the wrong street",
                   "got cancelled after I waited forty minutes", "showed up soggy and spilled all over the bag",
                   "charged me but never placed the order"],
        "staff": ["driver", "courier", "support agent", "restaurant staff", "rider"],
        "policy": ["the service fee", "the delivery fee", "the surge pricing", "the refund-as-credit rule",
                   "the minimum order charge"],
        "request": ["change the delivery address", "add a tip after the order", "schedule an order for tomorrow",
                    "use two promo codes", "pay with a gift card"],
    },
    "software": {
        "brands": [("Cloudnest", "cloudnest"), ("Notewise", "notewise"), ("Pixelforge", "pixelforge"),
                   ("Stackly", "stacklyhq"), ("Lumen Office", "lumenoffice")],
        "products": ["app", "sync", "desktop client", "editor", "backup", "update"],
        "faults": ["deleted three days of my notes", "crashes every time I open a file", "won't sync between my laptop and phone",
                   "made everything twice as slow", "logged me out and lost my settings", "keeps showing an error 500"],
        "staff": ["support team", "account manager", "community moderator", "sales rep"],
        "policy": ["the new subscription price", "the seat minimum", "the paywall on export", "the storage limit",
                   "the forced annual billing"],
        "request": ["export my data to CSV", "add a teammate", "turn on two-factor login", "move to the yearly plan",
                    "restore an old version of a file"],
    },
    "retail": {
        "brands": [("Brightmart", "brightmart"), ("Hollis & Vane", "hollisvane"), ("Threadline", "threadline"),
                   ("Cartwheel Stores", "cartwheelstores"), ("Oakshelf", "oakshelf")],
        "products": ["jacket", "sofa", "order", "shoes", "lamp", "online shop"],
        "faults": ["fell apart after two washes", "arrived with a huge scratch across the front", "is still not here after three weeks",
                   "came in the wrong size even though I checked twice", "shows 'delivered' but nothing is at my door",
                   "broke the first time I used it"],
        "staff": ["cashier", "store manager", "customer service lady", "delivery crew", "security guard"],
        "policy": ["the return window", "the restocking fee", "the store credit only refund", "the shipping charge",
                   "the no-receipt rule"],
        "request": ["return a gift without the receipt", "change my delivery slot", "check if you have it in blue",
                    "reserve one for pickup", "get a price match"],
    },
    "auto": {
        "brands": [("Veltro Motors", "veltromotors"), ("Kestrel Cars", "kestrelcars"), ("Ironvale Auto", "ironvaleauto")],
        "products": ["car", "infotainment screen", "EV charger", "transmission", "brakes", "service appointment"],
        "faults": ["shows a warning light every week", "went dead on the highway", "needs its third repair in two months",
                   "won't charge past sixty percent", "makes a grinding noise since the recall fix"],
        "staff": ["dealer", "service advisor", "mechanic", "salesman"],
        "policy": ["the warranty terms", "the recall waiting list", "the subscription for heated seats", "the diagnostic fee"],
        "request": ["book a service slot", "transfer the warranty to the new owner", "get a quote for winter tyres",
                    "update the navigation maps"],
    },
    "utility": {
        "brands": [("Greenpeak Energy", "greenpeakenergy"), ("Aqualine Water", "aqualine"), ("Volta Power", "voltapower")],
        "products": ["power", "smart meter", "bill", "gas supply", "hot water", "app"],
        "faults": ["has been out for nine hours in the cold", "reads double what we actually use", "is estimated again for the fourth month",
                   "cut off without any notice", "went up forty percent overnight"],
        "staff": ["engineer", "billing team", "meter reader", "helpline"],
        "policy": ["the standing charge", "the exit fee", "the direct debit increase", "the late payment penalty"],
        "request": ["submit a meter reading", "change the account to my name", "set up a payment plan", "book a smart meter install"],
    },
    "streaming": {
        "brands": [("Flickbox", "flickbox"), ("Tunehaven", "tunehaven"), ("Screenly", "screenly"), ("Podwave", "podwave")],
        "products": ["app", "stream", "playlist", "TV app", "download", "subscription"],
        "faults": ["buffers every thirty seconds", "logged me out of every device", "removed half my playlist",
                   "plays ads even on the premium plan", "stops the audio mid-episode"],
        "staff": ["support bot", "help desk", "chat agent"],
        "policy": ["the price rise", "the password-sharing fee", "the ad tier", "the cancellation process", "the region lock"],
        "request": ["change my plan", "add a profile for my kid", "download episodes on my tablet", "update my card"],
    },
    "hotel": {
        "brands": [("Lanternhouse Hotels", "lanternhouse"), ("Corallo Resorts", "corallo"), ("Stayloft", "stayloft")],
        "products": ["room", "booking", "shower", "air conditioning", "breakfast", "wifi"],
        "faults": ["had mould in the bathroom", "was given away even though I had a confirmation", "had no hot water all weekend",
                   "smelled like smoke in a non-smoking room", "was nothing like the photos"],
        "staff": ["front desk clerk", "night manager", "housekeeping", "concierge"],
        "policy": ["the resort fee", "the deposit hold", "the cancellation fee", "the early check-in charge"],
        "request": ["add a late checkout", "swap to a twin room", "book the airport shuttle", "add breakfast to my stay"],
    },
    "electronics": {
        "brands": [("Novatek", "novatek"), ("Brisa Audio", "brisaaudio"), ("Quanta Home", "quantahome"), ("Lumio", "lumiotech")],
        "products": ["headphones", "laptop", "smart speaker", "charger", "phone", "robot vacuum"],
        "faults": ["stopped charging after a month", "overheats when I play anything", "has a dead pixel line down the middle",
                   "disconnects from bluetooth every few minutes", "bricked itself after the update", "battery lasts an hour now"],
        "staff": ["repair centre", "support rep", "store tech", "warranty desk"],
        "policy": ["the repair fee", "the warranty exclusion", "the price drop a week after I bought it", "the mail-in repair rule"],
        "request": ["pair it with a second phone", "register my warranty", "find the manual", "turn off the startup sound"],
    },
    "insurance": {
        "brands": [("Shieldwell", "shieldwell"), ("Cornerstone Mutual", "cornerstonemutual"), ("Havenly Insurance", "havenly")],
        "products": ["claim", "policy", "app", "quote", "renewal"],
        "faults": ["has been open for eleven weeks", "was denied over a form I already sent", "doubled at renewal for no reason",
                   "lost the photos I uploaded twice"],
        "staff": ["claims adjuster", "agent", "call handler", "broker"],
        "policy": ["the excess", "the renewal price", "the cancellation charge", "the claims paperwork"],
        "request": ["add my new car", "get a copy of my policy", "change my address", "add a named driver"],
    },
}

# Companies that are someone else's: the competitor in a rant, the other shop in a comparison.
COMPETITORS = ["Grayson Co", "Altamira", "Pinecrest", "Zephyr Group", "Redmoor", "Castell", "Ostrava Ltd", "Mavrik"]


def all_brands() -> list[tuple[str, str, str]]:
    """(industry, name, handle) for every brand, in a fixed order."""
    return [(industry, name, handle) for industry, spec in INDUSTRIES.items() for name, handle in spec["brands"]]
