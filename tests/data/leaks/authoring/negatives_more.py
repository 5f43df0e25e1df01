"""More hard negatives: public object ids, account numbers that are not secrets, network and
bank identifiers that are not a person's, short codes, famous example passwords in prose, and
everyday posts full of numbers, hashtags and emoji."""

from __future__ import annotations

from fakes import ALNUM, DIGITS, HEX, UPPER, UPPER_ALNUM, Fakes
from post import BRANDS, Draft, negative

OBJECT_ID_FRAMES = [
    ("stripe-object-id", "{brand} support says the charge {v} was refunded, my bank says no", lambda f: "ch_3" + f.s(23, ALNUM)),
    ("stripe-object-id", "payment intent {v} stuck in requires_action, any idea?", lambda f: "pi_3" + f.s(23, ALNUM)),
    ("stripe-object-id", "customer id in the webhook payload: {v} -- how do I map it to our users?", lambda f: "cus_" + f.s(14, ALNUM)),
    ("slack-channel-id", "bot posts to channel {v} but nothing shows up in #general", lambda f: "C0" + f.s(9, UPPER_ALNUM)),
    ("aws-arn", "AccessDenied on arn:aws:iam::{v}:role/{brand_l}-sync-role, trust policy looks right", lambda f: f.s(12, DIGITS)),
    ("aws-account-id", "our AWS account id {v} shows up in the {brand} integration page, is that sensitive?", lambda f: f.s(12, DIGITS)),
    ("analytics-id", "the {brand} site loads Google Analytics {v} twice, that's why my blocker goes crazy", lambda f: "G-" + f.s(10, UPPER_ALNUM)),
    ("s3-bucket", "aws s3 ls s3://{brand_l}-public-assets-{v}/ returns the whole catalog, intended?", lambda f: f.s(6, "abcdefghijklmnopqrstuvwxyz0123456789")),
    ("youtube-id", "{brand}'s unboxing video https://www.youtube.com/watch?v={v} is hilarious", lambda f: f.s(11, ALNUM + "-_")),
    ("pr-url", "fixed upstream: https://github.com/{brand_l}/sdk/pull/{v}", lambda f: str(f.r.randint(10, 9999))),
    ("app-id", "Apple App ID for the {brand} app is {v}, the TestFlight link is dead", lambda f: str(f.r.randint(100000000, 1999999999))),
    ("discord-user-id", "my discord id is {v} if the {brand} mods need it for the giveaway", lambda f: f.digits(18)),
]


def object_id_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(60):
        ctx, frame, gen = OBJECT_ID_FRAMES[i % len(OBJECT_ID_FRAMES)]
        brand = f.pick(BRANDS)
        out.append(negative(frame, f"public identifier, not a credential ({ctx})", f"object-id:{ctx}", v=gen(f),
                        brand=brand, brand_l=brand.lower()))
    return out


def _mac(f: Fakes) -> str:
    return ":".join(f.s(2, HEX) for _ in range(6))


NET_BANK_FRAMES = [
    ("mac", "the {brand} hub shows up as {v} on my router, how do I rename it?", _mac),
    ("mac", "DHCP reservation for MAC {v} keeps getting ignored", _mac),
    ("bic", "transfer needs the BIC of the shop's bank: {v}, is that the right one for {brand}?",
     lambda f: f.s(4, UPPER) + f.pick(["DE", "FR", "GB", "ES", "NL"]) + f.s(2, UPPER_ALNUM) + f.pick(["", "XXX"])),
    ("sort-code", "UK sort code {v} belongs to which bank? {brand} refund came from there",
     lambda f: f"{f.s(2, DIGITS)}-{f.s(2, DIGITS)}-{f.s(2, DIGITS)}"),
    ("short-code", "text STOP to {v} to get rid of the {brand} promos, worked for me", lambda f: str(f.r.randint(20000, 99999))),
    ("emergency", "the {brand} heater started smoking, called 911 and they were here in 6 minutes", lambda f: ""),
    ("emergency", "112 im Notfall, nicht die {brand}-Hotline, Leute!", lambda f: ""),
    ("coordinates", "the {brand} pop-up store is at {v}, right next to the fountain",
     lambda f: f"{f.r.uniform(-60, 60):.5f}, {f.r.uniform(-120, 120):.5f}"),
    ("hex-colour", "the new {brand} orange is {v} and I hate it", lambda f: "#" + f.s(6, "0123456789ABCDEF")),
    ("postcode", "does {brand} deliver to {v}? checkout says no", lambda f: f.pick([f.s(5, DIGITS), f"SW{f.r.randint(1, 20)} {f.r.randint(1, 9)}{f.s(2, UPPER)}", f"{f.s(4, DIGITS)} {f.s(2, UPPER)}"])),
    ("score", "watched the match at the {brand} fan zone, {v} final, what a game", lambda f: f"{f.r.randint(0, 5)}-{f.r.randint(0, 5)}"),
    ("flight", "flight {v} delayed 3h, and the {brand} lounge is closed. great", lambda f: f.s(2, UPPER) + str(f.r.randint(100, 9999))),
]


def net_bank_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(60):
        ctx, frame, gen = NET_BANK_FRAMES[i % len(NET_BANK_FRAMES)]
        out.append(negative(frame, f"identifier that is not a person's data ({ctx})", f"identifier:{ctx}", v=gen(f),
                        brand=f.pick(BRANDS)))
    return out


PASSWORD_LORE = [
    "remember: correct horse battery staple > Tr0ub4dor&3. xkcd was right",
    "the most common password in the {brand} breach report was 123456. again. every year.",
    "my dad's wifi password is literally 'password'. I told him. he laughed.",
    "security trainer at work: 'what's wrong with Summer2026!?' everyone: 😶",
    "the secret to the {brand} sourdough is a long cold proof",
    "keeping the birthday party a secret from my sister, she's on twitter so shhh",
    "Victoria's Secret and {brand} collab? weirdest press release this week",
    "top secret: I like the old {brand} logo better",
    "Das Geheimnis ist: den {brand}-Filter jede Woche reinigen",
    "el secreto del {brand} es el precio, nada más",
    "passphrase vs password, which one does the {brand} vault want? docs don't say",
    "'Your password was changed' email from {brand}, but I didn't change it... turns out my wife did 😅",
    "password manager saved me again, the {brand} site logged everyone out",
    "token economy in the {brand} game is broken, 500 tokens for a hat??",
    "got my bus token, my arcade token and my {brand} loyalty token. I'm rich",
]


def password_lore_posts(f: Fakes) -> list[Draft]:
    return [negative(PASSWORD_LORE[i % len(PASSWORD_LORE)], "talk about passwords, secrets or tokens with no credential",
                 "password-lore", brand=f.pick(BRANDS)) for i in range(45)]


LONG_POSTS = [
    ("So here's my {brand} saga, part 2. Ordered on the 3rd (order {o}), paid {p}, got an email saying "
     "it shipped on the 7th with tracking {t}. Tracking hasn't updated since. Called the support line twice, "
     "both times 40+ minutes on hold, the second rep gave me case number {c} and said 'allow 5-7 business "
     "days'. It's been 12. Anyone had luck escalating? I'm not angry, just tired. 😮‍💨"),
    ("Long-time lurker. Switched our team from a competitor to {brand} in Q1, ~40 seats, plan was {p}/seat. "
     "Migration took 2 days, the CSV import choked on rows with emoji but v{v} fixed that. Overall: solid, "
     "the API is clean, docs could use more examples. Happy to answer questions (no, I don't work there)."),
    ("PSA for anyone setting up the {brand} hub: the QR code on the box is the device id ({d}), NOT a "
     "password. You pair it in the app, then set your own PIN. I saw three people in the Discord paste "
     "their QR text thinking it was secret. It's printed on the box, it's fine. 👍"),
    ("Quick review of the {brand} kettle after 6 months: boils 1.7 L in ~3 min, the lid hinge got loose "
     "around month 4, support sent a replacement part ({s}) for free in a week. 4/5 would buy again. "
     "#kitchen #review #homecoffee ☕️"),
]


def long_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(24):
        out.append(negative(LONG_POSTS[i % len(LONG_POSTS)], "long post full of numbers and ids, none a leak",
                        "long-numbers", brand=f.pick(BRANDS), o=f.s(9, DIGITS), t="1Z" + f.s(16, UPPER_ALNUM),
                        c=f"CS-{f.s(7, DIGITS)}", p=f.pick(["$49.99", "€39", "£24.50", "$1,190"]),
                        v=f"{f.r.randint(2, 6)}.{f.r.randint(0, 12)}", d=f.s(12, UPPER_ALNUM),
                        s=f"{f.s(3, UPPER)}-{f.s(3, DIGITS)}"))
    return out


HASHTAG_POSTS = [
    "new {brand} drop is 🔥🔥 #unboxing #techtok #{brand_l}",
    "sunday reset ✨ #cleanhome #{brand_l} #minimalism #sundayvibes",
    "#ProjectRunway finale tonight and I'm eating {brand} popcorn 🍿",
    "#Falcon fans assemble, watching the launch from the {brand} store roof 🚀",
    "#ThrowbackThursday to my first {brand} gadget in 2014",
    "honestly #{brand_l}fail today but the staff made up for it #customerservice",
    "#BlueBird sighting in the garden 🐦 #birding #spring",
    "#nightjar recordings from the heath last night, amazing churring",
    "#junipertree bonsai, year 3 🌲",
    "#kitefestival was windy af 🪁 #weekend",
]


def hashtag_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(30):
        brand = f.pick(BRANDS)
        out.append(negative(HASHTAG_POSTS[i % len(HASHTAG_POSTS)], "hashtags that are not the configured code names",
                        "hashtag-ordinary", brand=brand, brand_l=brand.lower()))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    return object_id_posts(f) + net_bank_posts(f) + password_lore_posts(f) + long_posts(f) + hashtag_posts(f)
