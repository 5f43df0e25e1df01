"""Saved views: named queue filters, one person's or shared with a team, shown as tabs with counts.

A view stores the filter text of review/selection.py, so the CLI's `--filter`, `queue list --view` and
the console's tabs all mean the same findings. Teams are the pools of `review.assignment`: a view
shared with a team is seen (and may be deleted) by its members and by leads and admins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.review.reviewers import PRIVILEGED, Reviewer
from brandwatch.review.selection import Selection, count_selected, parse_selection
from brandwatch.review.states import ReviewError
from brandwatch.store.models import SavedView

_VIEW_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$")


@dataclass(frozen=True, slots=True)
class View:
    id: int
    name: str
    owner: str
    team: str  # "" for a personal view
    filter: str

    @property
    def selection(self) -> Selection:
        return parse_selection(self.filter)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.team})" if self.team else self.name


def teams_of(settings: Settings, name: str) -> tuple[str, ...]:
    return settings.review.assignment.teams_of(name)


def visible_views(session: Session, settings: Settings, reviewer: Reviewer) -> list[View]:
    """The reviewer's own views, then those shared with their teams (all shared ones for leads and admins)."""
    teams = teams_of(settings, reviewer.name)
    shared = SavedView.team != "" if reviewer.role in PRIVILEGED else SavedView.team.in_(teams)
    rows = session.scalars(select(SavedView).where(or_((SavedView.owner == reviewer.name) & (SavedView.team == ""),
                                                       shared))
                           .order_by(SavedView.team != "", SavedView.team, SavedView.name))
    return [View(r.id, r.name, r.owner, r.team, r.filter) for r in rows]


def find_view(session: Session, settings: Settings, reviewer: Reviewer, name: str) -> View:
    """A personal view of that name first, else a team view; ReviewError listing the choices when none."""
    views = visible_views(session, settings, reviewer)
    for view in views:
        if view.name == name and not view.team:
            return view
    matches = [v for v in views if v.name == name or v.label == name]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(v.label for v in views) or "none saved yet"
    if matches:
        raise ReviewError(f"view '{name}' exists for several teams; write it as 'NAME (TEAM)': {known}")
    raise ReviewError(f"no view named '{name}' (views: {known})")


def save_view(session: Session, settings: Settings, reviewer: Reviewer, name: str, filter_text: str,
              team: str | None, now: datetime) -> View:
    """Save (or replace) a view; the filter is checked before anything is stored."""
    name = (name or "").strip()
    if not _VIEW_NAME.match(name):
        raise ReviewError(f"view name '{name}' must be 1-64 letters, digits, spaces, '.', '_' or '-'")
    selection = parse_selection(filter_text)
    team = (team or "").strip()
    if team and team not in teams_of(settings, reviewer.name) and reviewer.role not in PRIVILEGED:
        pools = ", ".join(teams_of(settings, reviewer.name)) or "none"
        raise ReviewError(f"you are not in team '{team}' (your teams: {pools}; teams are review.assignment.pools)")
    row = session.scalar(select(SavedView).where(SavedView.owner == reviewer.name, SavedView.team == team,
                                                 SavedView.name == name))
    if team and row is None:  # a team view is one per team and name, whoever saved it
        row = session.scalar(select(SavedView).where(SavedView.team == team, SavedView.name == name))
    if row is None:
        row = SavedView(name=name, owner=reviewer.name, team=team, filter=selection.text(), created_at=now)
        session.add(row)
    else:
        row.filter = selection.text()
    session.flush()
    return View(row.id, row.name, row.owner, row.team, row.filter)


def delete_view(session: Session, settings: Settings, reviewer: Reviewer, name: str) -> View:
    view = find_view(session, settings, reviewer, name)
    if view.owner != reviewer.name and reviewer.role not in PRIVILEGED and view.team not in teams_of(
            settings, reviewer.name):
        raise ReviewError(f"view '{view.label}' belongs to {view.owner}")
    session.delete(session.get(SavedView, view.id))
    session.flush()
    return view


def view_counts(session: Session, views: list[View], now: datetime) -> dict[int, int]:
    """view id -> how many findings it shows now (a tab's count)."""
    return {view.id: count_selected(session, view.selection, now) for view in views}
