"""PII: phone numbers of 22 countries in many writings, cards, IBANs, public IPs, SSNs, e-mail."""

from __future__ import annotations

import re

import phonenumbers
from fakes import Fakes, iban_valid, luhn_valid
from phonenumbers import PhoneNumberFormat as PNF
from post import BRANDS, Draft, draft, pii

FIRST = ["Maria", "Jonas", "Aisha", "Tomás", "Priya", "Lukas", "Chloé", "Kenji", "Olu", "Freya", "Mateo",
         "Sofia", "Anders", "Leila", "Ravi", "Hannah", "Diego", "Yuki", "Noor", "Piotr"]
LAST = ["Schneider", "Okafor", "Lindqvist", "Moreau", "Ferreira", "Tanaka", "Kowalski", "Nakamura",
        "Haddad", "Brennan", "Castillo", "Novak", "Achterberg", "Silva", "Murphy", "Iyer"]

PHONE_FRAMES = {
    "en": ["@{brand_h} still waiting on that callback. my number is {p}, I'm home all day",
           "can someone from {brand} just call me? {p}. three emails and no answer",
           "Selling my {brand} speaker, barely used, text {p} if interested (no lowballers)",
           "lost my keys near the station with a {brand} tag on them, if found pls call {p} 🙏",
           "Delivery driver couldn't find the house. For next time: ring {p} and I'll come down",
           "{brand} rep asked me to post my contact here so the escalations team sees it: {p}"],
    "de": ["Hallo {brand}, bitte ruft mich zurück: {p}. Der Techniker kam nicht.",
           "Wer den {brand}-Rucksack in der S-Bahn gefunden hat: Handy {p}. Danke!"],
    "es": ["@{brand_h} llevo una semana esperando, mi móvil es {p}, llamadme por favor",
           "Vendo cafetera {brand} casi nueva, whatsapp {p}"],
    "fr": ["@{brand_h} toujours pas de nouvelles du SAV, mon portable : {p}",
           "Colis {brand} livré chez le voisin ?? Appelez-moi au {p} svp"],
    "pt": ["Oi {brand}, meu celular é {p}, podem me ligar sobre o pedido?",
           "Perdi meu cartão {brand} no metrô, se alguém achar liga {p}"],
    "it": ["@{brand_h} nessuna risposta dal servizio clienti, il mio cellulare è {p}"],
    "ja": ["{brand}のサポートさん、折り返しお願いします。電話番号 {p} です"],
    "sv": ["Hej {brand}, ring mig på {p} angående returen, tack!"],
    "pl": ["Dzień dobry {brand}, proszę o kontakt pod numerem {p}"],
    "nl": ["Beste {brand}, bel me even terug op {p}, het pakket is nog steeds zoek"],
}
REGION_LANG = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "IE": "en", "ZA": "en", "IN": "en",
               "DE": "de", "AT": "de", "CH": "de", "ES": "es", "MX": "es", "AR": "es", "FR": "fr", "BE": "fr",
               "BR": "pt", "PT": "pt", "IT": "it", "JP": "ja", "SE": "sv", "PL": "pl", "NL": "nl"}


def _national_digits_grouped(num, sep: str) -> str:
    national = phonenumbers.format_number(num, PNF.NATIONAL)
    national = national.replace("(", "").replace(")", "")
    return re.sub(r"[\s\-]+", sep, national.strip())


def _dialled_from_abroad(num, region: str) -> tuple[str, str]:
    """The 00-prefixed form where the country dials out with 00, else +CC with the national form."""
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix == "00":
        return "00-international", "00" + intl[1:]
    national = phonenumbers.format_number(num, PNF.NATIONAL).lstrip("0")
    return "plus-national", f"+{num.country_code} {national}"


def phone_renderings(f: Fakes, region: str) -> list[tuple[str, str]]:
    mobile = f.phone(region)
    landline = f.phone(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    cc = mobile.country_code
    out = [("international", phonenumbers.format_number(mobile, PNF.INTERNATIONAL)),
           ("national", phonenumbers.format_number(landline, PNF.NATIONAL)),
           ("e164", phonenumbers.format_number(mobile, PNF.E164)),
           ("dotted", _national_digits_grouped(landline, ".")),
           _dialled_from_abroad(landline, region)]
    if region in ("US", "GB", "DE", "CA", "AU", "FR", "NL", "IN"):
        ext = str(f.r.randint(10, 4999))
        office = f.phone(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        base = phonenumbers.format_number(office, f.pick([PNF.NATIONAL, PNF.INTERNATIONAL]))
        out.append(("extension", f"{base} {f.pick(['ext.', 'ext', 'x', 'Durchwahl' if region == 'DE' else 'ext.'])} {ext}"))
    if cc == 1:
        out.append(("spaced", _national_digits_grouped(mobile, " ")))
    return out


def phone_posts(f: Fakes) -> list[Draft]:
    out = []
    n = 0
    for region in ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "AU", "JP", "CA", "SE", "PL",
                   "IE", "CH", "ZA", "AR", "PT", "AT", "BE"]:
        for style, value in phone_renderings(f, region):
            parsed = phonenumbers.parse(re.split(r" (?:ext\.?|x|Durchwahl) ", value)[0], region)
            assert phonenumbers.is_valid_number(parsed), (region, value)
            frames = PHONE_FRAMES[REGION_LANG[region]] if n % 3 else PHONE_FRAMES["en"]
            brand = BRANDS[n % 5]
            out.append(draft(frames[n % len(frames)], f"private phone number, {region} {style} form",
                             "pii/phone", f"phone-{style}-{region}", p=pii(value), brand=brand,
                             brand_h=brand.lower() + "help"))
            n += 1
    return out


def _render_card(number: str, grouping, style: str) -> str:
    if style == "none":
        return number
    sep = " " if style == "spaces" else "-"
    if grouping and sum(grouping) == len(number):
        parts, i = [], 0
        for g in grouping:
            parts.append(number[i:i + g])
            i += g
        return sep.join(parts)
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4))


CARD_FRAMES = [
    "@{brand_h} you charged {card} twice for the same order!! fix this",
    "my card {card} keeps getting declined on the {brand} checkout, works everywhere else",
    "ok so I typed my card number ({card}) in the {brand} chat because the form was broken. was that stupid",
    "Refund should go back to the card ending... actually here's the whole thing so you find it: {card}",
    "Mi tarjeta {card} fue rechazada en la web de {brand} tres veces, ¿qué pasa?",
    "{brand} hat meine Karte {card} doppelt belastet. Bitte um Erstattung.",
    "Paiement refusé avec la carte {card} sur {brand}, quelqu'un a le même souci ?",
    "Cobraram duas vezes no meu cartão {card}, {brand}!",
    "screenshot won't upload so typing it: Card: {card}  Exp 09/29  Amount $84.10",
]


def card_posts(f: Fakes) -> list[Draft]:
    out = []
    combos = [("Visa", 13), ("Visa", 16), ("Visa", 19), ("Mastercard", 16), ("Amex", 15), ("Diners", 14),
              ("Discover", 16), ("Discover", 19), ("JCB", 16), ("Maestro", 12), ("Maestro", 13), ("Maestro", 15),
              ("Maestro", 17), ("Maestro", 18), ("Maestro", 19), ("UnionPay", 17), ("UnionPay", 18),
              ("Mastercard", 16), ("Visa", 16), ("Amex", 15)]
    styles = ["spaces", "dashes", "none"]
    for i in range(48):
        issuer, length = combos[i % len(combos)]
        name, number, grouping = f.card(issuer, length)
        assert luhn_valid(number) and len(number) == length
        style = styles[i % 3]
        rendered = _render_card(number, grouping, style)
        brand = BRANDS[i % 5]
        out.append(draft(CARD_FRAMES[i % len(CARD_FRAMES)], f"Luhn-valid {length}-digit {name} card, {style}",
                         "pii/card", f"card-{length}-{style}", card=pii(rendered), brand=brand,
                         brand_h=brand.lower() + "support"))
    return out


IBAN_FRAMES = [
    "@{brand_h} please refund to my account {iban}, the original card is cancelled",
    "Für die Rückerstattung: IBAN {iban}, Kontoinhaber {name}",
    "Reembolso a mi cuenta {iban} por favor, {brand} lleva un mes sin responder",
    "Remboursement sur mon IBAN {iban} merci (commande annulée)",
    "IBAN para estorno: {iban} -- {name}",
    "they asked for bank details over DM but DMs are broken so: {iban} ({name})",
    "Graag terugstorten op {iban}, bedankt {brand}",
]


def _render_iban(iban: str, style: int) -> str:
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return [grouped, iban, grouped.lower(), iban.lower(), iban[:2] + iban[2:].lower(), grouped][style % 6]


def iban_posts(f: Fakes) -> list[Draft]:
    out = []
    countries = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "IE", "SE", "DK", "FI", "NO", "LU"]
    for i in range(36):
        iban = f.iban(countries[i % len(countries)])
        assert iban_valid(iban)
        rendered = _render_iban(iban, i)
        brand = BRANDS[i % 5]
        out.append(draft(IBAN_FRAMES[i % len(IBAN_FRAMES)], f"mod-97-valid {iban[:2]} IBAN of a person",
                         "pii/iban", f"iban-{iban[:2]}-{['grouped', 'compact', 'lower-grouped', 'lower', 'mixed', 'grouped'][i % 6]}",
                         iban=pii(rendered), brand=brand, brand_h=brand.lower(),
                         name=f"{f.pick(FIRST)} {f.pick(LAST)}"))
    return out


IP_FRAMES = [
    "@{brand_h} your site blocks me, my IP is {ip}, I'm not a bot",
    "{brand} login alert says someone signed in from {ip} -- that's not me?!",
    "Can't reach the {brand} hub from home. Public address {ip}, port forwarding 8443 is on",
    "nginx log:\n{ip} - - [12/Mar/2026:10:44:01 +0000] \"POST /login HTTP/1.1\" 401 512",
    "meine Adresse laut Router: {ip}. {brand}-App findet das Gerät trotzdem nicht",
    "whitelisted {ip} in the {brand} console but webhooks still fail",
]


def ip_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(30):
        v6 = i % 3 == 2
        ip = f.ipv6_public() if v6 else f.ipv4_public()
        brand = BRANDS[i % 5]
        out.append(draft(IP_FRAMES[i % len(IP_FRAMES)], f"public {'IPv6' if v6 else 'IPv4'} address",
                         "pii/ip", "ipv6" if v6 else "ipv4", ip=pii(ip), brand=brand, brand_h=brand.lower()))
    return out


SSN_FRAMES = [
    "{brand} financing form keeps rejecting my SSN {ssn}, typed it 5 times",
    "why does {brand} need my social security number for a warranty claim?? fine: {ssn}. happy now?",
    "SSN: {ssn}\nDOB: 04/11/1987\n^ the loan app wants this, is this site legit",
    "the rep read my SS# back to me wrong, it's {ssn} not what's on file",
    "mi número de seguro social es {ssn} y {brand} dice que no coincide",
    "Tax form from {brand} has my social ({ssn}) printed on the outside of the envelope. wow.",
]


def ssn_posts(f: Fakes) -> list[Draft]:
    return [draft(SSN_FRAMES[i % len(SSN_FRAMES)], "US SSN with context", "pii/ssn", "ssn",
                  ssn=pii(f.ssn()), brand=BRANDS[i % 5]) for i in range(18)]


MAIL_FRAMES = [
    "@{brand_h} order still not here. reach me at {mail} please, DMs are closed",
    "if anyone from {brand} reads this my account email is {mail}, the reset link never arrives",
    "Selling two {brand} tickets for Saturday, email {mail}",
    "Meine Mail ist {mail}, bitte dort melden wegen der Reklamation",
    "Escríbanme a {mail}, el chat de {brand} no funciona",
    "contactez-moi à {mail} pour l'échange, merci {brand}",
    "reset password goes to {mail} but I can't log in there either 🙃",
    "from: {mail}\nto: support\nsubject: RE: RE: RE: refund\n\n(pasting the thread since nobody answers)",
]


def email_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(40):
        mail = f.email(f.pick(FIRST).replace("é", "e").replace("á", "a"), f.pick(LAST))
        if i % 7 == 3:
            mail = mail[0].upper() + mail[1:]  # people type capitals too
        brand = BRANDS[i % 5]
        out.append(draft(MAIL_FRAMES[i % len(MAIL_FRAMES)], "private person's e-mail address", "pii/email",
                         "email", mail=pii(mail), brand=brand, brand_h=brand.lower() + "help"))
    return out


def combined_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(14):
        region = ["US", "GB", "DE", "FR", "ES", "CA", "AU"][i % 7]
        phone = phonenumbers.format_number(f.phone(region), PNF.INTERNATIONAL)
        mail = f.email(f.pick(FIRST).replace("é", "e").replace("á", "a"), f.pick(LAST))
        name = f"{f.pick(FIRST)} {f.pick(LAST)}"
        tmpl = ("Fourth time asking {brand}. Order for {name}, phone {p}, email {mail}. "
                "Just tell me where the package is.")
        out.append(draft(tmpl, "phone and e-mail of a person in one complaint (the name is not a leak)",
                         "pii/combined", "phone+email", p=pii(phone), mail=pii(mail), name=name,
                         brand=BRANDS[i % 5]))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    # Phone numbers are drawn until `phonenumbers` accepts them, so they depend on its metadata
    # version; their own generators keep every other value independent of that version.
    phones, combined = Fakes(f.r.getrandbits(32)), Fakes(f.r.getrandbits(32))
    return (phone_posts(phones) + card_posts(f) + iban_posts(f) + ip_posts(f) + ssn_posts(f) + email_posts(f)
            + combined_posts(combined))
