"""Alembic environment: brandwatch passes the connection in (store/migrate.py), so no alembic.ini is needed."""

from alembic import context

from brandwatch.store.models import Base

attributes = context.config.attributes
context.configure(connection=attributes["connection"], target_metadata=Base.metadata, render_as_batch=True,
                  transaction_per_migration=attributes.get("transaction_per_migration", False),
                  on_version_apply=[attributes["on_version_apply"]] if "on_version_apply" in attributes else [])
with context.begin_transaction():
    context.run_migrations()
