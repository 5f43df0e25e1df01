"""More credential contexts: .netrc, Terraform variables, Dockerfiles, CI inputs, systemd units,
shell traces, several more languages' constants, PEM blocks in YAML and .env files, Windows and
wget flags, ODBC and JDBC strings, .pgpass, Redis config, and passwords stated in prose."""

from __future__ import annotations

from fakes import ALNUM, Fakes
from post import BRANDS, Draft, draft, secret
from secret_posts import USERS, password

FRAMES = [
    ("netrc", "~/.netrc that the {brand} CLI reads:\nmachine api.{slug}.example\n  login deploy\n  password {v}"),
    ("netrc", "machine git.{slug}.example login ci password {v}"),
    ("hcl", "# terraform.tfvars\nregion      = \"eu-west-1\"\ndb_password = \"{v}\"\ninstance    = \"t3.small\""),
    ("hcl", "provider \"{slug}\" {{\n  api_token = \"{v}\"\n}}"),
    ("dockerfile", "FROM python:3.12-slim\nENV API_SECRET={v}\nCOPY . /app\nCMD [\"python\", \"main.py\"]"),
    ("dockerfile", "ARG NPM_AUTH_PASSWORD={v}\nRUN npm ci"),
    ("ci-input", "- uses: docker/login-action@v3\n  with:\n    username: {slug}bot\n    password: {v}"),
    ("systemd", "[Service]\nEnvironment=\"DB_PASS={v}\"\nExecStart=/usr/local/bin/{slug}-worker"),
    ("shell-trace", "+ export SERVICE_TOKEN={v}\n+ ./run.sh --prod\n./run.sh: line 12: jq: command not found"),
    ("shell-trace", "$ set -x; ./deploy.sh\n+ curl -fsS -u admin:{v} https://ci.{slug}-builds.net/job/deploy/build"),
    ("rust", "const API_KEY: &str = \"{v}\";"),
    ("kotlin", "val client = Client(secret = \"{v}\")  // {brand} android sample"),
    ("swift", "let apiSecret = \"{v}\" // TODO: keychain"),
    ("go", "db, err := sql.Open(\"mysql\", \"app:{v}@tcp(127.0.0.1:3306)/shop\")"),
    ("windows", "net use Z: \\\\fileserver\\share /user:CORP\\backup {v}"),
    ("wget", "wget --http-user=reports --http-password={v} https://reports.{slug}.example/daily.csv"),
    ("ansible", "[web]\nweb1 ansible_host=10.0.0.5 ansible_user=admin ansible_password={v}"),
    ("jdbc-query", "jdbc:postgresql://db.{slug}-cloud.net:5432/app?user=app&password={v}&ssl=true"),
    ("odbc", "Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:sql.{slug}-data.net,1433;Uid=report;Pwd={v};Encrypt=yes;"),
    ("pgpass", "~/.pgpass line, psql still asks for a password?\ndb.{slug}-cloud.net:5432:app:app_rw:{v}"),
    ("redis-conf", "# redis.conf\nbind 0.0.0.0\nrequirepass {v}\nmaxmemory 2gb"),
    ("prose-login", "{brand} won't let me in. login: {user} pass: {v} -- what am I doing wrong??"),
    ("prose-login", "Mein Login für das {brand}-Portal: Benutzer {user}, Passwort {v}. Geht trotzdem nicht."),
    ("prose-login", "usuario {user} y contraseña {v}, y la app de {brand} dice 'credenciales inválidas'"),
]


def context_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(72):
        ctx, frame = FRAMES[i % len(FRAMES)]
        brand = BRANDS[(i + i // len(FRAMES)) % 5]
        value = password(f, url_safe=ctx in ("jdbc-query", "go", "shell-trace"))
        if ctx in ("hcl", "ci-input") and i % 2:
            value = f.s(40, ALNUM)
        out.append(draft(frame, f"credential in {ctx} syntax (the value is labelled)", "secret/context", f"more-{ctx}",
                         v=secret(value), brand=brand, slug=brand.lower(), user=f.pick(USERS)))
    return out


def pem_block_posts(f: Fakes) -> list[Draft]:
    out = []
    for i in range(12):
        pem = f.private_key(f.pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"]), size=160)
        lines = pem.split("\n")
        header = lines[0]
        if i % 2 == 0:
            body = "\n".join("    " + line for line in lines[1:])
            text = "values.yaml for the {brand} chart:\ntls:\n  key: |\n    {k}\n" + body
            ctx = "pem-yaml-block"
        else:
            text = "JWT_PRIVATE_KEY=\"{k}" + "\\n".join([""] + lines[1:]) + "\\n\""
            ctx = "pem-env-escaped"
        out.append(draft(text, f"private key in {ctx}, labelled by its header", "secret/private-key", ctx,
                         k=secret(header), brand=BRANDS[i % 5]))
    return out


def all_posts(f: Fakes) -> list[Draft]:
    return context_posts(f) + pem_block_posts(f)
