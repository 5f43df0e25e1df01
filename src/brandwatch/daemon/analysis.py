"""The analysis stage: claim pending mentions in batches, run the detectors, record findings.

Each batch is one transaction: the claim, the stored analysis, the findings (with their audit events
and outbox messages, via review intake), the redaction and the status change commit together or not
at all. A crash mid-batch leaves the mentions pending and nothing half-written; the next run repeats
the batch, and intake's one-finding-per-(mention, rule) key makes the repeat add nothing twice.

On PostgreSQL several daemons analyse at once: `FOR UPDATE SKIP LOCKED` gives each its own rows. On
SQLite one process writes, so a plain ordered select suffices.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from brandwatch import faults
from brandwatch.config import Settings
from brandwatch.daemon.analysis_pool import AnalysisPool, Pending
from brandwatch.daemon.edit_notes import analyse_unseen_versions, note_edit, pending_edit
from brandwatch.secret_masker import MASKER, SecretMasker
from brandwatch.daemon.redaction import redact_payload, redact_text, values_to_redact
from brandwatch.model.analysis import Analysis
from brandwatch.model.post import Author as PostAuthor, Post
from brandwatch.review.intake import analysis_item, record_batch
from brandwatch.secrecy import safe_contract
from brandwatch.store.db import transaction
from brandwatch.store.models import Mention

log = logging.getLogger("brandwatch.daemon.analysis")


@dataclass(frozen=True, slots=True)
class BatchReport:
    analysed: int = 0
    failed: int = 0
    findings: int = 0


def stored_voices(result: Analysis, sentiment: dict[str, Any]) -> dict[str, Any]:
    """The share-of-voice part of a stored analysis (the `mention_voices` triggers read `voices`).

    The top-level sentiment and complaint are the brands' view: the dashboard's complaint and sentiment
    charts and the spike series count them. A post about competitors alone keeps them in its voices
    only, so a competitor's bad week never shows as the brand's."""
    if not result.voices:
        return {}
    voices = [{**voice.to_stored(), "sentiment": sentiment.get("label")} for voice in result.voices]
    return {"voices": voices, "competitor_only": True} if result.competitor_only else {"voices": voices}


def to_post(row: Mention) -> Post:
    """The stored mention as the detectors' input."""
    author = row.author
    return Post(platform=row.platform, external_id=row.external_id, text=row.text or "",
                author=PostAuthor(id=author.external_id, handle=author.handle, display_name=author.display_name,
                                  description=author.description, followers=author.followers)
                if author is not None else PostAuthor(),
                created_at=row.created_at, url=row.url, parent_id=row.parent_id, lang=row.lang,
                metrics=dict(row.metrics or {}), raw=dict(row.raw or {}))


def _store_analysed(session: Session, plain: list[tuple[Mention, dict[str, Any]]]) -> None:
    """UPDATE the plain analysed mentions in one executemany, and give their loaded objects the same
    values as committed state (nothing left for the ORM to flush; reads see what was stored)."""
    if not plain:
        return
    session.execute(_STORE_ANALYSED, [{"mention_id": row.id, **values} for row, values in plain])
    for row, values in plain:
        for name, value in values.items():
            set_committed_value(row, name, value)
    plain.clear()


def claim_pending(session: Session, limit: int) -> list[Mention]:
    """Lock up to `limit` pending mentions for this transaction, oldest first."""
    ids = select(Mention.id).where(Mention.status == "pending").order_by(Mention.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        ids = ids.with_for_update(skip_locked=True)
    claimed = list(session.scalars(ids))
    if not claimed:
        return []
    return list(session.scalars(select(Mention).where(Mention.id.in_(claimed)).order_by(Mention.id)))


# A plain analysed mention (no edit to note, nothing to redact) changes these three columns only: the
# batch stores them with one statement over many parameter sets, without the ORM's per-object flush.
_STORE_ANALYSED = Mention.__table__.update().where(Mention.__table__.c.id == bindparam("mention_id"))


_STORED_PARTS = ("sentiment", "complaint", "disclosure", "language")


class AnalysisWorker:
    # False: every mention through the ORM's flush, as before the one-statement store (the tests' reference).
    store_in_one_statement = True

    def __init__(self, factory: sessionmaker[Session], settings: Settings, analyzer: Callable[[], Any],
                 clock: Callable[[], datetime], *, backend_name: str = "",
                 stop: threading.Event | None = None, masker: SecretMasker = MASKER,
                 pool: AnalysisPool | None = None):
        self.factory, self.settings, self.analyzer = factory, settings, analyzer
        self.clock, self.backend_name, self.masker = clock, backend_name, masker
        self.stop = stop or threading.Event()
        self.pool = pool  # None: the detectors run in this process
        self._ahead: LookAhead | None = None

    def drain(self, max_batches: int | None = None) -> BatchReport:
        """Analyse batches until none is pending, `stop` is set, or `max_batches` ran."""
        total = BatchReport()
        done = 0
        while not self.stop.is_set() and (max_batches is None or done < max_batches):
            report = self.run_batch()
            done += 1
            total = BatchReport(total.analysed + report.analysed, total.failed + report.failed,
                                total.findings + report.findings)
            if report.analysed + report.failed == 0:
                break
        return total

    def run_batch(self) -> BatchReport:
        try:
            with transaction(self.factory) as session:
                rows = claim_pending(session, self.settings.daemon.analysis_batch_size)
                if not rows:
                    return BatchReport()
                findings = self._analyse(session, rows, look_ahead=True)
                faults.reached("analysis.stored")  # crash tests: the batch's findings written, not committed
            # Ids only, never text: lets operators (and the two-instance test) see who analysed what.
            log.debug("analysed batch", extra={"mention_ids": ",".join(str(row.id) for row in rows)})
            return BatchReport(analysed=len(rows), findings=findings)
        except OperationalError:
            raise  # the database is unreachable or locked: no post is to blame (daemon/outage.py logs it)
        except Exception:  # noqa: BLE001 - the batch rolled back; find the post that breaks it alone
            log.exception("analysis batch failed; retrying its mentions one by one")
            return self._one_by_one()

    def _one_by_one(self) -> BatchReport:
        analysed = failed = findings = 0
        for _ in range(self.settings.daemon.analysis_batch_size):
            if self.stop.is_set():
                break
            claimed: list[int] = []
            try:
                with transaction(self.factory) as session:
                    rows = claim_pending(session, 1)
                    if not rows:
                        break
                    claimed.append(rows[0].id)
                    findings += self._analyse(session, rows)
                    analysed += 1
            except Exception as exc:  # noqa: BLE001 - one bad post must not stop the others
                if claimed:
                    failed += self._mark_failed(claimed[0], type(exc).__name__)
        return BatchReport(analysed, failed, findings)

    def _mark_failed(self, mention_id: int, error: str) -> int:
        with transaction(self.factory) as session:
            row = session.get(Mention, mention_id)
            if row is None or row.status != "pending":
                return 0
            row.status, row.analysed_at = "failed", self.clock()
            row.analysis = {"error": error}
        log.error("mention %s/%s failed analysis (%s); marked failed", row.platform, row.external_id, error)
        return 1

    def _analyse(self, session: Session, rows: Sequence[Mention], look_ahead: bool = False) -> int:
        posts = [to_post(row) for row in rows]
        analyzer = self.analyzer()
        results = self._results(analyzer, rows, posts)
        if look_ahead:
            self._look_ahead(session, analyzer, rows)
        now = self.clock()
        kinds = self.settings.daemon.redact_kinds
        # The whole batch's findings at once: a few statements per batch, not several per mention.
        intake = record_batch(session, [analysis_item(row, result) for row, result in zip(rows, results)],
                              self.settings, now)
        created = sum(len(outcome.created) for outcome in intake)
        plain: list[tuple[Mention, dict[str, Any]]] = []
        for row, post, result in zip(rows, posts, results):
            spans = list(result.findings)
            edit = pending_edit(row)
            if edit is not None:  # its queries below see the rows stored so far, as autoflush showed them
                _store_analysed(session, plain)
            # The parts stored (and the disclosure an edit note reads); an edited post's notes get the whole.
            contract = safe_contract(post.text, result, None if edit is not None else _STORED_PARTS)
            analysis = {"sentiment": contract["sentiment"], "complaint": contract["complaint"],
                        "disclosure": contract["disclosure"], "sentiment_backend": self.backend_name,
                        "language": contract["language"],
                        "rules": sorted({span.rule for span in spans}),
                        "brand": result.brand,  # the spike alerts count per brand (review/spikes.py)
                        **stored_voices(result, contract["sentiment"])}
            if result.competitor_only:  # the brands' view: none (stored_voices says why)
                del analysis["sentiment"], analysis["complaint"]
            if result.costly_prefix:  # a huge post: sentiment and complaint cues read only its start
                analysis["costly_analyses_prefix"] = result.costly_prefix
            if edit is not None:  # an edited post: tell its findings what changed (daemon/edit_notes.py)
                earlier = analyse_unseen_versions(session, row, self.analyzer().analyze, to_post, kinds,
                                                  self.masker.remember)
                analysis["edit"] = {"previous_version": edit.get("previous_version"),
                                    "notes": note_edit(session, row, edit, spans, contract, now),
                                    "earlier_version_rules": earlier}
            secrets = values_to_redact(post.text, spans, kinds)
            if edit is None and not secrets and self.store_in_one_statement:
                plain.append((row, {"analysis": analysis, "status": "analysed", "analysed_at": now}))
                continue
            row.analysis = analysis
            if secrets:
                self.masker.remember(secrets)
                row.text = redact_text(post.text, spans, kinds)
                row.raw = redact_payload(row.raw, secrets)
            row.status, row.analysed_at = "analysed", now
        _store_analysed(session, plain)
        session.flush()
        return created

    def _results(self, analyzer: Any, rows: Sequence[Mention], posts: list[Post]) -> list[Analysis]:
        """The batch's analyses: the workers' look-ahead when it analysed exactly these posts as they
        are now (same rows, unchanged, same analyzer), else analysed now."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            if ahead.pending.analyzer is analyzer and ahead.ids == [row.id for row in rows] and ahead.posts == posts:
                return ahead.pending.result()
            ahead.pending.cancel()
        return self.pool.analyze(analyzer, posts) if self.pool is not None else analyzer.analyze(posts)

    def _look_ahead(self, session: Session, analyzer: Any, rows: Sequence[Mention]) -> None:
        """Hand the mentions the next batch will most likely claim to the workers now, so that their
        detectors run while this process stores the current batch (both cores busy, not one in turn).
        Nothing is written for them here: the next batch claims them as usual and uses these analyses
        only if it claimed exactly these rows, unchanged (`_results`)."""
        if self.pool is None or self.stop.is_set():
            return
        ids = (select(Mention.id).where(Mention.status == "pending", Mention.id > rows[-1].id)
               .order_by(Mention.id).limit(self.settings.daemon.analysis_batch_size))
        if session.get_bind().dialect.name == "postgresql":
            ids = ids.with_for_update(skip_locked=True)  # not what another instance is analysing
        upcoming = list(session.scalars(select(Mention).where(Mention.id.in_(ids)).order_by(Mention.id)))
        posts = [to_post(row) for row in upcoming]
        try:
            pending = self.pool.submit(analyzer, posts) if posts else None
        except BrokenProcessPool:
            # Only a head start was lost: the current batch is analysed already and is stored as usual;
            # the next batch gets fresh workers (or this process).
            log.warning("analysis workers failed while taking the next batch; it will be analysed when claimed")
            return
        if pending is not None:
            self._ahead = LookAhead([row.id for row in upcoming], posts, pending)


@dataclass(frozen=True, slots=True)
class LookAhead:
    ids: list[int]
    posts: list[Post]
    pending: Pending
