"""Sentiment backends behind one interface; see `select.open_backend`."""

from brandwatch.sentiment.base import LABELS, SentimentBackend, SentimentResult

__all__ = ["LABELS", "SentimentBackend", "SentimentResult"]
