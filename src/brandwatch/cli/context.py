"""What every command shares: the settings (loaded once, lazily) and the database."""

from __future__ import annotations

from functools import cached_property

import click

from brandwatch.config import Settings, load_settings


class CliContext:
    def __init__(self, config_path: str | None):
        self.config_path = config_path

    @cached_property
    def settings(self) -> Settings:
        return load_settings(self.config_path)

    def engine(self, *, upgrade: bool = True):
        """The configured database, migrated to the current schema unless told otherwise."""
        from brandwatch.review.secrecy import existing_fingerprint_key
        from brandwatch.store.db import make_engine, upgrade as apply_migrations

        engine = make_engine(self.settings.database_url)
        if upgrade:
            # The key lets a migration re-key stored leak fingerprints (never a throwaway key: it would
            # match nothing and re-key nothing).
            apply_migrations(engine, fingerprint_key=existing_fingerprint_key(self.settings))
        return engine


pass_cli = click.make_pass_decorator(CliContext)
