"""Storing collected mentions idempotently, with the collector's checkpoint in the same transaction.

A mention is unique per (platform, external id): storing it again changes nothing, so re-fetching
after a crash is harmless. The checkpoint is written in the same transaction as the mentions it
covers; it can never run ahead of what is stored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from brandwatch.model.post import Post
from brandwatch.store import models
from brandwatch.store.item_checks import (MAX_NESTING, RefusedItem, clean_json, clean_text, nesting_depth,
                                         problem_with, refused, repaired)
from brandwatch.store.mention_edits import apply_edits, is_newer
from brandwatch.store.models import utcnow
from brandwatch.store.db import transaction
from brandwatch.store.upsert import dialect_insert

CHUNK = 500  # rows per INSERT: well under SQLite's bound-parameter limit


class Rejected(Protocol):
    reason: str
    raw: dict[str, Any]
    external_id: str | None


@dataclass(frozen=True, slots=True)
class SaveResult:
    added: int
    duplicates: int
    rejected: int
    edited: int = 0  # stored mentions that took a newer version of their post
    refused: tuple[RefusedItem, ...] = ()  # mentions that could not be stored, kept as rejected items


def load_checkpoint(session: Session, source: str) -> dict[str, Any]:
    row = session.get(models.Checkpoint, source)
    return dict(row.value) if row is not None else {}


def save_checkpoint(session: Session, source: str, value: dict[str, Any]) -> None:
    insert = dialect_insert(session, models.Checkpoint)
    statement = insert.values(source=source, value=value, updated_at=utcnow())
    session.execute(statement.on_conflict_do_update(
        index_elements=["source"], set_={"value": statement.excluded.value,
                                         "updated_at": statement.excluded.updated_at}))


def save_batch(session: Session, source: str, platform: str, mentions: Sequence[Post],
               rejected: Iterable[Rejected], checkpoint: dict[str, Any] | None,
               mask: Callable[[RefusedItem], RefusedItem] = lambda item: item) -> SaveResult:
    """Store mentions (new ones only), authors (upserted), rejected items and the checkpoint.

    A mention that cannot be stored (item_checks) becomes a rejected item with its reason; the others
    are stored. Runs inside the caller's transaction; nothing is committed here. `checkpoint=None`
    leaves the stored checkpoint alone.
    """
    storable, refusals = [], []
    for mention in mentions:
        problem = problem_with(mention)
        if problem:
            refusals.append(mask(refused(mention, problem)))
        else:
            storable.append(repaired(mention))
    unique = list(_newest_versions(storable).values())
    author_ids = _upsert_authors(session, unique)
    added = 0
    if unique:
        # One statement run over many parameter sets: SQLAlchemy compiles it once and sends the rows in
        # multi-row batches; a statement holding the values themselves would be compiled again per batch.
        table = models.Mention.__table__
        statement = (dialect_insert(session, table)
                     .on_conflict_do_nothing(index_elements=["platform", "external_id"]).returning(table.c.id))
        added = len(session.execute(statement, [_mention_row(m, source, author_ids) for m in unique]).all())
    edited = apply_edits(session, unique, utcnow(), clean_text)
    kept = _save_rejected(session, source, platform, [*rejected, *refusals])
    if checkpoint is not None:
        save_checkpoint(session, source, checkpoint)
    return SaveResult(added=added, duplicates=len(storable) - added - edited, rejected=kept, edited=edited,
                      refused=tuple(refusals))


def store_batch(factory: sessionmaker[Session], source: str, platform: str, mentions: Sequence[Post],
                rejected: Sequence[Rejected], checkpoint: dict[str, Any],
                before_commit: Callable[[], None] = lambda: None,
                mask: Callable[[RefusedItem], RefusedItem] = lambda item: item) -> SaveResult:
    """save_batch in one transaction; should the database still refuse it, each mention in its own.

    The fallback turns an item that fails in a way item_checks did not foresee into a rejected item
    with the database's own reason, and stores the rest of its batch. It commits mentions before the
    checkpoint, so a crash part-way re-reads the batch and the unique keys drop the repeats.
    """
    try:
        with transaction(factory) as session:
            result = save_batch(session, source, platform, mentions, rejected, checkpoint, mask)
            before_commit()
            return result
    except OperationalError:
        raise  # the database is down or locked: no item is to blame, the run is retried
    except Exception:  # noqa: BLE001 - which item broke the batch is found below, one at a time
        pass
    added = duplicates = edited = 0
    refusals: list[RefusedItem] = []
    for mention in mentions:
        try:
            with transaction(factory) as session:
                one = save_batch(session, source, platform, [mention], [], None, mask)
        except OperationalError:
            raise
        except Exception as exc:  # noqa: BLE001 - the reason goes to rejected_items
            cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            refusals.append(mask(refused(mention, f"the database refused it: {type(exc).__name__}: "
                                                   f"{cause[0] if cause else ''}")))
            continue
        added, duplicates, edited = added + one.added, duplicates + one.duplicates, edited + one.edited
        refusals.extend(one.refused)
    with transaction(factory) as session:
        kept = _save_rejected(session, source, platform, [*rejected, *refusals])
        save_checkpoint(session, source, checkpoint)
        before_commit()
    return SaveResult(added=added, duplicates=duplicates, rejected=kept, edited=edited, refused=tuple(refusals))


def _newest_versions(mentions: Sequence[Post]) -> dict[tuple[str, str], Post]:
    """One mention per key; where a page holds two versions of an edited post, the newer one."""
    unique: dict[tuple[str, str], Post] = {}
    for mention in mentions:
        kept = unique.get(mention.key)
        if kept is None or (mention.version and is_newer(mention.version, kept.version)):
            unique[mention.key] = mention
    return unique


def _upsert_authors(session: Session, mentions: Sequence[Post]) -> dict[tuple[str, str], int]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for mention in mentions:
        key = author_key(mention)
        if key is None:
            continue
        author = mention.author
        rows[key] = {"platform": key[0], "external_id": key[1], "handle": clean_text(author.handle),
                     "display_name": clean_text(author.display_name),
                     "description": clean_text(author.description), "followers": author.followers,
                     "updated_at": utcnow()}
    if not rows:
        return {}
    table = models.Author.__table__
    ordered = sorted(rows.values(), key=lambda r: (r["platform"], r["external_id"]))  # stable lock order
    insert = dialect_insert(session, table)
    # A later sighting without a field (e.g. no follower count) keeps the one already known.
    keep_known = {name: _coalesce(insert.excluded[name], table.c[name])
                  for name in ("handle", "display_name", "description", "followers")}
    session.execute(insert.on_conflict_do_update(index_elements=["platform", "external_id"],
                                                 set_={**keep_known, "updated_at": insert.excluded.updated_at}),
                    ordered)
    found: dict[tuple[str, str], int] = {}
    by_platform: dict[str, list[str]] = {}
    for platform, external_id in rows:
        by_platform.setdefault(platform, []).append(external_id)
    for platform, ids in by_platform.items():
        for start in range(0, len(ids), CHUNK):
            query = select(models.Author.id, models.Author.external_id).where(
                models.Author.platform == platform, models.Author.external_id.in_(ids[start:start + CHUNK]))
            found.update({(platform, external_id): pk for pk, external_id in session.execute(query)})
    return found


def _coalesce(new: Any, old: Any) -> Any:
    return func.coalesce(new, old)


def author_key(mention: Post) -> tuple[str, str] | None:
    """Authors are keyed by platform id; importers that only know a handle get a handle-based key."""
    author = mention.author
    if author.id:
        return (mention.platform, author.id)
    if author.handle:
        return (mention.platform, ("handle:" + author.handle.strip().lstrip("@").casefold())[:128])
    return None


def _mention_row(mention: Post, source: str, author_ids: dict[tuple[str, str], int]) -> dict[str, Any]:
    key = author_key(mention)
    return {"platform": mention.platform, "external_id": mention.external_id, "source": source,
            "url": mention.url, "author_id": author_ids.get(key) if key else None,
            "text": clean_text(mention.text), "created_at": mention.created_at, "collected_at": utcnow(),
            "parent_id": mention.parent_id, "lang": mention.lang, "metrics": mention.metrics,
            "raw": mention.raw, "status": "pending", "version": mention.version}


def _save_rejected(session: Session, source: str, platform: str, rejected: Iterable[Rejected]) -> int:
    kept = 0
    for item in rejected:
        insert = dialect_insert(session, models.RejectedItem)
        statement = (insert.values(source=source, platform=platform, external_id=_storable_id(item.external_id),
                                   reason=clean_text(item.reason)[:2000], raw=_storable_raw(item.raw),
                                   fingerprint=fingerprint(_storable_raw(item.raw)), first_seen_at=utcnow())
                     .on_conflict_do_nothing(index_elements=["source", "fingerprint"])
                     .returning(models.RejectedItem.id))
        kept += len(session.execute(statement).all())
    return kept


def fingerprint(raw: dict[str, Any]) -> str:
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _storable_id(external_id: Any) -> str | None:
    return None if external_id is None else clean_text(str(external_id))[:128]


def _storable_raw(raw: Any) -> Any:
    if nesting_depth(raw) > MAX_NESTING:
        return {"note": f"payload nested more than {MAX_NESTING} levels deep; not kept"}
    return clean_json(raw)
