"""A fresh leak batch (issue 16, round 2), written before reading any detector code or rule file.

Renders tests/data/leaks/fresh2.jsonl. Run from the repository root:
    /work/main/.venv/bin/python tests/data/leaks/authoring/fresh_round2.py [--check]

Written by helper h16 from the labelling guideline (tests/data/README.md) and the leak README's
decisions alone, in contexts the first leak devset does not use: shell history, Dockerfiles,
GitHub Actions, .npmrc/.pypirc, kubeconfig, tfvars, Java properties, .NET connection strings,
JDBC URLs, Postman exports, Jupyter output, stack traces, HAR snippets, base64-wrapped keys; PII
in sentences the way people post them across many countries; code names and markers in new surface
forms; and hard negatives full of numbers that are not leaks. Values come from the seeded generator
in fakes.py (valid checksums, Luhn, mod-97, numbering plans); the set is scored once as it stands
before any detector change (BENCHMARKS.md, "Leak quality").
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import sys
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fakes import ALNUM, DIGITS, LOWER, UPPER, Fakes, luhn_check_digit
from post import Draft, confidential, draft, labelled_row, negative, pii, secret
from providers import PROVIDERS

OUT = HERE.parent / "fresh2.jsonl"
SEED = 20261203
ZWSP, ZWJ, WJ = "\u200b", "\u200d", "\u2060"


def _prov(name: str) -> tuple[str, callable]:
    for provider, env, gen in PROVIDERS:
        if provider == name:
            return env, gen
    raise KeyError(name)


def _token(f: Fakes, name: str) -> tuple[str, str]:
    env, gen = _prov(name)
    return env, gen(f)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "A": "А", "E": "Е", "O": "О", "P": "Р",
            "C": "С", "T": "Т", "I": "І", "N": "Ν"}


def _lookalike(text: str, nth: int = 0) -> str:
    """Swap one letter that has a look-alike (the nth such letter) for its Cyrillic/Greek twin."""
    spots = [i for i, c in enumerate(text) if c in CYRILLIC]
    i = spots[nth % len(spots)]
    return text[:i] + CYRILLIC[text[i]] + text[i + 1:]


def _zero_width(text: str, f: Fakes) -> str:
    i = f.r.randint(1, len(text) - 2)
    while text[i - 1] == " " or text[i] == " ":
        i = f.r.randint(1, len(text) - 2)
    return text[:i] + f.pick([ZWSP, ZWJ, WJ, "\u200c"]) + text[i:]


def _pw(f: Fakes) -> str:
    """A password a person might pick: words, digits and a symbol, or random."""
    words = ["Marmot", "river", "Kestrel", "tango", "Copper", "violet", "Bramble", "pylon", "Saffron", "otter"]
    if f.r.random() < 0.5:
        return f.pick(words) + f.pick(["#", "!", "$", "%", "&", "*"]) + f.digits(4) + f.pick(words).lower()
    return f.s(18, ALNUM + "!#%*+-")


# ------------------------------------------------------------------------------------------------
# secrets
# ------------------------------------------------------------------------------------------------

# Providers with a distinctive prefix, used in the bare contexts below.
PREFIXED = ["GitHub", "GitHub fine-grained", "GitLab personal", "GitLab deploy", "npm", "PyPI", "RubyGems",
            "Docker Hub", "Slack bot", "Slack app-level", "Stripe", "Stripe restricted", "OpenAI", "Anthropic",
            "Groq", "Hugging Face", "Replicate", "Perplexity", "DigitalOcean", "Google Cloud", "Shopify",
            "SendGrid", "Linear", "Notion", "New Relic user", "Postman", "Sentry user", "Grafana service account",
            "Databricks", "Doppler", "HashiCorp Vault", "Pulumi", "Supabase", "Netlify", "Render", "Alibaba Cloud",
            "Heroku", "Twilio API key", "Square OAuth", "Figma", "Contentful", "Atlassian", "JFrog", "Buildkite",
            "Sourcegraph", "SonarQube", "Tailscale", "Age", "Brevo", "Shippo", "Razorpay", "Duffel", "EasyPost",
            "Airtable", "Frame.io", "Typeform", "LangSmith", "Pinecone", "xAI", "OpenRouter", "Cerebras",
            "Honeycomb", "Dynatrace", "Mapbox", "Telegram", "Meta", "AWS", "Bitbucket", "CircleCI", "Prefect"]
# Formats with no distinctive prefix: only ever next to their variable or provider name.
UNPREFIXED = ["Datadog", "Cohere", "Mistral", "Twilio auth token", "Algolia", "Vercel", "Linode", "Zendesk",
              "Cloudflare API token", "Cloudflare global key", "Snyk", "Railway", "Postmark", "Sumo Logic",
              "AWS secret", "Azure storage", "Auth0", "Weights & Biases"]


def _cycle(names: list[str], f: Fakes, n: int):
    order = list(names)
    f.r.shuffle(order)
    for i in range(n):
        yield order[i % len(order)]


def secret_contexts(f: Fakes) -> list[Draft]:
    out: list[Draft] = []
    s = secret

    def add(template, reason, context, **slots):
        out.append(draft(template, reason, "secret/fresh", context, **slots))

    # shell history: the secret typed on a command line and then pasted with `history`
    shell_history = [
        "lol just noticed my `history` output in the screenshot I posted earlier:\n  1987  export {env}={tok}\n  1988  npm run deploy\nrotating now",
        "why does {brand}'s cli ask for the key every time?? my history is full of this:\n  412  {cli} --api-key {tok} sync\n  413  {cli} --api-key {tok2} sync",
        "~/.zsh_history excerpt for the bug report:\n: 1733155042:0;export {env}='{tok}'\n: 1733155060:0;make release",
        "$ history | grep -i key\n  77  {env}=\"{tok}\" ./run-migrations.sh\nok so thats where it went wrong",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 8)):
        env, tok = _token(f, name)
        add(shell_history[i % len(shell_history)], "token typed on a command line, pasted as shell history",
            "shell-history:" + name, env=env, tok=s(tok), tok2=s(_token(f, name)[1]),
            brand=f.pick(["Lumora", "Brightfern", "Tavolo"]), cli="bf")
    # Dockerfiles
    dockerfiles = [
        "can someone tell me why my image is 2GB\n```\nFROM node:20-alpine\nWORKDIR /app\nENV {env}={tok}\nCOPY . .\nRUN npm ci\n```",
        "Dockerfile for the Brightfern Agent sidecar, works on my machine:\nFROM python:3.12-slim\nARG {env}={tok}\nRUN pip install -r requirements.txt",
        "FROM golang:1.23 AS build\nENV CGO_ENABLED=0 \\\n    {env}=\"{tok}\"\nRUN go build ./cmd/sync\n\nwhy does this layer never cache",
        "docker build keeps failing at this line, help:\nRUN echo \"//registry.npmjs.org/:_authToken={tok}\" > ~/.npmrc && npm ci",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 12)):
        t = dockerfiles[i % len(dockerfiles)]
        if "_authToken" in t:
            name = "npm"
        env, tok = _token(f, name)
        add(t, "token baked into a Dockerfile", "dockerfile:" + name, env=env, tok=s(tok))
    # GitHub Actions YAML with a hardcoded value instead of a secrets reference
    actions = [
        "workflow finally green 🎉\n```yaml\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      {env}: {tok}\n    steps:\n      - uses: actions/checkout@v4\n```",
        "- name: Upload coverage\n  uses: some-org/upload-action@v3\n  with:\n    token: {tok}\n    fail_ci_if_error: true\n\nanyone know why this step is flaky",
        "my .github/workflows/release.yml:\n    steps:\n      - run: ./publish.sh\n        env:\n          {env}: \"{tok}\"",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 9)):
        env, tok = _token(f, name)
        add(actions[i % len(actions)], "token hardcoded in a GitHub Actions workflow", "actions:" + name,
            env=env, tok=s(tok))
    # .npmrc / .pypirc
    for i in range(4):
        tok = f.checksum_token("npm_")
        t = ["my .npmrc, publishing to the Lumora scope fails with 403:\n@lumora:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={tok}",
             "`cat ~/.npmrc`\nalways-auth=true\n//npm.pkg.github.com/:_authToken={tok}\nsave-exact=true"][i % 2]
        if "pkg.github.com" in t:
            tok = f.checksum_token("ghp_")
        add(t, "registry token in .npmrc", "npmrc", tok=s(tok))
    for i in range(4):
        tok = _token(f, "PyPI")[1]
        t = ["twine upload keeps saying 403, here's my ~/.pypirc:\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {tok}",
             "[testpypi]\n  repository = https://test.pypi.org/legacy/\n  username = __token__\n  password = {tok}\nthis is right isn't it?"][i % 2]
        add(t, "PyPI token in .pypirc", "pypirc", tok=s(tok))
    # kubeconfig: bearer token, client key data, basic auth password
    for i in range(6):
        if i % 3 == 0:
            add("kubectl says Unauthorized, config below\napiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: {tok}\ncontexts: []",
                "service-account bearer token in kubeconfig", "kubeconfig-token", tok=s(f.jwt()))
        elif i % 3 == 1:
            key = base64.b64encode(f.private_key("EC PRIVATE KEY").encode()).decode()
            add("users:\n- name: admin@tavolo-prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: {tok}\n\nhow do I rotate this??",
                "base64-wrapped client key in kubeconfig", "kubeconfig-client-key", tok=s(key))
        else:
            add("old cluster, basic auth still on:\nusers:\n- name: ops\n  user:\n    username: ops\n    password: {tok}",
                "basic-auth password in kubeconfig", "kubeconfig-password", tok=s(_pw(f)))
    # terraform.tfvars
    for i, name in enumerate(_cycle(["DigitalOcean", "Linode", "Cloudflare API token", "Datadog", "HashiCorp Vault", "Alibaba Cloud"], f, 6)):
        env, tok = _token(f, name)
        var = env.lower()
        add(["terraform.tfvars from the repo I inherited 😬\nregion     = \"fra1\"\n{var} = \"{tok}\"\ninstance_count = 3",
             "# prod.auto.tfvars\n{var}  = \"{tok}\"\ndb_password = \"{pw}\"\nenvironment = \"prod\""][i % 2],
            "credentials in terraform tfvars", "tfvars:" + name, var=var, tok=s(tok), pw=s(_pw(f)))
    # Java properties
    props = [
        "application.properties for the Quillpay Checkout service:\nspring.datasource.url=jdbc:postgresql://db.internal:5432/checkout\nspring.datasource.username=checkout\nspring.datasource.password={pw}",
        "mail.smtp.host=smtp.mailgun.org\nmail.smtp.port=587\nmail.smtp.user=postmaster@mg.tavolo.example\nmail.smtp.password={pw}\n\nmails never arrive, any ideas?",
        "gradle.properties (don't judge)\nsigning.keyId=24875D73\nsigning.password={pw}\nossrhPassword={pw2}",
        "keystore.properties\nstoreFile=release.jks\nstorePassword={pw}\nkeyAlias=upload\nkeyPassword={pw2}",
    ]
    for i in range(8):
        add(props[i % len(props)], "password in Java properties", "java-properties",
            pw=s(_pw(f)), pw2=s(_pw(f)))
    # .NET connection strings
    dotnet = [
        "appsettings.json:\n\"ConnectionStrings\": {{\n  \"Default\": \"Server=tcp:tavolo-sql.database.windows.net,1433;Initial Catalog=orders;User ID=tavolo_app;Password={pw};Encrypt=True;\"\n}}",
        "EF migration throws a timeout with this string, what am I missing?\nData Source=10.0.4.12;Initial Catalog=Ledger;User Id=sa;Password={pw};TrustServerCertificate=True",
        "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sqlprod01;Database=Loyalty;User ID=loyalty_rw;Pwd={pw};\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>",
        "Host=pg.brightfern.example;Port=5432;Database=sync;Username=sync_app;Password={pw};SSL Mode=Require\n^ Npgsql keeps saying auth failed",
    ]
    for i in range(8):
        add(dotnet[i % len(dotnet)], "password inside a .NET connection string", "dotnet-connstr", pw=s(_pw(f)))
    for _ in range(4):
        acct = "lumora" + f.s(6, LOWER)
        key = f.b64_bytes(64)
        add("DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net\nis this the right format for the blob trigger?",
            "Azure storage account key in a connection string", "azure-storage-connstr", acct=acct, key=s(key))
    # JDBC URLs (labelled whole, as database URLs are)
    for i in range(8):
        pw = _pw(f)
        host = f.pick(["db-prod-2", "10.20.3.4", "orders.cluster-x.eu-west-1.rds.amazonaws.com", "mysql01"])
        url = [f"jdbc:mysql://checkout:{pw}@{host}:3306/checkout",
               f"jdbc:postgresql://{host}:5432/ledger?user=ledger&password={pw}",
               f"jdbc:sqlserver://{host}:1433;databaseName=crm;user=crm_app;password={pw}",
               f"jdbc:oracle:thin:scott/{pw}@{host}:1521/ORCLPDB1"][i % 4]
        add(["Liquibase can't connect: {url}", "datasource url in our Quartz config is\n{url}\nand it times out on Mondays only?",
             "for the Metabase setup I used `{url}` — works now"][i % 3],
            "credentials inside a JDBC URL", "jdbc-url", url=s(url))
    # Postman exports
    postman = [
        "exported my Postman collection for the Lumora Hub local API:\n\"auth\": {{\n  \"type\": \"bearer\",\n  \"bearer\": [{{ \"key\": \"token\", \"value\": \"{tok}\", \"type\": \"string\" }}]\n}}",
        "\"header\": [\n  {{ \"key\": \"x-api-key\", \"value\": \"{tok}\" }},\n  {{ \"key\": \"Accept\", \"value\": \"application/json\" }}\n]\nwhy does postman strip this header??",
        "environment json from postman:\n{{\"key\": \"{env}\", \"value\": \"{tok}\", \"enabled\": true}}",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 9)):
        env, tok = _token(f, name)
        add(postman[i % len(postman)], "token in a Postman export", "postman:" + name, env=env, tok=s(tok))
    # Jupyter output echoing a secret
    jupyter = [
        "In [3]: os.environ[\"{env}\"]\nOut[3]: '{tok}'\n\nok so the variable IS set, why does the client say 401",
        "notebook cell output:\n>>> print(config)\n{{'region': 'eu-west-1', 'api_key': '{tok}', 'retries': 3}}",
        "In [12]: client = Client(api_key=\"{tok}\")\nIn [13]: client.ping()\nOut[13]: True\nyay",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 9)):
        env, tok = _token(f, name)
        add(jupyter[i % len(jupyter)], "secret echoed in Jupyter output", "jupyter:" + name, env=env, tok=s(tok))
    # stack traces and logs
    traces = [
        "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.brightfern.example/v2/push?api_key={tok}",
        "got this on startup:\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed\n[SQL: SELECT 1]\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url={url}",
        "java.lang.IllegalStateException: Failed to authenticate with token '{tok}'\n\tat com.example.sync.Client.login(Client.java:142)\n\tat com.example.sync.Main.main(Main.java:27)",
        "DEBUG urllib3.connectionpool: https://api.tavolo.example:443 \"GET /v1/orders?access_token={tok}&limit=50 HTTP/1.1\" 200 None",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 12)):
        env, tok = _token(f, name)
        url = f"postgresql://sync_app:{_pw(f)}@pg-{f.s(4, LOWER)}.brightfern.example:5432/sync"
        t = traces[i % len(traces)]
        add(t, "secret in a pasted stack trace or debug log", "trace:" + name, tok=s(tok), url=s(url))
    # HAR snippets
    har = [
        "HAR from devtools (the upload request):\n{{\n  \"name\": \"Authorization\",\n  \"value\": \"Bearer {tok}\"\n}},",
        "\"request\": {{\"method\": \"POST\", \"url\": \"https://api.quillpay.example/v1/charges\", \"headers\": [{{\"name\": \"Authorization\", \"value\": \"Basic {basic}\"}}]}}",
        "here's the failing call from the HAR:\n\"queryString\": [{{\"name\": \"key\", \"value\": \"{tok}\"}}]",
    ]
    for i, name in enumerate(_cycle(PREFIXED, f, 9)):
        env, tok = _token(f, name)
        basic = base64.b64encode(f"{f.pick(['ops', 'admin', 'billing'])}:{_pw(f)}".encode()).decode()
        add(har[i % len(har)], "credential in a HAR snippet", "har:" + name, tok=s(tok), basic=s(basic))
    # base64-wrapped private keys
    for i in range(6):
        label = f.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        blob = base64.b64encode(f.private_key(label, 200).encode()).decode()
        add(["the JWT signer reads the key from env, base64'd:\nJWT_SIGNING_KEY_B64={key}",
             "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n  tls.key: {key}",
             "deploy key for the CI runner (base64 so it fits in one var): SSH_DEPLOY_KEY=\"{key}\""][i % 3],
            "base64-wrapped private key", "pem-base64-fresh", key=s(blob))
    # tokens in CLI flags and assignments in other languages
    cli = [
        "docker login -u lumorabuild -p {pw} registry.lumora.example   <- this prints a warning, is that why it fails?",
        "mysql -h 127.0.0.1 -u root -p{pw} checkout < dump.sql",
        "sshpass -p '{pw}' ssh deploy@203.0.113.40 'sudo systemctl restart sync'",
        "redis-cli -h cache01 -a {pw} --no-auth-warning ping",
        "PGPASSWORD={pw} psql -h db -U app -c 'select count(*) from orders'",
        "az login --service-principal -u 8f1c0d9e-app -p {pw} --tenant brightfern.onmicrosoft.com",
        "helm upgrade sync ./chart --set db.password={pw} --set image.tag=1.4.2",
        "vault login {tok}",
        "gh auth login --with-token <<< {tok}",
        "curl -H \"PRIVATE-TOKEN: {tok}\" https://gitlab.example.com/api/v4/projects",
        "curl -H 'x-api-key: {tok}' https://api.brightfern.example/v1/agents",
        "git clone https://oauth2:{tok}@gitlab.com/tavolo/kitchen-app.git",
    ]
    toks = {7: "HashiCorp Vault", 8: "GitHub", 9: "GitLab personal", 10: "Anthropic", 11: "GitLab personal"}
    for _ in range(2):
        for i, t in enumerate(cli):
            tok = _token(f, toks[i])[1] if i in toks else ""
            add(t, "credential passed on a command line", f"cli-{i}", pw=s(_pw(f)), tok=s(tok) if tok else "")
    code = [
        "const stripe = require('stripe')('{tok}');\n// works locally, 500s on Vercel??",
        "client = anthropic.Anthropic(api_key=\"{tok}\")\nmsg = client.messages.create(...)",
        "val apiKey = \"{tok}\" // TODO move to BuildConfig",
        "let token = \"{tok}\"; // Swift, yes I know",
        "$client = new \\GuzzleHttp\\Client(['headers' => ['Authorization' => 'Bearer {tok}']]);",
        "os.Setenv(\"{env}\", \"{tok}\")",
        "Environment.SetEnvironmentVariable(\"{env}\", \"{tok}\");",
        "ENV['{env}'] ||= '{tok}'",
    ]
    names = {0: "Stripe", 1: "Anthropic"}
    for _ in range(2):
        for i, t in enumerate(code):
            name = names.get(i) or f.pick(PREFIXED)
            env, tok = _token(f, name)
            add(t, "token assigned in source code", f"code-{i}:{name}", env=env, tok=s(tok))
    # unprefixed formats: only with the variable or provider name
    unpref = [
        "{env}={tok}  # from the {prov} dashboard",
        "{prov} key for the staging account, please don't abuse: {tok}",
        "export {env}=\"{tok}\"",
        "  {envl}: \"{tok}\"   # {prov}",
    ]
    for i, name in enumerate(_cycle(UNPREFIXED, f, 18)):
        env, tok = _token(f, name)
        add(unpref[i % len(unpref)], "unprefixed token next to its variable or provider name",
            "unprefixed:" + name, env=env, envl=env.lower(), tok=s(tok),
            prov=name.removesuffix(" key").removesuffix(" token"))
    # URLs with credentials, other schemes
    for i in range(10):
        pw = _pw(f)
        url = [f"amqps://orders:{pw}@rabbit.tavolo.example:5671/prod",
               f"mongodb+srv://analytics:{pw}@cluster0.ab12c.mongodb.net/events?retryWrites=true",
               f"redis://default:{pw}@redis-12345.c1.eu-central-1.ec2.cloud.example:12345",
               f"sftp://backup:{pw}@files.lumora-partner.example/drop",
               f"https://deploy:{pw}@artifacts.brightfern.example/repository/maven-releases/",
               f"smtps://alerts%40tavolo.example:{pw}@smtp.mailhost.example:465",
               f"clickhouse://reader:{pw}@ch01.example:9000/default",
               f"nats://sync:{pw}@nats.brightfern.example:4222",
               f"ftp://anonymous2:{pw}@ftp.printshop.example/uploads",
               f"kafka://svc-ingest:{pw}@broker-1.example:9093"][i]
        add(["connection string from our runbook: {url}", "DATABASE_URL={url}", "can't reach {url} from the container, DNS issue?"][i % 3],
            "credentials inside a URL", "url-fresh", url=s(url))
    # Authorization headers
    for i in range(8):
        if i % 2:
            basic = base64.b64encode(f"{f.pick(['api', 'svc-sync', 'jenkins'])}:{_pw(f)}".encode()).decode()
            add(["> Authorization: Basic {b}\n> User-Agent: curl/8.5.0\n< HTTP/2 403", "wget --header=\"Authorization: Basic {b}\" https://dl.example/app.zip"][i // 2 % 2],
                "basic auth header", "auth-basic-fresh", b=s(basic))
        else:
            env, tok = _token(f, f.pick(PREFIXED))
            add(["> GET /v1/me HTTP/2\n> Authorization: Bearer {tok}\n> Accept: */*", "Invoke-RestMethod -Uri $u -Headers @{{Authorization = \"Bearer {tok}\"}}"][i // 2 % 2],
                "bearer header", "auth-bearer-fresh", tok=s(tok))
    # PowerShell SecureString
    for _ in range(3):
        add("$pw = ConvertTo-SecureString \"{pw}\" -AsPlainText -Force\n$cred = New-Object PSCredential('svc_backup', $pw)",
            "password in ConvertTo-SecureString", "securestring-fresh", pw=s(_pw(f)))
    # private keys escaped in JSON / env
    for i in range(4):
        pem = f.private_key(f.pick(["PRIVATE KEY", "RSA PRIVATE KEY"]), 120)
        header = pem.splitlines()[0]
        escaped = pem.replace("\n", "\\n")
        rest = escaped[len(header):]
        add(["\"private_key\": \"{h}" + rest + "\",\n\"client_email\": \"sync@lumora-prod.iam.gserviceaccount.com\"",
             "PRIVATE_KEY=\"{h}" + rest + "\"\n^ dotenv reads this fine but the lib doesn't"][i % 2],
            "private key with escaped newlines", "pem-escaped-fresh", h=s(header))
    # GitHub checksum tokens in prose
    for i in range(6):
        prefix = ["ghp_", "gho_", "ghs_", "npm_", "ghu_", "ghr_"][i]
        add(["accidentally pushed {tok} in a README commit, revoked within a minute, still panicking",
             "the bot token is {tok}, paste it in the settings page and it should work"][i % 2],
            "valid-checksum token in prose", "checksum-prose", tok=s(f.checksum_token(prefix)))
    # JWTs as session tokens
    for i in range(4):
        add(["my session cookie from the Lumora web app, is this normal? token={tok}",
             "support asked me for my access token so I sent {tok} is that ok"][i % 2],
            "signed JWT used as a session token", "jwt-fresh", tok=s(f.jwt()))
    # .git-credentials, docker config.json, .netrc alternatives
    for i in range(4):
        tok = f.checksum_token("ghp_")
        basic = base64.b64encode(f"lumorabot:{_pw(f)}".encode()).decode()
        add(["~/.git-credentials\nhttps://jdoe:{tok}@github.com", "~/.docker/config.json:\n{{\"auths\": {{\"registry.lumora.example\": {{\"auth\": \"{b}\"}}}}}}"][i % 2],
            "credential store file", "cred-store", tok=s(tok), b=s(basic))
    return out


# ------------------------------------------------------------------------------------------------
# PII
# ------------------------------------------------------------------------------------------------

PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "AU", "JP", "CA", "NZ", "SG", "IE",
                 "ZA", "NO", "DK", "FI", "CZ", "GR", "TR", "IL", "PH", "NG", "KE", "CO", "CL", "PT", "PL", "AT",
                 "CH", "BE", "SE", "KR", "AR", "HK"]
FIRST = ["Maya", "Tomasz", "Ingrid", "Kwame", "Lucía", "Hiroshi", "Aoife", "Rahul", "Chloé", "Sven", "Thandi", "Mateo",
         "Nadia", "Oskar", "Priya", "Dmitri", "Leilani", "Joon", "Fatima", "Emeka"]
LAST = ["Okonkwo", "Lindqvist", "Barros", "Nakamura", "Kowalczyk", "Moreau", "Reyes", "Fitzgerald", "Haddad", "Patel",
        "Van Dijk", "Rossi", "Schneider", "Mensah", "Andersen", "Costa", "Ivanova", "Kim", "Novak", "Walsh"]


def _phone_forms(f: Fakes, region: str) -> list[tuple[str, str]]:
    num = f.phone(region)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(c for c in nat if c.isdigit())
    dotted = ".".join(p for p in nat.replace("(", "").replace(")", "").replace("-", " ").split() if p)
    return [("national", nat), ("international", intl), ("e164", e164), ("dotted", dotted),
            ("compact", digits), ("double-zero", "00" + intl[1:])]


def pii_posts(f: Fakes) -> list[Draft]:
    out: list[Draft] = []
    p = pii

    def add(template, reason, context, **slots):
        out.append(draft(template, reason, "pii/fresh", context, **slots))

    phone_voice = [
        "@{h} my parcel went to the wrong flat, the driver can call me on {ph}",
        "selling my old Lumora Band, barely used, text {ph} if interested",
        "lost dog near the park!! brown lab, answers to Biscuit, please ring {ph} any time",
        "@{h} 3rd time asking for a callback. my number is {ph}, I'm home after 6",
        "mi número es {ph}, escríbanme por WhatsApp por favor",
        "Ruf mich bitte zurück unter {ph}, danke!",
        "appelez-moi au {ph} svp, personne ne répond au chat",
        "Chiamatemi al {ph}, grazie",
        "bel me even op {ph}, ik ben de hele dag thuis",
        "meu celular é {ph}, pode mandar mensagem",
        "my uncle's landline if anyone finds his wallet: {ph}",
        "WhatsApp me: {ph} (no calls pls)",
        "Quillpay charged me twice, reach me at {ph} before I file a chargeback",
        "{ph} ← my work cell, text me when the Tavolo order lands",
    ]
    for i in range(56):
        region = PHONE_REGIONS[i % len(PHONE_REGIONS)]
        form, value = f.pick(_phone_forms(f, region))
        add(phone_voice[i % len(phone_voice)], "private phone number in a post", f"phone-{form}-{region}",
            ph=p(value), h=f.pick(["lumorahelp", "tavolosupport", "quillpayhelp"]))
    for i in range(8):
        region = ["US", "GB", "DE", "CA", "AU", "FR", "NL", "US"][i]
        num = f.phone(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        word = {"DE": " Durchwahl ", "FR": " poste "}.get(region) or f.pick([" ext. ", " x", " ext ", " extension "])
        ext = word + str(f.r.randint(10, 9999))
        add(["my desk line is {ph}, ask for me not the front desk", "reach me at work: {ph}"][i % 2],
            "phone with extension", f"phone-extension-{region}", ph=p(nat + ext))
    # cards
    card_voice = [
        "@{h} why was my card {c} declined three times today??",
        "ok which one of you used my card {c} to buy 40 pizzas",
        "for the refund, the card was {c}, exp 08/28",
        "can you check the charge on {c}? it's not mine",
        "pagué con la tarjeta {c} y no llegó nada",
        "Karte {c} wurde doppelt belastet",
    ]
    for i in range(18):
        issuer = [None, "Amex", "Diners", "Maestro", "UnionPay", "Visa"][i % 6]
        length = {3: [12, 13, 15, 19][i // 6 % 4]}.get(i % 6)
        name, num, grouping = f.card(issuer, length) if issuer else f.card()
        sep = [" ", "-", "", ".", " ", "-"][i % 6]
        groups = grouping or tuple([4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else []))
        if sum(groups) != len(num):
            groups = tuple([4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else []))
        parts, pos = [], 0
        for g in groups:
            parts.append(num[pos:pos + g])
            pos += g
        value = sep.join(parts)
        add(card_voice[i % len(card_voice)], "payment card number", f"card-{name}-{len(num)}",
            c=p(value), h=f.pick(["quillpayhelp", "tavolosupport"]))
    # IBANs
    iban_voice = [
        "for the refund please send it to {i} (name on account: me lol)",
        "Überweisung bitte auf {i}, danke",
        "mi IBAN es {i} para la devolución",
        "@quillpayhelp the refund never reached {i}",
        "rib pour le remboursement : {i}",
    ]
    for i in range(15):
        country = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "PT", "IE", "SE", "FI", "NO"][i]
        iban = f.iban(country)
        style = i % 3
        value = (" ".join(iban[j:j + 4] for j in range(0, len(iban), 4)) if style == 0 else
                 iban.lower() if style == 1 else iban)
        add(iban_voice[i % len(iban_voice)], "IBAN of a person", f"iban-{country}", i=p(value))
    # e-mail addresses
    mail_voice = [
        "@{h} please send the invoice to {m} not the old address",
        "DM me or email {m}, I'll send pics of the damage",
        "If anyone from Brightfern sees this: {m} — still waiting",
        "contact: {m} (personal, not work)",
    ]
    for i in range(12):
        first, last = FIRST[i], LAST[i].replace(" ", "")
        mail = f.email(first, last)
        if i % 4 == 3:
            mail = mail[0].upper() + mail[1:]
        add(mail_voice[i % len(mail_voice)], "private e-mail address", "email-fresh", m=p(mail),
            h=f.pick(["lumorahelp", "tavolosupport"]))
    # SSNs with wording
    for i in range(6):
        add(["the form rejected my SSN {s} twice, is the site broken?", "they asked for my social security number over chat ({s}) is that legit?",
             "mi número de seguro social es {s} y no me deja registrarme"][i % 3],
            "SSN with wording", "ssn-fresh", s=p(f.ssn()))
    # public IPs
    for i in range(12):
        ip = f.ipv4_public() if i % 3 else f.ipv6_public()
        add(["my home server's public IP is {ip}, port 8443 is open for the Lumora Hub", "can't reach the game server at {ip}, anyone else?",
             "whitelist my IP {ip} please, I keep getting blocked", "VPN shows {ip} but the app still thinks I'm in Spain"][i % 4],
            "public IP address", "ip-fresh", ip=p(ip))
    return out


# ------------------------------------------------------------------------------------------------
# confidential
# ------------------------------------------------------------------------------------------------

CODE_NAMES = ["Saltmarsh", "Project Ocelot", "Glasswing", "Tidewater", "Juniper Nine", "Paperkite"]


def confidential_posts(f: Fakes) -> list[Draft]:
    out: list[Draft] = []
    c = confidential

    def add(template, reason, context, **slots):
        out.append(draft(template, reason, "confidential/fresh", context, **slots))

    voices = [
        "heard from a friend at Lumora that {cn} slipped to Q3, the firmware isn't ready",
        "{cn} demo at the all-hands today looked unreal, can't say more",
        "so is {cn} the new Brightfern agent or the billing rewrite? asking for a friend who works there",
        "leaked deck says {cn} ships with the P7 refresh 👀",
        "my team lead just told us {cn} is cancelled. wow",
        "if you see job posts mentioning {cn}, that's the Tavolo oven project",
    ]
    forms = ["plain", "upper", "lower", "possessive", "hashtag-camel", "hashtag-lower", "hashtag-upper", "hashtag-snake",
             "lookalike", "zero-width", "fullwidth", "quoted"]
    for i in range(36):
        name = CODE_NAMES[i % len(CODE_NAMES)]
        form = forms[i % len(forms)]
        joined = name.replace(" ", "")
        value = {"plain": name, "upper": name.upper(), "lower": name.lower(), "possessive": name,
                 "hashtag-camel": "#" + joined, "hashtag-lower": "#" + joined.lower(), "hashtag-upper": "#" + joined.upper(),
                 "hashtag-snake": "#" + name.replace(" ", "_"), "lookalike": _lookalike(name, i),
                 "zero-width": _zero_width(name, f), "fullwidth": _fullwidth(name), "quoted": name}[form]
        t = voices[(i + i // len(forms)) % len(voices)]
        if form == "possessive":
            t = t.replace("{cn}", "{cn}'s", 1)
        if form == "quoted":
            t = t.replace("{cn}", "\"{cn}\"", 1)
        add(t, "internal code name", f"code-name-{form}", cn=c(value))
    markers = ["INTERNAL USE ONLY", "STRICTLY CONFIDENTIAL", "CONFIDENTIAL – DO NOT DISTRIBUTE", "Company Confidential",
               "Lumora Confidential", "Internal Only", "NUR FÜR DEN INTERNEN GEBRAUCH", "STRENG VERTRAULICH",
               "CONFIDENTIEL", "USO INTERNO", "CONFIDENCIAL", "Quillpay Internal"]
    marker_voice = [
        "lol someone posted the new pricing sheet, it's literally stamped {mk} at the top",
        "slide 1 of the deck in the group chat says {mk} so idk if I should be looking",
        "found a printout on the train, header reads \"{mk}\", it's a Tavolo supplier list",
        "the pdf that leaked: {mk} — Q3 roadmap, Brightfern Sync v4",
    ]
    for i in range(24):
        mk = markers[i % len(markers)]
        form = ["plain", "plain", "lookalike", "zero-width", "fullwidth", "plain"][i % 6]
        value = {"plain": mk, "lookalike": _lookalike(mk, i), "zero-width": _zero_width(mk, f),
                 "fullwidth": _fullwidth(mk)}[form]
        add(marker_voice[(i + i // len(markers)) % len(marker_voice)], "classification marker on a document", f"marker-{form}", mk=c(value))
    for i in range(4):
        add(["can't talk about the Lumora thing, I'm {nda} until launch", "we're all {nda} about the new Brightfern hardware, sorry"][i % 2],
            "NDA about the brand's unreleased work", "marker-nda", nda=c(["under NDA", "under an NDA"][i % 2]))
    hosts = ["jenkins.corp.lumora.example", "grafana.brightfern.lan", "wiki.quillpay.corp", "vpn.tavolo-int.example",
             "build-07.lumora.internal", "kibana.corp.lumora.example", "git.brightfern.lan", "sso.quillpay.corp"]
    for i, host in enumerate(hosts):
        add(["why is https://{ho}/job/release/ public on google lol", "ssh into {ho} fails since the cert change",
             "the status page links to http://{ho}:3000/d/abc123 which 404s for customers"][i % 3],
            "internal host name", "internal-host-fresh", ho=c(host))
    for i in range(10):
        key = f"{['LUM', 'QPX', 'FERN', 'TAV'][i % 4]}-{f.r.randint(12, 9999)}"
        add(["support told me it's tracked as {k}, any update?", "fixed in {k} apparently, per the engineer on the call",
             "({k}) same bug as last year"][i % 3], "internal ticket key", "ticket-fresh", k=c(key))
    return out


# ------------------------------------------------------------------------------------------------
# hard negatives
# ------------------------------------------------------------------------------------------------

def negative_posts(f: Fakes) -> list[Draft]:
    out: list[Draft] = []

    def add(template, reason, context, **slots):
        out.append(negative(template, reason, context, **slots))

    def add_literal(text, reason, context):
        # Written out whole: braces are the post's own (`${{ secrets.X }}`), not template slots.
        add(text.replace("{", "{{").replace("}", "}}"), reason, context)

    # order and tracking numbers, shaped like phones or cards
    for i in range(16):
        order = [f"{f.digits(3)}-{f.s(7, DIGITS)}-{f.s(7, DIGITS)}", f"#{f.digits(9)}", f"{f.digits(4)} {f.s(4, DIGITS)} {f.s(4, DIGITS)} {f.s(4, DIGITS)}",
                 f"{f.digits(3)} {f.s(3, DIGITS)} {f.s(4, DIGITS)}", f"{f.digits(3)}.{f.s(3, DIGITS)}.{f.s(4, DIGITS)}", f"{f.digits(12)}"][i % 6]
        add(["@tavolosupport order {o} still says processing after 9 days",
             "order number {o}, placed on the 14th, nothing yet",
             "my Lumora order ({o}) shipped without the charger",
             "Bestellnummer {o} — wann kommt das Paket?"][i % 4], "order number shaped like a phone or card", "order-number", o=order)
    for i in range(14):
        trk = [f"1Z{f.s(6, UPPER + DIGITS)}{f.s(10, DIGITS)}", f"9400 {f.s(4, DIGITS)} {f.s(4, DIGITS)} {f.s(4, DIGITS)} {f.s(4, DIGITS)} {f.s(2, DIGITS)}",
               f"{f.s(2, UPPER)}{f.s(9, DIGITS)}GB", f"{f.digits(12)}", f"JD{f.s(18, DIGITS)}", f"{f.digits(10)}", f"00{f.s(18, DIGITS)}"][i % 7]
        add(["tracking {t} hasn't moved since Tuesday", "Sendungsnummer {t}, DHL sagt zugestellt, ist es nicht",
             "FedEx tracking {t} says delivered to a locker I don't have", "número de seguimiento {t}, alguien sabe algo?"][i % 4],
            "tracking number", "tracking-number", t=trk)
    # hashes and ids
    for i in range(14):
        v = [f.hex(40), f.hex(64), f.hex(32), "sha256:" + f.hex(64), f.hex(7), f.uuid(), f.uuid().upper()][i % 7]
        add(["fixed in commit {v}, should be in the next release", "sha256sum of the installer: {v} — matches the site",
             "md5 of the firmware file is {v}", "image pinned to myrepo/app@{v}", "reverted {v} and the build passes again",
             "request id {v} if support wants to look", "device id {v} keeps showing up twice in the app"][i % 7],
            "hash or identifier", "hash-or-id", v=v)
    # versions, dates, prices
    everyday = [
        "firmware 4.12.0.1887 bricked my Lumora Hub, rolling back to 4.11.9",
        "Windows 10.0.19045.4291 update broke the Brightfern Agent again",
        "paid $1,249.99 for the Tavolo Pan set, €1.099,00 in Germany apparently",
        "the app says build 2026.11.28.1432, is that the latest?",
        "meeting moved to 2026-12-03 14:30 UTC, 10:30 EST",
        "it's 2,147,483,647 — the int overflow number. classic",
        "Chrome 131.0.6778.86 fixes the checkout bug for me",
        "scored 1,024,350 points in the Lumora arcade mode",
        "my electric bill went from 84.32 to 312.77 this month",
        "pi to 20 places: 3.14159265358979323846",
        "phone bill: 1 800 minutes, 12.5 GB data, 99 texts. plan code 4471",
        "ISBN 978-0-14-311755-7 — best book on negotiation I've read",
        "the tweet is at https://x.com/someone/status/1863956829350576128, go look",
        "unix timestamp 1733212800 is the moment the sale started",
        "flight LH 4415 delayed, gate B38, seat 23C",
        "coordinates of the trailhead: 46.5586, 7.8324",
        "our zip is 94110 and the store is 02139-ish, whatever",
        "lottery numbers this week: 04 11 19 27 38 45",
        "hex colour for the new Tavolo logo is #1F7A5C",
        "MAC address of my Lumora Hub: 3C:61:05:1A:7E:44, router won't let it join",
    ]
    for t in everyday:
        add_literal(t, "everyday numbers that are not leaks", "everyday-numbers")
    for i in range(8):
        add(["IMEI {v} — phone got stolen, posting so shops can check", "my Lumora P7 IMEI is {v}, support asked for it",
             "SIM ICCID 89{w} won't activate"][i % 3], "device identifier, not a card", "imei-iccid",
            v=f.imei(), w=(lambda x: x + luhn_check_digit("89" + x))(f.s(16, DIGITS)))
    # private IPs in home-network talk (decision: not PII)
    for i in range(12):
        ip = [f"192.168.{f.r.randint(0, 5)}.{f.r.randint(1, 254)}", f"10.0.0.{f.r.randint(1, 254)}", f"172.16.{f.r.randint(0, 31)}.{f.r.randint(1, 254)}",
              "127.0.0.1", f"fe80::{f.hex(4)}:{f.hex(4)}", "192.168.1.1"][i % 6]
        add(["my router is at {ip} and the Lumora Hub grabbed {ip2}, why can't the app see it",
             "set a static lease for {ip}, now the printer works",
             "pihole on {ip}, blocking the Brightfern telemetry",
             "the setup page at http://{ip}/ won't load on Safari"][i % 4], "private IP in home-network talk",
            "ip-private", ip=ip, ip2=f"192.168.1.{f.r.randint(2, 254)}")
    # documentation/demo values and placeholders in the fresh contexts
    placeholders = [
        "```yaml\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n```\nthis is the right way right?",
        "FROM node:20\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc",
        "[pypi]\nusername = __token__\npassword = <your-pypi-token>",
        "//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}",
        "users:\n- name: deployer\n  user:\n    token: REDACTED",
        "db_password = \"changeme\"\napi_token   = \"\"",
        "spring.datasource.password=${DB_PASSWORD}",
        "Server=tcp:myserver.database.windows.net,1433;Database=mydb;User ID=myuser;Password=********;",
        "Data Source=localhost;Initial Catalog=Orders;Integrated Security=True",
        "jdbc:postgresql://localhost:5432/app",
        "jdbc:mysql://user:password@localhost:3306/test",
        "{\"key\": \"x-api-key\", \"value\": \"{{apiKey}}\"}",
        "\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"{{access_token}}\"}]}",
        "In [4]: os.environ[\"OPENAI_API_KEY\"]\nOut[4]: '***'",
        "HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/items?api_key=[REDACTED]",
        "{\"name\": \"Authorization\", \"value\": \"Bearer <token>\"}",
        "docker login -u myuser -p $DOCKER_PASSWORD",
        "mysql -u root -p checkout   # it prompts for the password, don't put it inline",
        "PGPASSWORD=$(cat /run/secrets/pg) psql -h db -U app",
        "helm upgrade sync ./chart --set db.password=$DB_PASS",
        "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
        "OPENAI_API_KEY=sk-...your key here...",
        "the AWS docs example AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is everywhere lol",
        "Authorization: Bearer YOUR_ACCESS_TOKEN",
        "$pw = Read-Host -AsSecureString",
        "client = Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])",
        "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);",
        "token: {{ .Values.apiToken }}",
        "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231336537383431",
        "redis://localhost:6379/0",
        "mongodb://localhost:27017/test",
        "amqp://guest:guest@localhost:5672/",
        "Stripe publishable key for the demo shop: pk_live_" + f.s(24, ALNUM),
        "Mapbox public token for the embed: pk." + f.b64url(60) + "." + f.b64url(22),
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + f.s(40, ALNUM) + "\n-----END PUBLIC KEY-----",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + f.s(43, ALNUM) + " me@laptop — add this to authorized_keys",
        "git remote add origin git@github.com:tavolo/kitchen-app.git",
        "scp build.tar.gz deploy@203.0.113.40:/srv/app/",
        "password: hunter2 lol classic",
        "my wifi password is literally 'password', fight me",
        "token: ghp_abcdefghijklmnopqrstuvwxyz0123456789 (from the docs)",
        "JWT from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "DATABASE_URL=postgres://user:password@localhost:5432/app",
        "SECRET_KEY=replace_me",
        "api_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "the arcade gives you 20 tokens for $5, best deal in town",
        "NuGet says my API key expired, where do I make a new one?",
        "reset my Tavolo password 3 times today, the email never comes",
        "is `ghp_` the prefix for classic tokens or fine-grained ones?",
    ]
    for t in placeholders:
        add_literal(t, "placeholder, reference, public or demo value", "placeholder-fresh")
    for i in range(6):
        prefix = ["ghp_", "npm_", "gho_"][i % 3]
        add(["found {t} in an old gist, is it real?", "GITHUB_TOKEN={t}"][i % 2], "checksum fails", "broken-checksum",
            t=f.broken_checksum_token(prefix))
    # numbers near PII words that are not PII
    pii_like = [
        "call 911 if you see smoke, not the Lumora support line",
        "en Europa el número de emergencias es el 112",
        "card ending in 4417 was charged twice",
        "my card is **** **** **** 8823 and it keeps failing",
        "gift card 6006 4912 3456 7788 990 has no balance?",
        "the famous test card 4242 4242 4242 4242 works in the sandbox",
        "Visa test number 4111 1111 1111 1111 also works",
        "Part 536-22-8197 is the hinge, out of stock everywhere",
        "call reference 900-12-4567 from the support chat",
        "my DOB is in the app already, why ask again",
        "IBAN DE00 1234 5678 9012 3456 78 in the tutorial is fake right?",
        "BIC is COBADEFFXXX, sort code 20-00-00, for the company account",
        "text STOP to 72166 to unsubscribe",
        "support line is 1-800-555-0142 per the website",
        "their store is on +1 (212) 555-0187, the public one",
        "email support@lumora.example, they answered in 10 min",
        "write to you@example.com in the docs example lol",
        "deploy@buildbox is the ssh user, not an email",
        "the Diners club number 14 digits thing is so 1998",
        "Invoice INV-2026-004471, due 30 days",
        "Order 4716 2039 8841 0092 still not here — that's the ORDER number not a card",
        "ticket JIRA-530 and PR-12 are related",
        "our ISO-27001 audit passed",
        "F-150 recall notice came today",
        "COVID-19 booster appointment confirmed",
        "use code FERN-SPRING25 at checkout for 25% off",
        "table TAV 12 at the Tavolo pop-up, come say hi",
        "RFC-8615 explains .well-known paths",
    ]
    for t in pii_like:
        add_literal(t, "number near a PII word that is not PII", "pii-like")
    # code-name words and confidential words in their ordinary sense
    ordinary = [
        "walked the saltmarsh at dawn, the tide came in fast",
        "saw an ocelot at the zoo today, what a cat",
        "glasswing butterflies are unreal, transparent wings!",
        "tidewater Virginia traffic is the worst on Fridays",
        "juniper berries in the gin, nine different botanicals",
        "flew a paper kite with the kids on the beach",
        "#saltmarsh sunsets never get old",
        "#junipertree in the garden finally took",
        "please do not forward this chain mail, it's a scam",
        "I'll keep it confidential, promise — surprise party for Jo",
        "internal server error on the Quillpay checkout page again",
        "the internal battery on my Lumora Band is swollen",
        "top secret recipe: more butter",
        "classified ads in the local paper still exist??",
        "our voting is confidential, nobody sees your ballot",
        "your data is confidential and encrypted, says the Tavolo privacy page",
        "signed an NDA for my landlord's parking spot, lol",
        "#ProjectRunway finale tonight!!",
        "that's for internal use only joke never gets old at my office 😂 (it's about the coffee machine)",
        "reading a book called The Confidential Agent, recommend",
    ]
    for t in ordinary:
        add_literal(t, "code-name or confidential word in its ordinary sense", "ordinary-words")
    # posts with person names only
    names = [
        "Congrats to Maria Gonzalez on running her first marathon!",
        "Shoutout to Kwame Mensah at the Lumora store in Leeds, fixed my hub in 5 min",
        "RIP Tomasz Kowalczyk, best football coach our town ever had",
        "Dr. Priya Patel's talk on sleep was the best of the conference",
        "my grandma Ingrid Lindqvist turns 100 today 🎂",
        "Juniper (my daughter) turned nine today and wants a Tavolo kettle, go figure",
        "Hiroshi Nakamura and Aoife Walsh won the pub quiz again",
        "Lucía Reyes for mayor!! best council member we've had",
        "thanks to Sven Andersen for the tip about the Brightfern Sync settings",
        "Jo Marsh and Tom Tidewell are the new hosts of the podcast",
        "Paige Kite won the regional chess cup 🏆",
        "Oskar Novak's new album is on repeat",
        "Happy retirement, Nadia Haddad! 32 years at the library",
        "met Emeka Okonkwo at the airport, what a nice guy",
        "Chloé Moreau and Mateo Barros are engaged!!",
    ]
    for t in names:
        add_literal(t, "person names only", "person-name")
    # UUID / hex near secret-ish words that are identifiers, not secrets
    for i in range(10):
        add(["trace_id={u} span_id={h}", "Correlation-Id: {u}", "nonce-{h} in the CSP header",
             "ETag: \"{h}\"", "build hash {h} deployed to prod", "session replay id {u}, support can look it up",
             "x-request-id: {u}", "the Stripe charge id ch_{s} shows refunded", "customer id cus_{s} in the receipt",
             "workspace id T0{S} for the Slack app review"][i], "identifier that is not a secret", "identifier",
            u=f.uuid(), h=f.hex(32), s=f.s(24, ALNUM), S=f.s(8, UPPER + DIGITS))
    return out


def drafts() -> list[Draft]:
    return (secret_contexts(Fakes(SEED + 1)) + pii_posts(Fakes(SEED + 2)) + confidential_posts(Fakes(SEED + 3))
            + negative_posts(Fakes(SEED + 4)))


HANDLES = ["quietloris", "tinyforge", "mapleandrust", "ops_gecko", "kettlebell_kim", "nightshift_nic", "byte_heron",
           "paper_wasp", "coldbrewcat", "homelab_hana", "stackpiper", "mossbyte", "lunar_lynx", "rustyhinge42"]


def render() -> list[dict]:
    r = random.Random(SEED)
    rows, seen = [], set()
    start = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    for d in drafts():
        if d.text in seen:
            continue
        seen.add(d.text)
        for leak in d.leaks:
            assert leak["value"] in d.text, (d.context, leak)
        created = start + dt.timedelta(seconds=r.randint(0, 300 * 86400))
        platform = "reddit" if len(d.text) > 280 or "\n" in d.text else r.choice(["x", "x", "reddit"])
        author = r.choice(HANDLES) + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
        rows.append(labelled_row(f"fr2-{len(rows) + 1:04d}", platform, author, None,
                                 created.strftime("%Y-%m-%dT%H:%M:%SZ"), d))
    return rows


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    text = serialise(render())
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} posts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
