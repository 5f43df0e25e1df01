"""The ground floor: the types that cross stages (post and author, sentiment, analysis and its spans,
severity and category names). Imports nothing of brandwatch, so every stage may use it
(docs/architecture.md)."""
