"""Sentiment backends behind one interface; see `select.open_backend`."""

from brandwatch.model.sentiment import LABELS, SentimentResult
from brandwatch.sentiment.base import SentimentBackend

__all__ = ["LABELS", "SentimentBackend", "SentimentResult"]
