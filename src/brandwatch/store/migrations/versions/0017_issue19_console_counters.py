"""console counters: finding counts per facet and per rule and day, kept by triggers as append-only deltas;
a person's queue in queue order

Revision ID: 0017_issue19_console_counters
Revises: 0016_issue25_spike_episodes
Create Date: 2026-12-03

The queue page's facet counts and the dashboard's open totals and per-rule statistics counted 250,000
open findings (and ~250,000 findings of 90 days) on every page view. These two tables hold those counts:

- `finding_counts`: per (status, category, severity, team, assignee), how many findings (`n`) and how
  many of them have a due time (`due_n`);
- `finding_rule_counts`: per (rule, status, dismiss reason, UTC creation day), how many findings.

Every insert, delete and relevant update of a finding appends a -1 row for what it was and a +1 row for
what it is, in the writer's own transaction: exact, and no shared row for concurrent writers to wait
on. A reader sums the rows of a key; `store/finding_counters.fold` compacts them now and then (the
leader's SLA sweep). What depends on the clock (overdue, ages, the start of a period) is not kept here:
the readers count those few findings exactly from the findings table (web/console_counts.py).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0017_issue19_console_counters'
down_revision: Union[str, Sequence[str], None] = '0016_issue25_spike_episodes'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_OPEN = "status IN ('new', 'claimed', 'escalated', 'released', 'reopened')"


def _tables(dialect: str) -> dict[str, tuple[dict[str, str], dict[str, str], list[str]]]:
    """Per counter table: its key columns and value columns as expressions over a finding row `{row}`,
    and the finding columns whose change moves a finding to another key."""
    if dialect == 'postgresql':
        day, has_due = "({row}.created_at AT TIME ZONE 'UTC')::date", "({row}.due_at IS NOT NULL)::int"
    else:
        day, has_due = "date({row}.created_at)", "({row}.due_at IS NOT NULL)"
    facets = {name: "{row}." + name for name in ('status', 'category', 'severity', 'team', 'assignee')}
    rules = {'rule_id': '{row}.rule_id', 'status': '{row}.status', 'dismiss_reason': '{row}.dismiss_reason',
             'created_day': day}
    return {'finding_counts': (facets, {'n': '1', 'due_n': has_due}, [*facets, 'due_at']),
            'finding_rule_counts': (rules, {'n': '1'}, ['rule_id', 'status', 'dismiss_reason', 'created_at'])}


def _delta(table: str, keys: dict[str, str], values: dict[str, str], row: str, sign: str) -> str:
    columns = ", ".join([*keys, *values])
    exprs = ", ".join([e.format(row=row) for e in keys.values()] + [f"{sign}{e.format(row=row)}" for e in values.values()])
    return f"INSERT INTO {table} ({columns}) VALUES ({exprs})"


def _changed(columns: list[str]) -> str:
    # Only a change of due_at between NULL and a time moves `due_n`; a new due time changes no count.
    return " OR ".join("(OLD.due_at IS NULL) <> (NEW.due_at IS NULL)" if c == 'due_at'
                       else f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)


def _backfill(table: str, keys: dict[str, str], values: dict[str, str]) -> str:
    grouped = [e.format(row='findings') for e in keys.values()]
    sums = [f"sum({e.format(row='findings')})" for e in values.values()]
    return (f"INSERT INTO {table} ({', '.join([*keys, *values])}) SELECT {', '.join(grouped + sums)} "
            f"FROM findings GROUP BY {', '.join(grouped)}")


def _sqlite_triggers(table: str, keys: dict[str, str], values: dict[str, str], watched: list[str]) -> list[str]:
    changed = _changed(watched).replace("IS DISTINCT FROM", "IS NOT")
    return [f"CREATE TRIGGER {table}_insert AFTER INSERT ON findings BEGIN {_delta(table, keys, values, 'NEW', '')}; END",
            f"CREATE TRIGGER {table}_delete AFTER DELETE ON findings BEGIN {_delta(table, keys, values, 'OLD', '-')}; END",
            f"CREATE TRIGGER {table}_update AFTER UPDATE OF {', '.join(watched)} ON findings WHEN {changed} BEGIN "
            f"{_delta(table, keys, values, 'OLD', '-')}; {_delta(table, keys, values, 'NEW', '')}; END"]


def _postgres_triggers(table: str, keys: dict[str, str], values: dict[str, str], watched: list[str]) -> list[str]:
    function = f"brandwatch_{table}"
    return [f"""CREATE FUNCTION {function}() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {_delta(table, keys, values, 'OLD', '-')};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {_delta(table, keys, values, 'NEW', '')};
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql""",
            f"CREATE TRIGGER {table}_change AFTER INSERT OR DELETE ON findings "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER {table}_update AFTER UPDATE OF {', '.join(watched)} ON findings "
            f"FOR EACH ROW WHEN ({_changed(watched)}) EXECUTE FUNCTION {function}()"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table('finding_counts',
                    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), primary_key=True),
                    sa.Column('status', sa.String(length=16), nullable=False),
                    sa.Column('category', sa.String(length=32), nullable=False),
                    sa.Column('severity', sa.String(length=16), nullable=False),
                    sa.Column('team', sa.String(length=128), nullable=True),
                    sa.Column('assignee', sa.String(length=128), nullable=True),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('due_n', sa.Integer(), nullable=False))
    op.create_table('finding_rule_counts',
                    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), primary_key=True),
                    sa.Column('rule_id', sa.String(length=128), nullable=False),
                    sa.Column('status', sa.String(length=16), nullable=False),
                    sa.Column('dismiss_reason', sa.String(length=32), nullable=True),
                    sa.Column('created_day', sa.Date(), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False))
    # A period's rule statistics sum the rows of its whole days from this index alone.
    op.create_index('ix_finding_rule_counts_day', 'finding_rule_counts',
                    ['created_day', 'rule_id', 'status', 'dismiss_reason', 'n'])
    # The clock-dependent parts read few findings: open ones created in the last week (ages) and those
    # due from now on (overdue = due minus not yet due), by these indexes alone.
    op.create_index('ix_findings_open_created', 'findings', ['created_at', 'category'],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    op.create_index('ix_findings_due_facets', 'findings',
                    ['due_at', 'status', 'category', 'severity', 'team', 'assignee'])
    # A person's queue ("my findings": status and assignee chosen) in the queue's order: the page's rows
    # are the index's first entries, where the old (assignee, status) index made the database fetch,
    # join and sort all of that person's findings (7,000 in bench/console.py). It still serves
    # least-loaded assignment's count per (assignee, status).
    op.drop_index('ix_findings_assignee_status', table_name='findings')
    op.create_index('ix_findings_assignee_queue', 'findings',
                    ['assignee', 'status', sa.text('priority DESC'), 'created_at', sa.text('author_reach DESC'), 'id'])
    for table, (keys, values, watched) in _tables(dialect).items():
        op.execute(_backfill(table, keys, values))
        for statement in (_postgres_triggers if dialect == 'postgresql' else _sqlite_triggers)(table, keys, values, watched):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ('finding_counts', 'finding_rule_counts'):
        if dialect == 'postgresql':
            for trigger in ('change', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger} ON findings")
            op.execute(f"DROP FUNCTION IF EXISTS brandwatch_{table}()")
        else:
            for trigger in ('insert', 'delete', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
    op.drop_index('ix_findings_assignee_queue', table_name='findings')
    op.create_index('ix_findings_assignee_status', 'findings', ['assignee', 'status'])
    op.drop_index('ix_findings_due_facets', table_name='findings')
    op.drop_index('ix_findings_open_created', table_name='findings')
    op.drop_index('ix_finding_rule_counts_day', table_name='finding_rule_counts')
    op.drop_table('finding_rule_counts')
    op.drop_table('finding_counts')
