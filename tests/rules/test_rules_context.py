"""Credentials in context (rules/leaks-context.yaml): each syntax finds the secret VALUE, never the
key name; prose that merely mentions passwords, placeholders and references stays quiet."""

from __future__ import annotations

import base64
import itertools

import pytest

from brandwatch.rules.context_validators import (base64_private_key, basic_auth, bare_secret_value,
                                                 is_word_like, private_key_body, secret_value)

CONTEXT_FILE = "rules/leaks-context.yaml"
BODY = ("J7Sf3vbiqOhqNfZzsTDBobkNftzpD76gZOpFF4StWroN1EqTjfMS7CpabPxJzT5C",
        "K8xI70aIj6WMKnt5v6vcVCqVkEYh70VcpUf3KldeZYP97gIr6smuKqId9R1cpwal")

# (post, rule that must fire, the value it must capture)
FOUND = [
    # Round-3 probes: a bare SECRET_KEY_BASE, Windows' net user /add, htpasswd in batch mode, a login as user / password.
    ("heroku config:set SECRET_KEY_BASE=7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e",
     "credential-in-bare-assignment", "7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e"),
    ("net user svc_backup Qz8#mLp2Wv9x /add  (install script)", "credential-in-net-use", "Qz8#mLp2Wv9x"),
    ("htpasswd -b .htpasswd admin Pq9Xz2Lm7Kv4", "credential-in-htpasswd-batch", "Pq9Xz2Lm7Kv4"),
    ("htpasswd -nbB deploy Wv4Lm9Qz2Kx7 > auth", "credential-in-htpasswd-batch", "Wv4Lm9Qz2Kx7"),
    ("login: admin / Kx7Lq9Zm2Vp4 for the hub web ui, don't tell anyone", "credential-in-slash-login", "Kx7Lq9Zm2Vp4"),
    # An '&' inside a value that runs to the end of its line is part of it (env and properties files);
    # in a URL query it still ends the value (see the bare-assignment examples).
    ("DB_HOST=localhost\nDB_PASSWORD=Velvet&ripple59\nDB_NAME=shop", "credential-in-bare-assignment", "Velvet&ripple59"),
    ("spring.mail.password=Tq8&Lm2rW9&zK4", "credential-in-bare-assignment", "Tq8&Lm2rW9&zK4"),
    # Rails' secret_key_base: the framework's signing secret, named with a suffix after "secret_key".
    ("config.secret_key_base = 'pX7^ATlX=1*L1dE!^YP@A6Ir4l56%9F1G+2=jLl84sVaEZBTS'",
     "credential-in-quoted-assignment", "pX7^ATlX=1*L1dE!^YP@A6Ir4l56%9F1G+2=jLl84sVaEZBTS"),
    ("psql postgresql://reporting:g+MQeEHzmUGB1zA@analytics.acme.net/warehouse", "credential-in-url", "g+MQeEHzmUGB1zA"),
    ("MYSQL_URL=mysql://shop:T8jBJF5+%Y@10.1.2.3/shop", "credential-in-url", "T8jBJF5+%Y"),
    ("sftp://backup:Az+8jLn7xCG@files.acme.io:22/nightly", "credential-in-url", "Az+8jLn7xCG"),
    ("ldaps://cn=reader:l900ecFFrpC95~9b@ldap.corp.acme.net", "credential-in-url", "l900ecFFrpC95~9b"),
    ('curl -H "Authorization: Basic ' + base64.b64encode(b"jenkins:cg_7X_*HPm").decode() + '" https://ci.acme.dev',
     "credential-in-basic-auth-header", base64.b64encode(b"jenkins:cg_7X_*HPm").decode()),
    ("curl -H 'Authorization: Bearer 39DdYeGqYYnjsWiV1TW2bCBWXVClCW9e' https://api.acme.io/me",
     "credential-in-bearer-header", "39DdYeGqYYnjsWiV1TW2bCBWXVClCW9e"),
    ("curl -X DELETE -u admin:G72IY2Xo_s https://search.acme.net:9200/orders", "credential-in-curl-user", "G72IY2Xo_s"),
    ("pg_dump --dbname=shop --password=y82LFFRIflJIT_aW", "credential-in-cli-flag", "y82LFFRIflJIT_aW"),
    ("az login --service-principal -u app --password LkNcSt_77z~F1li --tenant acme", "credential-in-cli-flag", "LkNcSt_77z~F1li"),
    ("mysql -uapp -p8RDTdf1K8u -h db.acme.net", "credential-in-short-password-flag", "8RDTdf1K8u"),
    ('$cred = ConvertTo-SecureString "hX6Klgf34iwTh0" -AsPlainText -Force',
     "credential-in-powershell-securestring", "hX6Klgf34iwTh0"),
    ("DB_PASSWORD=8%N*SO1*L4Ex", "credential-in-bare-assignment", "8%N*SO1*L4Ex"),
    ("export GITHUB_TOKEN=J7Sf3vbiqOhqNfZzsTDBobkNftzpD76g", "credential-in-bare-assignment", "J7Sf3vbiqOhqNfZzsTDBobkNftzpD76g"),
    ("database:\n  host: db.acme.net\n  password: s%4sLQMgOp^\n", "credential-in-bare-assignment", "s%4sLQMgOp^"),
    ('[redis]\npassword = "^njaA5CfNiye"', "credential-in-quoted-assignment", "^njaA5CfNiye"),
    ('{"client_id": "acme-web", "client_secret": "0SIR6Sbs_HM4tU3"}', "credential-in-quoted-key", "0SIR6Sbs_HM4tU3"),
    ('<datasource user="app" password="4_OJLqFDfu36"/>', "credential-in-quoted-assignment", "4_OJLqFDfu36"),
    ("<smtpPassword>_#R~TLNGa!%T9Z</smtpPassword>", "credential-in-xml-element", "_#R~TLNGa!%T9Z"),
    ("[smtp]\nuser = alerts\nsmtp_pass = xcJ0edh!s%G~\n", "credential-in-bare-assignment", "xcJ0edh!s%G~"),
    ("@@ -3,2 +3,3 @@\n DEBUG=false\n+API_TOKEN=ZOpFF4StWroN1EqTjfMS7CpabPxJzT5C\n", "credential-in-bare-assignment",
     "ZOpFF4StWroN1EqTjfMS7CpabPxJzT5C"),
    ('const apiKey = "K8xI70aIj6WMKnt5v6vcVCqVkEYh70Vc";', "credential-in-quoted-assignment", "K8xI70aIj6WMKnt5v6vcVCqVkEYh70Vc"),
    ('token := "pUf3KldeZYP97gIr6smuKqId9R1cpwal"', "credential-in-quoted-assignment", "pUf3KldeZYP97gIr6smuKqId9R1cpwal"),
    ("api_key='TAAne1SMYmEhi9vgElPQTAIfApkMGEWu'", "credential-in-quoted-assignment", "TAAne1SMYmEhi9vgElPQTAIfApkMGEWu"),
    ("settings.py: SECRET_KEY = 'QPV#RN4bEy_W4e'", "credential-in-quoted-assignment", "QPV#RN4bEy_W4e"),
    ("//registry.npmjs.org/:_authToken=T6plJu6gFQBcrntaRaiyNv1DTpZt9HPq", "credential-in-bare-assignment",
     "T6plJu6gFQBcrntaRaiyNv1DTpZt9HPq"),
    ("define('AUTH_KEY', 'yxLn3TKxg%_ZL_');", "credential-in-call-argument", "yxLn3TKxg%_ZL_"),
    ("machine ftp.acme-partner.net login upload password Rlz^s6wd6lU", "credential-in-netrc", "Rlz^s6wd6lU"),
    ('{"auths": {"ghcr.io": {"auth": "' + base64.b64encode(b"bot:VyYm^hM%4^hT").decode() + '"}}}',
     "credential-in-registry-auth", base64.b64encode(b"bot:VyYm^hM%4^hT").decode()),
    ("GRANT ALL ON shop.* TO 'etl'@'%' IDENTIFIED BY 'zPQsm1E3ol#siHd';", "credential-in-sql", "zPQsm1E3ol#siHd"),
    # Issue 16, round 2 (tests/data/leaks/fresh2.jsonl): header objects of HAR and Postman exports,
    # Oracle's user/password@host, a '#' typed inside a URL's password, login tools' short flags,
    # and long random values under *_KEY names that say whose key it is.
    ('"headers": [{"name": "Authorization", "value": "Basic ' + base64.b64encode(b"ops:river$6872pylon").decode() + '"}]',
     "credential-in-basic-auth-header", base64.b64encode(b"ops:river$6872pylon").decode()),
    ('{"name": "authorization", "value": "Bearer Xq7Lm2Rt9Vb4Nc8Kd1Pz6Hw3"}', "credential-in-bearer-header",
     "Xq7Lm2Rt9Vb4Nc8Kd1Pz6Hw3"),
    ("url: jdbc:oracle:thin:ledger/Gv8pRy2DfcDH@dbhost02:1521/LEDGER", "credential-in-url", "Gv8pRy2DfcDH"),
    ("MONGO=mongodb+srv://analytics:Bramble#5590pylon@cluster0.ab12c.mongodb.net/events", "credential-in-url",
     "Bramble#5590pylon"),
    ("az login --service-principal -u 8f1c-app -p violet%6923marmot --tenant t", "credential-in-short-password-flag",
     "violet%6923marmot"),
    ("mongosh mongodb://db01 -u admin -p Wq4!tZr8Lm2x", "credential-in-short-password-flag", "Wq4!tZr8Lm2x"),
    ("openssl pkcs12 -export -in c.pem -passout pass:Tz9#kLm2Qw", "credential-in-short-password-flag", "Tz9#kLm2Qw"),
    ("AZURE_STORAGE_KEY=e53H5iWDmbfSOi5UO41ILdWiplHgdJ956cvW9iimvIaPDYOxFP7Bqc1ZyyZa4+WbEWG20YoS6KGL1DkcMFQ76A==  # dashboard",
     "credential-in-key-assignment",
     "e53H5iWDmbfSOi5UO41ILdWiplHgdJ956cvW9iimvIaPDYOxFP7Bqc1ZyyZa4+WbEWG20YoS6KGL1DkcMFQ76A=="),
    # Round 2, from the leak devset's misses by class: name/value pairs, credential constructors and
    # auth tuples, template-literal headers with a dotted token, server directives, net use, a
    # login in a sentence, a Rust &str constant.
    ('{"key": "token", "value": "3khuNk7xvXN9mL7OvecndE2pDEksndgsNe-Bew86"}', "credential-in-name-value-pair",
     "3khuNk7xvXN9mL7OvecndE2pDEksndgsNe-Bew86"),
    ("    env:\n    - name: TOGETHER_API_KEY\n      value: \"fa0ab6ad05c6b25cc4d916f4d1832c4e\"", "credential-in-name-value-pair",
     "fa0ab6ad05c6b25cc4d916f4d1832c4e"),
    ('var cred = new NetworkCredential("svc_mail", "Maple?Falafel48");', "credential-in-call-argument", "Maple?Falafel48"),
    ('resp = session.post(url, auth=("sk-f095866d5389d86ec7c4c9f686ca1e44", ""))', "credential-in-call-argument",
     "sk-f095866d5389d86ec7c4c9f686ca1e44"),
    ("fetch(url, { headers: { Authorization: `Bearer VU9pssvLwsKEDNemwkV0eN5QM.mGWeC0qN_RluDG` } })",
     "credential-in-bearer-header", "VU9pssvLwsKEDNemwkV0eN5QM.mGWeC0qN_RluDG"),
    ("# redis.conf\nbind 0.0.0.0\nrequirepass AqiJO3DQ19VZuUmTp\n", "credential-in-server-directive", "AqiJO3DQ19VZuUmTp"),
    ("net use Z: \\\\fileserver\\share /user:CORP\\backup qAp7ud2MgsCQS40hZlot", "credential-in-net-use",
     "qAp7ud2MgsCQS40hZlot"),
    ("usuario ci-bot y contraseña monsoon4437_, y la app dice 'credenciales inválidas'", "credential-in-prose-login",
     "monsoon4437_"),
    ('const API_KEY: &str = "x6LqRcIhWJI2mQDJYEkjqxNK";', "credential-in-quoted-assignment", "x6LqRcIhWJI2mQDJYEkjqxNK"),
]

QUIET_VALUES = ["${DB_PASSWORD}", "$DB_PASSWORD", "%DB_PASSWORD%", "{{ db_password }}", "<your-password>",
                "xxxxxxxx", "********", "changeme", "your_password_here", "REDACTED", "[REDACTED]",
                "hunter2", "example-secret", "null", "os.environ[\"DB_PASSWORD\"]"]
CONTEXTS = ["DB_PASSWORD={v}", "password: {v}", 'password = "{v}"', '{{"client_secret": "{v}"}}',
            '<user password="{v}"/>', "<password>{v}</password>", "postgres://app:{v}@db.acme.net/shop",
            "mysqldump --password={v} shop", "curl -u deploy:{v} https://ci.acme.dev",
            "Authorization: Bearer {v}", "+API_TOKEN={v}", 'const apiKey = "{v}";', "token := \"{v}\"",
            "define('DB_PASSWORD', '{v}');", "machine git.acme.dev login ci password {v}",
            "CREATE USER app IDENTIFIED BY '{v}';", "mysql -u app -p{v} shop"]

# Posts that talk about passwords, tokens and secrets in words: none is a credential.
PROSE = [
    "my password is too short apparently, thanks @acme",
    "password: forgotten again lol",
    "Password: Incorrect!! third time today @acmesupport",
    "Password: required. Username: also required. Patience: gone",
    "password = my dog's name, like everyone else",
    "the password policy at Acme: 12 characters, one emoji, your firstborn",
    "reset password link expired: again. 3rd time this week",
    "secret: there is no secret, just keep shipping",
    "the secret = consistency + sleep",
    "token: 5 left to claim, hurry up",
    "Token: $PEPE to the moon 🚀",
    "token = ETH/USDT pair is wild today",
    "api key: see the Acme docs, section 4",
    "API key? where do I even find that in the Acme dashboard",
    "season pass: 2024-2025 is finally here",
    "boarding pass: gate B22, seat 12A",
    "pass: the salt please",
    "credentials: none, they never sent them",
    "access token: expired (again) so the app logged me out",
    "my secret_key to happiness = coffee",
    "pwd: /home/dana/projects",
    "private key: never share it, said the Acme webinar",
    "use --password to be prompted instead of typing it",
    "curl -u is for basic auth, the docs say",
    "Authorization: Bearer tokens expire after an hour on Acme's API",
    "https://acme.com/login?next=/account keeps looping",
    "the Wi-Fi password is on the fridge, not telling you",
    "passwords: weak. morale: low. coffee: strong",
    "client_secret rotated, remember to update the CI",
    "DB_PASSWORD is set in the vault, not in the repo, relax",
    "CACHE_KEY=3f2b8c1e9d4a4b7e8a216c0d5e9f1a23d4c5b6a7 invalidated after deploy",
    "SORT_KEY=createdAtDescendingThenNameAscendingOrder",
    "PUBLIC_KEY=Vb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEuQw2Er5Ty is fine to share",
    "jdbc:oracle:thin:scott/tiger@localhost:1521/XEPDB1 from the tutorial",
    '{"name": "Authorization", "value": "Bearer {{accessToken}}"}',
    "openssl enc -d -in f.enc -pass env:BACKUP_PASS",
    '{"key": "Content-Type", "value": "application/json"}',
    "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}",
    "user error, password reset fixed it",
    "username: dana, password: forgotten again lol",
    "net use Z: \\\\fileserver\\share /user:CORP\\backup *",
    "requirepass foobared",
    "login / signup page is broken again",
    "login: email / password, then the 2FA code",
    "net user /add needs an admin prompt on Windows 11",
    "htpasswd -c .htpasswd admin  (it prompts for the password)",
]


def _context_hits(bundled, text):
    return [h for h in bundled.match(text) if h.rule.source.startswith(CONTEXT_FILE)]


@pytest.mark.parametrize(("text", "rule_id", "value"), FOUND, ids=[f"{r}-{i}" for i, (_, r, _) in enumerate(FOUND)])
def test_when_a_credential_sits_in_its_context_then_the_value_is_captured(bundled, text, rule_id, value):
    found = [(h.rule.id, h.value) for h in _context_hits(bundled, text)]
    assert (rule_id, value) in found
    assert all(v == value for _, v in found)  # one value, never the key name beside it


def test_when_a_credential_is_found_then_exactly_one_context_rule_reports_it(bundled):
    for text, _, _ in FOUND:
        assert len(_context_hits(bundled, text)) == 1, text


@pytest.mark.parametrize(("context", "value"), list(itertools.product(CONTEXTS, QUIET_VALUES)))
def test_when_the_value_is_a_placeholder_or_reference_then_no_context_rule_fires(bundled, context, value):
    text = context.format(v=value)
    assert [(h.rule.id, h.value) for h in _context_hits(bundled, text)] == []


@pytest.mark.parametrize("text", PROSE)
def test_when_a_post_talks_about_passwords_in_words_then_no_context_rule_fires(bundled, text):
    assert [(h.rule.id, h.value) for h in _context_hits(bundled, text)] == []


@pytest.mark.parametrize("text", [
    '"key": "-----BEGIN RSA PRIVATE KEY-----\\n' + BODY[0] + "\\n" + BODY[1] + '\\n-----END RSA PRIVATE KEY-----"',
    '["-----BEGIN PRIVATE KEY-----",\n "' + BODY[0] + '",\n "' + BODY[1] + '",\n "-----END PRIVATE KEY-----"]',
    "tls.key: " + base64.b64encode(("-----BEGIN PRIVATE KEY-----\n" + "\n".join(BODY)
                                    + "\n-----END PRIVATE KEY-----\n").encode()).decode(),
])
def test_when_a_private_key_is_found_then_the_span_covers_its_body_not_only_the_header(bundled, text):
    (hit,) = _context_hits(bundled, text)
    decoded = base64.b64decode(hit.value).decode() if hit.value.startswith("LS0t") else hit.value
    assert BODY[0] in decoded and BODY[1] in decoded
    assert hit.rule.severity == "critical"


def test_when_a_credential_names_its_host_then_it_is_critical_and_the_rule_says_which_context(bundled):
    url, curl = (_context_hits(bundled, text)[0] for text in (
        "postgres://app:Fc~D0RSev3dr22~v@db.acme.net/shop", "curl -u ops:M6JtyEBpPeSV^rk https://ci.acme.dev"))
    assert (url.rule.severity, curl.rule.severity) == ("critical", "critical")
    assert "URL" in url.rule.title and "curl -u" in curl.rule.title
    assert url.explanation["validator"] == "url-password" and url.explanation["prefilter"] == "://"


def test_when_the_matched_value_is_masked_then_the_key_name_is_what_remains(bundled):
    text = "DB_PASSWORD=pJCi^_JFmbQW2 in prod.env"
    (hit,) = _context_hits(bundled, text)
    assert text[:hit.start] == "DB_PASSWORD=" and text[hit.end:] == " in prod.env"


@pytest.mark.parametrize(("value", "word"), [("forgotten", True), ("Incorrect", True), ("ForgottenAgain", True),
                                             ("change-me-later", True), ("DB_PASSWORD", True),
                                             ("moeefx+h1Lh2Kb", False), ("hGtRkLmPqW", False), ("Summer2024", False)])
def test_when_a_value_reads_as_words_then_it_is_word_like(value, word):
    assert is_word_like(value) is word


@pytest.mark.parametrize(("value", "quoted", "bare"), [
    ("yxLn3TKxg%_ZL_", True, True), ("Spring2025!", True, True), ("forgotten", False, False),
    ("2024-05-12", False, False), ("v2.10.3-beta", False, False), ("config.db.password", False, False),
    ("process.env.API_KEY", False, False), ('getenv("X")', False, False), ("bob@acme.com", False, False),
    ("ETH/USDT", True, False), ("/run/secrets/db", False, False), ("kqzvwxhrtpmlbvcx", True, True),
    ("0x6982508145454Ce325dDbE47a25d4ec3d2311933", False, False), ("Rlz^s6wd6lU", True, True),
])
def test_when_a_value_is_judged_then_bare_values_need_more_evidence_than_quoted_ones(value, quoted, bare):
    assert (secret_value(value), bare_secret_value(value)) == (quoted, bare)


def test_when_a_basic_header_decodes_then_only_a_user_and_real_password_count():
    encode = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    assert basic_auth(encode(b"svc:VyYm^hM%4^hT"))
    assert basic_auth(encode(b"CcXt4ZSzV9FSGSLcf44YQdFWcLopzUVN:"))  # API key as the user, no password
    assert not any(basic_auth(v) for v in (encode(b"admin:admin"), encode(b"user:${PASS}"), encode(b"no colon"),
                                           encode(b"short:"), encode(b"\xff\xfe:xx"), "not base64 at all!"))


def test_when_a_base64_blob_decodes_then_only_a_private_key_with_a_body_counts():
    wrap = lambda pem: base64.b64encode(pem.encode()).decode()  # noqa: E731
    key = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(BODY) + "\n-----END EC PRIVATE KEY-----\n"
    assert base64_private_key(wrap(key))
    assert base64_private_key(wrap(key)[:120])  # cut short, the body so far still counts
    assert not base64_private_key(wrap(key.replace("EC PRIVATE KEY", "CERTIFICATE")))
    assert not base64_private_key(wrap("-----BEGIN EC PRIVATE KEY-----\n...\n"))
    assert not private_key_body("-----BEGIN RSA PRIVATE KEY-----\\n" + "A" * 64)
    assert not private_key_body("-----BEGIN RSA PRIVATE KEY-----\\n" * 20)
    assert not base64_private_key(wrap("-----BEGIN RSA PRIVATE KEY-----\n" * 20))
