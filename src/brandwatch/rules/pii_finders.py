"""Finders for personal data that a regex alone reads badly: phone numbers, payment cards, IBANs,
IP addresses and US social security numbers.

A rule uses one as `detect: <name>`. Each finder gets the whole post (so it can read the words
around a number: "order", "tracking", "IMEI" before a digit run mean it is not a phone or a card)
and yields exact spans of the normalised text plus why it kept them; the engine maps them back to
the original text. A span confirmed by a checksum or a numbering plan carries `validator` in its
explanation, so it scores like a validated regex hit (0.95). Every finder has an RE2 screen that
joins the engine's one Set pass, so posts without anything of its shape (most) never run it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
import re2

from brandwatch.rules.scan import Scan
from brandwatch.rules.validators import IBAN_LENGTHS, luhn, us_ssn
from brandwatch.rules.validators import iban as iban_checksum

Found = tuple[int, int, dict]

# Parsing a phone number is the one costly step: a hostile post of thousands of different
# number-shaped runs parses this many distinct ones, and repeats of those (cached) after that.
MAX_PHONE_PARSES = 96

# Words right before a number that say what it is when it is not personal data.
_NOT_PERSONAL = re.compile(
    r"(?:order|orders|ord|tracking|track|trk|parcel|shipment|consignment|awb|invoice|inv|receipt|"
    r"ref|reference|case|ticket|confirmation|conf|booking|pnr|reservation|imei|meid|serial|s/n|sn|"
    r"sku|part|pn|model|item|version|ver|build|release|isbn|asin|upc|ean|gtin|barcode|transaction|"
    r"txn|payment id|auth code|account id|customer id|member id|id|no\.|nº|nr\.?|#|lot|batch|"
    r"patch|firmware|zip|zip code|postcode|postal code|plz|cep|pin code|v|"
    # numbers that name a bank or a company, published on every invoice: not a person's line (whole
    # words only: "Greg", "mein" or "privat" before a number must not read as "reg", "ein", "vat")
    r"\brouting|\baba|\brtn|\bbsb|\bsort code|\bvat|\bcompany reg|\breg|\bregistration|\bcrn|"
    # customer and contract numbers, as letters and invoices print them
    r"\bcustomer|\bclient|\bkunde|\bkundennummer|\bkundennr|\bcontract|\bcontrato|\bcontrat|\bvertrag|"
    r"\bvertragsnummer|"
    # invoice, receipt, order and case words of more languages
    r"\bfactuur|\bfactuurnummer|\bbestelnummer|\bbestelling|\bordernummer|\brechnung|\brechnungsnummer|"
    r"\bfacture|\bfattura|\bfactura|\bnota fiscal|\breçu|\bricevuta|\brecibo|\bkvitto|\bquittung|\bbeleg|"
    r"\bzamówienia|\bzamowienia|\bsipariş|\bsiparis|\bsaksnummer|\bsagsnummer|\bärendenummer|\baktenzeichen|"
    r"注文番号|订单号|"
    # numbers that identify a company or a professional to the tax office or a registry
    r"\bduns|\btax id|\btax number|\bemployer id|\bnpi|\bsiret|\bsiren|\bkvk|\babn|\bacn|\bnif|\bcif|\bcnpj|"
    r"\bsteuernummer|\bust-id|\bust-idnr|\butr|"
    # numbers a club, school, employer, insurer or library gives a person: an identifier, not a line
    r"\bmember|\bmembership|\bmitglied|\bmitgliedsnummer|\bstudent|\bmatriculation|\bmatrikelnummer|"
    r"\bemployee|\bstaff|\bbadge|\bpolicy|\bpolizza|\bpóliza|\blibrary|\bloyalty|\brewards|\baccount|"
    r"\blicen[cs]e|\bpassport|\bpatient|\bsubscriber|\bvoucher|\bgift card|\bcoupon|"
    # the same words in the other languages posts come in, and the parts a product is sold as
    r"pedido|encomenda|commande|bestellung|bestellnummer|auftrag|auftragsnummer|sendung|"
    r"sendungsnummer|artikel|artikelnummer|teilenummer|ordine|spedizione|rastreio|seguimiento|"
    r"suivi|colis|referencia|référence|riferimento|replacement|spare|filter|cartridge|refill)\W{0,4}(?:(?:no|nr|num|number|id|code|#|n°|nº)\W{0,3})?"
    r"(?:(?:is|was|es|est|ist|é)\W{0,3})?$"  # "my order number is ..."
)
# Words near a number that say it reaches a person.
_PHONE_WORDS = re.compile(
    r"(?:\b(?:call|called|calling|phone|phoned|tel|telephone|mobile|mob|cell|cellphone|ring|text|"
    r"txt|sms|whatsapp|whats app|viber|signal|telegram|fax|dial|reach|contact|number|num|ph|"
    r"hotline|landline|handy|telefon|telefone|telefono|teléfono|téléphone|portable|celular|"
    r"numero|número|numéro|nummer|contato|contacto|móvil|movil|cel|llámame|llamame|llama|llamar|"
    r"appelle|appelez|appeler|anrufen|ruf|rufen|ligue|liga|ligar|zap|wa|fone|celulare|chiama|"
    r"chiamami|bel|bellen|mobiel|mobil|mobile no|phone no|tel no|ph no|kontakt|numer|numerem|"
    r"zadzwoń|zadzwon|komórka|komorka|chiamatemi|chiamate|chiamarmi|telefonami|scrivimi|"
    r"escríbanme|escribeme|escríbeme|llámenme|ring meg|ring mig|soita|puhelin|numeroni)\b|電話|携帯|फ़ोन|फोन)"
)
# Words that present a number as an organisation's published line (a switchboard, a shop, a
# helpline, a number printed on a website), unless the writer gives it as their own.
_BUSINESS_LINE_WORDS = re.compile(
    r"\b(?:hotline|helpline|help line|toll-free|toll free|freephone|free phone|numéro vert|número gratuito|"
    r"numero verde|switchboard|reception|front desk|main line|office number|office line|head office|"
    r"headquarters|hq|fax|telefax|store|shop|branch|warehouse|restaurant|hotel|customer service|"
    r"customer care|support line|service line|contact page|website|web site|their site|google maps|"
    r"listed|zentrale|geschäftsstelle|filiale|centralita|sucursal|standard téléphonique|accueil|"
    r"centralino|call center|call centre|callcenter|service client|service clients|centre d'appels|"
    r"klantenservice|klantendienst|kundenservice|kundendienst|kundtjänst|kundeservice|asiakaspalvelu|"
    r"servizio clienti|assistenza clienti|atención al cliente|atencion al cliente|servicio al cliente|"
    r"atendimento|obsługa klienta|biuro obsługi|müşteri hizmetleri|çağrı merkezi|çağri merkezi)\b"
)
_OWN_WORDS = re.compile(r"\b(?:me|my|mine|mich|mir|mein|meine|meiner|moi|mon|ma|mi|mí|meu|minha|mio|mia|"
                        r"mij|mijn|mnie|mój|moj|mój numer)\b")
_CARD_WORDS = re.compile(
    r"\b(?:card|cards|cc|credit|debit|visa|mastercard|master card|amex|american express|discover|"
    r"jcb|diners|maestro|unionpay|rupay|elo|hipercard|mir|verve|cvv|cvc|exp|expiry|expires|pan|"
    r"charged|billed|cartão|cartao|tarjeta|carte|karte|kreditkarte)\b"
)
_SSN_WORDS = re.compile(r"(?:\bssn\b|\bss#|\bss no\b|social security|\bsocial sec\b|\bsocsec\b|"
                        r"seguro social|s[ée]curit[ée] sociale|\bmy social\b|\bitin\b|taxpayer id)")


def _before(text: str, start: int, width: int = 24) -> str:
    return text[max(0, start - width):start].casefold().rstrip(" :=(")


def _around(text: str, start: int, end: int, width: int = 48) -> str:
    return text[max(0, start - width):end + width].casefold()


def _labelled_otherwise(text: str, start: int) -> bool:
    """Whether the words right before a number name it as an order, tracking, part... number."""
    return _NOT_PERSONAL.search(_before(text, start)) is not None


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """The run is not part of a longer word, number, path, URL or handle."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "_#/=@&-." or after.isalnum() or after in "_/@&-":
        return False
    # "12.5" or "12:30" right after: a decimal, a time or a version, not the end of a number; and
    # "123456789:AAH..." is the id half of a bot token, not a number on its own.
    next_char = text[end + 1] if end + 1 < len(text) else " "
    return not ((after in ".:," and next_char.isdigit()) or (after == ":" and next_char.isalpha()))


# --- phone numbers ------------------------------------------------------------------------------

# The prefilter: seven or more digits with at most a few separator characters between them.
_PHONE_RUN = re.compile(r"(?:\+|\b00)?\(?\d(?:[ \t().\-/]{0,3}\d){6,}(?:\s*(?:ext\.?|x|#|extension)\s*\d{1,6}\b)?",
                        re.IGNORECASE)
# Regions whose national formats are tried, in order; a number written with +CC needs none.
_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d([-./ ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)"
                   r"|(?<!\d)(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d(?!\d)")
# "1 402 112 000" (a count in thousands) or "90210-1234" (a ZIP+4): phones only when called so.
_COUNT_OR_ZIP = re.compile(r"\d{1,3}(?:[ ,.]\d{3}){2,}|\d{5}-\d{4}")
# "124.0.6367.91": a dotted run with a one-digit group after the first is a version, not a phone.
_VERSION = re.compile(r"\d+(?:\.\d+)*\.\d(?:\.\d+)+|\d+(?:\.\d+)+\.\d")
# "6.17.27.7851", "2.21.97.626": four or more dotted groups under a one-digit first group are a
# version (major.minor.patch.build); phones dotted so open with two digits or more ("06.12.34.56",
# "617.27.78.51"), save the NANP trunk "1." before a 3-3-4 number ("1.800.555.0199") and the
# Russian trunk "8."/"7." before a 3-3-2-2 number ("8.495.123.45.67"): a run ending in two
# two-digit groups after three-digit ones is how phones are paired, not how builds are numbered.
_SINGLE_MAJOR_VERSION = re.compile(r"(?!1\.\d{3}\.\d{3}\.\d{4}$|[78]\.\d{3}\.\d{3}\.\d{2}\.\d{2}$)"
                                   r"\d\.\d+(?:\.\d+){2,}")
_YEAR_PAIR = re.compile(r"(?:19|20)\d\d\W{1,3}(?:19|20)\d\d")  # "2019 2020", "2023/2024"
_SSN_GROUPING = re.compile(r"\d{3}-\d{2}-\d{4}")  # how SSNs are written; no numbering plan groups so
# An IPv4 address, never a phone: four dotted parts of 0-255 without leading zeros. "06.12.34.56"
# or "12.631.15.62" is no address, and is how several countries dot their phone numbers.
# Four dotted parts that are no IPv4 address ("6.15.26.475") read as a version unless the post
# speaks of phoning; a dot before five digits or more is a decimal point.
_FOUR_DOTTED_PARTS = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DECIMAL = re.compile(r"\d\.\d{5,}")
_DOTTED_QUAD = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)")
PHONE_REGIONS = ("US", "GB", "IN", "AU", "DE", "FR", "BR", "MX", "ZA", "NG", "JP", "ES", "IT", "NL",
                 "IE", "NZ", "SG", "PH", "KE", "CA", "PL", "BE", "CH", "AT", "PT", "SE", "AR", "CO")
# More regions, tried only when the words around a number speak of phoning: their national plans
# (eight digits with no trunk prefix in NO, DK, HK...) accept almost any digit run on their own.
SPOKEN_PHONE_REGIONS = ("NO", "DK", "FI", "HK", "KR", "CZ", "GR", "TR", "IL", "CL", "PE", "MY", "TH", "ID",
                        "AE", "SA", "EG", "RO", "HU", "UA", "TW", "VN", "GH", "PK", "BD", "LK", "UY")
_LENIENCY = phonenumbers.Leniency.VALID
_EXTENSION = re.compile(r"(?:ext\.?|x|#|extension)\s*(\d{1,6})\s*$", re.IGNORECASE)


def phone(scan: Scan) -> Iterator[Found]:
    text = scan.norm.text
    parsed: set[str] = set()
    for run in _PHONE_RUN.finditer(text):
        start, end = run.span()
        candidate = text[start:end]
        # Cheap refusals before any parse: a run named as an order or tracking number, or one
        # unbroken digit run (an id, most often) with no phone words near it.
        if _labelled_otherwise(text, start) or _DATE.fullmatch(candidate) or _bit_pattern(candidate):
            continue
        if _CARD_WORDS.search(_before(text, start, 16)):  # "card number 1800...": not a phone
            continue
        if _SSN_GROUPING.fullmatch(candidate) or _SSN_WORDS.search(_before(text, start, 40)):
            continue  # "SSN as 666-98-3374": grouped and named as an SSN, valid or not
        if candidate.isdigit() and _PHONE_WORDS.search(_around(text, start, end)) is None:
            continue
        if candidate not in parsed and len(parsed) >= MAX_PHONE_PARSES:
            continue
        parsed.add(candidate)
        # The wider plans (and a personal reading of an ambiguous number) need the phone word right
        # before the number ("my number is ...", "chiamatemi al ..."), and two years are a span.
        introduced = _PHONE_WORDS.search(_before(text, start)) is not None and not _YEAR_PAIR.fullmatch(candidate)
        found = _phone_in(candidate, introduced)
        if found is None:
            continue
        offset, length, region, tier = found
        s, e = start + offset, start + offset + length
        if (_DATE.search(text, s, e) or _DOTTED_QUAD.fullmatch(text, s, e) or _VERSION.fullmatch(text, s, e)
                or _SINGLE_MAJOR_VERSION.fullmatch(text, s, e)):
            continue
        if not _boundary_ok(text, s, e) or _labelled_otherwise(text, s):
            continue
        spoken_of = _PHONE_WORDS.search(_around(text, s, e)) is not None
        if not spoken_of and (tier == "possible" or _COUNT_OR_ZIP.fullmatch(text, s, e)
                              or _FOUR_DOTTED_PARTS.fullmatch(text, s, e) or _DECIMAL.search(text, s, e)):
            continue
        if _business_line(text[s:e], region) or _fictional(text[s:e], region) or _published_line(text, s, e):
            continue
        confirmed = {"validator": "phone"} if tier == "valid" else {}
        yield s, e, {"detector": "phone", "region": region, "phone_check": tier, **confirmed}


def _published_line(text: str, start: int, end: int) -> bool:
    """Whether the words beside a number present it as a business's line ("the Leeds store, 0113 ...",
    "... is their office switchboard"); a number the writer gives as their own stays personal, even
    in a post that complains about the hotline."""
    if _called_own(text, start, end):
        return False
    return bool(_BUSINESS_LINE_WORDS.search(_before(text, start, 40))
                or _BUSINESS_LINE_WORDS.search(text[end:end + 48].casefold()))


# After a number a writer claims it in fewer words ("..., that's me", "(mine)", "ruft mich an").
_OWN_AFTER = re.compile(r"\b(?:me|mine|moi|mich|mir|mí)\b")


def _called_own(text: str, start: int, end: int) -> bool:
    """Whether the writer calls the number or address their own, before it or just after it."""
    return bool(_OWN_WORDS.search(_before(text, start, 32)) or _OWN_AFTER.search(text[end:end + 20].casefold()))


def _bit_pattern(candidate: str) -> bool:
    """Only zeros and ones: a byte or bit string from a lesson or a log, not a number anyone dials."""
    digits = {ch for ch in candidate if ch.isdigit()}
    return digits <= {"0", "1"}


# Toll-free, premium-rate and shared-cost lines are sold to businesses: they reach a company's desk,
# never a private person.
_BUSINESS_NUMBER_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                                    phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN})


def _fictional(number: str, region: str) -> bool:
    """North American numbers 555-0100 to 555-0199 are reserved for fiction (films, adverts, docs):
    the labelling guideline gives the brands' public lines in that range and never counts them."""
    if region not in _NANP_REGIONS and not number.lstrip().startswith(("+1", "001")):
        return False
    written = number.lstrip()
    digits = "".join(ch for ch in _EXTENSION.sub("", written) if ch.isdigit())
    if written.startswith("+1") or (len(digits) == 11 and digits[0] == "1"):
        digits = digits[1:]
    elif written.startswith("001"):
        digits = digits[3:]
    if len(digits) not in (7, 10):
        return False
    exchange, line = digits[-7:-4], digits[-4:]
    return exchange == "555" and 100 <= int(line) <= 199


_NANP_REGIONS = frozenset(phonenumbers.region_codes_for_country_code(1))


@lru_cache(maxsize=4096)
def _business_line(number: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, region if region != "ZZ" else "US")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in _BUSINESS_NUMBER_TYPES


@lru_cache(maxsize=4096)  # hostile posts repeat one shape; parsing is the costly step
def _phone_in(candidate: str, spoken_of: bool = False) -> tuple[int, int, str, str] | None:
    """(offset, length, region, tier) of the phone number in a candidate run, or None.

    tier "valid": the numbering plan of the region (or of the +CC) allows the number and it is
    written with separators or a +CC, the way people write phone numbers. tier "possible": only its
    length fits, or it is one unbroken digit run: kept only when words around it speak of a phone.
    `spoken_of`: words near the run speak of phoning, so SPOKEN_PHONE_REGIONS' plans are tried too.
    A national number several plans allow, in a post that speaks of phoning, is read in a region
    where it reaches a person: "090 4322 1887" is a premium line in Britain but a mobile in Japan,
    and a post giving it as "my number" means the mobile.
    """
    digits = sum(ch.isdigit() for ch in candidate)
    if digits > 17:
        return None
    spaced = not candidate.replace("+", "").isdigit()
    # "00" is the international prefix in most of the world: read it as "+", one character shorter.
    shift = 1 if candidate.startswith("00") else 0
    readable = "+" + candidate[2:] if shift else candidate
    international = readable.startswith("+")
    try:
        number = phonenumbers.parse(readable, "US")
    except phonenumbers.NumberParseException:
        return None
    regions: list[str | None]
    if international:
        regions = [None] if phonenumbers.is_valid_number(number) else []
    else:
        national = "".join(ch for ch in readable if ch.isdigit())
        extension = _EXTENSION.search(readable)
        national = national[:-len(extension.group(1))] if extension else national
        shapes = _REGION_SHAPES + _SPOKEN_REGION_SHAPES if spoken_of else _REGION_SHAPES
        regions = [r for r, nsn, code in _regions_for(national, shapes) if _valid_in(r, nsn, code)]
    # The plan checks above say cheaply which regions allow the number at all; only then does the
    # matcher run, for the exact span (extensions, brackets) and its own checks.
    business: tuple[int, int, str, str] | None = None
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(readable, region or "US", _LENIENCY):
            name = phonenumbers.region_code_for_number(match.number) or region or "ZZ"
            tier = "valid" if (spaced or international) else "possible"
            start = 0 if match.start == 0 else match.start + shift
            found = start, match.end + shift - start, name, tier
            kind = phonenumbers.number_type(match.number)
            # A toll-free reading wins outright: 0800/0808 numbers are companies' lines wherever
            # toll-free exists, even when another plan (080 in Bangalore) also allows the digits.
            if not spoken_of or kind not in _BUSINESS_NUMBER_TYPES or kind == phonenumbers.PhoneNumberType.TOLL_FREE:
                return found
            business = business or found
            break
    if business is not None:
        return business
    if phonenumbers.is_possible_number(number) and (international or 10 <= digits <= 11):
        region = phonenumbers.region_code_for_country_code(number.country_code or 0)
        return 0, len(candidate.rstrip()), region, "possible"
    return None


def _regions_for(national: str, shapes) -> Iterator[tuple[str, str, int]]:
    """(region, national significant number, country code) for each region whose plan has
    numbers of this length after its trunk prefix: lengths rule most regions out without a parse."""
    for region, prefix, code, lengths in shapes:
        if prefix and national.startswith(prefix) and len(national) - len(prefix) in lengths:
            yield region, national[len(prefix):], code
        elif len(national) in lengths:
            yield region, national, code


def _region_shape(region: str) -> tuple[str, str, int, frozenset[int]]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None and metadata.general_desc is not None  # every region listed has a plan
    return (region, metadata.national_prefix or "", metadata.country_code or 0,
            frozenset(metadata.general_desc.possible_length or ()))


_REGION_SHAPES = tuple(_region_shape(region) for region in PHONE_REGIONS)
_SPOKEN_REGION_SHAPES = tuple(_region_shape(region) for region in SPOKEN_PHONE_REGIONS
                              if region not in PHONE_REGIONS)


@lru_cache(maxsize=1)
def warm_phone_plans() -> None:
    """Compile each region's number patterns once, when rules load, not in the first posts."""
    for region in PHONE_REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                text = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
                _phone_in(text)


def _valid_in(region: str, significant: str, code: int) -> bool:
    """The number plan check of `phonenumbers` on digits already split from their trunk prefix
    (building the number directly skips a full parse for each region tried)."""
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(significant))
    zeros = len(significant) - len(significant.lstrip("0"))
    if zeros:  # Italy and a few others keep a leading 0 as part of the number
        number.italian_leading_zero, number.number_of_leading_zeros = True, zeros
    return phonenumbers.is_valid_number_for_region(number, region)


# --- payment cards ------------------------------------------------------------------------------

# Cards are grouped with spaces, dots, hyphens, underscores or any dash (en dash, figure dash, minus
# sign: word processors and phone keyboards turn "-" into them).
_CARD_SEPARATORS = " .\\-_\u2010-\u2013\u2212"
_CARD_RUN = re.compile(rf"\d(?:[{_CARD_SEPARATORS}]?\d){{11,18}}")
# Known issuer ranges (first digits) and the lengths each network issues. Ranges are inclusive
# prefixes of equal width.
_IIN_RANGES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})), (2221, 2720, frozenset({16})),  # Mastercard
    (34, 34, frozenset({15})), (37, 37, frozenset({15})),  # American Express
    (300, 305, frozenset({14, 16, 17, 18, 19})), (36, 36, frozenset({14, 16, 17, 18, 19})),
    (38, 39, frozenset({14, 16, 17, 18, 19})),  # Diners Club
    (6011, 6011, frozenset({16, 17, 18, 19})), (644, 649, frozenset({16, 17, 18, 19})),
    (65, 65, frozenset({16, 17, 18, 19})),  # Discover (and RuPay's 65 range)
    (3528, 3589, frozenset({16, 17, 18, 19})),  # JCB
    (62, 62, frozenset({16, 17, 18, 19})), (81, 82, frozenset({16, 17, 18, 19})),  # UnionPay
    (50, 50, frozenset(range(12, 20))), (56, 69, frozenset(range(12, 20))),  # Maestro
    (2200, 2204, frozenset({16, 17, 18, 19})),  # Mir
    (60, 60, frozenset({16})), (508, 508, frozenset({16})),  # RuPay
    (5061, 5061, frozenset({16, 18, 19})), (6500, 6500, frozenset({16, 18, 19})),  # Verve
    (9792, 9792, frozenset({16})),  # Troy
)


def card_network_fits(digits: str) -> bool:
    """The number starts with a known issuer range and has a length that range issues."""
    for low, high, lengths in _IIN_RANGES:
        width = len(str(low))
        if len(digits) in lengths and low <= int(digits[:width]) <= high:
            return True
    return False


def _separators_consistent(value: str) -> bool:
    """One kind of separator at most, between groups of 2 to 6 digits (as cards are printed)."""
    kinds = {ch for ch in value if not ch.isdigit()}
    if not kinds:
        return True
    if len(kinds) > 1:
        return False
    groups = re.split(rf"[{_CARD_SEPARATORS}]", value)
    # The last group may be a single digit: 13- and 17-digit numbers printed in fours end so.
    return all(2 <= len(group) <= 6 for group in groups[:-1]) and 1 <= len(groups[-1]) <= 6 and len(groups) <= 6


# Numbers the card networks and payment processors publish for testing: they charge no one, however
# they are spaced.
PUBLISHED_TEST_CARDS = frozenset({
    "4111111111111111", "5555555555554444", "378282246310005", "4242424242424242", "4000056655665556",
    "5200828282828210", "371449635398431", "6011111111111117", "3056930009020004", "3566002020360505",
    "6200000000000005", "4012888888881881", "5105105105105100", "4222222222222", "4000000000000002",
    "4000000000009995", "4000000000000069", "4000000000000127", "4000000000000119", "2223003122003222",
    "6011000990139424", "30569309025904", "38520000023237", "4012000033330026", "5454545454545454",
})


# A card given as the value of a card-named key in a query string, form body or env line
# ("card_number=4...&exp=0729", "CC_NUM=5..."): the '=' before it and the '&' after it end the value,
# they do not make it part of a longer token.
# The key is a whole name (card, card_number, cc_num, pan, CARD_NO, billing_card_number), not any word
# that starts so (panel=, cardinality=).
_CARD_KEY_BEFORE = re.compile(
    r"(?i)(?:^|[^a-z0-9])(?:[a-z]+[_.-])?(?:(?:credit|debit)[_.-]?)?"
    r"(?:(?:card|cc|pan)(?:[_.-]?(?:number|num|no|nr))?|kreditkarten?(?:nummer)?|(?:numero[_.-]?)?tarjeta"
    r"|(?:numero[_.-]?)?carte)=$")


def _card_boundary_ok(text: str, start: int, end: int) -> bool:
    if _boundary_ok(text, start, end):
        return True
    after = text[end] if end < len(text) else " "
    return bool(_CARD_KEY_BEFORE.search(text[max(0, start - 24):start])) and (after.isspace() or after in "&;,\"'")


def payment_card(scan: Scan) -> Iterator[Found]:
    text = scan.norm.text
    for run in _CARD_RUN.finditer(text):
        start, end = run.span()
        value = text[start:end]
        digits = "".join(ch for ch in value if ch.isdigit())
        if not (_card_boundary_ok(text, start, end) and _separators_consistent(value)
                and card_network_fits(digits) and luhn(digits)) or digits in PUBLISHED_TEST_CARDS:
            continue
        about_cards = _CARD_WORDS.search(_around(text, start, end)) is not None
        if _labelled_otherwise(text, start) and not about_cards:
            continue
        yield start, end, {"detector": "payment-card", "digits": len(digits), "validator": "luhn"}


# --- IBAN ---------------------------------------------------------------------------------------

_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")


# The sample IBANs that standards, banks' help pages and encyclopaedias print as the format's
# illustration: they pass mod-97 but belong to no one's refund.
PUBLISHED_EXAMPLE_IBANS = frozenset({
    "GB82WEST12345698765432", "GB29NWBK60161331926819", "GB33BUKB20201555555555", "DE89370400440532013000",
    "DE44500105175407324931", "FR1420041010050500013M02606", "FR7630006000011234567890189",
    "NL91ABNA0417164300", "NL02ABNA0123456789", "ES9121000418450200051332", "IT60X0542811101000000123456",
    "BE68539007547034", "BE71096123456769", "CH9300762011623852957", "AT611904300234573201",
    "PL61109010140000071219812874", "IE29AIBK93115212345678", "PT50000201231234567890154",
    "DK5000400440116243", "FI2112345600000785", "SE4550000000058398257466", "NO9386011117947",
    "LU280019400644750000", "CZ6508000000192000145399", "GR1601101250000000012300695",
})


def iban(scan: Scan) -> Iterator[Found]:
    """IBANs in any case, with or without spaces (or dashes) between any characters."""
    text = scan.norm.text
    for head in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(head.group(1).upper())
        if length is None:
            continue
        end = _take_alnum(text, head.end(), length - 4)
        if end is None or (end < len(text) and text[end].isalnum()):
            continue
        value = text[head.start():end]
        if re.sub(r"[\s-]", "", value).upper() in PUBLISHED_EXAMPLE_IBANS:
            continue
        if iban_checksum(value.replace("-", " ")):
            yield head.start(), end, {"detector": "iban", "country": head.group(1).upper(),
                                            "validator": "iban"}


def _take_alnum(text: str, position: int, wanted: int) -> int | None:
    """Where `wanted` more letters or digits end, allowing one space or dash between any two."""
    taken = 0
    while taken < wanted and position < len(text):
        ch = text[position]
        if ch.isascii() and ch.isalnum():
            taken += 1
            position += 1
        elif ch in " -" and position + 1 < len(text) and text[position + 1].isalnum():
            position += 1
        else:
            return None
    return position if taken == wanted else None


# --- IP addresses -------------------------------------------------------------------------------

_IPV4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])((?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?)(?![\w:])")
_VERSION_BEFORE = re.compile(r"(?:\bv|version|ver|release|build|firmware|fw|os|ios|android|"
                             r"(?:upgrad|updat|downgrad|install|roll)\w*(?: back)?(?: to)?)\W{0,2}$")
# "1.28.18.153 is out": what is said of a release right after the number.
_VERSION_AFTER = re.compile(r"\s*(?:is (?:out|live|available)|(?:got |was )?released|dropped|update\b|changelog|"
                            r"release notes|build\b|beta\b|hotfix)", re.IGNORECASE)


def _ip_scope(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """public | private; None for addresses that reach no one (loopback, documentation, unspecified,
    multicast, link-local, reserved): those are placeholders or configuration, not personal data."""
    if address.is_loopback or address.is_unspecified or address.is_multicast or address.is_link_local:
        return None
    if address.is_reserved or _documentation(address) or address in PUBLIC_RESOLVERS:
        return None
    return "private" if address.is_private else "public"


# The anycast addresses of the widely used public DNS services: people post them when they change
# their DNS settings ("switched to 1.1.1.1"); they name a service, used by millions, never a person.
PUBLIC_RESOLVERS = frozenset(ipaddress.ip_address(a) for a in (
    "8.8.8.8", "8.8.4.4", "2001:4860:4860::8888", "2001:4860:4860::8844",  # Google
    "1.1.1.1", "1.0.0.1", "1.1.1.2", "1.0.0.2", "1.1.1.3", "1.0.0.3",  # Cloudflare (and its filtered sets)
    "2606:4700:4700::1111", "2606:4700:4700::1001",
    "9.9.9.9", "149.112.112.112", "2620:fe::fe", "2620:fe::9",  # Quad9
    "208.67.222.222", "208.67.220.220", "2620:119:35::35", "2620:119:53::53",  # OpenDNS
    "94.140.14.14", "94.140.15.15",  # AdGuard
    "4.2.2.1", "4.2.2.2", "4.2.2.3", "4.2.2.4",  # Level 3 / Lumen
    "8.26.56.26", "8.20.247.20", "77.88.8.8", "77.88.8.1", "64.6.64.6", "64.6.65.6",
    "185.228.168.9", "185.228.169.9", "84.200.69.80", "76.76.2.0", "76.76.10.0",
))

_DOCUMENTATION = tuple(ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def _documentation(address) -> bool:
    return any(address.version == net.version and address in net for net in _DOCUMENTATION)


def ip_addresses(scan: Scan) -> Iterator[tuple[int, int, dict, str]]:
    text = scan.norm.text
    if "." in text:
        for match in _IPV4.finditer(text):
            if (_VERSION_BEFORE.search(_before(text, match.start(), 16))
                    or _VERSION_AFTER.match(text, match.end(), match.end() + 24)):
                continue
            yield from _ip_found(match.group(1), match.start(1), match.end(1))
    if "::" in text or text.count(":") >= 5:
        for match in _IPV6.finditer(text):
            yield from _ip_found(match.group(1), match.start(1), match.end(1))


def _ip_found(value: str, start: int, end: int) -> Iterator[tuple[int, int, dict, str]]:
    try:
        address = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return
    scope = _ip_scope(address)
    if scope is not None:
        yield start, end, {"detector": "ip-address", "ip_version": address.version, "scope": scope}, scope


# Words that present an address as a service's server (a ping target, a DNS record, a status page, a
# cloud region): it reaches a company's machine, not a person's connection.
_SERVER_WORDS = re.compile(
    r"\b(?:ping|pinging|pinged|traceroute|tracert|mtr|nslookup|dig|whois|a record|aaaa record|dns record|"
    r"mx record|resolves to|resolved to|resolving to|resolves|cloudflare|akamai|fastly|cloudfront|aws|azure|"
    r"gcp|google cloud|cdn|status page|load balancer|datacenter|data center|region|anycast|endpoint|"
    r"origin server|upstream|their server|their servers|their site|their api|their app|their ip|"
    r"(?:us|eu|ap)-(?:east|west|central|north|south)\w*)\b")
# Addresses typed as a stand-in ("blocks 1.2.3.4?"), like the documentation ranges.
_PLACEHOLDER_IPS = frozenset({"1.2.3.4", "4.3.2.1", "1.2.3.5", "5.6.7.8", "11.22.33.44", "12.34.56.78", "123.123.123.123"})


def public_ip(scan: Scan) -> Iterator[Found]:
    text = scan.norm.text
    for s, e, info, scope in ip_addresses(scan):
        if scope != "public" or text[s:e] in _PLACEHOLDER_IPS or _server_address(text, s, e):
            continue
        yield s, e, info


# An address a log line names as the connection's client (`client 81.2.69.160`, `remote_addr=`,
# `X-Forwarded-For:`) is the caller's, whatever server words stand beside it ("upstream", "load balancer").
_CLIENT_SIDE = re.compile(r"(?:\bclient(?:[ _]?ip)?|\bremote[_ ]?addr(?:ess)?|\bremote[_ ]?ip|\bsrc(?:[_ ]?ip)?|"
                          r"\bpeer|x-forwarded-for|x-real-ip|\bvisitor(?: ip)?)[\"'\[]*$")


def _server_address(text: str, start: int, end: int) -> bool:
    """Whether the words beside an address present it as a service's server; an address the writer
    calls their own ("my home ip", "my server") or a log names as the client stays personal."""
    if _called_own(text, start, end) or _CLIENT_SIDE.search(_before(text, start, 20)):
        return False
    return bool(_SERVER_WORDS.search(_before(text, start, 32)) or _SERVER_WORDS.search(text[end:end + 32].casefold()))


def private_ip(scan: Scan) -> Iterator[Found]:
    return ((s, e, info) for s, e, info, scope in ip_addresses(scan) if scope == "private")


# --- US social security numbers -----------------------------------------------------------------

_SSN_SHAPE = re.compile(r"(?<![\w#/.-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w/-]|\.\d)")


def ssn(scan: Scan) -> Iterator[Found]:
    """Labelled ("SSN", "social security") in any spacing; unlabelled only as ddd-dd-dddd in the
    issued ranges and not named as something else ("Part 536-22-8197")."""
    text = scan.norm.text
    for match in _SSN_SHAPE.finditer(text):
        start, end = match.span()
        if not us_ssn(match.group()):
            continue
        labelled = _SSN_WORDS.search(text[max(0, start - 80):start].casefold()) is not None
        if labelled:
            yield start, end, {"detector": "us-ssn", "context": "labelled", "validator": "us-ssn"}
        elif match.group(2) == "-" and not _labelled_otherwise(text, start) and not _phone_context(text, start):
            yield start, end, {"detector": "us-ssn", "context": "issued range"}


def _phone_context(text: str, start: int) -> bool:
    return _PHONE_WORDS.search(_before(text, start, 16)) is not None


# --- code names ---------------------------------------------------------------------------------


# Words that make a lower-case phrase a project's name ("project falcon"); "silver tern" in lower
# case is the bird.
_NAMING_WORDS = ("project ", "operation ", "program ", "programme ", "codename ", "code name ")


def code_name_case(value: str) -> bool:
    """A code name that is also an ordinary word ("bluebird", "silver tern") counts in lower case only
    when written as an identifier ("silver_tern", "silver-tern") or named a project ("project falcon");
    any capital makes it a name."""
    if value != value.lower() or any(ch in value for ch in "_-"):
        return True
    return " " in value and value.startswith(_NAMING_WORDS)


_IP_SCREEN = (r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|[0-9A-Fa-f]{0,4}::"
              r"|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}")
# name -> (finder, RE2 screen): the engine's one RE2 Set pass over a post says whether the screen
# can match at all, so a finder runs only on posts that hold something of its shape.
FINDERS: dict[str, tuple[Callable[[Scan], Iterator[Found]], str]] = {
    "phone": (phone, r"[0-9](?:[ \t().\-/]{0,3}[0-9]){6}"),
    "payment-card": (payment_card, r"[0-9](?:[ .\-_\x{2010}-\x{2013}\x{2212}]?[0-9]){11}"),
    "iban": (iban, r"[A-Za-z]{2}[0-9]{2}[ \-]?[A-Za-z0-9]{4}"),
    "ip-address-public": (public_ip, _IP_SCREEN),
    "ip-address-private": (private_ip, _IP_SCREEN),
    "us-ssn": (ssn, r"[0-9]{3}[- ]?[0-9]{2}[- ]?[0-9]{4}"),
}

def marker_case(value: str) -> bool:
    """A marker written with a capital ("STRICTLY CONFIDENTIAL", "Company Confidential") is a
    label; in all lower case it is as often everyday talk ("that's for internal use only, lol")."""
    return value != value.lower()


PII_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "code-name-case": code_name_case,
    "marker-case": marker_case,
    "payment-card": lambda value: card_network_fits("".join(c for c in value if c.isdigit())) and luhn(value),
}


@dataclass(frozen=True)
class Detect:
    """`detect: name`: a finder written in code, behind the rule language."""

    name: str
    finder: Callable[[Scan], Iterator[Found]]
    compiled: Any  # the RE2 screen: where it cannot match, the finder cannot find anything

    @classmethod
    def named(cls, name: str) -> Detect:
        finder, screen = FINDERS[name]
        if finder is phone:
            warm_phone_plans()
        return cls(name, finder, re2.compile(screen.encode("ascii")))

    def find(self, scan: Scan) -> Iterator[Found]:
        # The engine skips its screen Set on huge posts; one linear RE2 search keeps those cheap.
        if len(scan.norm.text) > 4096 and self.compiled.search(scan.norm.encoded) is None:
            return iter(())
        return self.finder(scan)
