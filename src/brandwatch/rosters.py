"""Who speaks for the brand: employees and paid partners, read from CSV rosters.

The FTC Endorsement Guides care about the relationship at the time of the post, so every entry has
an optional period; a former employee still counts for posts made while they were employed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

from brandwatch.errors import ConfigError

EMPLOYEE_COLUMNS = ("name", "reddit", "x", "department", "start", "end")
PARTNER_COLUMNS = ("name", "reddit", "x", "relationship", "start", "end")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    role: str  # "employee" or "partner"
    name: str
    reddit: str | None
    x: str | None
    detail: str | None  # department for employees; partner, affiliate, ambassador... for partners
    start: date | None
    end: date | None

    def active_on(self, moment: datetime | date) -> bool:
        day = moment.date() if isinstance(moment, datetime) else moment
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self) -> str:
        period = f"{self.start or '…'} to {self.end or 'now'}"
        return f"{self.role} {self.name} ({self.detail or 'no detail'}, {period})"


@dataclass(frozen=True)
class Roster:
    entries: tuple[RosterEntry, ...] = ()

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[RosterEntry]] = {}
        for entry in self.entries:
            for platform, handle in (("reddit", entry.reddit), ("x", entry.x)):
                if handle:
                    index.setdefault((platform, normalise_handle(handle)), []).append(entry)
        object.__setattr__(self, "_by_handle", index)

    def lookup(self, platform: str | None, handle: str | None, moment: datetime | date) -> RosterEntry | None:
        """The roster entry for this account at that moment; employees win over partners."""
        if not handle:
            return None
        platforms = [platform] if platform in ("reddit", "x") else ["x", "reddit"]
        found = [entry for p in platforms
                 for entry in self._by_handle.get((p, normalise_handle(handle)), [])  # type: ignore[attr-defined]
                 if entry.active_on(moment)]
        found.sort(key=lambda e: e.role != "employee")
        return found[0] if found else None

    def accounts(self, platform: str) -> list[str]:
        return sorted({h for (p, h) in self._by_handle if p == platform})  # type: ignore[attr-defined]


def normalise_handle(handle: str) -> str:
    return handle.strip().lstrip("@").removeprefix("u/").casefold()


def load_roster(employees: Path | None, partners: Path | None) -> Roster:
    entries: list[RosterEntry] = []
    if employees:
        entries += _read(employees, "employee", EMPLOYEE_COLUMNS, "department")
    if partners:
        entries += _read(partners, "partner", PARTNER_COLUMNS, "relationship")
    return Roster(tuple(entries))


def _read(path: Path, role: str, columns: Iterable[str], detail_column: str) -> list[RosterEntry]:
    if not path.is_file():
        raise ConfigError(f"{path}: roster file not found")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in ("name",) if c not in header]
        unknown = [c for c in header if c not in columns]
        if missing or unknown:
            problem = f"missing column '{missing[0]}'" if missing else f"unknown column '{unknown[0]}'"
            raise ConfigError(f"{path}:1: {problem}; expected columns: {', '.join(columns)}")
        entries = []
        for row in reader:
            line = reader.line_num
            name = (row.get("name") or "").strip()
            if not name:
                raise ConfigError(f"{path}:{line}: name: must not be empty")
            entries.append(RosterEntry(
                role=role, name=name,
                reddit=_blank_to_none(row.get("reddit")), x=_blank_to_none(row.get("x")),
                detail=_blank_to_none(row.get(detail_column)),
                start=_date(path, line, "start", row.get("start")),
                end=_date(path, line, "end", row.get("end")),
            ))
        return entries


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _date(path: Path, line: int, column: str, value: str | None) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{path}:{line}: {column}: '{value}' is not a date (YYYY-MM-DD)") from None
