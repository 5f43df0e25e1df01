"""PII finders behind `detect:` and the bundled PII rules: recall across formats and countries,
and the look-alike numbers (orders, tracking, IMEIs, dates, versions) that must stay quiet."""

from __future__ import annotations

import pytest

from brandwatch.config import load_settings
from brandwatch.rules import load_rules
from brandwatch.rules.pii_finders import card_network_fits
from rulefiles import REPO

REPO_CONFIG = REPO / "config" / "brandwatch.yaml"


@pytest.fixture(scope="module")
def bundled():
    return load_rules(None, load_settings(REPO_CONFIG))


def found(rules, text: str, rule_id: str) -> list[str]:
    return [h.value for h in rules.match(text) if h.rule.id == rule_id]


@pytest.mark.parametrize("text, number", [
    ("call me on 020 7946 0321 about the Acme refund", "020 7946 0321"),
    ("US cell 646.555.0298 if Acme needs it", "646.555.0298"),
    ("my mobile +49 151 23456789 — Acme never called back", "+49 151 23456789"),
    ("ring 0411-222-333, the Acme parcel is at the wrong door", "0411-222-333"),
    ("Acme please phone +81 90-1234-2907 tomorrow", "+81 90-1234-2907"),
    ("fone (21) 98765-4321 — cadê meu pedido Acme", "(21) 98765-4321"),
    ("tel. 06 12 34 04 45 pour le SAV Acme", "06 12 34 04 45"),
    ("desk +1-415-555-0232 x 271 for the Acme escalation", "+1-415-555-0232 x 271"),
    ("whatsapp 9876543210 for the Acme installer", "9876543210"),
    ("Acme NG reach me 0803 456 7812", "0803 456 7812"),
    ("llámame al 612 345 678, Acme", "612 345 678"),
    ("Call +1 (555) 010-9999 about my Acme refund", "+1 (555) 010-9999"),  # only possible, but called a phone
    ("Acme receipt header +1 (555) 010-9999", None),  # only possible and nobody calls it a phone
])
def test_when_a_phone_number_is_written_in_a_national_or_international_form_then_it_is_found(bundled, text, number):
    assert found(bundled, text, "pii-phone-number") == ([number] if number else [])


@pytest.mark.parametrize("text", [
    "order 646-555-0198 still processing at Acme",
    "tracking #9400 1118 9922 3334 4455 66 stuck",
    "IMEI: 490154203237518 on the Acme handset",
    "Acme sale ends 2024-11-29 23:59",
    "build 2024.11.29.1530 of the Acme app",
    "my Acme order 9876543210 arrived broken",  # unbroken and no phone words: an id
    "Acme made $2,150,000,000 last quarter",
    "population is 1 402 112 000 people",  # thousands, not a phone, unless called one
    "ship it to zip 90210-1234 please",
    "card number 180068706244 was refused",  # card words right before: not a phone
    "my Acme IP is 81.174.22.193",  # a dotted quad is an address
    "chrome 124.0.6367.91 crashes on acme.com",  # a version
])
def test_when_a_number_is_an_order_tracking_imei_date_or_price_then_it_is_not_a_phone(bundled, text):
    assert found(bundled, text, "pii-phone-number") == []


@pytest.mark.parametrize("separator", [" ", "-", ".", ""])
def test_when_a_card_is_written_with_any_separator_then_it_is_found_whole(bundled, separator):
    number = separator.join(["4753", "7697", "2988", "2895"])
    assert found(bundled, f"Acme charged {number} twice", "pii-payment-card") == [number]


@pytest.mark.parametrize("number", ["501805193247", "4952494252552", "4952 4942 5255 2", "370042765522580",
                                    "4831436284234461034", "36867598731917"])
def test_when_a_card_has_12_to_19_digits_in_a_known_range_then_it_is_found(bundled, number):
    assert found(bundled, f"my card {number} got billed by Acme", "pii-payment-card") == [number]


def test_when_a_luhn_valid_number_is_in_no_issuer_range_then_it_is_not_a_card(bundled):
    assert not card_network_fits("1234567812345670")
    assert found(bundled, "card 1234 5678 1234 5670", "pii-payment-card") == []


def test_when_a_card_shaped_run_is_named_an_order_or_imei_then_it_is_quiet_unless_cards_are_spoken_of(bundled):
    assert found(bundled, "order 4003970007465639 never arrived", "pii-payment-card") == []
    assert found(bundled, "order paid with visa 4003970007465639", "pii-payment-card") == ["4003970007465639"]


@pytest.mark.parametrize("written", ["DE67520569414141583295", "de67 5205 6941 4141 5832 95",
                                     "De67-5205-6941-4141-5832-95", "DE67 52056941 41415832 95"])
def test_when_an_iban_is_in_any_case_and_spacing_then_it_is_found(bundled, written):
    assert found(bundled, f"refund to {written} please", "pii-iban") == [written]


def test_when_an_iban_fails_mod_97_then_it_is_quiet(bundled):
    assert found(bundled, "refund to DE67520569414141583296 please", "pii-iban") == []


def test_when_an_ip_address_is_posted_then_its_scope_and_version_are_in_the_explanation(bundled):
    [public] = [h for h in bundled.match("my ip 81.174.22.193 is banned") if h.rule.id == "pii-ip-address"]
    assert (public.explanation["scope"], public.explanation["ip_version"]) == ("public", 4)


@pytest.mark.parametrize("text", ["my router is at 192.168.1.1, the hub took 192.168.1.47",
                                  "pihole on 10.0.0.140 blocks the telemetry", "set a static lease for 172.16.28.94",
                                  "the printer is fd12:3456:789a:1::23 on our LAN"])
def test_when_a_private_address_is_posted_then_the_bundled_rules_do_not_report_it(bundled, text):
    # Private ranges identify nobody (tests/data/leaks/README.md, "Fresh batch, round 2").
    assert [h for h in bundled.match(text) if h.rule.category == "leak"] == []


def test_when_a_deployment_asks_for_private_addresses_then_the_finder_gives_their_scope(tmp_path):
    (tmp_path / "private-ip.yaml").write_text(
        "rules:\n  - id: internal-address\n    title: Internal address\n    description: An internal address.\n"
        "    category: leak\n    kind: pii\n    severity: low\n    match: {detect: ip-address-private}\n"
        "    examples:\n      match: ['lan 192.168.1.47', 'vpn 10.24.8.3']\n      no_match: ['ping 127.0.0.1', 'v2.10.4.1']\n",
        encoding="utf-8")
    rules = load_rules(tmp_path, load_settings(REPO_CONFIG))
    [private] = [h for h in rules.match("hub at fd12:3456:789a:1::23 again") if h.rule.id == "internal-address"]
    assert (private.explanation["scope"], private.explanation["ip_version"]) == ("private", 6)


@pytest.mark.parametrize("text", ["localhost 127.0.0.1", "docs say 203.0.113.9", "v2.4.10.1 is out",
                                  "at 09:45:12 it crashed", "::1 loopback", "link fe80::1c2b:3aff:fe4d:5e6f"])
def test_when_an_address_reaches_no_one_or_is_a_version_or_time_then_it_is_not_reported(bundled, text):
    assert [h for h in bundled.match(text) if h.rule.id.startswith("pii-ip")] == []


@pytest.mark.parametrize("text, expected", [
    ("Part 536-22-8197 is back-ordered", []),
    ("SKU 536-22-8197", []),
    ("my SSN 536-22-8197 leaked", ["536-22-8197"]),
    ("social security no. 536 22 8197", ["536 22 8197"]),
    ("Acme printed 536-22-8197 on my envelope", ["536-22-8197"]),
    ("Acme printed 936-22-8197 on my envelope", []),  # area 9xx is never issued
    ("Acme printed 536-00-8197 on my envelope", []),  # group 00 is never issued
])
def test_when_a_ssn_shape_appears_then_context_and_issued_ranges_decide(bundled, text, expected):
    assert found(bundled, text, "pii-us-ssn") == expected


@pytest.mark.parametrize("text", ["git clone git@github.com:acme/anvil.git", "ssh git@github.com",
                                  "remote ubuntu@ec2-3-91-12-7.compute.amazonaws.com:/srv/app"])
def test_when_a_user_at_host_is_an_ssh_remote_then_it_is_not_an_email(bundled, text):
    assert found(bundled, text, "pii-email-address") == []


def test_when_an_email_ends_a_sentence_or_precedes_a_colon_then_it_is_still_found(bundled):
    assert found(bundled, "write to rowan.k@gmail.com.", "pii-email-address") == ["rowan.k@gmail.com"]
    assert found(bundled, "rowan.k@gmail.com: no reply", "pii-email-address") == ["rowan.k@gmail.com"]


@pytest.mark.parametrize("text", ["Priya Raman and Lucas Ferreira loved the Acme launch",
                                  "shoutout to Dana Whitfield at Acme support!"])
def test_when_a_post_names_people_then_no_leak_is_raised(bundled, text):
    assert [h for h in bundled.match(text) if h.rule.category == "leak"] == []


def test_when_a_post_has_no_long_digit_run_then_the_phone_matcher_never_runs(bundled, monkeypatch):
    import brandwatch.rules.pii_finders as finders

    calls = []
    monkeypatch.setattr(finders, "_phone_in", lambda candidate: calls.append(candidate))
    bundled.match("the Acme app crashed 3 times in 12 minutes, v2 is worse")
    assert calls == []


def test_when_digit_groups_only_start_like_a_date_then_the_phone_is_still_found(bundled):
    # "2033 12 3..." begins like year-month-day; a date must end where its digits end.
    assert found(bundled, "my whatsapp +234 2033 12 3456", "pii-phone-number") == ["+234 2033 12 3456"]


def test_when_a_post_holds_thousands_of_distinct_phone_shapes_then_only_a_bounded_number_is_parsed(bundled, monkeypatch):
    import brandwatch.rules.pii_finders as finders

    parsed = []
    real = finders._phone_in.__wrapped__
    monkeypatch.setattr(finders, "_phone_in", lambda candidate, *spoken: parsed.append(candidate) or real(candidate, *spoken))
    text = " ".join(f"+44 20 7946 {n:04d}" for n in range(2000))
    bundled.match(text)
    assert len(set(parsed)) == finders.MAX_PHONE_PARSES


def test_when_a_checksum_or_number_plan_confirms_a_value_then_it_scores_as_validated(bundled):
    [card] = [h for h in bundled.match("card 4753 7697 2988 2895") if h.rule.id == "pii-payment-card"]
    [spoken] = [h for h in bundled.match("call me 2015555774") if h.rule.id == "pii-phone-number"]
    assert card.score == 0.95 and card.explanation["validator"] == "luhn"
    assert spoken.explanation["phone_check"] == "possible" and spoken.score < card.score


# Issue 16, round 2: a national number several plans allow is read where it reaches a person when
# the post speaks of phoning; regions whose plans accept almost any 8-digit run need phone words.
@pytest.mark.parametrize("text, number", [
    ("chiamatemi al 090-4322-1887, grazie", "090-4322-1887"),   # a British premium line, a Japanese mobile
    ("my number is 40 06 25 50, I'm home after 6", "40 06 25 50"),  # Norway, eight digits
    ("meu celular é 5515 8322, pode mandar mensagem", "5515 8322"),  # Hong Kong
    ("if anyone finds his wallet, my uncle's landline: 09125295780", "09125295780"),  # Philippines
])
def test_when_a_post_gives_a_number_as_a_phone_then_the_region_where_it_reaches_a_person_is_read(bundled, text, number):
    assert found(bundled, text, "pii-phone-number") == [number]


@pytest.mark.parametrize("text", ["voucher 5515 8322 expired", "the code is 4006 2550",
                                  "call of duty 2019 2020 ranking", "text me the score, it was 2100 3400",
                                  "freephone 0800 123 4567 is on the leaflet",
                                  "call the freephone 0800 123 4567 if the app locks you out"])
def test_when_an_eight_digit_run_or_a_business_line_is_not_spoken_of_as_a_person_then_it_is_quiet(bundled, text):
    assert found(bundled, text, "pii-phone-number") == []



@pytest.mark.parametrize("text", ["switched DNS to 1.1.1.1 and it loads", "router uses 8.8.4.4 as backup",
                                  "try 9.9.9.9 or 208.67.222.222 instead of the ISP's DNS",
                                  "set the resolver to 2606:4700:4700::1111 and it worked"])
def test_when_an_address_is_a_public_dns_resolver_then_it_is_a_service_not_a_person(bundled, text):
    assert [h for h in bundled.match(text) if h.rule.id.startswith("pii-ip")] == []


def test_when_a_public_address_is_not_a_resolver_then_it_is_still_reported(bundled):
    assert found(bundled, "support says my IP 81.2.69.160 is blocked", "pii-ip-address") == ["81.2.69.160"]


@pytest.mark.parametrize("text", ["follow us at @acme@mastodon.social for updates",
                                  "I'm @rowan_k@fosstodon.org now, left the bird site"])
def test_when_a_fediverse_handle_is_written_then_it_is_not_an_email(bundled, text):
    assert found(bundled, text, "pii-email-address") == []


def test_when_a_handle_is_followed_by_an_email_then_the_email_is_still_found(bundled):
    text = "@acmesupport reach me at rowan.k@gmail.com please"
    assert found(bundled, text, "pii-email-address") == ["rowan.k@gmail.com"]


@pytest.mark.parametrize("text", [
    "the Acme commercial says call (212) 555-0147 now",  # NANP reserves 555-0100..0199 for fiction
    "their store is on +1 (212) 555-0187, the public one",
    "contact press or call +1 555 0100 for media",
    "text me at 1-415-555-0132 lol that's the number from the movie",
])
def test_when_a_number_is_in_the_range_reserved_for_fiction_then_it_is_not_a_phone(bundled, text):
    # The labelling guideline: 555-01xx numbers are fictional (brand lines in the sets), never a leak.
    assert found(bundled, text, "pii-phone-number") == []


def test_when_a_number_sits_next_to_the_fiction_range_then_it_is_still_a_phone(bundled):
    assert found(bundled, "my cell (212) 555-0247, Acme never called", "pii-phone-number") == ["(212) 555-0247"]
    assert found(bundled, "text me 212-556-0143 about the refund", "pii-phone-number") == ["212-556-0143"]


@pytest.mark.parametrize("text", ["Acme says call 0800 123 4567 free from UK landlines",
                                  "ring 0808 157 0192 for the Acme recall, it's on the leaflet",
                                  "call 0800 55 66 77 pour le SAV Acme"])
def test_when_a_called_number_is_toll_free_in_a_plan_that_allows_it_then_it_is_a_business_line(bundled, text):
    # "call" makes the matcher read ambiguous numbers where they reach a person (090... as a Japanese
    # mobile, not a British premium line); a toll-free reading is a company's line whoever else's plan allows it.
    assert found(bundled, text, "pii-phone-number") == []


@pytest.mark.parametrize("text", ["routing number 021000021 on the Acme refund form",
                                  "ABA 026009593 is the bank, Acme said",
                                  "Acme VAT 123456789 on the invoice, company reg 09876543"])
def test_when_a_number_is_named_a_bank_routing_tax_or_company_number_then_it_is_not_a_phone(bundled, text):
    assert found(bundled, text, "pii-phone-number") == []


@pytest.mark.parametrize("text", ["email format at Acme is firstname.lastname@acme.example, pretty standard",
                                  "use first.last@gmail.com style, not nicknames",
                                  "write to your.name@outlook.com in the form, it's just the hint text",
                                  "john.doe@gmail.com is the sample in every tutorial"])
def test_when_an_address_is_a_placeholder_pattern_then_it_is_not_an_email_leak(bundled, text):
    assert found(bundled, text, "pii-email-address") == []


@pytest.mark.parametrize("text, number", [("call Greg 07400 123456 about the Acme parcel", "07400 123456"),
                                          ("mein Handy privat 0151 23456789, Acme ruft nie an", "0151 23456789")])
def test_when_a_name_or_word_merely_ends_like_a_bank_word_then_the_phone_is_still_found(bundled, text, number):
    assert found(bundled, text, "pii-phone-number") == [number]


@pytest.mark.parametrize("text", ["Acme customer number 0612345678 on the letter",
                                  "Acme numéro client 0612345678, toujours pas livré",
                                  "Acme contrato 0412345678 sigue sin activarse",
                                  "Acme Kundennummer 01512345678 steht auf der Rechnung"])
def test_when_a_number_is_named_a_customer_or_contract_number_then_it_is_not_a_phone(bundled, text):
    assert found(bundled, text, "pii-phone-number") == []


# Found in review of the fourth leak round: "n°" is how French and Spanish abbreviate "number", phone
# numbers included, and a writer may call an address their own after it as well as before it.
@pytest.mark.parametrize("text, number", [
    ("mon n° 06 12 34 56 78, rappelez-moi", "06 12 34 56 78"),
    ("appelez-moi au n° 06 12 34 56 78 svp", "06 12 34 56 78"),
    ("mi n° es 612 345 678 llámame", "612 345 678"),
])
def test_when_a_number_is_written_after_n_degree_then_it_is_still_a_phone(bundled, text, number):
    assert found(bundled, text, "pii-phone-number") == [number]


def test_when_the_writer_calls_an_address_their_own_after_it_then_it_is_still_reported(bundled):
    text = "ping to your api times out from 81.2.69.160 (that's me)"
    assert found(bundled, text, "pii-ip-address") == ["81.2.69.160"]


@pytest.mark.parametrize("separator", ["_", "\u2013", "\u2010", "\u00a0"])
def test_when_a_card_is_grouped_with_an_underscore_dash_or_hard_space_then_it_is_found_whole(bundled, separator):
    number = separator.join(["4753", "7697", "2988", "2895"])
    assert found(bundled, f"Acme charged {number} twice", "pii-payment-card") == [number]


def test_when_a_card_mixes_separators_then_it_is_still_not_a_card(bundled):
    assert found(bundled, "Acme ref 4753_7697-2988 2895", "pii-payment-card") == []


@pytest.mark.parametrize("text", ["nginx: 502 upstream for client 81.2.69.160, that's my home line",
                                  "load balancer log: remote_addr=81.2.69.160 status=403, that was me"])
def test_when_a_log_names_an_address_as_the_client_then_server_words_beside_it_do_not_hide_it(bundled, text):
    assert found(bundled, text, "pii-ip-address") == ["81.2.69.160"]


@pytest.mark.parametrize("value, is_name", [
    ("Silver Tern", True), ("SILVER TERN", True), ("silver_tern", True), ("silver-tern", True),
    ("project falcon", True), ("operation nightfall", True), ("Bluebird", True),
    ("silver tern", False), ("juniper nine", False), ("bluebird", False),
])
def test_when_a_code_name_is_all_lower_case_then_only_an_identifier_or_a_project_name_reads_as_one(value, is_name):
    from brandwatch.rules.pii_finders import code_name_case

    assert code_name_case(value) is is_name
