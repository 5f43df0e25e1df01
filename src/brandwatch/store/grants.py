"""Least privilege on PostgreSQL: what the daemon's and console's role may do, as GRANT statements.

Migrations run as the owner of the tables; the application runs as another role. Only an owner (or a
superuser) may ALTER a table, DISABLE or DROP its triggers or TRUNCATE it without the privilege, so
the application role gets plain row privileges, and on the audit trail only SELECT and INSERT.
"""

from __future__ import annotations

import re

from brandwatch.errors import ConfigError
from brandwatch.store.models import Base

APPEND_ONLY = ("review_events", "audit_checkpoints")
# Rows the application adds and reads, and changes through triggers' rules, but never removes.
NO_DELETE = ("findings", "legal_holds", "rule_versions", "api_tokens", "users")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _quoted(name: str, what: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ConfigError(f"'{name}' is not a plain PostgreSQL {what} name (letters, digits, _)")
    return f'"{name}"'


def grant_statements(app_role: str, schema: str = "public") -> list[str]:
    role, space = _quoted(app_role, "role"), _quoted(schema, "schema")
    statements = [f"GRANT USAGE ON SCHEMA {space} TO {role}",
                  f"REVOKE ALL ON ALL TABLES IN SCHEMA {space} FROM {role}"]
    for table in sorted(Base.metadata.tables):
        if table in APPEND_ONLY:
            privileges = "SELECT, INSERT"
        elif table in NO_DELETE:
            privileges = "SELECT, INSERT, UPDATE"
        else:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {privileges} ON {space}.{_quoted(table, 'table')} TO {role}")
    statements += [f"GRANT SELECT ON {space}.alembic_version TO {role}",
                   f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {space} TO {role}"]
    return statements
