"""Alembic environment: brandwatch passes the connection in, so no alembic.ini is needed."""

from alembic import context

from brandwatch.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
