"""Detectors: pure functions of a post (text and author) and the loaded rules. No I/O, no clock."""
