"""A regulator's export: findings.jsonl and events.csv plus a manifest that proves what they held.

The manifest lists each file's SHA-256, size and record count, the window, and the checkpoint written
for the export (the sealed chain heads at that moment); it is itself sealed with the audit key.
`verify_export` re-checks all of it and re-walks every exported chain, so one changed byte is found.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from brandwatch.review.audit_chain import checkpoint_now, event_mac
from brandwatch.review.audit_verify import Problem
from brandwatch.review.export import Window, write_export

FINDINGS_FILE, EVENTS_FILE, MANIFEST_FILE = "findings.jsonl", "events.csv", "manifest.json"
FORMAT = "brandwatch-export/1"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_mac(key: bytes, manifest: dict) -> str:
    body = json.dumps({k: v for k, v in manifest.items() if k != "mac"}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def export_bundle(factory: sessionmaker, directory: Path, key: bytes, window: Window, now: datetime,
                  written_by: str) -> dict:
    """Write the three files into `directory` (created; must not hold an earlier export)."""
    directory.mkdir(parents=True, exist_ok=True)
    if (directory / MANIFEST_FILE).exists():
        raise FileExistsError(f"{directory} already holds an export; choose an empty directory")
    checkpoint = checkpoint_now(factory, key, now, f"export by {written_by}")
    with factory() as session, \
            (directory / FINDINGS_FILE).open("w", encoding="utf-8", newline="") as jsonl, \
            (directory / EVENTS_FILE).open("w", encoding="utf-8", newline="") as events:
        counts = write_export(session, [("jsonl", jsonl), ("csv", events)], window)
        latest = checkpoint or _latest(session)
    manifest = {
        "format": FORMAT, "generated_at": now.isoformat(), "generated_by": written_by, "window": window.describe(),
        "counts": {"findings": counts.findings, "events": counts.events, "events_in_window": counts.events_in_window},
        "files": {name: {"sha256": _sha256(directory / name), "bytes": (directory / name).stat().st_size}
                  for name in (FINDINGS_FILE, EVENTS_FILE)},
        "checkpoint": None if latest is None else {
            "id": latest.id, "at": latest.at.isoformat(), "max_event_id": latest.max_event_id,
            "heads_digest": latest.heads_digest, "mac": latest.mac},
    }
    manifest["mac"] = _manifest_mac(key, manifest)
    (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def _latest(session):
    from brandwatch.review.audit_chain import latest_checkpoint

    return latest_checkpoint(session)


def verify_export(directory: Path, key: bytes | None) -> list[Problem]:
    """Everything that does not match in an export directory (an empty list: it is intact)."""
    try:
        manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [Problem("manifest", f"{directory / MANIFEST_FILE} cannot be read: {exc}")]
    problems = []
    if key is not None and not hmac.compare_digest(_manifest_mac(key, manifest), str(manifest.get("mac", ""))):
        problems.append(Problem("manifest", "manifest.json does not match its seal: edited after the export"))
    for name, expected in (manifest.get("files") or {}).items():
        path = directory / name
        if not path.is_file():
            problems.append(Problem("file", f"{name} is missing"))
        elif _sha256(path) != expected.get("sha256"):
            problems.append(Problem("file", f"{name}: SHA-256 differs from the manifest (edited after export)"))
    problems += _verify_records(directory, manifest, key)
    return problems


def _verify_records(directory: Path, manifest: dict, key: bytes | None) -> list[Problem]:
    problems: list[Problem] = []
    findings = events = 0
    try:
        with (directory / FINDINGS_FILE).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    record = json.loads(line)
                except ValueError:
                    problems.append(Problem("file", f"{FINDINGS_FILE} line {number} is not JSON"))
                    continue
                findings += 1
                events += len(record.get("events") or [])
                problems += _verify_chain(record, key)
        with (directory / EVENTS_FILE).open(encoding="utf-8", newline="") as handle:
            csv_events = sum(1 for row in csv.DictReader(handle) if row.get("event_id"))
    except OSError:
        return problems
    counts = manifest.get("counts") or {}
    if counts.get("findings") != findings or counts.get("events") != events or csv_events != events:
        problems.append(Problem("counts", f"the files hold {findings} findings / {events} events ({csv_events} in "
                                f"CSV); the manifest says {counts.get('findings')} / {counts.get('events')}"))
    return problems


def _verify_chain(record: dict, key: bytes | None) -> list[Problem]:
    problems, previous = [], None
    finding_id = record.get("finding_id")
    for event in record.get("events") or []:
        if event.get("mac") is None:
            continue  # written before sealing existed
        if previous is not None and (event.get("prev_mac") != previous["mac"] or event.get("seq") != previous["seq"] + 1):
            problems.append(Problem("broken-link", "does not follow the exported event before it", event.get("event_id"),
                                    finding_id))
        if key is not None:
            expected = event_mac(key, finding_id=finding_id, seq=event.get("seq") or 0,
                                 prev_mac=event.get("prev_mac") or "", actor=event.get("actor") or "",
                                 at=datetime.fromisoformat(event["at"]), action=event.get("action") or "",
                                 from_status=event.get("from_status"), to_status=event.get("to_status"),
                                 note=event.get("note"))
            if not hmac.compare_digest(expected, event["mac"]):
                problems.append(Problem("forged", "its seal does not match the exported content",
                                        event.get("event_id"), finding_id))
        previous = event
    return problems
