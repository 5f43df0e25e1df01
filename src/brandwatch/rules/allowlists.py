"""Named allow-sets: the placeholder and demo values that no secret rule may report, kept in one place.

A rule file names a set in any `allow:` list (`allow: ['@placeholders', '@demo-values']`, per rule
or at the top of the file); the loader expands the name into the set's exact values and patterns.
Improving a set here improves every rule that names it, so rules stop carrying private copies of
the same placeholder regex that drift apart.

Patterns are RE2, searched anywhere in the captured value (anchor with `^...$` for whole values);
exact values compare casefolded, like every allowlist.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from brandwatch.rules.schema import Allow

REFERENCE_PREFIX = "@"


@dataclass(frozen=True)
class AllowSet:
    description: str
    exact: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


_PLACEHOLDERS = AllowSet(
    description="values people paste instead of a secret: masks, template and variable references, "
                "'changeme'-style words, empty-ish literals",
    exact=(
        "none", "null", "nil", "undefined", "empty", "true", "false", "yes", "no", "n/a", "na", "tbd",
        "todo", "fixme", "secret", "secrets", "password", "passwd", "pass", "pwd", "passphrase", "token",
        "apikey", "api_key", "api-key", "key", "private_key", "client_secret", "credentials", "value",
        "string", "str", "default", "hidden", "removed", "omitted", "masked", "sensitive", "env",
    ),
    patterns=(
        # Masked or elided values: xxxx, ****, ...., ----, ####, •••• (whole value or a long run inside).
        r"^[xX*.#_•·-]{3,}$",
        r"(?i)x{6,}",
        r"\*{4,}|•{3,}|\.{3,}|…",
        # Template and variable references, also when the capture stopped at a space inside them:
        # ${VAR}, ${{ secrets.X }}, {{ var }}, {% ... %}, <%= %>, $(command), `command`.
        r"^\$\{|^\{\{|^\{%|^<%|^\$\(|^`",
        r"^\$[A-Za-z_][A-Za-z0-9_]*$",  # $VAR, $password
        r"(?i)^\$env:[A-Za-z_][A-Za-z0-9_]*$",  # PowerShell $env:NAME
        r"^%[A-Za-z_][A-Za-z0-9_]*%$",  # Windows %VAR%
        r"^\{[A-Za-z_][A-Za-z0-9_.]*\}$",  # format fields {password}
        r"^<[^<>]*>?$",  # <your-key>, <password> (or its first word)
        r"^\[[^\[\]]*\]$",  # [REDACTED], [your token]
        # Words that say the value is not real.
        r"(?i)redacted|placeholder|change[-_ ]?me|changeit|replace[-_ ]?(?:me|this|with)|insert[-_ ]?(?:your|here)|"
        r"put[-_ ]?your|enter[-_ ]?your|paste[-_ ]?(?:your|here)|_here$|-here$|^here$",
        r"(?i)(?:your|my)[-_ ]?(?:own[-_ ]?)?(?:api[-_ ]?|access[-_ ]?|secret[-_ ]?|app[-_ ]?|auth[-_ ]?|bot[-_ ]?)?"
        r"(?:key|token|secret|password|passwd|pass|pwd)",
        # A value that opens with "your-"/"my-" and names what belongs there: your-256-bit-secret
        # (jwt.io's default), your-api-key-goes-here, my_db_password; closed at the end, so a real value
        # that merely opens that way (my-db-password-2024-Xk29…) is not quieted.
        r"(?i)^(?:your|my)[-_][\w-]*(?:key|token|secret|password|passwd|pass|pwd)(?:[-_](?:goes[-_])?here)?$",
        r"(?i)^(?:fake|dummy|sample|example|test|mock)[-_]?(?:key|token|secret|password|pass|value)?[-_]?[0-9]*$",
        r"(?i)not[-_ ]?(?:a[-_ ]?)?real|do[-_ ]?not[-_ ]?use",
    ),
)

_DEMO_VALUES = AllowSet(
    description="published documentation and demo credentials, default passwords and keyboard or "
                "counting runs that fake keys are made of",
    exact=(
        # AWS documentation's sample key pair (also matched by the EXAMPLE pattern below).
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        # Default and demo passwords of documentation, images and tutorials.
        "hunter2", "hunter22", "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
        "pa55word", "pa$$word", "letmein", "letmein123", "qwerty", "qwerty123", "qwertyuiop", "iloveyou",
        "trustno1", "welcome1", "welcome123", "abc123", "abcd1234", "admin", "admin123", "administrator",
        "root", "toor", "guest", "test123", "testing123", "foobar", "foo", "bar", "baz", "secret123",
        "s3cr3t", "s3cret", "supersecret", "supersecretpassword", "topsecret", "mysecretpassword",
        "my-secret-pw", "mypassword", "mysecret", "changeit", "correcthorsebatterystaple", "sunshine",
        "opensesame", "postgres", "mysql", "rabbitmq", "elastic", "minioadmin", "pass123", "pass1234",
        "user", "username", "demo", "demo123", "sample",
        # Oracle's sample schema login (scott/tiger), in every Oracle tutorial.
        "tiger",
        # Test keys printed in Stripe's public API documentation (kept in step with
        # scripts/secret_formats/table.py's STRIPE_DOCS_TEST_KEYS).
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    ),
    patterns=(
        r"(?i)example|sample|dummy",
        # Keyboard and counting runs inside a value: ghp_1234567890abcdef..., sk-abcdefghijkl...
        r"(?i)12345|0123456789|abcdefghij|qwerty|asdfgh",
        # A value made only of alphabet and counting chunks: abc123def456, 123abc, xyz789.
        r"(?i)^(?:abc|def|ghi|jkl|xyz|123|456|789|000)+$",
        r"(?i)hunter2|foobar|secret123|password1|passw0rd|letmein",
        # jwt.io's default token: its payload says {"sub":"1234567890","name":"John Doe",...}.
        r"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lI",
        r"(?i)^(?:insert|replace)",
        # Public-by-design keys, meant to ship in web pages: Mapbox `pk.` and Stripe publishable keys.
        r"^pk\.eyJ", r"^pk_(?:live|test)_",
    ),
)

ALLOW_SETS: dict[str, AllowSet] = {
    "placeholders": _PLACEHOLDERS,
    "demo-values": _DEMO_VALUES,
}


def allow_for(names: tuple[str, ...]) -> Allow:
    """The sets `names` (without '@') as one Allow; unknown names raise KeyError."""
    exact: set[str] = set()
    patterns: list[bytes] = []
    for name in names:
        allow_set = ALLOW_SETS[name]
        exact.update(value.casefold() for value in allow_set.exact)
        patterns.extend(p.encode("utf-8") for p in allow_set.patterns)
    return Allow(frozenset(exact), tuple(patterns))


@lru_cache(maxsize=1)
def _every_set() -> Allow:
    return allow_for(tuple(ALLOW_SETS))


def is_placeholder_or_demo(value: str) -> bool:
    """Whether any shared set quiets `value`: for validators that look inside a decoded value
    (the password of a Basic header), where the rule's own allowlist only sees the encoding."""
    return _every_set().allows(value)
