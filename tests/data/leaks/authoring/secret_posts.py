"""Secrets: every provider format in two voices, then credentials in every context.

Provider posts pair each provider with one chatty template (a tweet, a Reddit comment, a support
forum question, in five languages) and one pasted-config template (env file, shell, YAML, JSON,
TOML, code, CI files, logs and stack traces).
"""

from __future__ import annotations

import base64
import json

from fakes import ALNUM, B64URL, Fakes
from post import BRANDS, Draft, draft, secret
from providers import PROVIDERS

CHATTY = [
    "lol I just pasted my {prov} key into the {brand} community chat instead of my notes: {k} ... rotating it now, don't bother",
    "@{handle} your integration guide is fine but the wizard keeps failing with my {prov} token {k} -- what am I doing wrong?",
    "PSA: if your {brand} sync stopped working, check the {prov} credential. Mine ({k}) expired overnight.",
    "Is it normal that the {brand} dashboard shows my whole {prov} key in plain text?? it literally says {k} on the settings page 😬",
    "rubber duck moment. tried {k} as the {prov} token for two hours, turns out it was the staging one. coffee time ☕",
    "Help pls: {brand} app says 'invalid credentials' for {prov}. key is {k}, scopes look right, region eu. ideas?",
    "Reddit, be honest: is it dumb to keep my {prov} key ({k}) in a sticky note on the desktop? asking for me",
    "Support ticket #{ticket} update -- they asked me to paste the {prov} token so here it is: {k}",
    "Anyone else get rate-limited on {prov} today? using {k} from the {brand} plugin and every call 429s",
    "hot take: {prov} should expire tokens by default. I found {k} in a 3 year old gist of mine this morning",
    "Heute das {brand}-Plugin eingerichtet, aber {prov} lehnt den Schlüssel {k} ab. Hat jemand eine Idee?",
    "Alguien sabe por qué {brand} no acepta mi token de {prov}? Es este: {k} y sigue dando error 401",
    "Bonjour @{handle}, l'intégration {prov} ne marche plus depuis la mise à jour. Ma clé : {k}. Merci d'avance !",
    "Alguém pode me ajudar? A chave do {prov} ({k}) funcionava ontem no {brand} e hoje dá acesso negado.",
    "update on my earlier thread: {brand} support confirmed the {prov} token {k} was revoked on their side, new one works",
    "day 3 of fighting the {brand} webhook setup.\n\n{prov}: {k}\nregion: us-east\n\nstill nothing. send help (and snacks)",
    "My teammate just committed this to our public repo 🤦 {prov} -> {k}",
    "Q: where does {brand} store the {prov} key after setup? I entered {k} once and now I can't find where to change it",
]

CONFIG = [
    ("env", "my .env for the {brand} starter, the sync fails on boot:\n\nNODE_ENV=production\n{env}={k}\nLOG_LEVEL=debug"),
    ("env", "```\nPORT=8080\n{env}={k}\nREGION=eu-west-1\n```\nwhy does {brand} still say unauthorized?"),
    ("shell", "ran this and it still can't connect:\n$ export {env}=\"{k}\"\n$ {cli} sync --verbose"),
    ("yaml", "docker-compose bits for our {brand} worker:\n\nservices:\n  worker:\n    image: {img}\n    environment:\n      - {env}={k}\n      - TZ=UTC"),
    ("yaml", "GitHub Actions step that keeps failing:\n\n- name: deploy\n  run: ./deploy.sh\n  env:\n    {env}: {k}"),
    ("json", "settings.json (relevant part):\n{\n  \"provider\": \"{prov}\",\n  \"apiKey\": \"{k}\",\n  \"retries\": 3\n}"),
    ("toml", "[integrations.{slug}]\nenabled = true\ntoken = \"{k}\"\ntimeout = 30\n\n^ this is in config.toml, is the table name wrong?"),
    ("python", "```python\nimport {slug}\n\nclient = {slug}.Client(api_key=\"{k}\")\nprint(client.ping())\n```\nthrows a 403, using the {brand} sample"),
    ("js", "const client = new Client({\n  token: '{k}',\n  baseUrl: 'https://api.{slug}.example',\n});\n// from the {brand} quickstart, returns 401"),
    ("go", "cfg := Config{Token: \"{k}\", Timeout: 10 * time.Second}\n// {prov} client from the {brand} SDK, panics on nil response"),
    ("log", "2026-04-11T09:14:02Z DEBUG http: outgoing request to {prov} headers={{'X-Api-Key': '{k}'}}\n\nis it bad that {brand}'s agent logs this?"),
    ("stacktrace", "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    resp = session.post(url, auth=(\"{k}\", \"\"))\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\n({brand} exporter, {prov} backend)"),
    ("k8s", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    env:\n    - name: {env}\n      value: \"{k}\"\n\nlinter is happy but {brand} agent can't auth"),
    ("docker", "docker run -d -e {env}={k} -p 9000:9000 {img}\n\nworks locally, dies in prod. {brand} forum folks, any idea?"),
    ("ini", "[{slug}]\nendpoint = https://api.{slug}.example\napi_key = {k}\nverify_ssl = true"),
    ("diff", "diff --git a/.env.production b/.env.production\n@@ -3,3 +3,4 @@\n DEBUG=false\n+{env}={k}\n CACHE_TTL=300"),
    ("php", "<?php\n$config['{slug}_key'] = '{k}';\n// {brand} WooCommerce bridge, blank page after saving"),
]

PROVIDER_SLUGS = {}


def _slug(provider: str) -> str:
    return "".join(ch for ch in provider.lower().split(" ")[0] if ch.isalnum()) or "svc"


def provider_posts(f: Fakes) -> list[Draft]:
    out = []
    for i, (prov, env, gen) in enumerate(PROVIDERS):
        slug = _slug(prov)
        brand = BRANDS[i % len(BRANDS)]
        handle = brand.lower() + f.pick(["", "help", "support"])
        chatty = CHATTY[(i * 7) % len(CHATTY)]
        out.append(draft(chatty, f"{prov} token in its published format, pasted in a chatty post",
                         "secret/provider", f"prose:{prov}", k=secret(gen(f)), prov=prov, brand=brand,
                         handle=handle, ticket=f.digits(6)))
        ctx, tmpl = CONFIG[(i * 5) % len(CONFIG)]
        out.append(draft(tmpl, f"{prov} token assigned in a pasted {ctx} snippet", "secret/provider",
                         f"{ctx}:{prov}", k=secret(gen(f)), prov=prov, env=env, slug=slug, brand=brand,
                         cli=brand.lower(), img=f"{brand.lower()}/agent:{f.r.randint(1, 4)}.{f.r.randint(0, 20)}"))
    return out


# --------------------------------------------------------------------------------------------
# Passwords people actually type: words with digits and symbols, or random strings.
WORDS = ["sunflower", "Marmalade", "tundra", "Pelican", "Quartz", "orbit", "Harbor", "velvet", "Juniper",
         "cactus", "Lantern", "maple", "Zephyr", "copper", "Falafel", "monsoon", "Tango", "ripple"]


def password(f: Fakes, url_safe: bool = False) -> str:
    style = f.r.randint(0, 3)
    sym = "!._-" if url_safe else "!#$%&*._-?"
    if style == 0:  # a trailing '.' or '-' would read as punctuation, so the last symbol is neither
        return f.pick(WORDS) + f.digits(f.r.randint(2, 4)) + f.pick(sym.replace(".", "").replace("-", ""))
    if style == 1:
        return f.s(f.r.randint(14, 24), ALNUM)
    if style == 2:
        return f.pick(WORDS).capitalize() + f.pick(sym) + f.pick(WORDS) + str(f.r.randint(10, 99))
    return f.s(f.r.randint(10, 16), ALNUM + ("-_" if url_safe else "-_!%^*"))


USERS = ["admin", "deploy", "app_rw", "svc-sync", "root", "etl", "reporting", "mkowalski", "jenkins",
         "tavolo_api", "backup", "grafana", "ci-bot", "postgres", "sa", "lumora_app"]
HOSTS = ["db-prod-2.lumora-eu.net", "10.4.2.17", "cluster0.x7kq2.mongodb.net", "pg.quillpay-data.io",
         "mq.brightfern.cloud", "redis-19931.c12.eu-west-1.cache.net", "ftp.tavolo-partners.com",
         "sql-01.westeurope.cloudapp.net", "smtp.mailrelay-co.net", "ldap.fernhill-school.org",
         "staging-db.acme-shop.io", "203-analytics.aivenplus.net"]

URL_TEMPLATES = [
    ("postgres", "postgresql://{user}:{pw}@{host}:5432/orders"),
    ("postgres", "postgres://{user}:{pw}@{host}/app?sslmode=require"),
    ("mysql", "mysql://{user}:{pw}@{host}:3306/shop"),
    ("mongodb", "mongodb+srv://{user}:{pw}@{host}/?retryWrites=true&w=majority"),
    ("redis", "redis://:{pw}@{host}:6379/0"),
    ("redis", "rediss://default:{pw}@{host}:6380"),
    ("amqp", "amqp://{user}:{pw}@{host}:5672/%2F"),
    ("ftp", "ftp://{user}:{pw}@{host}/exports/"),
    ("sftp", "sftp://{user}:{pw}@{host}:22/upload"),
    ("smtp", "smtp://{user}:{pw}@{host}:587"),
    ("https", "https://{user}:{pw}@{host}/api/v2/status"),
    ("git", "https://{user}:{pw}@git.brightfern-dev.com/platform/infra.git"),
    ("ldap", "ldaps://{user}:{pw}@{host}:636"),
    ("mssql", "mssql://{user}:{pw}@{host}:1433/Billing"),
    ("jdbc", "jdbc:mysql://{user}:{pw}@{host}:3306/inventory"),
    ("http", "http://{user}:{pw}@{host}:8080/metrics"),
]

URL_FRAMES = [
    "getting 'too many connections' with {brand}'s connector. url is {u} -- pool size 20",
    "DATABASE_URL={u}",
    "so I set `{u}` in the {brand} importer and it just hangs. Firewall?",
    "Log excerpt:\n[ERROR] could not connect to {u}: timeout after 30s\n[INFO] retrying (2/5)",
    "hey @{handle} is this the right format for the export target? {u}",
    "Config del conector de {brand}: {u} -- no conecta desde ayer",
    "Der Export nach {u} bricht nach 10% ab. Jemand ähnliche Probleme mit {brand}?",
    "spring.datasource.url={u}",
]


def url_posts(f: Fakes) -> list[Draft]:
    out = []
    n = 0
    for scheme, url_t in URL_TEMPLATES:
        for _ in range(3):
            frame = URL_FRAMES[n % len(URL_FRAMES)]
            brand = BRANDS[n % len(BRANDS)]
            url = url_t.format(user=f.pick(USERS), pw=password(f, url_safe=True), host=f.pick(HOSTS))
            out.append(draft(frame, f"{scheme} URL with user:password, labelled whole", "secret/context",
                             f"url-{scheme}", u=secret(url), brand=brand, handle=brand.lower() + "help"))
            n += 1
    return out


AUTH_FRAMES = [
    ("basic", "curl -H \"Authorization: Basic {v}\" https://api.{slug}.example/v1/orders\nreturns 500 since this morning"),
    ("basic", "GET /export HTTP/1.1\nHost: partners.{slug}.example\nAuthorization: Basic {v}\nAccept: */*\n\n^ raw request, response is empty"),
    ("basic", "headers = {{\"Authorization\": \"Basic {v}\", \"Content-Type\": \"application/json\"}}"),
    ("bearer", "curl -s https://api.{slug}.example/me -H 'Authorization: Bearer {v}' | jq .\n-> {{\"error\": \"forbidden\"}}"),
    ("bearer", "fetch(url, {{ headers: {{ Authorization: `Bearer {v}` }} }})  // {brand} widget, CORS error"),
    ("bearer", "> POST /v3/sync HTTP/2\n> authorization: Bearer {v}\n> content-length: 412\n< HTTP/2 401"),
    ("bearer", "{brand} API keeps saying invalid_token even though I pass Authorization: Bearer {v} exactly like the docs"),
    ("bearer", "requests.get(\"https://api.{slug}.example/items\", headers={{\"authorization\": \"bearer {v}\"}})"),
    ("bearer", "Postman export:\n\"auth\": {{\"type\": \"bearer\", \"bearer\": [{{\"key\": \"token\", \"value\": \"{v}\"}}]}}"),
]


def auth_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(36):
        kind, frame = AUTH_FRAMES[i % len(AUTH_FRAMES)]
        brand = BRANDS[i % len(BRANDS)]
        if kind == "basic":
            value = base64.b64encode(f"{f.pick(USERS)}:{password(f)}".encode()).decode()
        else:
            value = f.pick([f.jwt(), f.s(40, B64URL), f.s(32, ALNUM) + "." + f.s(20, ALNUM), f.jwt()])
        out.append(draft(frame, f"Authorization {kind} credential in a pasted request", "secret/context",
                         f"auth-{kind}", v=secret(value), slug=brand.lower(), brand=brand))
    return out


FLAG_FRAMES = [
    ("curl-u", "curl -u {v} https://api.{slug}.example/v2/reports -o out.csv"),
    ("curl-u", "curl --user {v} -X POST https://{slug}.example/hooks/test   # what am I missing"),
    ("curl-u", "tried `curl -u {v} https://registry.{slug}.example/v2/_catalog` and get 401, creds are from the welcome mail"),
    ("password-flag", "mysqldump -h db.{slug}-internal.net -u backup --password={v} shop > shop.sql"),
    ("password-flag", "mysql -u root -p{v} -e 'show databases'"),
    ("password-flag", "docker login registry.{slug}.example -u ci-bot -p {v}"),
    ("password-flag", "sshpass -p '{v}' ssh pi@192.168.1.40 'sudo reboot'"),
    ("password-flag", "redis-cli -h cache.{slug}.example -a {v} FLUSHALL  # don't judge me"),
    ("password-flag", "{slug}-cli login --username ci-bot --password \"{v}\""),
    ("password-flag", "java -jar exporter.jar --db-password={v} --db-user=etl --threads 4"),
    ("password-flag", "mongosh \"mongodb://localhost:27017\" --username admin --password '{v}'"),
    ("password-flag", "PGPASSWORD={v} psql -h 10.0.3.12 -U reporting -d analytics"),
    ("securestring", "$pw = ConvertTo-SecureString \"{v}\" -AsPlainText -Force\n$cred = New-Object PSCredential('CORP\\svc_{slug}', $pw)"),
    ("securestring", "PowerShell snippet from our runbook, fails on the DC:\nConvertTo-SecureString -String '{v}' -AsPlainText -Force | Set-ADAccountPassword -Identity kiosk01"),
]


def flag_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(56):
        ctx, frame = FLAG_FRAMES[i % len(FLAG_FRAMES)]
        brand = BRANDS[(i // 3) % len(BRANDS)]
        pw = password(f, url_safe=True)
        value = f"{f.pick(USERS)}:{pw}" if ctx == "curl-u" else pw
        out.append(draft(frame, f"credential passed on a command line ({ctx})", "secret/context", ctx,
                         v=secret(value), slug=brand.lower()))
    return out


ASSIGN_FRAMES = [
    ("env", "DB_HOST=localhost\nDB_USER=shop\nDB_PASSWORD={v}\nDB_NAME=shop"),
    ("env", "SECRET_KEY={v}\nDEBUG=False\nALLOWED_HOSTS=*"),
    ("yaml", "database:\n  host: db.internal\n  username: app\n  password: {v}\n  pool: 10"),
    ("yaml", "smtp:\n  user: notifications\n  pass: \"{v}\"\n  port: 587"),
    ("toml", "[database]\nuser = \"app\"\npassword = \"{v}\"\nhost = \"127.0.0.1\""),
    ("json", "{{\n  \"db\": {{\n    \"user\": \"sa\",\n    \"password\": \"{v}\"\n  }}\n}}"),
    ("json", "appsettings.json => \"ClientSecret\": \"{v}\", \"TenantId\": \"common\""),
    ("xml", "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql01;User Id=app;Password={v};\" />\n</connectionStrings>"),
    ("xml", "<add key=\"ApiSecret\" value=\"{v}\" />"),
    ("xml", "<server>\n  <id>releases</id>\n  <username>deployer</username>\n  <password>{v}</password>\n</server>"),
    ("ini", "[mysql]\nuser=backup\npassword={v}\nhost=127.0.0.1"),
    ("properties", "spring.datasource.username=shop\nspring.datasource.password={v}"),
    ("diff", "--- a/config/prod.yml\n+++ b/config/prod.yml\n@@ -12,2 +12,3 @@\n   host: db-prod\n+  password: {v}\n   timeout: 5"),
    ("diff", "-API_TOKEN=\n+API_TOKEN={v}"),
    ("python", "DATABASES = {{'default': {{'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': '{v}'}}}}"),
    ("python", "self.client_secret = \"{v}\"  # TODO move to vault"),
    ("js", "const dbPassword = \"{v}\";\nmongoose.connect(`mongodb://app:${{dbPassword}}@localhost/app`);"),
    ("php", "define('DB_PASSWORD', '{v}');"),
    ("csharp", "var cred = new NetworkCredential(\"svc_mail\", \"{v}\");"),
    ("java", "private static final String API_SECRET = \"{v}\";"),
    ("ruby", "config.secret_key_base = '{v}'"),
    ("npmrc", "//registry.npmjs.org/:_authToken={v}"),
    ("pypirc", "[pypi]\nusername = __token__\npassword = {v}"),
    ("dockercfg", "{{\"auths\": {{\"registry.example-corp.io\": {{\"auth\": \"{v}\"}}}}}}"),
]


def assignment_posts(f: Fakes) -> list[Draft]:
    out = []
    intros = ["", "", "sanitised (I hope) config, why won't it boot?\n\n", "found this in an old backup lol\n",
              "our intern's PR, merged before review...\n", "Fehler beim Start, Konfig anbei:\n",
              "pregunta rápida, ¿está bien este formato?\n", "config du serveur :\n"]
    for i in range(96):
        ctx, frame = ASSIGN_FRAMES[i % len(ASSIGN_FRAMES)]
        if ctx == "npmrc":
            value = f.checksum_token("npm_")
        elif ctx == "pypirc":
            value = "pypi-AgEIcHlwaS5vcmc" + f.s(70, B64URL)
        elif ctx == "dockercfg":
            value = base64.b64encode(f"deployer:{password(f)}".encode()).decode()
        elif "SECRET_KEY" in frame or "secret_key_base" in frame:
            value = f.s(50, ALNUM + "!@#%^*(-_=+)")
        else:
            value = password(f)
        text_frame = intros[i % len(intros)] + frame
        out.append(draft(text_frame, f"secret assigned in {ctx} syntax (value is the token)", "secret/context",
                         f"assign-{ctx}", v=secret(value)))
    return out


def _escaped(pem: str) -> str:
    return pem.replace("\n", "\\n")


def private_key_posts(f: Fakes) -> list[Draft]:
    out = []
    labels = ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "DSA PRIVATE KEY",
              "ENCRYPTED PRIVATE KEY"]
    for i, label in enumerate(labels * 2):
        pem = f.private_key(label)
        header = pem.split("\n")[0]
        lead = ["my deploy key stopped working after the {brand} migration, here is what's in ~/.ssh/id_rsa:\n",
                "Paste of the key file (is the header wrong?):\n", "ssh says 'invalid format':\n\n"][i % 3]
        out.append(draft(lead + "{k}" + pem[len(header):], "PEM private key, labelled by its header",
                         "secret/private-key", "pem-plain", k=secret(header), brand=BRANDS[i % 5]))
    for i in range(12):
        pem = f.private_key(f.pick(["PRIVATE KEY", "RSA PRIVATE KEY"]))
        escaped = _escaped(pem)
        header = pem.split("\n")[0]
        email = f"{f.pick(['sync', 'exporter', 'ci'])}@{f.pick(['lumora', 'tavolo', 'fern'])}-prod-{f.digits(6)}.iam.gserviceaccount.com"
        key_id = f.hex(40)
        frame = ("{{\n  \"type\": \"service_account\",\n  \"project_id\": \"analytics-prod\",\n  \"private_key_id\": \"" + key_id
                 + "\",\n  \"private_key\": \"{k}" + escaped[len(header):] + "\\n\",\n  \"client_email\": \"" + email + "\"\n}}")
        frame = frame.replace("{{", "{").replace("}}", "}")
        out.append(draft(("GCP service account json the {brand} connector wants, it says 'invalid grant':\n" if i % 2 else "")
                         + frame, "GCP service-account JSON: private key with escaped newlines",
                         "secret/private-key", "pem-escaped-json", k=secret(header), brand=BRANDS[i % 5]))
    for _ in range(8):
        pem = f.private_key("RSA PRIVATE KEY", size=120)
        lines = pem.split("\n")
        header = lines[0]
        body = ",\n  ".join(json.dumps(line) for line in lines[1:])
        frame = "\"key_lines\": [\n  \"{k}\",\n  " + body + "\n]"
        out.append(draft("config generator split our key into an array, is that valid?\n" + frame,
                         "private key split across JSON strings", "secret/private-key", "pem-split-json",
                         k=secret(header)))
    for i in range(10):
        pem = f.private_key(f.pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]), size=150)
        wrapped = base64.b64encode((pem + "\n").encode()).decode()
        frame = ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n  tls.key: {k}",
                 "users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: {k}",
                 "SIGNING_KEY_B64={k}"][i % 3]
        out.append(draft(frame, "base64-wrapped PEM private key, labelled as the whole blob",
                         "secret/private-key", "pem-base64", k=secret(wrapped)))
    for _ in range(5):
        lines = f.pem_body(b"\x00\x00\x00\x0bssh-ed25519", 150).split("\n")
        priv = f.pem_body(b"\x00\x00\x00\x20", 48).replace("\n", "")
        text = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {c}\nPublic-Lines: 2\n"
                + "\n".join(lines[:2]) + "\nPrivate-Lines: 1\n{k}\nPrivate-MAC: " + f.hex(64))
        out.append(draft("winscp won't take my .ppk, contents:\n" + text, "PuTTY private key file: the private line",
                         "secret/private-key", "putty", k=secret(priv), c=f"eddsa-key-2026{f.digits(4)}"))
    for _ in range(5):
        block = f.pgp_private_block()
        header = block.split("\n")[0]
        out.append(draft("exported my key for the new laptop, gpg --import says no valid OpenPGP data?\n\n{k}"
                         + block[len(header):], "PGP private key block", "secret/private-key", "pgp",
                         k=secret(header)))
    return out


def kubernetes_posts(f: Fakes) -> list[Draft]:
    out = []
    for _i in range(10):
        pw = base64.b64encode(password(f).encode()).decode()
        frame = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n"
                 "  username: " + base64.b64encode(f.pick(USERS).encode()).decode() + "\n  password: {k}\n"
                 "\nkubectl apply says it's fine, pod still CrashLoops")
        out.append(draft(frame, "Kubernetes Secret YAML: base64 password", "secret/context", "k8s-secret", k=secret(pw)))
    for _i in range(8):
        tok = f.jwt('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"prod"}')
        frame = ("apiVersion: v1\nclusters:\n- cluster:\n    server: https://k8s.brightfern-prod.net:6443\n  name: prod\n"
                 "users:\n- name: deployer\n  user:\n    token: {k}")
        out.append(draft(frame, "kubeconfig user token", "secret/context", "kubeconfig", k=secret(tok)))
    return out


def jwt_posts(f: Fakes) -> list[Draft]:
    frames = ["decoded my session cookie from {brand} and it has my whole profile in it?? session={k}",
              "why is the {brand} access token so long lol: {k}",
              "jwt.io says signature verified for {k} -- so the bug must be in the audience check"]
    return [draft(frames[i % 3], "signed JWT session/access token", "secret/context", "jwt",
                  k=secret(f.jwt()), brand=BRANDS[i % 5]) for i in range(9)]


AZURE_FRAMES = [
    ("azure-conn", "AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={k};EndpointSuffix=core.windows.net"),
    ("azure-conn", "\"ConnectionStrings\": {{ \"Blob\": \"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={k}\" }}"),
    ("azure-sas", "upload works with this SAS url but only from my machine?\n{k}"),
    ("azure-sas", "azcopy copy ./backup '{k}' --recursive"),
]


def azure_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(16):
        ctx, frame = AZURE_FRAMES[i % len(AZURE_FRAMES)]
        acct = f.pick(["lumorabackups", "tavoloassets", "fernlogs", "qpexports"]) + f.digits(2)
        if ctx == "azure-conn":
            value = f.b64_bytes(64)
        else:
            sig = f.b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
            value = (f"https://{acct}.blob.core.windows.net/exports?sv=2024-08-04&ss=b&srt=co&sp=rwdlac"
                     f"&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig={sig}")
        out.append(draft(frame, f"Azure storage credential ({ctx}); SAS URLs labelled whole", "secret/context", ctx,
                         k=secret(value), acct=acct))
    return out


CHECKSUM_FRAMES = [
    "echo {k} | gh auth login --with-token   # works on my laptop, not in CI",
    "git push fails: remote: Invalid username or token. I used {k} as the password like the {brand} docs said",
    "~/.git-credentials has https://oauth2:{k}@github.com in it, is that how it's supposed to look?",
    "npm publish gives E403 with token {k}, the package is {brand_l}-utils",
    "//npm.pkg.github.com/:_authToken={k}",
    "GH Actions log line: 'Using token {k}' -- our {brand} workflow echoes it. yikes",
    "Renovate config:\n  \"hostRules\": [{{\"matchHost\": \"github.com\", \"token\": \"{k}\"}}]",
    "composer config --global github-oauth.github.com {k}",
]


def checksum_token_posts(f: Fakes) -> list[Draft]:
    out = []
    prefixes = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]
    for i in range(24):
        prefix = prefixes[i % len(prefixes)]
        frame = CHECKSUM_FRAMES[i % len(CHECKSUM_FRAMES)]
        if prefix == "npm_":
            frame = CHECKSUM_FRAMES[3] if i % 2 else CHECKSUM_FRAMES[4]
        brand = BRANDS[i % 5]
        out.append(draft(frame, f"{prefix} token with a valid CRC32 checksum", "secret/checksum-token",
                         f"checksum-{prefix.rstrip('_')}", k=secret(f.checksum_token(prefix)), brand=brand,
                         brand_l=brand.lower()))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    return (provider_posts(f) + checksum_token_posts(f) + azure_posts(f) + url_posts(f) + auth_posts(f) + flag_posts(f) + assignment_posts(f)
            + private_key_posts(f) + kubernetes_posts(f) + jwt_posts(f))
