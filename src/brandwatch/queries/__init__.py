"""Brand queries compiled to a matcher over a post's words (docs/queries.md); native platform search
queries derived from them (native.py)."""
