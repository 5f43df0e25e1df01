"""Hard negatives that look like PII or confidential information: order and tracking numbers,
prices, dates, IMEIs, ISBNs, SKUs, coupons, the brands' published contacts, private and
documentation IP ranges, failing checksums, names, and everyday uses of 'confidential' and of the
code-name words."""

from __future__ import annotations

from fakes import DIGITS, UPPER, UPPER_ALNUM, Fakes
from post import BRANDS, Draft, negative

ORDER_FRAMES = [
    "@{brand_h} order #{v} still says 'processing' after 9 days",
    "Tracking number {v} hasn't moved since Tuesday. {brand}, where is my parcel?",
    "my {brand} order number is {v} -- can someone check the refund status",
    "Sendungsnummer {v}, laut DHL zugestellt, ist aber nicht da",
    "número de pedido {v}, sigo esperando el reembolso",
    "commande n° {v} toujours pas expédiée",
    "invoice {v} was charged but the items never shipped",
    "RMA {v} approved, now the label won't print 🙃",
    "Reference: {v}. Please stop sending me the survey.",
]


def _order_value(f: Fakes, i: int) -> str:
    kind = i % 9
    if kind == 0:
        return "1Z" + f.s(6, UPPER_ALNUM) + f.s(10, DIGITS)       # UPS-style
    if kind == 1:
        return "94" + f.s(20, DIGITS)                               # USPS-style 22 digits
    if kind == 2:
        return f.s(12, DIGITS)                                       # 12-digit courier number
    if kind == 3:
        return f"{f.s(3, DIGITS)}-{f.s(7, DIGITS)}-{f.s(7, DIGITS)}"  # marketplace order
    if kind == 4:
        return f"{f.s(4, DIGITS)} {f.s(4, DIGITS)} {f.s(4, DIGITS)}"  # spaced reference
    if kind == 5:
        return f"{f.s(2, UPPER)}{f.s(9, DIGITS)}DE"                  # postal item id
    if kind == 6:
        return f"0{f.s(3, DIGITS)} {f.s(3, DIGITS)} {f.s(4, DIGITS)}"  # phone-shaped reference
    if kind == 7:
        return f"{f.s(3, UPPER)}-{f.s(8, DIGITS)}"
    return f.s(10, DIGITS)


def order_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(81):
        brand = f.pick(BRANDS)
        out.append(negative(ORDER_FRAMES[i % len(ORDER_FRAMES)], "order, tracking or reference number", "order-number",
                        v=_order_value(f, i), brand=brand, brand_h=brand.lower() + "help"))
    return out


PRICE_DATE = [
    "paid $1,249.99 for the {brand} bundle and it was $899.00 a week later. cool cool",
    "€ 1.399,00 für das {brand}-Set, ernsthaft?",
    "delivery window 2026-03-14 08:00-12:00, nobody came",
    "Appointment moved from 03/11/2026 to 04/02/2026 without asking me",
    "subscription went from 9,99 € to 14,99 € per month on 01.04.2026",
    "it's 14:35 and the 'next day' delivery from {brand} hasn't left the depot",
    "charged 2 x 64.50 USD on 2026-02-28, refund promised by 2026-03-07",
    "warranty ends 31/12/2027 according to the receipt, store says 2026",
    "R$ 2.349,90 no {brand}, achei caro demais",
    "¥128,000 for the {brand} pro model in Japan vs $799 here",
    "battery went from 100% to 12% in 3h 20m. firmware 2.4",
    "Serial printed on the box: {brand_u}-{sn} -- support says it's not in their system",
    "the {brand} store on 4520 W Olympic Blvd closes at 9pm, not 10 like the site says",
    "measured 1.214.000 steps this year with my {brand} band 🏃",
    "timestamp from the log: 1741958400123 -- is that UTC?",
]


def price_date_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(60):
        brand = f.pick(BRANDS)
        out.append(negative(PRICE_DATE[i % len(PRICE_DATE)], "prices, dates, times, serials and other numbers",
                        "number-talk", brand=brand, brand_u=brand.upper()[:3], sn=f.s(10, UPPER_ALNUM)))
    return out


def imei_posts(f: Fakes) -> list[Draft]:
    frames = ["{brand} asked for my IMEI to unlock the phone: {v}", "IMEI {v} -- blacklisted after the insurance claim?",
              "*#06# gives IMEI {v} but the box says something else", "IMEI: {v}\nModel: {brand} P7\nstill not activating",
              "Meine IMEI ist {v}, {brand} will sie für die Reparatur"]
    return [negative(frames[i % 5], "IMEI (Luhn-valid 15 digits), not a payment card", "imei", v=f.imei(),
                 brand=f.pick(BRANDS)) for i in range(30)]


def _isbn13(f: Fakes) -> str:
    body = "978" + f.s(9, DIGITS)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = str((10 - total % 10) % 10)
    full = body + check
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}" if f.r.random() < 0.6 else full


def isbn_posts(f: Fakes) -> list[Draft]:
    frames = ["reading ISBN {v} on the train, the {brand} e-reader froze twice", "ISBN {v} isn't found in the {brand} store",
              "book club pick: ISBN {v}", "the cookbook (ISBN {v}) says to use the {brand} pan at 220°C"]
    return [negative(frames[i % 4], "ISBN-13", "isbn", v=_isbn13(f), brand=f.pick(BRANDS)) for i in range(22)]


SKU_FRAMES = [
    "SKU {v} is out of stock everywhere, will {brand} restock?",
    "ordered part no. {v} and got the wrong color",
    "model {v} vs the older one, is it worth it?",
    "Artikelnummer {v} -- gibt es den noch?",
    "replacement filter {v} fits the old {brand} unit too",
]


def sku_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(40):
        kind = i % 4
        v = [f"{f.s(3, UPPER)}-{f.s(4, DIGITS)}-{f.pick(['BLK', 'WHT', 'RED', 'GRN'])}",
             f"{f.s(3, DIGITS)}-{f.s(2, DIGITS)}-{f.s(4, DIGITS)}",          # SSN-shaped part number
             f"{f.s(2, UPPER)}{f.s(3, DIGITS)}{f.pick(['X', 'S', 'Pro'])}",
             f"{f.s(5, DIGITS)}-{f.s(3, DIGITS)}"][kind]
        brand = f.pick(BRANDS)
        out.append(negative(SKU_FRAMES[i % len(SKU_FRAMES)], "product SKU / part / model number", "sku", v=v, brand=brand))
    return out


COUPONS = ["SAVE20NOW", "FERN-SPRING25", "TAV10OFF", "LUM-WELCOME", "QPXFRIENDS15", "BLACKFRIDAY26", "FREESHIP",
           "HELLO-5EUR", "STUDENT30", "ACMEVIP2026", "WINTER-SALE-40", "BOGO-PIZZA"]


def coupon_posts(f: Fakes) -> list[Draft]:
    frames = ["use code {v} at checkout for {n}% off at {brand} (not sponsored, just cheap)",
              "code {v} didn't work for me, anyone else?", "{brand} newsletter code: {v} -- valid till Sunday",
              "Gutscheincode {v} funktioniert nicht mehr"]
    return [negative(frames[i % 4], "public coupon code", "coupon", v=COUPONS[i % len(COUPONS)], n=f.pick([10, 15, 20, 25]),
                 brand=f.pick(BRANDS)) for i in range(26)]


# The brands' own published contacts (US 555-01xx fictional range and the brands' example domains).
PUBLIC_CONTACT_FRAMES = [
    ("brand", "Need help? Call us at 1-800-555-01{d2}, 8am-8pm ET, or DM us. ^JS"),
    ("brand", "Our support line is (800) 555-01{d2}. We're sorry for the wait today."),
    ("brand", "Hi! Please email support@{brand_l}.example with your order number and we'll sort it out."),
    ("brand", "For press enquiries: press@{brand_l}.example"),
    ("customer", "called 1-800-555-01{d2} three times, on hold for 40 min each. great support {brand}"),
    ("customer", "the store number on Google (212-555-01{d2}) just rings out"),
    ("customer", "emailed support@{brand_l}.example a week ago, nothing"),
    ("customer", "their status page status.{brand_l}.example says all green lol"),
    ("customer", "got an email from noreply@{brand_l}.example saying my order shipped, it didn't"),
    ("brand", "Store hours changed: our downtown shop (555-01{d2}) now opens at 10."),
    ("customer", "the docs say to use you@example.com as the login for the demo. it doesn't work"),
    ("customer", "fill in name@domain.com in the form they say. ok but which field"),
]


def public_contact_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(48):
        who, frame = PUBLIC_CONTACT_FRAMES[i % len(PUBLIC_CONTACT_FRAMES)]
        brand = f.pick(BRANDS)
        out.append(negative(frame, f"published brand contact or placeholder address ({who})", "public-contact",
                        d2=f"{f.r.randint(0, 99):02d}", brand=brand, brand_l=brand.lower()))
    return out


def ip_negative_posts(f: Fakes) -> list[Draft]:
    frames = ["router admin page at {v} won't load after the {brand} mesh update", "set a static IP {v} for the {brand} hub",
              "DHCP gave my laptop {v}, printer is on .1", "docs example uses {v}, do I change it?",
              "ping {v} works but the app says offline"]
    out = []
    for i in range(30):
        kind = i % 6
        v = [f"192.168.{f.r.randint(0, 254)}.{f.r.randint(2, 254)}", f"10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}",
             f"172.{f.r.randint(16, 31)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", f"203.0.113.{f.r.randint(1, 254)}",
             f"2001:db8::{f.r.randint(1, 65535):x}", f"fe80::{f.r.randint(1, 65535):x}:{f.r.randint(1, 65535):x}"][kind]
        out.append(negative(frames[i % 5], "private, link-local or documentation address", "ip-private", v=v, brand=f.pick(BRANDS)))
    for i in range(8):
        out.append(negative(["upgraded to {v} and the app is faster", "{v} is out, installing tonight"][i % 2],
                        "dotted version number, not an IP", "ip-private:version",
                        v=f"{f.r.randint(1, 9)}.{f.r.randint(0, 30)}.{f.r.randint(0, 30)}.{f.r.randint(100, 999)}"))
    return out


def checksum_fail_posts(f: Fakes) -> list[Draft]:
    out = []
    frames = ["gift card {v} says 'already redeemed' 😡", "membership no. {v} not recognised at the {brand} counter",
              "loyalty card {v} lost its points after the app update"]
    for i in range(18):
        out.append(negative(frames[i % 3], "card-like number failing Luhn", "non-luhn", v=f.non_luhn(16, f.pick(["4", "5", "6"])),
                        brand=f.pick(BRANDS)))
    for i in range(12):
        bad = f.bad_iban(f.pick(["DE", "FR", "ES", "NL", "GB"]))
        out.append(negative(["example IBAN from the bank's help page: {v}", "IBAN format is like {v}, right? (not mine, made up)"][i % 2],
                        "IBAN shape with a failing mod-97 check", "bad-iban", v=" ".join(bad[j:j + 4] for j in range(0, len(bad), 4))))
    for _ in range(12):
        masked = f.pick(["**** **** **** ", "XXXX-XXXX-XXXX-", "card ending in ", "•••• "]) + f.s(4, DIGITS)
        out.append(negative("{brand} charged {v} twice for one order", "masked card or last four digits", "masked-card",
                        v=masked, brand=f.pick(BRANDS)))
    for i in range(10):
        v = f.pick(["000", "666", "9" + f.s(2, DIGITS)]) + f"-{f.s(2, DIGITS)}-{f.s(4, DIGITS)}"
        out.append(negative(["form example shows SSN as {v}, weird choice", "call reference {v} from the hotline"][i % 2],
                        "SSN shape in an invalid range", "invalid-ssn", v=v))
    return out


NAMES = ["Maria Schneider", "Jonas Okafor", "Aisha Lindqvist", "Tomás Moreau", "Priya Ferreira", "Lukas Tanaka",
         "Chloé Kowalski", "Kenji Nakamura", "Freya Haddad", "Mateo Brennan", "Sofia Castillo", "Piotr Novak",
         "Noor Achterberg", "Ravi Silva", "Hannah Murphy", "Diego Iyer", "Siobhán Ní Bhriain", "Zoë van der Berg",
         "José María Gutiérrez", "Björn Åkesson"]
NAME_FRAMES = [
    "shoutout to {name} at the {brand} store downtown, fixed my order in 5 minutes",
    "{name} from {brand} support was SO patient with me, give her a raise",
    "RIP to the {brand} app's old design, designed by {name} I think?",
    "{name} wrote a great thread on {brand}'s pricing, worth a read",
    "Danke an {name} vom {brand}-Kundendienst!",
    "Gracias {name} por la ayuda con el pedido de {brand}",
    "my grandpa {name} still uses a {brand} radio from 1994 📻",
]


def name_posts(f: Fakes) -> list[Draft]:
    return [negative(NAME_FRAMES[i % len(NAME_FRAMES)], "a person's name alone is not a leak", "person-name",
                 name=NAMES[i % len(NAMES)], brand=f.pick(BRANDS)) for i in range(42)]


CONF_ORDINARY = [
    "Please do not forward this thread to my boss lol",
    "please do not forward chain messages to me, grandma",
    "the {brand} newsletter says 'please do not reply to this email' and then asks for feedback",
    "I'll keep it confidential, but the {brand} store manager was really kind to me",
    "my therapist says our sessions are confidential, unlike my {brand} purchase history apparently",
    "{brand} privacy page: 'your data is confidential and encrypted at rest'. ok sure",
    "confidential voting at the union meeting tonight, bring your ID",
    "is there a confidential way to report a safety issue with a {brand} heater? asking for a neighbour",
    "Vertraulich? Die {brand}-Hotline hat meine Adresse laut vorgelesen",
    "the 'internal' battery of the {brand} watch can't be replaced, that's my only complaint",
    "internal server error on the {brand} checkout, again",
    "classified ads in the paper still sell {brand} gear cheaper than the site",
    "top secret recipe: {brand} pan, butter, patience",
    "'Do not distribute' on a meme template is peak internet",
    "restricted diet + {brand} meal kits = actually works",
    "NDA? No, I just don't like talking about my weekend",
    "the {brand} app asks to 'keep my information private' -- toggle is off by default??",
]


def confidential_ordinary_posts(f: Fakes) -> list[Draft]:
    return [negative(CONF_ORDINARY[i % len(CONF_ORDINARY)], "classification words in their everyday sense",
                 "confidential-ordinary", brand=f.pick(BRANDS)) for i in range(51)]


CODE_WORD_ORDINARY = [
    "walked the saltmarsh at dawn, three egrets and a heron",
    "Saltmarsh lamb is on the menu at the pub tonight 🐑",
    "saw an ocelot at the zoo today, it ignored all of us",
    "Ocelot documentary on tonight, set a reminder",
    "glasswing butterflies are see-through, nature is wild",
    "a glasswing landed on my {brand} bike helmet and stayed for 10 minutes",
    "tidewater Virginia traffic is something else",
    "the tidewater glacier calved while we watched",
    "gin with juniper berries and a slice of orange, perfect Friday",
    "juniper nine feet tall in the garden now, needs trimming",
    "paper kite festival at the beach this weekend 🪁",
    "my kid made a paperkite out of a {brand} box, best use of the packaging",
    "Project? Ocelot? no, that's my cat's name",
    "tide water levels were wild this morning, the pier flooded",
]


def code_word_posts(f: Fakes) -> list[Draft]:
    return [negative(CODE_WORD_ORDINARY[i % len(CODE_WORD_ORDINARY)], "code-name word in its ordinary sense",
                 "code-word-ordinary", brand=f.pick(BRANDS)) for i in range(42)]


def ticket_like_posts(f: Fakes) -> list[Draft]:
    frames = ["COVID-19 delays again? it's 2026, {brand}", "JIRA-{n} at my job is the same bug as this lol",
              "ISO-27001 certified and still leaking my address, {brand}?", "the F-150 barely fits in the {brand} car park",
              "RFC-{n} compliant my foot", "PR-{n} on the open-source {brand} sdk fixes it", "LUMEN-{n} bulbs flicker with the {brand} dimmer",
              "Lumora L-{n} speaker review coming Friday", "TAV {n} is the bus line to the Tavolo warehouse",
              "FERN-SPRING promo ended early?", "QPX is the ticker? no idea, not financial advice",
              "Tavolo's table T-{n} was double-booked"]
    return [negative(frames[i % len(frames)], "key-like string without a configured ticket prefix", "ticket-like",
                 n=f.r.randint(2, 9999), brand=f.pick(BRANDS)) for i in range(36)]


EVERYDAY = [
    "the new {brand} update is actually really nice?? didn't expect that ✨",
    "{brand} customer service just called ME back before I even asked. what timeline is this",
    "anyone know if {brand} ships to Iceland?",
    "unboxing the {brand} kettle, first impressions in the thread 🧵",
    "Is the {brand} student discount still a thing?",
    "switched from the competitor to {brand} last month, no regrets so far",
    "Hab mir den {brand}-Mixer gekauft, bisher top 👍",
    "¿Vale la pena la suscripción de {brand}? Opiniones",
    "Le nouveau {brand} est magnifique, mais cher.",
    "A entrega da {brand} chegou antes do prazo 😍",
    "{brand} ad on the bus today had a typo, made my morning",
    "Does the {brand} hub work with 5GHz wifi or only 2.4?",
    "my cat has claimed the {brand} box. the product is irrelevant now 🐈",
    "call me old-fashioned but I miss the {brand} paper manuals",
]


def everyday_posts(f: Fakes) -> list[Draft]:
    return [negative(EVERYDAY[i % len(EVERYDAY)], "ordinary brand post with no leak", "everyday", brand=f.pick(BRANDS))
            for i in range(70)]


def all_posts(f: Fakes) -> list[Draft]:
    return (order_posts(f) + price_date_posts(f) + imei_posts(f) + isbn_posts(f) + sku_posts(f) + coupon_posts(f)
            + public_contact_posts(f) + ip_negative_posts(f) + checksum_fail_posts(f) + name_posts(f)
            + confidential_ordinary_posts(f) + code_word_posts(f) + ticket_like_posts(f) + everyday_posts(f))
