"""Who speaks for the brand: employees and paid partners, read from CSV rosters.

The FTC Endorsement Guides care about the relationship at the time of the post, so every entry has
an optional period; a former employee still counts for posts made while they were employed. Periods
are calendar dates in the brand's time zone: the caller hands `lookup` the post's local date (or a
datetime, read as a UTC date when no zone is given).

Employees carry a `role` (officer | manager | staff; staff when the column is absent, so older
files load unchanged): 16 CFR 465.5 treats officers' and managers' reviews and review requests
differently from an ordinary employee's. Every column other than the known ones holds handles on the
platform of that name (`reddit`, `x`, `mastodon`, ...: any number), kept per entry as a map from
platform to handle, so a roster grows platforms without a code change and older files read unchanged.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Iterable, Mapping

from brandwatch import catalogue
from brandwatch.errors import ConfigError

# Besides these, every column is named after a platform and holds handles there.
EMPLOYEE_COLUMNS = ("name", "department", "role", "start", "end")
PARTNER_COLUMNS = ("name", "relationship", "start", "end")
ROLES = ("officer", "manager", "staff")
_PLATFORM_COLUMN = re.compile(r"^[a-z][a-z0-9_]{0,30}$")


@dataclass(frozen=True, slots=True)
class RosterEntry:
    role: str  # "employee" or "partner"
    name: str
    detail: str | None  # department for employees; partner, affiliate, ambassador... for partners
    start: date | None
    end: date | None
    position: str = "staff"  # officer | manager | staff (employees; partners are "staff")
    handles: Mapping[str, str] = field(default_factory=dict, hash=False)  # platform -> handle there

    def active_on(self, moment: datetime | date, zone: tzinfo | None = None) -> bool:
        day = local_date(moment, zone)
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def all_handles(self) -> list[tuple[str, str]]:
        return list(self.handles.items())

    @property
    def senior(self) -> bool:
        """An officer or manager: whose reviews and review requests 16 CFR 465.5 singles out."""
        return self.role == "employee" and self.position in ("officer", "manager")

    def describe(self) -> str:
        period = f"{self.start or '…'} to {self.end or 'now'}"
        detail = self.detail or "no detail"
        if self.role == "employee" and self.position != "staff":
            detail = f"{detail}, {self.position}"
        return f"{self.role} {self.name} ({detail}, {period})"


def local_date(moment: datetime | date, zone: tzinfo | None = None) -> date:
    """The calendar date of `moment` where the brand is (UTC when no zone is configured)."""
    if isinstance(moment, datetime):
        if zone is not None and moment.tzinfo is not None:
            moment = moment.astimezone(zone)
        return moment.date()
    return moment


@dataclass(frozen=True)
class Roster:
    entries: tuple[RosterEntry, ...] = ()

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[RosterEntry]] = {}
        for entry in self.entries:
            for platform, handle in entry.all_handles():
                index.setdefault((platform, normalise_handle(handle)), []).append(entry)
        object.__setattr__(self, "_by_handle", index)

    def lookup(self, platform: str | None, handle: str | None, moment: datetime | date,
               zone: tzinfo | None = None) -> RosterEntry | None:
        """The roster entry for this account at that moment; employees win over partners."""
        if not handle:
            return None
        platforms = [platform] if platform in self.platforms() else sorted(self.platforms())
        found = [entry for p in platforms
                 for entry in self._by_handle.get((p, normalise_handle(handle)), [])  # type: ignore[attr-defined]
                 if entry.active_on(moment, zone)]
        found.sort(key=lambda e: e.role != "employee")
        return found[0] if found else None

    def platforms(self) -> set[str]:
        # Every known platform counts, so a lookup on one the roster has no handles for finds nobody.
        return {p for (p, _) in self._by_handle} | set(catalogue.platforms.names())  # type: ignore[attr-defined]

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
    columns = tuple(columns)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [c.strip().casefold() for c in reader.fieldnames or []]  # "Mastodon" == "mastodon"
        reader.fieldnames = header
        missing = [c for c in ("name",) if c not in header]
        # Unknown lower-case columns are handles on a platform of that name; anything else is a typo.
        unknown = [c for c in header if c not in columns and not _PLATFORM_COLUMN.match(c)]
        if missing or unknown:
            problem = f"missing column '{missing[0]}'" if missing else f"unknown column '{unknown[0]}'"
            platforms = ", ".join(catalogue.platforms.names())
            raise ConfigError(f"{path}:1: {problem}; expected columns: {', '.join(columns)} and "
                              f"one column per platform holding its handles (e.g. {platforms})")
        platforms = [c for c in header if c not in columns]
        entries = []
        for row in reader:
            line = reader.line_num
            name = (row.get("name") or "").strip()
            if not name:
                raise ConfigError(f"{path}:{line}: name: must not be empty")
            entries.append(RosterEntry(
                role=role, name=name,
                detail=_blank_to_none(row.get(detail_column)),
                start=_date(path, line, "start", row.get("start")),
                end=_date(path, line, "end", row.get("end")),
                position=_position(path, line, row.get("role")) if role == "employee" else "staff",
                handles={p: h for p in platforms if (h := _blank_to_none(row.get(p)))},
            ))
        return entries


def _position(path: Path, line: int, value: str | None) -> str:
    value = (value or "").strip().casefold()
    if not value:
        return "staff"
    if value not in ROLES:
        raise ConfigError(f"{path}:{line}: role: '{value}' is not one of {', '.join(ROLES)}")
    return value


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
