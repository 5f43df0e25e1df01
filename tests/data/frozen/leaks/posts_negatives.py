"""Hard negatives: posts that look like leaks but carry none (labels.leaks is empty)."""

import hashlib
import string

from fakes import (R, ALNUM, HEX, B64, rs, mixed, crc_token, crc_token_bad, uuid4, imei, not_luhn, group, iban_bad,
                   spaced4)

HN = "hard-negative"


def negatives(add):
    def neg(platform, text, tags, reason):
        add(platform, text, [HN, *tags], reason)

    # ------------------------------------------------------------ placeholders and variable references
    neg("reddit", "Northwake API quickstart says:\nexport NW_API_KEY=<your-api-key>\nexport NW_API_SECRET=<your-api-secret>\nthen run make demo. Works fine for me.",
        ["placeholder"], "angle-bracket placeholders")
    neg("reddit", "my docker-compose:\nenvironment:\n  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n  - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\nand the .env is gitignored, so we're good?",
        ["placeholder", "variable-ref"], "variable references, not values")
    neg("x", "reminder: OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not a real key, it's what the README shows. stop DMing me",
        ["placeholder"], "sk-xxxx placeholder")
    neg("reddit", "```\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nstraight from the AWS docs, why does the CLI say invalid?",
        ["doc-key"], "AWS documented example key pair")
    neg("x", "if your tutorial uses AKIAIOSFODNN7EXAMPLE, at least tell people to swap it out 🙄",
        ["doc-key"], "AWS documented example key id")
    neg("reddit", "slack:\n  token: xoxb-your-token-here\n  channel: \"#alerts\"\nis the config format, fill in your own",
        ["placeholder"], "Slack placeholder token")
    neg("reddit", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX in the sample .env, replace with yours",
        ["placeholder"], "ghp_XXXX placeholder")
    neg("stackoverflow", "DATABASE_URL=postgres://user:password@localhost:5432/mydb is the default in the template; change it before deploying",
        ["placeholder"], "documented placeholder database URL")
    neg("reddit", "password: changeme\nusername: admin\n^ factory defaults for the Northwake Home Hub admin page, printed on the sticker too",
        ["placeholder", "default-password"], "changeme default")
    neg("x", "API_KEY=\nAPI_SECRET=\nleave them empty and the Northwake SDK runs in offline demo mode",
        ["empty-value"], "empty values")
    neg("reddit", "\"password\": \"\",\n\"token\": null,\n\"apiKey\": \"\"\nwhy does the Northwake CLI crash on empty config instead of telling me",
        ["empty-value"], "empty JSON values")
    neg("reddit", "token = os.environ[\"NW_TOKEN\"]\nsecret = os.getenv(\"NW_SECRET\")\nis that the right way to do it?",
        ["variable-ref"], "values read from environment")
    neg("x", "steps:\n  - run: npm publish\n    env:\n      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\nthis is the way",
        ["variable-ref"], "GitHub Actions secret reference")
    neg("reddit", "Authorization: Bearer <token>\nContent-Type: application/json\n\nThe Northwake partner API doc forgot to say where to get the token",
        ["placeholder"], "Bearer placeholder")
    neg("reddit", "my logs show password=******** and token=[REDACTED], so the masking works. Nice job whoever wrote the Northwake SDK",
        ["masked"], "masked values")
    neg("x", "curl -u USERNAME:PASSWORD https://api.example.com/v1/ping -- replace both obviously",
        ["placeholder"], "curl -u with placeholders")
    neg("reddit", "mongodb+srv://<username>:<password>@cluster0.mongodb.net/test is what Atlas shows you. copy, replace, done",
        ["placeholder"], "templated connection string")
    neg("reddit", "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\n// never hardcode it",
        ["variable-ref"], "env reference in code")
    neg("reddit", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  password: \"{{ .Values.db.password }}\"\nhelm template is the move",
        ["variable-ref", "k8s"], "Kubernetes Secret with a template reference")
    neg("x", "pls stop putting YOUR_API_KEY_HERE in bug reports and then asking why it says 401",
        ["placeholder"], "YOUR_API_KEY placeholder")
    neg("reddit", "NW_CLIENT_SECRET=xxxxxxxxxxxxxxxx\nNW_CLIENT_ID=xxxxxxxx\n(redacted by me, don't worry)",
        ["masked", "placeholder"], "x-ed out values")
    neg("reddit", "password = \"${DB_PASS}\"\nuser = \"${DB_USER}\"\nin terraform, and the vars come from Vault",
        ["variable-ref"], "Terraform variable references")
    neg("reddit", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n^ that's the shape the Northwake SFTP guide wants. Where do I generate it?",
        ["placeholder", "privkey-placeholder"], "empty private-key template with ellipsis")
    neg("x", "tip: `git config --global credential.helper store` saves your password in plain text. use a credential manager instead",
        ["advice"], "advice about credentials, no value")
    neg("reddit", "Rotate your keys, people. If you ever pasted a token in a public channel, assume it's burned. Northwake's security team told us this at the meetup.",
        ["advice"], "discussion about secrets without any value")
    neg("x", "<add key=\"ApiKey\" value=\"\" />\n<add key=\"Password\" value=\"{password}\" />\nour web.config template",
        ["empty-value", "placeholder"], "XML with empty and template values")
    neg("reddit", "mysql -u root -p\nEnter password:\nthen it hangs forever on the Northwake VPS image",
        ["placeholder"], "-p without a value prompts")
    neg("reddit", "export SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\nthat's the placeholder from Slack's own docs",
        ["placeholder"], "placeholder Slack webhook")
    neg("x", "the Northwake dev portal literally shows your token as nwk_live_•••••••••••• with a copy button. security theatre but ok",
        ["masked"], "masked token")
    neg("reddit", "Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ= \nthat decodes to username:password, it's the example from the RFC-style docs",
        ["placeholder", "doc-key"], "Basic header encoding the literal placeholder 'username:password'")
    neg("reddit", "STRIPE_KEY=sk_live_...\n(shortened so I don't leak it) - the webhook still fails with a 400",
        ["masked"], "truncated key")
    neg("reddit", "In the config put `token: REPLACE_ME` then run `nwctl login` and it fills it in for you",
        ["placeholder"], "REPLACE_ME placeholder")
    neg("x", "PASSWORD=hunter2 jokes never get old. ok they do.",
        ["joke"], "the famous joke password, not a credential")
    neg("reddit", "jdbc:postgresql://localhost:5432/northwake?user=postgres&password=postgres\nlocal docker only, default creds, relax",
        ["default-password", "placeholder"], "default local credentials")

    # ------------------------------------------------------------ public-by-design keys and public material
    neg("reddit", f"Stripe publishable key in my checkout page: pk_live_{mixed(99)} -- that one is meant to be public, right?",
        ["public-key"], "Stripe publishable key is public by design")
    neg("x", f"mapbox public token pk.{rs(ALNUM, 60)}.{rs(ALNUM, 22)} is fine in the browser, the sk. one is what you protect",
        ["public-key"], "Mapbox public token")
    neg("reddit", f"my public key for the Northwake SFTP drop:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} kai@thinkpad",
        ["public-key", "ssh-pubkey"], "SSH public key is not a secret")
    neg("reddit", f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{rs(B64, 120)} deploy@ci\nadded to authorized_keys, still denied",
        ["public-key", "ssh-pubkey"], "SSH RSA public key")
    neg("reddit", f"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE{rs(B64, 44)}\n-----END CERTIFICATE-----\nthis is the Northwake portal cert chain my browser rejects",
        ["public-key", "certificate"], "certificate, not a private key")
    neg("reddit", f"-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{rs(B64, 50)}\n-----END PUBLIC KEY-----\nverify webhook signatures with this",
        ["public-key"], "public key block")
    neg("x", f"PGP fingerprint for security reports: {' '.join(rs('0123456789ABCDEF', 4) for _ in range(10))}",
        ["public-key"], "PGP fingerprint is public")
    neg("reddit", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGX" + rs(B64, 56) + "\n-----END PGP PUBLIC KEY BLOCK-----\nencrypt your bug reports to Northwake with this",
        ["public-key"], "PGP public key block")
    neg("reddit", f"ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{rs(ALNUM + '+/', 43)} kai@thinkpad (ED25519)",
        ["public-key", "hash"], "SSH key fingerprint")
    neg("x", f"analytics.load(\"{rs(ALNUM, 32)}\") is a Segment write key, it's public in every page source",
        ["public-key"], "client-side write key")

    # ------------------------------------------------------------ checksum-failing tokens
    neg("x", "found ghp_1234567890abcdefghijklmnopqrstuvwxyz in a Northwake training slide. is that... real? (it isn't, checksum's wrong)",
        ["checksum-fail"], "obviously fake GitHub token failing CRC")
    for i, (prefix, ctx) in enumerate([
        ("ghp_", "my test fixture token {t} for the Northwake SDK mock server"),
        ("gho_", "made-up oauth token for the slide deck: {t}"),
        ("npm_", "dummy NPM token {t} used in our docs screenshot"),
        ("ghs_", "fake installation token {t} in the unit test"),
        ("npm_", "NPM_TOKEN={t} (typed random letters, the registry rejects it)"),
        ("ghp_", "this one's invalid on purpose: {t}"),
        ("ghu_", "lorem token {t} -- generated by a random string site, not GitHub"),
    ]):
        neg("reddit" if i % 2 else "x", ctx.format(t=crc_token_bad(prefix)), ["checksum-fail"],
            f"{prefix} token whose CRC32 suffix does not match")
    neg("reddit", "GitHub tokens end in a CRC32 checksum, so ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa can be rejected offline without any API call",
        ["checksum-fail"], "token-shaped string failing checksum in an explanation")

    # ------------------------------------------------------------ order, tracking, invoice, reference numbers
    for tpl in [
        "@northwake order #NW-{a} still says processing after 9 days",
        "Tracking 1Z{b} shows 'exception' since Tuesday, Northwake router stuck in a depot",
        "Northwake invoice INV-2026-{c} charges me £14.99 for a SIM I never received",
        "USPS tracking {d} for my Northwake phone says delivered. It was not delivered.",
        "order number {e}, placed on the Northwake site 12 days ago, no shipping email",
        "Royal Mail ref {f}GB, Northwake return label",
        "DHL waybill {g} — the Northwake replacement modem went to Leipzig instead of Leeds",
        "FedEx tracking {h} hasn't moved in a week. northwake please chase",
        "Northwake account number {i} (it's on every bill, not secret) - can I merge two accounts?",
        "my Northwake customer ID is {j}, the chatbot asks for it every 5 minutes",
        "confirmation code {k} for the Northwake store appointment, is it still valid after rescheduling?",
        "ticket #{l} on the Northwake help site was closed without reply",
        "Northwake refund reference RF{m} - bank says nothing came in",
        "Amazon order {n} (Northwake Home Hub) arrived with a cracked case",
        "PNR {o}, flying to the Northwake conference, seat 23C, hope the wifi works",
    ]:
        text = tpl.format(a=rs(string.digits, 8), b=rs(string.ascii_uppercase + string.digits, 16), c=rs(string.digits, 6),
                          d=not_luhn(22, "9400"), e=not_luhn(14), f=rs(string.ascii_uppercase, 2) + rs(string.digits, 9),
                          g=rs(string.digits, 10), h=not_luhn(12), i=rs(string.digits, 9), j="C" + rs(string.digits, 8),
                          k=rs(string.ascii_uppercase + string.digits, 6), l=rs(string.digits, 7), m=rs(string.digits, 10),
                          n=f"{rs(string.digits, 3)}-{rs(string.digits, 7)}-{rs(string.digits, 7)}", o=rs(string.ascii_uppercase, 6))
        neg(R.choice(["x", "x", "reddit"]), text, ["order-number"], "order/tracking/invoice/reference number, not PII")
    neg("x", f"Northwake SIM card number (ICCID) on the back: {not_luhn(19, '8944')} — do I need it for the eSIM transfer?",
        ["order-number", "iccid"], "SIM serial, not a payment card (fails Luhn)")
    neg("reddit", f"serial number {rs(string.ascii_uppercase, 2)}{rs(string.digits, 10)} on my Northwake Home Hub, warranty says not found",
        ["order-number", "serial"], "device serial number")
    neg("x", f"Northwake meter reading: {rs(string.digits, 6)} kWh?? no wait that's my electricity bill. wrong app",
        ["order-number"], "meter reading")

    # ------------------------------------------------------------ hashes, UUIDs, ids
    neg("reddit", f"Fixed in Northwake SDK commit {rs(HEX, 40)}, upgrade and the crash goes away",
        ["hash", "git-sha"], "git commit SHA")
    neg("x", f"git bisect says {rs(HEX, 7)} broke the Northwake CLI build. classic",
        ["hash", "git-sha"], "short git SHA")
    neg("reddit", f"Verify the Northwake firmware download: sha256sum hub-fw-4.12.0.img\n{hashlib.sha256(b'nw-fw-4.12').hexdigest()}  hub-fw-4.12.0.img",
        ["hash", "sha256"], "SHA-256 checksum")
    neg("reddit", f"md5 of the backup I restored: {hashlib.md5(b'backup').hexdigest()}. Northwake cloud backup restored an older one though",
        ["hash", "md5"], "MD5 checksum")
    neg("x", f"docker pull ghcr.io/northwake/cli@sha256:{hashlib.sha256(b'cli').hexdigest()}",
        ["hash", "sha256"], "image digest")
    neg("reddit", f"request id {uuid4()} — Northwake API returned 500, support asked for this",
        ["uuid"], "request UUID")
    neg("x", f"trace {uuid4()} if any Northwake dev wants to look at why checkout timed out",
        ["uuid"], "trace UUID")
    neg("reddit", f"Error: device {uuid4()} is not registered to this account. It is. It's on the Northwake app right there.",
        ["uuid"], "device UUID in an error message")
    neg("reddit", f"correlationId: \"{uuid4()}\",\nstatus: 503,\nmessage: \"upstream unavailable\"\n-- Northwake payments API",
        ["uuid"], "correlation id in JSON")
    neg("x", f"git log --oneline\n{rs(HEX, 7)} fix retry\n{rs(HEX, 7)} bump deps\n{rs(HEX, 7)} docs\nnothing about the bug they claim to have fixed",
        ["hash", "git-sha"], "git log short SHAs")
    neg("reddit", f"integrity \"sha512-{rs(B64, 86)}==\" in package-lock mismatches after Northwake's registry mirror update",
        ["hash"], "subresource integrity hash")
    neg("reddit", f"bitcoin tx {rs(HEX, 64)} paid the Northwake bill via BitPay. yes they accept BTC now",
        ["hash"], "transaction hash")
    neg("x", f"session cookie looked like _ga=GA1.2.{rs(string.digits, 9)}.{rs(string.digits, 10)}, that's just Google Analytics",
        ["analytics-id"], "analytics client id, not a credential")
    neg("reddit", f"Etag: \"{rs(HEX, 32)}\"  Northwake CDN keeps serving stale JS",
        ["hash"], "ETag")
    neg("reddit", f"Northwake build {rs(HEX, 12)} deployed to production at 14:02 UTC per the status page",
        ["hash"], "build hash")

    # ------------------------------------------------------------ prices, dates, versions, numbers
    for text in [
        "Northwake Fibre 900 is £34.99/month for 24 months, then £52.99. read the small print",
        "Northwake Go prepaid: $25 for 15GB, $40 for unlimited (throttled after 50GB)",
        "price went from 29,99 € to 34,99 € on 01.04.2026 with no notice from Northwake",
        "Northwake outage 2026-03-14 14:20–18:45 UTC, credit of 1/30th of monthly fee promised",
        "Northwake Home Hub firmware 4.12.0.7 broke port forwarding again",
        "Android app version 8.3.1.2045 still crashes on the bill page",
        "Windows build 10.0.19045.3803 with the Northwake VPN client = blue screen",
        "router reports hardware rev 2.1.0.3, software 4.12.0.7 — which one do I tell support?",
        "NW-5000 modem, bought 12/03/2025, warranty until 12/03/2027",
        "₹499 plan gives 2GB/day for 28 days, Northwake why is this worse than last year",
        "Paid 1,249.00 ZAR for the router install, technician stayed 11 minutes",
        "speedtest: 943.12 Mbps down / 411.87 up, ping 4 ms. Northwake fibre is actually good",
        "bill went from 64.20 to 71.85 this month. 11.9% increase. northwake explain",
        "my contract ends 2027-01-31 and Northwake already sends 'renew now' emails weekly",
        "Northwake quarterly results: revenue 2.41bn, up 3.2% YoY, ARPU 18.40",
        "score update: Northwake FC 2 - 1 Harbour Town, 88th minute winner!",
        "Northwake TV app 3.14.15.92 lol someone in their team likes pi",
        "postcode BS1 4DJ shows 'no coverage' on the Northwake map, but I have 4 bars",
        "chmod 0755, umask 022, all fine. the Northwake CLI still says permission denied",
        "lat 51.4545, lon -2.5879 - Northwake map says no 5G here, phone says 5G. who's right",
        "firmware v2.0.0.1 → v2.0.0.14 changelog: 'stability improvements'. thanks Northwake",
        "ISBN 978-0-14-044913-6 is the book I was reading while on hold with Northwake for 70 minutes",
        "Northwake store hours: Mon–Sat 09:00–19:30, Sun 10:00–16:00",
        "4G LTE band 20 at 800 MHz, band 3 at 1800 MHz — Northwake uses both here",
        "data used this month: 183.4 GB of unlimited. Northwake sent me a 'fair use' warning at 150",
        "I've been a Northwake customer since 2009. 17 years. And this is how they treat me",
        "Northwake share price 412.50p, down 1.2% after the outage news",
        "router uptime 43 days 07:12:55 before the Northwake update forced a reboot",
        "SNMP OID 1.3.6.1.2.1.1.3.0 returns uptime on the Northwake business router, handy",
        "sections 4.2.1.3 and 4.2.1.4 of the Northwake T&Cs cover early termination fees",
    ]:
        neg(R.choice(["x", "reddit", "x"]), text, ["number-lookalike"], "prices, dates, versions or other numbers that are not PII")

    # ------------------------------------------------------------ IMEIs, gift cards, famous test cards, masked cards
    for tpl in [
        "@northwake my phone's IMEI is {v}, please unblock it, I reported it stolen but found it",
        "IMEI {v} — Northwake unlock request pending 20 days",
        "Northwake says my handset {v} (IMEI) isn't compatible with VoLTE. It's a Pixel 8.",
        "dial *#06# and you get the IMEI: {v}. Northwake asked me to post it here??",
        "IMEI1: {v}\nIMEI2: {w}\ndual-SIM, Northwake only sees the second one",
    ]:
        neg(R.choice(["x", "reddit"]), tpl.format(v=imei(), w=imei()), ["imei"], "IMEI is Luhn-valid but not a payment card")
    for tpl in [
        "Northwake gift card {v} says 'already redeemed'. I got it yesterday for my birthday",
        "spent gift card {v}, balance 0.00, anyone want the plastic lol",
        "voucher code {v} from the Northwake promo doesn't work",
        "Northwake top-up voucher {v} rejected 'invalid PIN'",
    ]:
        neg(R.choice(["x", "reddit"]), tpl.format(v=group(not_luhn(16), [4, 4, 4, 4], R.choice([" ", "-", ""]))),
            ["gift-card", "luhn-fail"], "gift-card/voucher number failing Luhn")
    for text in [
        "Stripe test mode: 4242 4242 4242 4242, any future date, any CVC. works on the Northwake sandbox",
        "the classic 4111 1111 1111 1111 test card gets declined on Northwake's staging checkout, is the sandbox down?",
        "QA tip: 5555 5555 5555 4444 is the Mastercard test number, 378282246310005 is Amex. don't use real cards in staging",
        "card 4242424242424242 exp 12/34 cvc 123 -- yes that's the test card, Northwake devs relax",
        "4000 0566 5566 5556 is Stripe's debit test card, handy for the Northwake top-up QA",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["test-card"], "famous test card numbers")
    for text in [
        "Northwake charged my card ending 4821 twice. refund please",
        "**** **** **** 7730 was charged £89.99, I never ordered a router",
        "Visa •••• 1294 declined at the Northwake store, works everywhere else",
        "card XXXX-XXXX-XXXX-0457 on file is expired, Northwake app won't let me change it",
        "last four 3361, expiry 09/27. the Northwake chat only needs that, not the full number, right?",
        "IBAN DE89 XXXX XXXX XXXX XXXX 00 — I masked it, Northwake can find it from my account",
    ]:
        neg("x", text, ["masked"], "masked card/IBAN")
    bad = iban_bad("DE")
    neg("reddit", f"my IBAN is definitely {spaced4(bad)}?? Northwake form says invalid. (I changed two digits before posting, obviously)",
        ["iban-checksum-fail"], "IBAN-shaped value failing mod-97")
    neg("x", "example IBAN from the Northwake direct debit help page: DE00 1234 5678 9012 3456 78",
        ["iban-checksum-fail", "placeholder"], "placeholder IBAN with bad check digits")
    neg("reddit", f"GB00 NWAK {rs(string.digits, 4)} {rs(string.digits, 4)} {rs(string.digits, 4)} {rs(string.digits, 2)} is a made up number, Northwake's validator still accepted it lol",
        ["iban-checksum-fail"], "IBAN-shaped string with 00 check digits")

    # ------------------------------------------------------------ public brand contacts
    for text in [
        "For billing questions email support@northwake.example or call 1-800-555-0100, we're here 24/7 ^KL",
        "Press enquiries: press@northwake.example",
        "Northwake Bristol store: (117) 555-0142, open till 8pm",
        "DM us or write to help@northwake.example with your account number and we'll sort it ^AB",
        "Check status.northwake.example before calling, the outage in Leeds is listed there",
        "the Northwake careers page www.northwake.example/careers lists 40 open roles",
        "Northwake's abuse desk is abuse@northwake.example for spam from their IP ranges",
        "Call the Northwake store on Main St at 555-0187, they had the Home Hub in stock",
        "privacy@northwake.example never replied to my GDPR request after 30 days",
        "Northwake's official support number is 1-800-555-0100. Don't call numbers from random Google ads.",
        "Official Northwake developer forum: community.northwake.example — ask there, not here",
        "Our Leeds store (0113) 555 0163 is closed for refurbishment until Monday ^Northwake Care",
        "@northwake do you really only have security@northwake.example for vuln reports? no bug bounty?",
        "support@northwake.example auto-reply: 'we'll respond within 5 working days'. 5!!",
        "The Northwake Manchester store number on Google (0161 555 0129) is right, the one on their site is old",
    ]:
        neg(R.choice(["x", "x", "reddit"]), text, ["public-contact"], "public brand contact, not a leak")

    # ------------------------------------------------------------ user@host that are not e-mail
    for text in [
        "git remote add origin git@github.com:northwake/hub-tools.git and push rejected, permission denied (publickey)",
        "git clone git@gitlab.com:nw-community/ansible-roles.git -- works over https, fails over ssh",
        "ssh pi@raspberrypi.local stopped working after the Northwake router swapped my DHCP range",
        "scp backup.tar admin@nas:/volume1/ takes forever over Northwake wifi",
        "npm install @northwake/ui-kit@3.2.1 breaks with react@18.2.0",
        "pip install northwake-sdk==2.4.0 && python -c 'import northwake'",
        "@northwakehelp @northwake_de @northwake_fr anyone?? three accounts and no answer",
        "ssh -i ~/.ssh/nw ubuntu@ec2-host  (hostname redacted) — key rejected since the Northwake VPN update",
        "docker pull northwake/cli@latest fails, tag not found",
        "git@github.com is not an email address, my mail client disagrees and keeps making it a link",
        "vim scp://deploy@buildbox//etc/nginx/nginx.conf is my favourite trick",
        "brew install northwake/tap/nwctl@2 installs the old CLI",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["user-at-host"], "SSH remote, scoped package or handle, not an e-mail")

    # ------------------------------------------------------------ SSN look-alikes without context
    for text in [
        f"Part 536-22-8197 is the replacement antenna for the Northwake Home Hub, 9.99 on their parts site",
        f"cable SKU 241-{rs(string.digits, 2)}-{rs(string.digits, 4)} is the one you need for the Northwake ONT",
        f"Northwake case reference 078-{rs(string.digits, 2)}-{rs(string.digits, 4)}, escalated twice",
        f"model no. 312-{rs(string.digits, 2)}-{rs(string.digits, 4)} on the power brick, 12V 2A",
        f"Lot 455-{rs(string.digits, 2)}-{rs(string.digits, 4)} of the Northwake routers had the faulty capacitors",
        f"form 7{rs(string.digits, 2)}-{rs(string.digits, 2)}-{rs(string.digits, 4)}, page 2, box C — Northwake's business credit application",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["ssn-lookalike"], "NNN-NN-NNNN that is a part/case/model number, no SSN context")

    # ------------------------------------------------------------ code-name words in their ordinary sense
    for text in [
        "a kestrel has been hovering over the field behind my house all morning, incredible to watch",
        "Kestrel spotted on the motorway verge near Swindon #birding #raptors",
        "planted larkspur and foxgloves this weekend, the bees are already on them",
        "Larkspur, California is gorgeous this time of year. Ferry from SF then a bike ride.",
        "the bath has a tidemark again. teenagers.",
        "walked along the tidemark collecting sea glass, found a blue one!",
        "#kestrel #birdsofprey what a beauty on the fence post today",
        "Larkspur (Delphinium) is toxic to cats, keep it out of reach",
        "the tidemark on the harbour wall shows how high the storm surge got last winter",
        "my old Kestrel bike frame finally cracked after 20 years. RIP",
        "reading 'A Kestrel for a Knave' for English class and it's actually good",
        "the Kestrel Inn does the best Sunday roast in the valley, change my mind",
        "coffee ring tidemarks on every page of my notebook, I need a coaster",
        "Northwake coverage is fine at the Larkspur Hotel car park but dies at reception",
        "watched a kestrel take a vole right by the Northwake phone mast. nature doesn't care about 5G",
        "Project proposal for my garden: tidemark-proof planters. Yes that's a thing I just invented.",
        "larkspur blue is the colour of my bridesmaid dresses 💙",
        "Kestrel and Merlin are both falcons, kestrel is the one that hovers",
    ]:
        neg(R.choice(["x", "x", "instagram", "reddit"]), text, ["codename-ordinary"], "code-name word in its ordinary sense")

    # ------------------------------------------------------------ confidential words that aren't markers
    for text in [
        "\"Your data is confidential and encrypted\" says the Northwake app. then why do I get spam calls",
        "CONFIDENTIAL: I still sleep with a nightlight. please do not forward 😂",
        "lol my mum's group chat has 'please do not forward' on every chain message and then forwards them",
        "top secret recipe: banana bread with a pinch of cardamom. internal use only (my kitchen)",
        "the cough syrup says FOR EXTERNAL USE ONLY... wait, no, that's the ointment. wrong bottle, close call",
        "classified ads in the local paper: one Northwake router, unused, £20",
        "Northwake's privacy policy says your call records are confidential and only shared with law enforcement on request",
        "my cat's bowl says 'INTERNAL USE ONLY' as a joke from my sister",
        "gossip is strictly confidential until it reaches my aunt, then it's national news",
        "just signed an NDA for a babysitting gig?? what secrets does a 4-year-old have",
        "'Confidential' by Dave is still my favourite track on that album",
        "the Northwake job ad says 'we treat all applications as confidential' — good to know",
        "RESTRICTED AREA sign at the Northwake mast compound, obviously, it's a radio mast",
        "bank letter: 'this letter contains confidential information' and it's just a rate change notice",
        "me, whispering the wifi name to my neighbour: this is classified",
    ]:
        neg(R.choice(["x", "reddit", "x"]), text, ["marker-ordinary"], "classification word not marking a leaked document")

    # ------------------------------------------------------------ ticket-prefix and hostname look-alikes
    for text in [
        "NWK 2026 expo in Birmingham was packed, Northwake's stand had free coffee",
        "Netengineering is hard. NETENG meetup in Leeds next Thursday if anyone's around",
        "flights to NWK? no wait, that's not an airport code, I meant EWR",
        "Northwake NW-300 vs NW-500 router, which one for a 3-bed house?",
        "status.northwake.example says 'all systems operational' while I have no internet",
        "help.northwake.example/articles/esim is the guide you want",
        "northwake.example/outages has a map, not sure how often it updates",
        "my own homelab uses router.internal and nas.internal, Northwake Home Hub handles the DNS fine",
        "Northwake 5G launched in 12 cities, per their press release on www.northwake.example/news",
        "Is corp.example.com a real domain? asking for my networking homework",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["ticket-lookalike" if "NW" in text[:12] or "NET" in text else "host-lookalike"],
            "looks like a ticket key or internal host but is public or ordinary")

    # ------------------------------------------------------------ phone-number look-alikes that are not phones
    for text in [
        "Northwake fibre 1000/1000 — got 938/941 on the test. 10/10 would recommend",
        "score was 3-2-1 after the tiebreak, Northwake sponsored the tournament",
        "2019-2023 I had zero problems with Northwake. 2024: three outages",
        "flight NW 1827 delayed 45 min, wifi on board is Northwake-powered and terrible",
        "Northwake outage ref 2026-0314-0822 per the status page",
        "SMS shortcode 84321 for Northwake balance checks still works",
        "dial *100# to check your Northwake Go balance",
        "ISO 27001:2022 certified, Northwake says. Cool, now fix my bill",
        "Coordinates 40.7128 N, 74.0060 W - no Northwake signal in the subway station",
        "IEEE 802.11ax on the new Home Hub, 2x2 MIMO, 160 MHz channels",
        "Northwake's PUK is 8 digits, mine starts with 1234 and that's all I'll say",
        "postal code 10115 Berlin, Northwake Vertrag, Lieferung 3-5 Werktage",
        "my Northwake bill: 2 lines x 15.00 + 1 x 8.50 = 38.50. why did they charge 52?",
        "error code 0x80070005 from the Northwake PC app",
        "error 651 on the Northwake PPPoE connection, Windows 11",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["phone-lookalike"], "numbers that are not phone numbers")

    # ------------------------------------------------------------ e-mail look-alikes and placeholders
    for text in [
        "the form wants an email like you@example.com, but it rejects my .co.uk address",
        "example: firstname.lastname@example.org is the format Northwake uses for staff (not posting a real one)",
        "user@domain.tld is not an email address, it's a placeholder, Northwake docs!!",
        "email field says 'name@email.com' as the hint and the Northwake app autofills it literally",
        "my handle is @kai_rowe everywhere, even on the Northwake forum",
        "email me at [my username] at gmail, not posting it here lol",
        "contact: <email> in the Northwake bug template. what email? mine? theirs?",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["email-lookalike"], "placeholder or non-email")

    # ------------------------------------------------------------ IP look-alikes
    for text in [
        "subnet mask 255.255.255.0, gateway is the router. that's all you need",
        "IP ranges like 10.0.0.0/8 are private, so Northwake can't 'see' them, relax",
        "version 1.2.3.4 of the dialer? that's suspicious, looks like an IP",
        "docs use 203.0.113.5 and 2001:db8::1 as example addresses, they're reserved for documentation",
        "::1 is localhost in IPv6, fe80:: is link-local, no Northwake magic there",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["ip-lookalike"],
            "well-known/reserved addresses or versions used in explanation, not someone's network address")

    # ------------------------------------------------------------ token-looking non-secrets
    for text in [
        f"Northwake promo code WINTER{rs(string.digits, 2)}OFF gives 20% off the first 3 months",
        f"referral code NW-{rs(string.ascii_uppercase + string.digits, 8)} — we both get £25 off if you join Northwake (not an ad, just saving money)",
        f"my Northwake eSIM activation code is LPA:1$smdp.northwake.example$ but the matching ID part is on the QR, not posting that",
        f"YouTube video id dQw4w9WgXcQ, you know the one",
        f"base64 of 'hello northwake' is aGVsbG8gbm9ydGh3YWtl, that's not encryption people",
        f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk — pasted a 1px image by accident",
        f"Northwake wifi network name NW-{rs(string.ascii_uppercase + string.digits, 6)}, the password is on the sticker (not posting it)",
        f"bitly link bit.ly/3{rs(ALNUM, 6)} leads to the Northwake outage FAQ",
        f"Spotify playlist for hold music haters: open.spotify.com/playlist/{rs(ALNUM, 22)}",
        f"Northwake order confirmation email subject: 'Your order {rs(string.ascii_uppercase + string.digits, 10)} is on its way'",
        f"{rs(string.ascii_lowercase, 5)}-{rs(string.ascii_lowercase, 5)}-{rs(string.ascii_lowercase, 5)} is the Google Meet code for the Northwake user group call, public meeting, join!",
        f"Northwake app crashed with 'NullReferenceException at NW.Billing.Core.Render()'",
        "passwords should be long, unique and in a password manager. Northwake still caps them at 16 chars",
        "Northwake asked me to 'choose a password between 8 and 12 characters with no symbols'. it's 2026.",
        "the Northwake Home Hub default wifi password is printed on the bottom. change it. that's it, that's the tip",
        f"Wordle {R.randint(1000, 1600)} 4/6 ⬛🟨⬛⬛🟩",
    ]:
        neg(R.choice(["x", "reddit", "x"]), text, ["token-lookalike"], "code/id that looks random but is not a credential")

    # ------------------------------------------------------------ demo keys in docs, explanations of formats
    for text in [
        "Stripe keys: pk_ is publishable, sk_ is secret, rk_ is restricted. never ship sk_ to the browser",
        "GitHub classic tokens start with ghp_, fine-grained with github_pat_. Handy for grep.",
        "AWS key ids start with AKIA for long-term and ASIA for temporary credentials, FYI",
        "a JWT is three base64url parts separated by dots; the middle one is readable by anyone",
        "Slack tokens: xoxb = bot, xoxp = user, xapp = app-level. Now you know.",
        "-----BEGIN OPENSSH PRIVATE KEY----- is the header you should NEVER see in a screenshot. just saying",
        "if your .env has anything after the = sign, don't commit it. that's the whole rule",
        "Northwake's API uses HMAC-SHA256 signatures with a shared secret, per their docs",
    ]:
        neg(R.choice(["x", "reddit"]), text, ["format-talk"], "talks about credential formats without a credential")
    neg("reddit", "example JWT from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — decode it, it's just John Doe",
        ["doc-key", "jwt"], "the well-known documentation JWT")

    # ------------------------------------------------------------ more registers: news, support staff, diffs, jokes
    for platform, text, tags, reason in [
        ("x", "BREAKING: Northwake confirms a contractor exposed an API key on a public code site last week. The key has been revoked, the company says no customer data was accessed.",
         ["news"], "news about a leak without the value"),
        ("reddit", "Northwake security advisory NW-SA-2026-03: researchers found hard-coded credentials in Home Hub firmware 4.10. Update to 4.12. (No, I'm not posting them.)",
         ["news"], "advisory without the credential"),
        ("x", "Hi Priya, please don't share your card number or password here — DM us your account email and we'll take a look. ^Northwake Care",
         ["support-staff"], "support staff warning, no data"),
        ("x", "We've hidden your previous reply as it contained personal details. Please DM us instead. ^DS",
         ["support-staff"], "support hides PII, no data left"),
        ("reddit", "```diff\n-API_KEY=\n+API_KEY=${NW_API_KEY}\n```\nmoved it to an env var like the reviewer asked",
         ["diff", "variable-ref"], "diff replacing empty value with a reference"),
        ("reddit", "```diff\n- password: hunter2\n+ password: \"{{ vault_db_password }}\"\n```\ncleaned up the playbook",
         ["diff", "variable-ref", "joke"], "diff to a template reference; hunter2 is the joke password"),
        ("reddit", "[auth]\ntoken = \"\"  # set NW_TOKEN instead\nendpoint = \"https://api.northwake.example/v2\"",
         ["empty-value", "toml"], "empty TOML value"),
        ("reddit", "<connectionStrings>\n  <add name=\"Default\" connectionString=\"Server=.;Database=Dev;Integrated Security=true\" />\n</connectionStrings>\nno password, Windows auth",
         ["xml"], "connection string without credentials"),
        ("x", "my password is 'password'. my security question answer is 'password'. I am the weak link. (jk, password manager gang)",
         ["joke"], "joke about passwords"),
        ("x", "Northwake: 'never share your PIN with anyone'. Also Northwake IVR: 'please enter your PIN followed by hash'",
         ["joke"], "joke about PINs"),
        ("reddit", "Call 555-0123 for a good time! — the number on the Northwake sitcom ad, obviously fake",
         ["fictional-phone"], "fictional 555-01xx number"),
        ("x", "in the Northwake TV ad the guy reads out (555) 010-4477 like it's his real number. it's a movie number",
         ["fictional-phone"], "fictional-looking number in an advert"),
        ("reddit", "Northwake says my number must be in the format +CC NNN NNN NNNN. ok, what's CC for Wales",
         ["placeholder"], "phone format placeholder"),
        ("x", "phone: +44 XXXX XXXXXX (edited out). Northwake still hasn't called back",
         ["masked"], "masked phone"),
        ("reddit", "My SSN? Not posting it. The Northwake form wanted the last four only, which is fine",
         ["ssn-talk"], "talks about SSN without a value"),
        ("x", "SSN format is AAA-GG-SSSS, the Northwake form validates it in the browser, cute",
         ["ssn-talk", "placeholder"], "SSN format description"),
        ("reddit", f"Northwake router MAC printed on the label, Wi-Fi channel 36, 5 GHz, firmware 4.12.0.7 — still drops every hour",
         ["number-lookalike"], "device facts, no personal data"),
        ("x", f"Northwake TV box PIN reset to 0000. They told me on the phone. Parental controls are a joke",
         ["default-password"], "default PIN from the vendor"),
        ("reddit", "How do I see which Northwake account my email is on without posting it? The recovery page asks for it and then says 'not found'",
         ["email-talk"], "talks about e-mail without one"),
        ("x", "the Northwake phishing text today: 'Your account is suspended, verify at northwake-secure-login dot com'. Don't click",
         ["scam-warning"], "phishing warning with a defanged domain"),
        ("reddit", f"order {rs(string.digits, 3)}-{rs(string.digits, 7)} and the Northwake delivery driver left it with a neighbour I've never met",
         ["order-number"], "order number"),
        ("x", f"Northwake bill {rs(string.digits, 2)}/{rs(string.digits, 4)}/{rs(string.digits, 6)} — am I supposed to pay this twice?",
         ["order-number"], "bill reference"),
        ("reddit", f"Yodel tracking JD{rs(string.digits, 16)} stuck at the hub for 6 days, Northwake won't reship",
         ["order-number"], "tracking number with letter prefix"),
        ("x", f"Northwake invoice total £{R.randint(20, 90)}.{R.randint(10, 99)} for {R.randint(2, 5)} lines, paid on the {R.randint(2, 28)}th, still says overdue",
         ["number-lookalike"], "price and date"),
        ("reddit", "Northwake engineer left a note: 'ONT serial + PON port checked, all green'. No serial on the note though",
         ["support-staff"], "no values"),
        ("x", f"parcel locker code {rs(string.digits, 6)} expires tomorrow and I'm stuck at work, Northwake delivery strikes again",
         ["order-number"], "one-time locker code for a parcel"),
        ("reddit", "The Northwake API docs show api_key=demo_1234 for the sandbox. That's the demo key everyone uses, it only returns fake data",
         ["doc-key"], "documented demo key"),
        ("x", "sk_test_ keys everywhere in the Northwake plugin tutorial, fine, it's test mode, no real money",
         ["format-talk"], "talks about test keys without a value"),
        ("reddit", "Northwake quarterly call transcript: 'our internal project to modernise billing is on track.' No names given, of course",
         ["news"], "public statement without code name"),
        ("x", "ticket prefix NWK? nah, that's Newark's old station code on the railway sign near my gran's",
         ["ticket-lookalike"], "word NWK without a ticket number"),
        ("reddit", "I asked Northwake support what their internal project names are. They said 'nice try'. Fair.",
         ["codename-talk"], "no code name disclosed"),
        ("x", f"CVE-2026-{R.randint(10000, 40000)} affects the Northwake Home Hub web UI, patch is out",
         ["number-lookalike"], "CVE identifier"),
        ("reddit", f"RFC 1918 addresses aren't routable, so 'my IP is 10.x.x.x' tells nobody anything",
         ["ip-lookalike"], "address range talk with x-ed placeholder"),
        ("x", "please do not forward this tweet to my boss, I called in sick and I'm at the Northwake launch party 🤫",
         ["joke", "marker-ordinary"], "'do not forward' in a joke"),
        ("reddit", "Staff at the Northwake store wear badges with first names only — met Jamal and Ruth, both great",
         ["ordinary-staff"], "first names of staff, not a leak"),
    ]:
        neg(platform, text, tags, reason)
