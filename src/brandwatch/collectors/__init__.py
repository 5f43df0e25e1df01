"""Collectors: one module per platform (reddit, x, replay) behind the small interface in `base`.

Collectors never call detectors; the runner stores what they yield, and the CLI or daemon runs them.
"""
