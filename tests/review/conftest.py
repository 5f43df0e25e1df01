"""Fixtures for the review queue tests."""

import pytest

from brandwatch.store.db import session_factory


@pytest.fixture
def factory(engine):
    return session_factory(engine)
