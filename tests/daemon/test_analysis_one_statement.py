"""Plain analysed mentions are stored with one UPDATE per batch instead of the ORM's flush: the rows
stored, and what the database triggers derive from them, are the same."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from brandwatch.daemon.analysis import AnalysisWorker

from .test_analysis_unchanged import analyse_all, corpus, settings  # noqa: F401 - the fixture

DERIVED = ("mention_facts", "mention_voices")


def _derived(url: str) -> dict[str, list[dict]]:
    from brandwatch.store.db import make_engine

    engine = make_engine(url)
    metadata = MetaData()
    metadata.reflect(engine, only=DERIVED)
    with engine.connect() as connection:
        rows = {name: sorted((dict(row._mapping) for row in connection.execute(select(metadata.tables[name]))),
                             key=repr) for name in DERIVED}
    engine.dispose()
    return rows


def test_one_statement_stores_what_the_orm_flush_stored(tmp_path, settings, monkeypatch):  # noqa: F811
    posts = corpus(400)
    fast_url, orm_url = f"sqlite:///{tmp_path / 'fast.db'}", f"sqlite:///{tmp_path / 'orm.db'}"
    fast = analyse_all(fast_url, settings, posts, monkeypatch, pool=None)
    monkeypatch.setattr(AnalysisWorker, "store_in_one_statement", False)
    reference = analyse_all(orm_url, settings, posts, monkeypatch, pool=None)
    # The corpus has both kinds: mentions stored plainly and mentions whose leaked values were redacted.
    redacted = sum(row["text"] != post["text"] for row, post in zip(reference["mentions"], posts))
    assert 0 < redacted < len(posts) // 2
    assert all(row["status"] == "analysed" and row["analysis"] for row in reference["mentions"])
    for name in fast:
        assert fast[name] == reference[name], name
    derived, derived_reference = _derived(fast_url), _derived(orm_url)
    assert derived_reference["mention_facts"] and derived_reference["mention_voices"]
    assert derived == derived_reference
