"""Fixtures for the review queue tests."""

import pytest

from brandwatch.store.db import session_factory

from .helpers import add_accounts


@pytest.fixture
def factory(engine):
    factory = session_factory(engine)
    # Only existing, active accounts may act: the names the tests act under.
    add_accounts(factory, "ana", "bo", "cy", "dee", "carol", "erin", *(f"reviewer{i}" for i in range(4)))
    add_accounts(factory, "lead", role="lead")
    add_accounts(factory, "boss", role="admin")
    return factory
