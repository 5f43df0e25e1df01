"""Hard negatives that look like secrets: hashes, ids, versions, demo keys, placeholders, empty
values, variable references, password talk, SSH remotes, public keys, broken-checksum tokens."""

from __future__ import annotations

import base64
import hashlib

from fakes import ALNUM, B64URL, Fakes, checksum_token_valid
from post import BRANDS, Draft, negative

HASH_FRAMES = [
    ("git-sha", "fixed in commit {v}, should land in the next {brand} release"),
    ("git-sha", "git bisect points at {v} -- the 'faster sync' change. of course"),
    ("git-sha", "```\ncommit {v}\nAuthor: release-bot\nDate:   Tue Mar 10 14:02:11 2026\n\n    bump deps\n```"),
    ("git-sha-short", "regression started at {v} according to the changelog, rolling back fixes it"),
    ("sha256", "sha256sum {brand_l}-installer-4.2.0.dmg\n{v}  {brand_l}-installer-4.2.0.dmg\nmatches the website, all good"),
    ("sha256", "image: ghcr.io/{brand_l}/agent@sha256:{v}"),
    ("sha256", "Checksum (SHA-256) on the download page doesn't match mine: {v}"),
    ("md5", "md5 of the firmware file: {v} -- same as on the {brand} forum post"),
    ("etag", "ETag: \"{v}\"\nCache-Control: max-age=3600\n(why does the {brand} CDN ignore my If-None-Match)"),
    ("sha1", "checksum_sha1: {v}  # from the {brand} release manifest"),
]


def hash_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(90):
        ctx, frame = HASH_FRAMES[i % len(HASH_FRAMES)]
        raw = f.s(32).encode()
        value = {"git-sha": hashlib.sha1(raw).hexdigest(), "git-sha-short": hashlib.sha1(raw).hexdigest()[:8],
                 "sha256": hashlib.sha256(raw).hexdigest(), "md5": hashlib.md5(raw).hexdigest(),
                 "etag": hashlib.md5(raw).hexdigest(), "sha1": hashlib.sha1(raw).hexdigest()}[ctx]
        brand = f.pick(BRANDS)
        out.append(negative(frame, f"{ctx} is a public digest, not a credential", f"hash:{ctx}", v=value,
                        brand=brand, brand_l=brand.lower()))
    return out


UUID_FRAMES = [
    "{brand} support asked for the request id: {v}",
    "error page says 'something went wrong (correlation id {v})'",
    "X-Request-Id: {v}\nHTTP/1.1 502 Bad Gateway",
    "my order confirmation has this weird code {v}, is that my order number?",
    "Device ID in the {brand} app: {v} -- support wanted it to reset pairing",
    "trace {v} shows the timeout is in the payment step",
    "Fehler-ID {v}, der {brand}-Support meldet sich nicht",
]


def uuid_posts(f: Fakes) -> list[Draft]:
    return [negative(UUID_FRAMES[i % len(UUID_FRAMES)], "UUID used as a request/device/order id", "uuid",
                 v=f.uuid(), brand=f.pick(BRANDS)) for i in range(49)]


VERSION_FRAMES = [
    "{brand} app {v} broke the widget again 🙄",
    "firmware {v} is out, changelog says battery fixes",
    "pip install {brand_l}-sdk=={v} fails on python 3.13",
    "still on v{v}, is the upgrade safe?",
    "Build {v} (20260312.4) -- same crash as before",
    "Version {v} behebt endlich den Bluetooth-Bug",
    "\"{brand_l}-client\": \"^{v}\" in package.json and npm picks an older one??",
]


def version_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(35):
        v = f"{f.r.randint(1, 12)}.{f.r.randint(0, 40)}.{f.r.randint(0, 20)}" + f.pick(["", "", "-rc1", "-beta.3", "+build.77"])
        brand = f.pick(BRANDS)
        out.append(negative(VERSION_FRAMES[i % len(VERSION_FRAMES)], "version string", "version", v=v, brand=brand,
                        brand_l=brand.lower()))
    return out


DEMO = [
    ("aws-example", "AWS docs use AKIAIOSFODNN7EXAMPLE as the sample key id and it confused me for a whole day, I thought it was mine"),
    ("aws-example", "aws configure\nAWS Access Key ID: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n(copied from the tutorial, that's why it fails, right?)"),
    ("aws-example", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("aws-example", "Tip: the {brand} tutorial's key AKIAI44QH8DHBEXAMPLE is a placeholder from the AWS docs, put your own"),
    ("stripe-publishable", "Is it OK that our checkout page source shows pk_live_{pk}? Stripe says publishable keys are public"),
    ("stripe-publishable", "<script>const stripe = Stripe('pk_live_{pk}');</script>"),
    ("mapbox-public", "mapboxgl.accessToken = 'pk.eyJ1Ijoi{mb}';  // public token, URL-restricted"),
    ("test-card", "{brand} checkout in test mode: use 4242 4242 4242 4242, any future date, any CVC"),
    ("test-card", "QA note: 4111 1111 1111 1111 gets declined on staging now, was it removed?"),
    ("test-card", "Stripe test card 5555 5555 5555 4444 works but 4000 0000 0000 0002 should decline"),
    ("jwt-doc", "jwt.io default example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c -- that's what my middleware receives??"),
    ("docs-sample", "the {brand} README literally says `API_KEY=your-api-key-goes-here` lol"),
    ("docs-sample", "From the {brand} docs: curl -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" https://api.{brand_l}.example/v1/me"),
    ("docs-sample", "Sample from the guide: postgres://user:password@localhost:5432/mydb -- do I change 'user' too?"),
]


def demo_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(42):
        ctx, frame = DEMO[i % len(DEMO)]
        brand = f.pick(BRANDS)
        out.append(negative(frame, f"published demo/documentation value or public-by-design key ({ctx})",
                        f"demo:{ctx}", pk=f.s(99, ALNUM), mb=f.s(60, B64URL) + "." + f.s(22, B64URL), brand=brand,
                        brand_l=brand.lower()))
    return out


PLACEHOLDERS = [
    "<your-api-key>", "<YOUR_TOKEN>", "${API_TOKEN}", "${{ secrets.DEPLOY_KEY }}", "{{ .Values.apiKey }}",
    "xxxxxxxxxxxxxxxxxxxx", "XXXX-XXXX-XXXX", "changeme", "CHANGE_ME", "YOUR_API_KEY", "your-secret-here",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-your-token-here",
    "********", "•••••••••", "[REDACTED]", "<redacted>", "%API_KEY%", "$(cat /run/secrets/db_password)",
    "os.environ['STRIPE_KEY']", "process.env.OPENAI_API_KEY", "{{DB_PASSWORD}}", "<password>", "...",
    "dummy", "TODO", "insert-key-here", "replace_me", "$DB_PASS", "env:SENTRY_TOKEN", "!vault |", "null",
    "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX", "password", "secret", "token", "********-****",
]
PLACEHOLDER_FRAMES = [
    "API_KEY={v}",
    "password: {v}",
    "\"token\": \"{v}\"",
    "export {env}={v}",
    "[auth]\nsecret = \"{v}\"",
    "<add key=\"ApiKey\" value=\"{v}\" />",
    "the {brand} docs tell you to set `token = {v}` and then never explain where to get one",
    "curl -H 'Authorization: Bearer {v}' https://api.{brand_l}.example/v1/ping",
    "docker run -e {env}={v} {brand_l}/agent:latest",
    "+  client_secret: {v}",
    "mysql -u root -p{v}",
    "Config template for the {brand} bridge:\n  user: admin\n  pass: {v}\n(fill in your own obviously)",
]


def placeholder_posts(f: Fakes) -> list[Draft]:
    out = []
    envs = ["API_KEY", "DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "SECRET_KEY"]
    for i in range(130):
        value = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        frame = PLACEHOLDER_FRAMES[(i * 5) % len(PLACEHOLDER_FRAMES)]
        brand = f.pick(BRANDS)
        out.append(negative(frame, "placeholder, masked value or variable reference, not a credential",
                        "placeholder", v=value, env=envs[i % len(envs)], brand=brand, brand_l=brand.lower()))
    return out


EMPTY = [
    "DB_PASSWORD=\nDB_USER=app", "password: \"\"", "\"apiKey\": \"\",", "\"token\": null", "<password></password>",
    "SECRET_KEY=''", "api_key =", "token: ~", "[smtp]\npassword =\nuser = mailer", "STRIPE_KEY= # set in CI",
    "AWS_SECRET_ACCESS_KEY=\nAWS_REGION=eu-central-1", "client_secret: ''  # filled by the operator",
]


def empty_posts(f: Fakes) -> list[Draft]:
    leads = ["", "my config, why does {brand} say 'missing credentials'?\n", "default file after install:\n",
             "Standardkonfiguration:\n", "plantilla vacía:\n"]
    return [negative(leads[i % len(leads)] + EMPTY[i % len(EMPTY)], "empty credential value", "empty",
                 brand=f.pick(BRANDS)) for i in range(36)]


PROSE = [
    "my password is too short apparently. 12 characters isn't enough for {brand} now?",
    "forgot my {brand} password AGAIN. third reset this month",
    "password must contain an uppercase letter, a number, a symbol and the blood of a goat",
    "Why does {brand} email me my password reset link 20 minutes later? by then it expired",
    "PSA: don't reuse your password, {brand} got credential-stuffed last year",
    "the password field on the {brand} app doesn't let you paste. in 2026. with password managers.",
    "told my mom her password can't be 'password' and she changed it to 'password1'. progress",
    "the new {brand} login wants a passkey or a 'secret phrase'? which one is the token thing",
    "Passwort vergessen und die {brand}-App sperrt mich sofort aus. Super.",
    "¿Por qué {brand} me pide cambiar la contraseña cada 30 días?",
    "Mot de passe refusé alors qu'il est correct, merci {brand}",
    "A senha do app {brand} precisa de 16 caracteres agora?? sério",
    "the API token page on {brand} just spins forever, can't generate a key",
    "rotate your secrets, people. I'm begging. (talk from the {brand} meetup, slides later)",
    "If someone asks for your 2FA code, it's a scam. {brand} will never ask for it.",
    "hunter2 jokes never get old on the {brand} forum",
    "my access token expired mid-upload and I lost 2 hours of work",
    "'Invalid API key' on every request since the {brand} update. regenerated it twice.",
]


def prose_posts(f: Fakes) -> list[Draft]:
    return [negative(PROSE[i % len(PROSE)], "talk about passwords/keys without a value", "password-prose",
                 brand=f.pick(BRANDS)) for i in range(54)]


REMOTE_FRAMES = [
    "git clone git@github.com:{org}/{repo}.git fails with 'permission denied (publickey)'",
    "remote is set to git@gitlab.com:{org}/{repo}.git but pushes go nowhere",
    "[remote \"origin\"]\n\turl = git@github.com:{org}/{repo}.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*",
    "ssh deploy@build-runner-3 'systemctl restart {repo}' hangs forever",
    "scp backup.tar.gz ubuntu@bastion:/tmp/  -- permission denied",
    "`git remote add upstream git@bitbucket.org:{org}/{repo}.git` then fetch says repo not found",
    "ansible host line: web1 ansible_user=ec2-user ansible_host=web1.example.net",
    "ssh -i ~/.ssh/id_ed25519 pi@raspberrypi.local  # the {brand} hub guide step 4",
]


def remote_posts(f: Fakes) -> list[Draft]:
    out = []
    orgs = ["lumora-oss", "tavolo", "brightfern", "quillpay-labs", "acme-tools", "jdoe", "homelab-stuff"]
    repos = ["sync-agent", "infra", "docs", "mobile-app", "exporter", "dotfiles"]
    for i in range(40):
        out.append(negative(REMOTE_FRAMES[i % len(REMOTE_FRAMES)], "user@host SSH/git remote, not an e-mail address",
                        "ssh-remote", org=f.pick(orgs), repo=f.pick(repos), brand=f.pick(BRANDS)))
    return out


def public_key_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(18):
        if i % 3 == 0:
            key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + f.s(43, ALNUM + "+/") + " me@laptop"
            frame = "added this to the {brand} git server but it still asks for a password:\n{v}"
        elif i % 3 == 1:
            key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + f.s(300, ALNUM + "+/") + " ci-runner"
            frame = "authorized_keys line:\n{v}"
        else:
            body = f.pem_body(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48", 200)
            label = f.pick(["CERTIFICATE", "PUBLIC KEY", "CERTIFICATE REQUEST"])
            key = f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"
            frame = "is this the right cert for the {brand} webhook pinning?\n{v}"
        out.append(negative(frame, "public key or certificate, public by design", "public-key", v=key, brand=f.pick(BRANDS)))
    return out


def broken_checksum_posts(f: Fakes) -> list[Draft]:
    out = []
    frames = ["GITHUB_TOKEN={v}", "my token {v} gets 'Bad credentials' -- oh wait, I mistyped it",
              "//registry.npmjs.org/:_authToken={v}", "export GH_TOKEN={v}",
              "is {v} a real token format? found it in a blog post"]
    prefixes = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]
    for i in range(30):
        prefix = prefixes[i % len(prefixes)]
        if prefix == "npm_" and i % 5 == 2:
            frame = frames[2]
        else:
            frame = frames[i % len(frames)]
        token = f.broken_checksum_token(prefix)
        out.append(negative(frame, "token shape with a failing CRC32 checksum (typo or invented)", "broken-checksum",
                        v=token))
    for seq in ["ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_0123456789abcdefghijABCDEFGHIJ012345",
                "npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "gho_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"]:
        assert not checksum_token_valid(seq, 4)
        out.append(negative("blog example: `export TOKEN={v}` (not a real one, relax)", "made-up sequence token, checksum fails",
                        "broken-checksum", v=seq))
    return out


def data_uri_posts(f: Fakes) -> list[Draft]:
    out = []
    for _i in range(12):
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(f.r.getrandbits(8) for _ in range(60))).decode()
        out.append(negative("<img src=\"data:image/png;base64,{v}\"> -- the {brand} email template renders it as text",
                        "inline image data, base64 but not a credential", "data-uri", v=png, brand=f.pick(BRANDS)))
    return out


def nonce_posts(f: Fakes) -> list[Draft]:
    frames = ["Content-Security-Policy: script-src 'nonce-{v}'", "cache-busting query string ?v={v} on every {brand} asset, is that why it is slow?",
              "session recording id {v} (for the {brand} bug report)", "build artifact: {brand_l}-web-{h}.js"]
    out = []
    for i in range(16):
        brand = f.pick(BRANDS)
        out.append(negative(frames[i % 4], "random id, nonce or build hash shown to the browser", "random-id",
                        v=f.s(22, B64URL), h=f.hex(8), brand=brand, brand_l=brand.lower()))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    return (hash_posts(f) + uuid_posts(f) + version_posts(f) + demo_posts(f) + placeholder_posts(f) + empty_posts(f)
            + prose_posts(f) + remote_posts(f) + public_key_posts(f) + broken_checksum_posts(f) + data_uri_posts(f)
            + nonce_posts(f))
