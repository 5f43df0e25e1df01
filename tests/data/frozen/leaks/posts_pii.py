"""Hand-written posts that leak personal data (kind: pii)."""

from fakes import card, group, iban, spaced4, ssn, phone, ipv4_public, ipv6, R


def P(v):
    return f"\u27e6p|{v}\u27e7"


# (region, style, platform, template) -- {v} is the phone number
PHONES = [
    ("US", "national", "x", "@northwake my line has been dead for 3 days. call me back on {v}, I've been on hold for an hour twice"),
    ("US", "dots", "x", "northwake rep said someone would call. still waiting. it's {v} if anyone over there can read"),
    ("US", "intl", "reddit", "Ported my number out of Northwake and now 2FA codes don't arrive. Number is {v}, carrier says the port is 'complete'. Anyone else?"),
    ("CA", "national", "x", "Northwake Canada billing called me from a blocked number and hung up. My cell is {v}, try again maybe??"),
    ("GB", "national", "x", "@northwakehelp engineer never turned up for the fibre install in Leeds. ring me on {v} please, not the landline"),
    ("GB", "intl", "reddit", "Lost my phone abroad, Northwake won't send a replacement SIM unless I call from {v}... which is the phone I lost"),
    ("GB", "dots", "facebook", "Selling my Northwake Home Hub 2, barely used. Collection only, Bristol. Text {v}"),
    ("DE", "national", "x", "@northwake_de Seit Montag kein Internet. Bitte rufen Sie mich unter {v} zurück, Kundennummer hab ich nicht zur Hand"),
    ("DE", "intl", "reddit", "Roaming in Spain on a Northwake DE plan: SMS to {v} never arrives but calls work. Any idea?"),
    ("FR", "national", "x", "@northwake_fr ma box ne synchronise plus depuis l'orage, mon numéro c'est le {v}, merci de rappeler avant 18h"),
    ("FR", "dots", "instagram", "Perdu un chat roux près de la boutique Northwake rue Oberkampf ! Appelez le {v} svp"),
    ("FR", "intl", "x", "if anyone from Northwake's Paris office reads this: {v}, I was promised a callback about the business line"),
    ("ES", "national", "x", "@northwake_es llevo 2 semanas sin fibra en Valencia, mi móvil es {v}"),
    ("ES", "intl", "reddit", "Got a weird SMS from {v} claiming to be Northwake asking for my PIN. That's my own number?? spoofed?"),
    ("IT", "national", "x", "@northwake_it nessuno mi richiama, il mio numero è {v}. Ordine del modem fermo da 10 giorni"),
    ("IT", "intl", "facebook", "Vendo iPhone 13 sbloccato, usato con Northwake. Scrivetemi su WhatsApp al {v}"),
    ("NL", "national", "x", "@northwake_nl storing in Utrecht al 5 uur. Bel me terug op {v}"),
    ("NL", "intl", "reddit", "Northwake charged me for calls to {v} which is my mum's number and is included in the bundle"),
    ("BE", "national", "x", "@northwake bel me terug aub: {v}, modem knippert rood"),
    ("PL", "national", "x", "@northwake_pl od tygodnia brak zasięgu w Gdańsku, mój numer {v}"),
    ("PL", "intl", "reddit", "Polish SIM on Northwake roaming partner: my number {v} shows as 'unknown' to friends"),
    ("SE", "national", "x", "@northwake ingen täckning i Umeå sedan i går. Ring {v}"),
    ("CH", "intl", "x", "Northwake Swiss roaming charges are insane. whoever handles disputes, I'm at {v}"),
    ("AT", "national", "x", "@northwake_at Router tot, Rückruf bitte an {v}"),
    ("PT", "intl", "reddit", "my dad's Northwake prepaid number {v} got suspended for 'inactivity' while he was in hospital. who do I talk to?"),
    ("IE", "national", "x", "@northwakehelp Dublin 8 outage again. {v} if you want to actually talk to a customer"),
    ("IN", "national", "x", "@northwake_in recharge done but balance not credited. mobile {v}, txn failed twice"),
    ("IN", "intl", "reddit", "Northwake India customer care asked me to post my number publicly so they can DM?? fine: {v}"),
    ("BR", "national", "x", "@northwake_br minha internet caiu de novo. meu zap {v}, me liga"),
    ("BR", "intl", "reddit", "Vendo chip Northwake com número bonito: {v} (termina com 2020). Sério."),
    ("MX", "national", "x", "@northwake_mx ya van 3 reportes y nada. mi cel {v}"),
    ("AR", "intl", "x", "@northwake hola, desde Argentina no me llegan los SMS de verificación, mi número {v}"),
    ("CO", "national", "reddit", "Northwake Colombia me cobró dos veces el plan. Celular {v}, alguien sabe a dónde quejarse?"),
    ("JP", "national", "x", "@northwake_jp 機種変更後にSMSが届きません。電話番号 {v} です"),
    ("KR", "intl", "reddit", "Exchange student here, Northwake eSIM activation stuck. Korean number is {v} if it matters"),
    ("AU", "national", "x", "@northwake_au NBN handover failed, tech no-show. call {v} pls"),
    ("AU", "intl", "reddit", "Northwake AU sent my new SIM to the old address. My number {v} is now active on someone else's phone?!"),
    ("NZ", "national", "x", "@northwake kia ora, still no signal in Taupō, txt {v}"),
    ("SG", "intl", "x", "@northwake SG roaming bill is wrong, reach me at {v}"),
    ("PH", "national", "facebook", "Northwake load not received!!! {v} paki check po"),
    ("NG", "national", "x", "@northwake_ng I bought data and it vanished in 2 hours. My line {v}"),
    ("NG", "intl", "reddit", "Anyone in Lagos with Northwake fibre? Installer gave me his number {v} and now ignores me"),
    ("KE", "national", "x", "@northwake_ke M-Pesa payment for the router went through but no confirmation. {v}"),
    ("ZA", "national", "x", "@northwake_za fibre down in Durban North since Friday. Call {v}"),
    ("ZA", "intl", "reddit", "South African Northwake contract: they keep calling my work line instead of {v}, which is on the account"),
    ("EG", "intl", "x", "@northwake roaming in Cairo not working. my Egyptian line {v}"),
    ("AE", "national", "x", "@northwake_uae my postpaid got barred by mistake. {v}"),
    ("TR", "national", "x", "@northwake_tr fatura iki kez kesildi, numaram {v}"),
    ("ID", "intl", "reddit", "Pulsa Northwake hilang setelah update, nomor saya {v}"),
    ("VN", "national", "x", "@northwake số của tôi {v} không nhận được OTP"),
    ("PK", "intl", "x", "@northwake_pk SIM blocked after biometric, number {v}"),
    ("CZ", "intl", "x", "@northwake Northwake CZ roaming: {v} no data in Brno"),
    ("RO", "national", "x", "@northwake_ro nu am semnal în Cluj, numărul meu {v}"),
    ("CL", "intl", "reddit", "Chile: Northwake cobra roaming en Santiago?? mi número {v}"),
    ("US", "e164", "x", "Northwake just sent my OTP to {v} instead of the number I updated to. that's my EX's number lmao"),
    ("DE", "00", "x", "Northwake Kundenservice: Festnetz kaputt, erreichbar nur mobil unter {v}"),
    ("GB", "intl-dashes", "reddit", "Northwake keep calling {v} about an 'upgrade' I never asked for, how do I opt out"),
]

EXTENSIONS = [
    ("US", "x", "Northwake Business rep gave me his direct line {v} and it goes to voicemail every time"),
    ("GB", "reddit", "For the Northwake B2B outage: our switchboard {v}, ask for facilities"),
    ("CA", "x", "@northwake_biz my office number is {v}, we've been without a line for 2 days"),
]

CARD_TEMPLATES = [
    ("visa16", "x", "@northwakehelp your payment page keeps rejecting my card {v} exp 08/28, what's wrong with it??"),
    ("mc16", "reddit", "Northwake charged my card twice. Card ending... actually here's the whole thing so their billing team can find it: {v}"),
    ("amex15", "x", "@northwake why won't you take Amex? {v} works everywhere else"),
    ("visa16", "facebook", "Northwake autopay stopped working. I re-entered {v} three times and it says invalid"),
    ("discover16", "x", "@northwake I paid with {v} on the 3rd, your system says unpaid. screenshot attached"),
    ("diners14", "reddit", "Old Diners Club card {v} still on my Northwake account from 2019, how do I remove it"),
    ("jcb16", "x", "@northwake_jp JCBカード {v} で支払いできません"),
    ("maestro12", "reddit", "Northwake's Maestro support is broken: my 12-digit card {v} fails at checkout"),
    ("maestro13", "x", "13 digit card numbers exist, Northwake! {v} is a real card, stop saying invalid"),
    ("unionpay19", "reddit", "UnionPay {v} rejected by the Northwake top-up site, 19 digits is valid guys"),
    ("visa16", "x", "please help, I accidentally posted my card here earlier: {v} -- deleted but screenshots exist"),
    ("mc16", "reddit", "Scam alert? Someone called pretending to be Northwake and read me my card {v}. How did they have it"),
    ("visa19", "x", "new debit card is 19 digits: {v}. Northwake's form only takes 16. cool"),
    ("mc16", "x", "@northwake refund went to card {v} or not? my bank doesn't see it"),
    ("amex15", "reddit", "My Northwake bill paid with {v} (expires 11/27) got reversed for no reason"),
    ("visa16", "telegram", "Northwake promo: pay with card {v} cvv 913 - my friend said this gets free data?? (do NOT do this)"),
    ("mc16", "x", "card: {v}\nexp: 04/29\nname on card matches\nstill declined @northwake"),
    ("visa16", "reddit", "gift for my nan, paying her Northwake bill with my card {v} -- is there a way to add it without her login?"),
    ("mir16", "x", "@northwake карта {v} не проходит при оплате"),
    ("rupay16", "x", "@northwake_in RuPay card {v} declined on autopay"),
    ("elo16", "x", "@northwake_br cartão {v} recusado de novo"),
    ("visa13", "reddit", "ancient 13-digit Visa {v} that still works somewhere, not at Northwake though"),
    ("mc16", "x", "omg the Northwake chat agent asked me to type the full card number in chat: {v}. is that normal??"),
]

CARD_PREFIX = {
    "visa16": ("4", 16, [4, 4, 4, 4]), "mc16": ("53", 16, [4, 4, 4, 4]), "amex15": ("37", 15, [4, 6, 5]),
    "discover16": ("6011", 16, [4, 4, 4, 4]), "diners14": ("36", 14, [4, 6, 4]), "jcb16": ("35", 16, [4, 4, 4, 4]),
    "maestro12": ("6759", 12, [4, 4, 4]), "maestro13": ("5018", 13, [4, 4, 5]), "unionpay19": ("62", 19, [4, 4, 4, 4, 3]),
    "visa19": ("4", 19, [4, 4, 4, 4, 3]), "mir16": ("2202", 16, [4, 4, 4, 4]), "rupay16": ("6521", 16, [4, 4, 4, 4]),
    "elo16": ("6362", 16, [4, 4, 4, 4]), "visa13": ("4", 13, [4, 4, 5]),
}

IBANS = [
    ("DE", "spaced", "x", "@northwake_de bitte Rückerstattung auf mein Konto {v}, nicht auf die Karte"),
    ("GB", "plain", "reddit", "Northwake asked for my IBAN for the refund by DM but DMs are broken so: {v}"),
    ("FR", "spaced", "x", "@northwake_fr prélèvement refusé, mon IBAN {v} est pourtant correct"),
    ("ES", "plain", "x", "@northwake_es devolución pendiente, IBAN {v}"),
    ("NL", "lower", "reddit", "typed my iban as {v} in lowercase on the Northwake form and it rejected it lol"),
    ("IT", "spaced", "facebook", "Northwake mi ha addebitato due volte. Rimborso su IBAN {v} per favore"),
    ("BE", "spaced", "x", "@northwake domiciliëring mislukt op {v}, waarom?"),
    ("PL", "spaced", "x", "@northwake_pl zwrot na konto {v}"),
    ("IE", "plain", "reddit", "Northwake direct debit form keeps timing out, I've entered {v} about 5 times now"),
    ("CH", "spaced", "x", "@northwake Rückzahlung bitte auf {v}"),
    ("AT", "plain", "x", "SEPA Lastschrift Northwake: {v} wurde zweimal belastet"),
    ("PT", "spaced", "reddit", "Northwake Portugal pediu o IBAN {v} para reembolso, é seguro?"),
    ("NO", "plain", "x", "@northwake refusjon til {v} takk"),
    ("DK", "spaced", "x", "@northwake refundering til konto {v}"),
    ("SE", "lower", "reddit", "northwake refund iban: {v} (sorry for the lowercase, phone keyboard)"),
    ("FI", "spaced", "x", "@northwake hyvitys tilille {v}"),
    ("DE", "plain", "reddit", "Gehaltskonto {v} -- Northwake hat versehentlich 340 € abgebucht"),
    ("FR", "plain", "x", "pour le remboursement Northwake: {v} merci"),
]

SSNS = [
    ("reddit", "Northwake's credit check form wants my SSN. I typed {v} and it says 'mismatch'. Do I have to call?"),
    ("x", "@northwake why does your postpaid signup ask for my social security number?? fine, it's {v}, now approve me"),
    ("reddit", "My identity was stolen after the Northwake breach. My SSN {v} was used to open 3 lines. Posting so the fraud team sees it"),
    ("x", "northwake rep on the phone: 'can you confirm your SSN' me: {v} -- then realized it was a scam call"),
    ("reddit", "Tax form from Northwake for my contractor work shows SSN {v} but the last four are wrong?"),
    ("facebook", "Grandpa posted this on his wall, please tell him to delete: 'Northwake wants my social security # {v} to switch plans'"),
    ("x", "SSN: {v} DOB 03/14/1961 -- found this in a Northwake store receipt bin. shredders exist!!"),
    ("reddit", "Can Northwake legally require my Social Security number ({v}) for a prepaid SIM in Texas?"),
]

EMAILS = [
    ("x", "@northwakehelp reset link never arrives at {v}, checked spam"),
    ("reddit", "Northwake support asked me to email them but they won't tell me where, so here is mine: {v}"),
    ("x", "my Northwake account is under {v} but the app keeps logging me into my husband's"),
    ("facebook", "Anyone want my old Northwake router? Free. Email {v}"),
    ("x", "@northwake_de meine E-Mail ist {v}, bitte Vertragsbestätigung schicken"),
    ("reddit", "Someone signed up for Northwake with my address {v}. I've never been a customer. How do I get it removed?"),
    ("x", "@northwake_fr contactez-moi à {v}"),
    ("x", "hey @northwake send the invoice to {v} not my old work one"),
    ("reddit", "Northwake sent a bill for a stranger to {v}. It has their full address on it."),
    ("x", "@northwake_br meu email {v}, ninguém responde"),
    ("mastodon", "Northwake support on mastodon when?? until then I'm {v}"),
    ("x", "NORTHWAKE STOP EMAILING {v} I UNSUBSCRIBED 4 TIMES"),
    ("reddit", "Kid's school project about phone networks, if a Northwake engineer would answer 5 questions please write to {v}"),
    ("x", "@northwake_jp メールアドレス {v} に確認メールが届きません"),
    ("reddit", "For the Northwake class action sign up list, PM me or mail {v}"),
    ("x", "@northwake_in registered mail id {v}, OTP not coming"),
    ("x", "Northwake newsletter went to {v}, which I only use for shady signups. so someone sold it"),
    ("reddit", "my billing email is {v} and the login email is different, Northwake merged them and now nothing works"),
    ("x", "@northwake please update my contact from old one to {v}"),
    ("reddit", "Northwake's chat says 'ticket closed, we emailed {v}' -- that's not even my address, it's my neighbour's"),
]

EMAIL_VALUES = [
    "marisol.quintana84@gmail.com", "t.okonjo@outlook.com", "Dmitri.Vasquez@yahoo.com", "hannah_f_2001@hotmail.co.uk",
    "jens.kohlmeier@web.de", "claire.dubosc@orange.fr", "ben+northwake@fastmail.com", "ajay.raghunathan@gmail.com",
    "lotte.vanderberg@ziggo.nl", "r.carvalho.silva@uol.com.br", "quietfox@proton.me", "GARETH.PRICE77@BTINTERNET.COM",
    "mrs.adeyemi.class4b@gmail.com", "kenji.watanabe.1990@yahoo.co.jp", "lawsuit.northwake.victims@gmail.com",
    "sunil.k.menon@rediffmail.com", "spam.bucket.8812@gmx.at", "nadia.ferrante@libero.it", "paulo.m@icloud.com",
    "e.nowak-jankowska@wp.pl",
]

IPS = [
    ("v4", "reddit", "Northwake keeps blocking my home server. My public IP is {v}, can someone at Northwake whitelist it?"),
    ("v4", "x", "@northwakehelp your CGNAT gave me {v} and now half the internet thinks I'm a bot"),
    ("v4", "reddit", "port forwarding on the Northwake Home Hub doesn't work. WAN address {v}, forwarded 25565 to my PC"),
    ("v6", "reddit", "Northwake finally gave me IPv6! my address is {v}, pinging from outside works"),
    ("v4", "x", "whoever keeps trying to log into my Northwake account from {v}, I see you"),
    ("v6", "x", "northwake ipv6 prefix changes every reboot. today: {v}"),
    ("v4", "reddit", "Static IP from Northwake Business: {v}. DNS A record set but nothing resolves"),
    ("private", "reddit", "can't reach my NAS at {v} after the Northwake router firmware update"),
    ("v4", "x", "traceroute from Northwake fibre dies at hop 7, my IP {v}, any NOC people around?"),
    ("v6", "reddit", "Game server on Northwake: connect to [{v}]:27015 if you want to join tonight"),
    ("private", "x", "Northwake Home Hub admin page is at {v} and it won't accept the default password anymore"),
    ("v4", "reddit", "posting my public IP {v} so Northwake support can see the blacklist entry, it's on Spamhaus"),
    ("v6", "x", "@northwake my address {v} is on your abuse list by mistake"),
    ("v4", "mastodon", "running my fediverse instance off a Northwake line, it's at {v} until the DNS propagates"),
]

PRIVATE_IPS = ["192.168.1.64", "10.0.0.138"]


def _card(kind, sep):
    prefix, length, sizes = CARD_PREFIX[kind]
    num = card(prefix, length)
    return num if sep is None else group(num, sizes, sep)


def pii(add):
    styles_seen = {}
    for region, style, platform, tpl in PHONES:
        v = phone(region, style)
        styles_seen[style] = styles_seen.get(style, 0) + 1
        tag = "pii-phone-intl" if style in ("intl", "e164", "00", "intl-dashes") else "pii-phone-national"
        extra = ["pii-phone-dotted"] if style == "dots" else []
        add(platform, tpl.format(v=P(v)), [tag, *extra, f"region:{region}"],
            f"{region} phone number ({style}) posted by/for a customer")
    for region, platform, tpl in EXTENSIONS:
        base = phone(region, "national" if region != "GB" else "intl",
                     ptype=__import__("phonenumbers").PhoneNumberType.FIXED_LINE)
        v = base + R.choice([" ext. ", " x", " ext "]) + str(R.randint(10, 4999))
        add(platform, tpl.format(v=P(v)), ["pii-phone-ext", f"region:{region}"], "phone number with extension")
    seps = [" ", "-", None, " ", "-", None, " "]
    for i, (kind, platform, tpl) in enumerate(CARD_TEMPLATES):
        sep = seps[i % len(seps)]
        v = _card(kind, sep)
        sep_tag = {" ": "spaces", "-": "dashes", None: "nosep"}[sep]
        add(platform, tpl.format(v=P(v)), ["pii-card", f"pii-card-{sep_tag}", f"card-{kind}"],
            f"Luhn-valid {kind} card number")
    for country, style, platform, tpl in IBANS:
        raw = iban(country)
        v = {"spaced": spaced4(raw), "plain": raw, "lower": spaced4(raw).lower() if country == "NL" else raw.lower()}[style]
        add(platform, tpl.format(v=P(v)), ["pii-iban", f"pii-iban-{style}", f"country:{country}"],
            f"mod-97-valid {country} IBAN of a person")
    for platform, tpl in SSNS:
        add(platform, tpl.format(v=P(ssn())), ["pii-ssn"], "US SSN with context saying it is one")
    for (platform, tpl), v in zip(EMAILS, EMAIL_VALUES):
        tags = ["pii-email"] + (["pii-email-upper"] if v.isupper() or v != v.lower() else [])
        add(platform, tpl.format(v=P(v)), tags, "personal e-mail address")
    priv = iter(PRIVATE_IPS)
    for kind, platform, tpl in IPS:
        v = {"v4": ipv4_public, "v6": ipv6}.get(kind, lambda: next(priv))()
        tag = {"v4": "pii-ipv4", "v6": "pii-ipv6", "private": "pii-ipv4-private"}[kind]
        add(platform, tpl.format(v=P(v)), [tag], "IP address written as a network address")

    # several kinds in one post
    e1, ph1 = "olumide.bankole@gmail.com", phone("NG", "intl")
    add("reddit", f"Northwake moved my number to a new SIM without asking. Contact me: {P(e1)} / {P(ph1)}. I want this escalated.",
        ["pii-email", "pii-phone-intl", "region:NG", "multi"], "e-mail and phone of the customer")
    c1 = _card("visa16", " ")
    ib = iban("DE")
    add("x", f"@northwake_de Karte {P(c1)} gesperrt, bitte per Lastschrift von {P(spaced4(ib))} abbuchen",
        ["pii-card", "pii-iban", "multi"], "card and IBAN in one post")
    s1, ph2 = ssn(), phone("US", "national")
    add("reddit", f"Northwake store clerk wrote my SSN {P(s1)} and cell {P(ph2)} on a sticky note and stuck it on the counter. WTF.",
        ["pii-ssn", "pii-phone-national", "region:US", "multi"], "SSN with context and US phone")
    e2, ip2 = "vika.sorensen@gmail.com", ipv4_public()
    add("x", f"@northwakehelp login alert from {P(ip2)} on my account {P(e2)} -- wasn't me",
        ["pii-email", "pii-ipv4", "multi"], "e-mail and IP")
    ph3 = phone("AU", "intl")
    add("reddit", f"Name: Brodie Kellerman\nPhone: {P(ph3)}\nIssue: Northwake modem reboot loop\n(posting here because the web form crashes)",
        ["pii-phone-intl", "region:AU", "form"], "phone number in a pasted form; the name alone is not labelled")
    ph4 = phone("FR", "national")
    e4 = "camille.b.roux@laposte.net"
    add("x", f"Pour le service client Northwake: {P(ph4)} — {P(e4)}. Ça fait 3 semaines.",
        ["pii-phone-national", "pii-email", "region:FR", "multi"], "phone and e-mail of a customer")
    c2 = _card("mc16", None)
    add("reddit", f"Northwake's web chat transcript they emailed me back contains my full card number {P(c2)} in plain text. GDPR anyone?",
        ["pii-card", "pii-card-nosep"], "card number quoted from a transcript")
    ph5 = phone("IN", "e164")
    add("x", f"{P(ph5)} this is my number @northwake_in, stop sending promotional SMS at 6am",
        ["pii-phone-intl", "region:IN"], "phone at the start of a post")
    ph6 = phone("GB", "national", ptype=__import__("phonenumbers").PhoneNumberType.FIXED_LINE)
    add("reddit", f"Northwake landline ({P(ph6)}) has crackle on every call. Openreach blames Northwake, Northwake blames Openreach",
        ["pii-phone-national", "pii-phone-landline", "region:GB"], "UK landline number")
    ph7 = phone("DE", "national", ptype=__import__("phonenumbers").PhoneNumberType.FIXED_LINE)
    add("x", f"Festnetz {P(ph7)} seit 2 Wochen tot, @northwake_de",
        ["pii-phone-national", "pii-phone-landline", "region:DE"], "German landline number")
