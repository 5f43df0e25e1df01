"""Build posts.jsonl: YouTube descriptions and Pinterest pins labelled for affiliate/sponsor disclosure.

Written before the disclosure reader was read (see README.md for the label guideline). Each disclosure,
ambiguous tag and look-alike sentence below is written once and used once; the surrounding description
bodies (gear lists, timestamps, socials, credits, hashtags) are drawn from per-niche pools so that where a
disclosure sits varies: top, middle, or buried at the bottom after a long body.

    python tests/data/endorsements/affiliate_descriptions/generate.py          # rewrite posts.jsonl
    python tests/data/endorsements/affiliate_descriptions/generate.py --check  # fail if it would change
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2711

# --- YouTube: clear disclosures (the creator earns money or got something). (text, lang) ---------------
YT_DISCLOSED = [
    "Some of the links above are affiliate links, which means I earn a small commission if you buy through them.",
    "*affiliate",
    "Links marked (aff) are affiliate links.",
    "Gear I use (aff):",
    "As an Amazon Associate I earn from qualifying purchases.",
    "The links below may earn me a commission at no extra cost to you.",
    "Using my links helps the channel at no cost to you - thank you!",
    "If you buy through the links below I get a small cut, which keeps the lights on around here.",
    "This video is sponsored by Nordlane VPN.",
    "Thanks to Quillbox for sponsoring today's video!",
    "Paid partnership with Fernhill Coffee.",
    "[AD] This video contains paid promotion for Holloway Mattress.",
    "Disclosure: Brightwave sent me this monitor for free. They did not see the video before it went up.",
    "The camera in this video was provided by Lumetra for review; I keep it afterwards.",
    "FTC: this video is sponsored by Tandem Mealkits. All opinions are my own.",
    "FTC disclosure - some links are affiliate links and I may receive a commission.",
    "Links with a * are affiliate links.",
    "(affiliate links - I earn a commission)",
    "I get paid a commission on purchases made through these links.",
    "Support the channel by shopping through the links below - I earn a little from each sale.",
    "Buying through my link supports the channel (I get a small percentage).",
    "Today's episode is brought to you by Corvid Audio.",
    "Sponsor: Mapleleaf Insurance - get a quote at the link below.",
    "Huge thanks to Driftwood Outdoors for sponsoring this trip.",
    "Includes paid promotion.",
    "This video includes a paid sponsorship from Kettle & Pine.",
    "#ad Stitchly sent me this machine and paid for this video.",
    "Affiliate links below. If you purchase I receive a commission.",
    "*These are affiliate links; I make a few cents if you buy.",
    "Some product links are affiliate links - buying through them supports my work.",
    "I'm a Tessera affiliate and earn from qualifying purchases.",
    "Commissions may be earned from the links below.",
    "If you use my code RILEY10 I receive a small kickback.",
    "All Amazon links are affiliate links.",
    "Note: I was gifted the palette by Glowmoth Beauty.",
    "PR samples from Velour Lab (gifted, not paid).",
    "This is a paid collaboration with Aerion Fitness.",
    "Using the links in this description is the best way to support what I do - I earn a referral fee.",
    "Partner links (I earn a commission):",
    "Every link in the gear list is an affiliate link - it costs you nothing extra and helps keep videos free.",
    "⚠ Affiliate disclosure: I may earn a commission from links on this page.",
    "(aff) = affiliate link",
    "Thank you to Sproutbox for sponsoring this video and supporting the channel!",
    "Referral links below give you a discount and give me credit, which helps the channel.",
    "This video was made in paid partnership with Orbit Kitchens.",
    "Mercer Bank paid me to make this video, but the opinions are mine.",
    "Sponsored content.",
    "Ad | Lanternfish Games gave me early access and paid for this playthrough.",
    "Some of these are affiliate links.",
    "I earn from purchases made via the links below.",
    "Links in this description may be affiliate links which pay me a small commission.",
    "My travel here was covered by Visit Calderra; they had no say in what I filmed.",
    "The hotel comped my stay in exchange for this review.",
    "Kit list (affiliate):",
    "Affiliate: anything with amzn.to in front of it.",
    "If you found this useful, buying anything through my links sends a few cents my way.",
    "Shop my setup (commissionable links):",
    "Sponsored by Halcyon Sleep - use code NAP for 15% off.",
    "Supported by Pennywise Budget App.",
    "This episode is presented by Tallow & Twine.",
    "I was paid to review this product.",
    "Promo code links pay me a small affiliate fee.",
    "Full disclosure, I earn money if you sign up through my referral link.",
    "** affiliate links - they help me keep making these tutorials",
    "Links (some aff):",
    "This video is a paid ad for Ironvale Supplements.",
    "Brand deal: Hollowpeak Gear covered the cost of this jacket and paid me to feature it.",
    "Amazon affiliate links - I earn a small amount from qualifying purchases.",
    "Affiliate links help support the channel!",
    "I use affiliate links - when you buy through them I may earn a commission.",
    ("Contiene enlaces de afiliado: si compras a través de ellos gano una pequeña comisión.", "es"),
    ("Vídeo patrocinado por Alcázar Viajes.", "es"),
    ("Publicidad: Fresca Cocina me envió estos productos y me pagó por este vídeo.", "es"),
    ("Los enlaces marcados con * son de afiliado.", "es"),
    ("Cette vidéo est sponsorisée par Brumeau.", "fr"),
    ("Liens affiliés : je touche une petite commission si vous achetez via ces liens.", "fr"),
    ("Partenariat rémunéré avec Maison Orvelle.", "fr"),
    ("Produit offert par la marque.", "fr"),
    ("Werbung: Dieses Video wurde von Kranich Kaffee gesponsert.", "de"),
    ("*Affiliate-Links: Wenn ihr darüber kauft, bekomme ich eine kleine Provision.", "de"),
    ("Anzeige | Produkte wurden mir von Lindgrün kostenlos zur Verfügung gestellt.", "de"),
    ("Enthält bezahlte Produktplatzierung.", "de"),
    ("Links de afiliado: ganho uma pequena comissão se você comprar por eles.", "pt"),
    ("Vídeo patrocinado pela Cajuína Café. #publi", "pt"),
    ("Este vídeo contém publicidade paga.", "pt"),
    ("Link affiliati: guadagno una piccola commissione sugli acquisti.", "it"),
    ("Video sponsorizzato da Pastificio Ombra.", "it"),
    ("ADV - prodotto ricevuto in regalo dall'azienda.", "it"),
    ("Bevat affiliate links: ik ontvang een kleine commissie als je via deze links koopt.", "nl"),
    ("Deze video is gesponsord door Tulpwerk.", "nl"),
    ("Betaalde samenwerking met Grachtgoed.", "nl"),
]

# --- YouTube: vague tags and courtesy phrases (labelled not disclosed, ambiguous) ---------------------
YT_AMBIGUOUS = [
    "Thanks to Quarry Cameras for making this possible.",
    "#sp",
    "In collaboration with Boreal Bikes.",
    "Proud partner of Sunmill Flour.",
    "Big thanks to my friends at Lodestar Audio!",
    "#spon",
    "Ambassador for Crestline Running.",
    "#collab with Pebble & Pine",
    "Shoutout to Wildroot for the support.",
    "Thank you Canopy Tents 🙏",
    "Made with Fablewood Paints.",
    "Partner: Kitewing",
    ("Gracias a Andina Viajes por todo.", "es"),
    ("En collaboration avec Verdelis.", "fr"),
    ("Danke an Bergfalke für die Unterstützung!", "de"),
    ("Parceria com Maré Cosméticos.", "pt"),
    ("Grazie a Lumina per la collaborazione.", "it"),
    ("Samenwerking met Duinroos.", "nl"),
    "With thanks to Ember Grills.",
    "#partner",
    "Friends of the channel: Mosswood Tea",
    "#sponsor? you know who you are 😉",
    "Supported by viewers like you.",
    "Collab with @stonefruitstudio",
    "Special thanks to Hearthstone Pottery Supply.",
]

# --- YouTube: look-alikes, denials and other senses of sponsor/ad/affiliate (not disclosed) ------------
YT_LOOKALIKE = [
    "Not sponsored - I bought everything in this video myself.",
    "This is not an ad. Nobody paid me, I just really like this blender.",
    "Adjust the playback speed if I talk too fast 😅",
    "If you use SponsorBlock, there's nothing to skip here.",
    "My PO box address is below if you want to send letters.",
    "Brands I affiliate with? None. This channel is 100% viewer supported.",
    "No affiliate links, no sponsors, just me and a camera.",
    "I'm not affiliated with Tessera in any way.",
    "Zero sponsorship on this one, I paid full price.",
    "Ad-free version on my Patreon.",
    "Adobe Premiere for editing, Audacity for sound.",
    "Download the free PDF guide below.",
    "Nothing here is paid for. Links are plain links, I earn nothing from them.",
    "Someone asked if this was sponsored - it's not, lol.",
    "The ad break is at 12:30 if you want to skip it (YouTube's ad, not mine).",
    "Fully independent review - the company did not send this, I purchased it.",
    "Links are not affiliate links.",
    "No one sponsors this channel and I like it that way.",
    "Headphones and adapters used: see below.",
    "Advice in this video is not financial advice.",
    "Looking for a sponsor for the next expedition - email me!",
    "Bad audio in the first minute, sorry!",
    "I'd never do a paid promo for a product I didn't use.",
    "This gradient shader took forever to adjust.",
    "My university is affiliated with the research group in the video, but I'm not.",
    "Gradual overload is the key to this program.",
    "Old video about how sponsorships work on YouTube - the economics of ad revenue.",
    "How do YouTubers earn money? Commissions, ads and sponsors explained.",
    ("No es publicidad, lo compré con mi dinero.", "es"),
    ("Vídeo sin patrocinio.", "es"),
    ("Pas sponsorisé, tout a été acheté par moi.", "fr"),
    ("Keine Werbung, alles selbst gekauft.", "de"),
    ("Não é publi, comprei com o meu dinheiro.", "pt"),
    ("Non sponsorizzato, ho pagato tutto io.", "it"),
    ("Niet gesponsord, gewoon zelf gekocht.", "nl"),
    "Read the address bar carefully before entering your seed phrase.",
    "Adding new episodes every Friday.",
    "Ads? Not on my watch. Membership only.",
    "The sponsor segment you're looking for doesn't exist.",
    "Learn the difference between sponsored and organic posts in this lesson.",
]

# --- Pinterest: clear disclosures ------------------------------------------------------------------
PIN_DISCLOSED = [
    "#ad", "#affiliate", "paid link", "Commissions earned.", "#sponsored", "(affiliate link)",
    "This pin contains affiliate links.", "As an Amazon Associate I earn from qualifying purchases.",
    "I may earn a commission if you shop this look.", "Sponsored by Rowan & Reed.", "#paidpartnership",
    "affiliate link - I earn a small commission", "ad • gifted", "*aff link", "[affiliate]",
    "Shopping through this pin supports my blog at no extra cost.", "#commissionsearned",
    "Paid partnership with Honeycomb Home.", "#gifted by Larkspur Candles", "Post contains affiliate links.",
    "#amazonaffiliate", "Affiliate link in pin! I earn a little when you buy.", "Sponsored pin.",
    "This post is sponsored by Bramble Bakeware.", "#LTKaffiliate", "(aff)", "I earn from purchases made via this link.",
    "Paid link - thanks for supporting my small blog!", "gifted + affiliate", "#ad #sponsored",
    "Collab ad with Saffron Table", "Partner content paid by Willowby", "#brandpartner (paid)",
    "Afflink", "Contains paid links.", "my links earn me a commission, thank you!",
    "Buying through my link helps me keep sharing free patterns.", "AD",
    ("#publicidad", "es"), ("Enlace de afiliado.", "es"), ("#colaboraciónpagada", "es"),
    ("#sponsorisé", "fr"), ("Lien affilié.", "fr"), ("#partenariat rémunéré", "fr"),
    ("#werbung", "de"), ("*Affiliate-Link", "de"), ("Anzeige", "de"),
    ("#publi", "pt"), ("Link de afiliado.", "pt"), ("#publicidade", "pt"),
    ("#adv", "it"), ("Link affiliato.", "it"), ("#sponsorizzato", "it"),
    ("#reclame", "nl"), ("Affiliate link: ik verdien een kleine commissie.", "nl"), ("#gesponsord", "nl"),
    "Sponsored | Juniper Paints", "This recipe was created in partnership with Golden Acre Eggs, who paid me.",
    "Free sample from Nettle & Co.", "I received this product free for review.",
]

PIN_AMBIGUOUS = [
    "#sp", "#collab", "Thanks Thistle Yarn!", "#partner", "Ambassador ✨", "in collab w/ Coral Cove",
    ("Gracias a Pura Piel", "es"), ("#collab", "fr"), ("Danke Wollwerk", "de"), "#spon",
    "Partner: Meadowlark", "ty @brightfern for the goodies?",
]

PIN_LOOKALIKE = [
    "#adorable", "#adventure", "not sponsored, just love it", "#diy #homedecor", "Shop the look ↓",
    "link in pin", "#headband tutorial", "#adulting tips", "Not an ad! My own purchase.", "#roadtrip #advent",
    "Download the free printable", "easy weeknight dinner", "#madewithlove", "Add to your board!",
    ("No es publicidad", "es"), ("pas de pub, juste un coup de cœur", "fr"), ("keine Werbung", "de"),
    ("não é publi", "pt"), ("non è pubblicità", "it"), ("geen reclame", "nl"),
    "Pinned from my Etsy shop", "Address labels free template", "#gradient nails", "no affiliate links here",
    "#bridalshower #ideas",
]

NICHES = {
    "tech": {
        "intro": [
            "I spent two weeks with the new Pixelon X3 and here is everything I liked and hated.",
            "Budget desk setup for under $400 - full tour.",
            "Is the Korva 14 laptop still worth it in 2026? Long-term review.",
        ],
        "gear": [("Camera", "Lumix S5 II"), ("Mic", "Rode PodMic"), ("Keyboard", "Keychron Q1"), ("Monitor", "LG 27UP850"),
                 ("Desk", "Flexispot E7"), ("Light", "Elgato Key Light"), ("Mouse", "Logitech MX Master 3S")],
        "tags": "#tech #review #desksetup",
    },
    "beauty": {
        "intro": [
            "GRWM for a wedding - soft glam that lasts all night.",
            "Testing viral drugstore foundations so you don't have to.",
            "My 5-minute everyday makeup, updated.",
        ],
        "gear": [("Foundation", "Velvet Matte 220"), ("Brush", "Fluffy Kabuki"), ("Lip", "Rosewood liner"),
                 ("Setting spray", "Dewlock"), ("Mascara", "Lashbloom"), ("Blush", "Peach Petal cream")],
        "tags": "#makeup #grwm #beauty",
    },
    "cooking": {
        "intro": [
            "Crispy chili oil noodles in 15 minutes.",
            "Sourdough for total beginners - day by day.",
            "Meal prep for the week: 5 lunches, one grocery run.",
        ],
        "gear": [("Dutch oven", "5.5qt enamel"), ("Knife", "8in chef knife"), ("Scale", "digital kitchen scale"),
                 ("Pan", "carbon steel skillet"), ("Blender", "high-speed blender"), ("Thermometer", "instant read")],
        "tags": "#recipe #cooking #mealprep",
    },
    "travel": {
        "intro": [
            "3 days in Porto on a budget - where to eat, sleep and what to skip.",
            "Overnight train across the Alps, was it worth it?",
            "Backpacking Vietnam north to south: week one.",
        ],
        "gear": [("Backpack", "40L carry-on pack"), ("Drone", "mini drone"), ("Packing cubes", "compression set"),
                 ("Power bank", "20000mAh"), ("Shoes", "trail runners"), ("eSIM", "regional eSIM")],
        "tags": "#travel #vlog #budgettravel",
    },
    "fitness": {
        "intro": [
            "Full body dumbbell workout - no bench needed.",
            "I ran every day for 30 days. Here's what happened.",
            "Beginner mobility routine, 20 minutes, follow along.",
        ],
        "gear": [("Dumbbells", "adjustable 5-52lb"), ("Mat", "6mm yoga mat"), ("Watch", "GPS running watch"),
                 ("Bands", "resistance band set"), ("Shoes", "daily trainers"), ("Protein", "whey isolate")],
        "tags": "#fitness #workout #homeworkout",
    },
    "gaming": {
        "intro": [
            "Elden Vale - 100% walkthrough part 7.",
            "Ranking every boss in Hollow Spire from easiest to hardest.",
            "Building a mega base in Crafthaven survival (episode 41).",
        ],
        "gear": [("GPU", "RTX 4070"), ("Capture card", "4K60 capture"), ("Headset", "wireless headset"),
                 ("Chair", "gaming chair"), ("Controller", "pro controller"), ("Stream deck", "15-key deck")],
        "tags": "#gaming #letsplay #walkthrough",
    },
    "crafts": {
        "intro": [
            "Crochet a chunky cardigan - beginner friendly pattern.",
            "Resin coasters with real pressed flowers.",
            "Upcycling a thrifted dresser with chalk paint.",
        ],
        "gear": [("Hook", "6mm ergonomic hook"), ("Yarn", "chunky wool blend"), ("Resin", "epoxy kit"),
                 ("Paint", "chalk paint, sage"), ("Sander", "orbital sander"), ("Molds", "silicone coaster molds")],
        "tags": "#crafts #diy #crochet",
    },
    "parenting": {
        "intro": [
            "What's in my diaper bag - newborn edition.",
            "Our toddler's bedtime routine that finally works.",
            "Honest review of the 3 strollers we've owned.",
        ],
        "gear": [("Stroller", "compact travel stroller"), ("Carrier", "soft structured carrier"), ("Monitor", "video baby monitor"),
                 ("Bottles", "anti-colic bottles"), ("Diaper bag", "backpack diaper bag"), ("Sound machine", "white noise")],
        "tags": "#momlife #parenting #newborn",
    },
    "finance": {
        "intro": [
            "How I paid off $32k of debt in 3 years.",
            "Index funds explained in 10 minutes.",
            "My 2026 budget spreadsheet walkthrough.",
        ],
        "gear": [("Budget app", "envelope budgeting app"), ("Brokerage", "low-cost brokerage"), ("Book", "The Simple Path"),
                 ("Spreadsheet", "free template"), ("Savings", "high-yield savings account")],
        "tags": "#personalfinance #budgeting #investing",
    },
}

LANG_INTROS = {
    "es": ["Hoy os enseño mi rutina completa, paso a paso.", "Receta fácil para toda la semana."],
    "fr": ["Aujourd'hui je vous montre mon installation complète.", "Recette rapide pour les soirs pressés."],
    "de": ["Heute zeige ich euch mein komplettes Setup.", "Schnelles Rezept für jeden Tag."],
    "pt": ["Hoje mostro minha rotina completa.", "Receita fácil para a semana toda."],
    "it": ["Oggi vi mostro la mia routine completa.", "Ricetta veloce per tutta la settimana."],
    "nl": ["Vandaag laat ik mijn hele setup zien.", "Snel recept voor doordeweeks."],
}

LINK_HOSTS = ["amzn.to", "geni.us", "bit.ly", "shop.example.com/p", "kit.co/creator", "go.example.net"]
MUSIC = ["Music: Epidemic Sound", "Music by Lo-Fi Orchard", "Song: 'Slow Tide' - Harbor Lights (licensed)",
         "Background music from the YouTube Audio Library", "Music: Artlist"]
SOCIALS = ["Instagram: @{h}", "TikTok: @{h}", "Twitter/X: @{h}", "Discord: discord.gg/{h}", "Business: {h}@example.com",
           "Patreon: patreon.com/{h}", "Newsletter: {h}.substack.com"]
HANDLES = ["mira.makes", "techwithteo", "saltandember", "wanderjo", "liftwithlena", "pixelpanda", "knotandneedle",
           "dadmodecarl", "frugalfern", "bakingbea", "camvsworld", "quietquill"]


def _split(entry):
    return entry if isinstance(entry, tuple) else (entry, "en")


def _link(rng):
    host = rng.choice(LINK_HOSTS)
    return f"https://{host}/{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(6))}"


def _timestamps(rng):
    marks, t = [], 0
    steps = ["Intro", "Unboxing", "First impressions", "The good", "The bad", "Tips", "Results", "Final thoughts",
             "Q&A", "Outro", "Step 1", "Step 2", "Bloopers"]
    for label in rng.sample(steps, rng.randint(4, 8)):
        marks.append(f"{t // 60}:{t % 60:02d} {label}")
        t += rng.randint(35, 260)
    return marks


def youtube_description(rng, niche, lang, sentence, placement):
    """A multi-line description; `sentence` (or None) placed at top, after the gear header, or at the bottom."""
    spec = NICHES[niche]
    intro = rng.choice(LANG_INTROS[lang]) if lang != "en" and lang in LANG_INTROS else rng.choice(spec["intro"])
    handle = rng.choice(HANDLES)
    lines = [intro, ""]
    if sentence and placement == "top":
        lines += [sentence, ""]
    if rng.random() < 0.8:
        lines += ["TIMESTAMPS"] + _timestamps(rng) + [""]
    gear = rng.sample(spec["gear"], rng.randint(2, len(spec["gear"])))
    header = rng.choice(["GEAR", "What I used:", "Products mentioned:", "My kit", "LINKS", "Everything in this video:"])
    if sentence and placement == "gear":
        lines += [header + " " + sentence if sentence.endswith(":") else header, *([] if sentence.endswith(":") else [sentence])]
    else:
        lines.append(header)
    lines += [f"{name}: {model} - {_link(rng)}" for name, model in gear]
    lines += [""] + [s.format(h=handle) for s in rng.sample(SOCIALS, rng.randint(2, 4))]
    if rng.random() < 0.6:
        lines += ["", rng.choice(MUSIC)]
    if sentence and placement == "bottom":
        lines += [""] + [""] * rng.randint(0, 3) + [sentence]
    lines += ["", spec["tags"]]
    return "\n".join(lines)


PIN_TITLES = {
    "beauty": ["Fall nail ideas", "Easy heatless curls", "Minimal skincare routine"],
    "cooking": ["One-pan lemon chicken", "Vegan banana bread", "5-ingredient pasta"],
    "travel": ["Lisbon 3-day itinerary", "Packing list for Iceland", "Hidden beaches in Crete"],
    "crafts": ["Crochet bucket hat pattern", "DIY macrame plant hanger", "Watercolor cards"],
    "parenting": ["Toddler busy bag ideas", "Nursery on a budget", "Lunchbox ideas for kids"],
    "tech": ["Cozy gaming desk setup", "Home office cable management", "Best e-readers"],
    "fitness": ["20-min core workout", "Home gym essentials", "Running outfit ideas"],
    "finance": ["Printable budget planner", "No-spend month challenge", "Sinking funds tracker"],
    "home": ["Boho living room decor", "Small bathroom makeover", "Spring wreath"],
}
PIN_BODIES = [
    "Everything you need for {t}. Save for later!", "{t} - tap through for the full post.",
    "My favourite {t} this season.", "{t}. Links to every piece on the blog.", "{t} ✨ step by step",
    "Obsessed with this {t}!", "{t} | shop the items below", "Pin this {t} for your next weekend.",
]


def pinterest_pin(rng, sentence):
    niche = rng.choice(sorted(PIN_TITLES))
    title = rng.choice(PIN_TITLES[niche])
    body = rng.choice(PIN_BODIES).format(t=title.lower())
    parts = [title, body]
    if rng.random() < 0.5:
        parts.append(_link(rng))
    if sentence:
        where = rng.choice(["end", "end", "middle", "start"])
        if where == "start":
            parts.insert(1, sentence)
        elif where == "middle":
            parts.insert(2, sentence)
        else:
            parts.append(sentence)
    if rng.random() < 0.5:
        parts.append(rng.choice(["#" + niche, "#pinterestinspo", "#ideas", "#blog"]))
    return rng.choice([" ", "\n", " · "]).join(parts), niche


def build():
    rng = random.Random(SEED)
    rows = []

    def add(platform, text, disclosed, ambiguous, case, lang, reason):
        rows.append({
            "id": f"a{len(rows) + 1:04d}", "platform": platform, "author": rng.choice(HANDLES),
            "author_description": None, "created_at": "2026-11-02T15:00:00Z", "text": text,
            "labels": {"disclosed": disclosed, "ambiguous": ambiguous, "case": case, "lang": lang},
            "reason": reason,
        })

    niches = sorted(NICHES)
    for group, disclosed, ambiguous, case in ((YT_DISCLOSED, True, False, "disclosed"),
                                              (YT_AMBIGUOUS, False, True, "ambiguous"),
                                              (YT_LOOKALIKE, False, False, "lookalike")):
        for entry in group:
            sentence, lang = _split(entry)
            placement = rng.choice(["top", "gear", "bottom", "bottom"])
            text = youtube_description(rng, rng.choice(niches), lang, sentence, placement)
            add("youtube", text, disclosed, ambiguous, case, lang, f"{case}: {sentence!r} at {placement}")
    for _ in range(45):  # plain descriptions: links, no disclosure at all
        lang = rng.choice(["en"] * 6 + sorted(LANG_INTROS))
        add("youtube", youtube_description(rng, rng.choice(niches), lang, None, "none"), False, False, "plain", lang,
            "links and gear but no statement of payment, gift or commission")
    for group, disclosed, ambiguous, case in ((PIN_DISCLOSED, True, False, "disclosed"),
                                              (PIN_AMBIGUOUS, False, True, "ambiguous"),
                                              (PIN_LOOKALIKE, False, False, "lookalike")):
        for entry in group:
            sentence, lang = _split(entry)
            text, _niche = pinterest_pin(rng, sentence)
            add("pinterest", text, disclosed, ambiguous, case, lang, f"{case}: {sentence!r}")
    for _ in range(30):
        text, _niche = pinterest_pin(rng, None)
        add("pinterest", text, False, False, "plain", "en", "shop link or title only, nothing disclosed")
    return rows


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv):
    out = HERE / "posts.jsonl"
    text = render(build())
    if "--check" in argv:
        if out.read_text(encoding="utf-8") != text:
            print("posts.jsonl is stale", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
