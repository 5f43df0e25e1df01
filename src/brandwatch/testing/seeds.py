"""Deterministic post texts for the fakes, so a fake's content is the same in every process."""

from __future__ import annotations

from datetime import datetime, timezone

BASE_EPOCH = datetime(2026, 11, 1, tzinfo=timezone.utc).timestamp()

_TEMPLATES = (
    "Just got my {term} order, works great so far (#{i})",
    "Is anyone else waiting on a {term} refund? Day {i} and nothing.",
    "{term} support fixed my issue in ten minutes, impressed ({i})",
    "Thinking about switching away from {term}, prices went up again #{i}",
    "The new {term} update broke sync for me, ticket {i}",
    "Comparing {term} with the others for a review, part {i}",
)


def seed_text(i: int, term: str) -> str:
    return _TEMPLATES[i % len(_TEMPLATES)].format(term=term, i=i)
