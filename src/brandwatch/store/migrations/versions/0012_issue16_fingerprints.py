"""leak fingerprints on the canonical value: old fingerprints kept as an alias, re-keyed where the value proves it

Revision ID: 0008_issue16_fingerprints
Revises: 0011_issue19_outbox_lease_holder
Create Date: 2026-12-03

Before this revision a fingerprint was the HMAC of a leaked value exactly as written; from now on it is
the HMAC of the value's canonical form (rules/canonical.py). Every stored fingerprint (findings and
suppressions) is copied to `legacy_fingerprint`, the alias that review/fingerprints.py matches new
findings against. Where the fingerprint key is handed in (store/migrate.py `fingerprint_key`, which
the CLI and the daemon pass) and the post still holds the value (not redacted at rest, not edited), the
value is read back, checked against the stored fingerprint (a wrong key or an edited post changes
nothing) and the row is re-keyed to the canonical fingerprint. No finding's status changes and no
review event is written or touched. docs/operations.md, "Leak fingerprints", explains the choice.
"""
from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa


revision: str = '0008_issue16_fingerprints'
down_revision: Union[str, Sequence[str], None] = '0011_issue19_outbox_lease_holder'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_findings = sa.table('findings', sa.column('id', sa.Integer), sa.column('mention_id', sa.Integer),
                     sa.column('rule_id', sa.String), sa.column('kind', sa.String),
                     sa.column('category', sa.String), sa.column('start', sa.Integer), sa.column('end', sa.Integer),
                     sa.column('fingerprint', sa.String), sa.column('legacy_fingerprint', sa.String),
                     sa.column('explanation', sa.JSON))
_suppressions = sa.table('suppressions', sa.column('id', sa.Integer), sa.column('fingerprint', sa.String),
                         sa.column('rule_id', sa.String), sa.column('legacy_fingerprint', sa.String))
_mentions = sa.table('mentions', sa.column('id', sa.Integer), sa.column('text', sa.Text))


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding findings on SQLite would drop the triggers
    # that let its status change only through a review event.
    bind = op.get_bind()
    for table in ('findings', 'suppressions'):
        # A downgrade leaves the column in place (see below), so an upgrade after it finds it there.
        if 'legacy_fingerprint' not in {c['name'] for c in sa.inspect(bind).get_columns(table)}:
            op.add_column(table, sa.Column('legacy_fingerprint', sa.String(length=64), nullable=True))
        op.create_index(f'ix_{table}_legacy_fingerprint', table, ['legacy_fingerprint'])
        op.execute(f"UPDATE {table} SET legacy_fingerprint = fingerprint "
                   "WHERE fingerprint IS NOT NULL AND legacy_fingerprint IS NULL")
    key = context.config.attributes.get('fingerprint_key')
    if key:
        _rekey(bind, key)


def _rekey(bind, key: bytes) -> None:
    # The canonical forms are the application's (rules/canonical.py): the migration must compute exactly
    # what the detectors compute from now on, or re-keyed rows would stop matching new ones.
    from brandwatch.rules.canonical import form_for
    from brandwatch.rules.masking import rekeyed_fingerprint

    renamed: dict[str, str] = {}
    rows = bind.execute(sa.select(_findings.c.id, _findings.c.rule_id, _findings.c.kind, _findings.c.start,
                                  _findings.c.end, _findings.c.fingerprint, _findings.c.explanation, _mentions.c.text)
                        .join(_mentions, _mentions.c.id == _findings.c.mention_id)
                        .where(_findings.c.category == 'leak', _findings.c.fingerprint.is_not(None))).all()
    for row in rows:
        text = row.text or ''
        if not 0 <= row.start < row.end <= len(text):
            continue  # the post was tombstoned or shortened: the alias keeps the row matching
        form = (row.explanation or {}).get('fingerprint_form') or form_for(row.rule_id, row.kind)
        new = rekeyed_fingerprint(text[row.start:row.end], row.fingerprint, key, form)
        if new is None or new == row.fingerprint:
            continue
        renamed[row.fingerprint] = new
        explanation = dict(row.explanation or {})
        if 'group' in explanation:
            explanation['group'] = new
        # Only the fingerprint columns: status, updated_at and the trail stay exactly as they were.
        bind.execute(sa.update(_findings).where(_findings.c.id == row.id)
                     .values(fingerprint=new, explanation=explanation))
    for old, new in renamed.items():
        for suppression in bind.execute(sa.select(_suppressions).where(_suppressions.c.fingerprint == old)).all():
            taken = bind.execute(sa.select(_suppressions.c.id).where(
                _suppressions.c.fingerprint == new,
                _suppressions.c.rule_id.is_(None) if suppression.rule_id is None
                else _suppressions.c.rule_id == suppression.rule_id)).first()
            if taken is None:  # else another written form's suppression already covers it
                bind.execute(sa.update(_suppressions).where(_suppressions.c.id == suppression.id)
                             .values(fingerprint=new))


def downgrade() -> None:
    # The old code matches only the old fingerprints, so they go back in place. The columns stay (as the
    # audit migration's do): dropping them would rebuild findings on SQLite and lose its triggers.
    for table in ('findings', 'suppressions'):
        op.execute(f"UPDATE {table} SET fingerprint = legacy_fingerprint WHERE legacy_fingerprint IS NOT NULL")
        op.drop_index(f'ix_{table}_legacy_fingerprint', table_name=table)
