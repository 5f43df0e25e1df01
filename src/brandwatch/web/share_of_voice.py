"""The dashboard's share-of-voice panel: each brand's and competitor's part of the mentions per day
over the last 30 days (a chart), and their mentions, sentiment and complaint rate (a table).

The figures come from reports/share_of_voice.py, which reads the small `mention_voices` index, so
the panel costs one grouped query however many posts the period holds.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from brandwatch.config import Settings
from brandwatch.reports.share_of_voice import configured_voices, share_of_voice
from brandwatch.reports.share_render import SUMMARY_HEADERS, summary_rows
from brandwatch.web import charts


def share_of_voice_panel(session: Session, settings: Settings, now: datetime, days: int = 30) -> dict[str, Any]:
    """The template context of `_share_of_voice.html`; no panel when no brand or competitor has a voice."""
    voices = configured_voices([b.name for b in settings.brands], [c.name for c in settings.competitors])
    report = share_of_voice(session, (now - timedelta(days=days - 1)).date(), now.date(), "day", voices)
    if not report.voices or (not settings.competitors and len(report.voices) < 2):
        return {"share_of_voice": None}  # one brand and nobody to compare it with: the panel would say 100 % every day
    names = [f"{v.name} (competitor)" if v.competitor else v.name for v in report.voices]
    labels, colors = [f"{day:%b %d}" for day in report.buckets], charts.colors_for(names)
    shares = {name: [report.share(voice, day) for day in report.buckets] for name, voice in zip(names, report.voices)}
    volume = {name: [float(report.figures(voice, day).mentions) for day in report.buckets]
              for name, voice in zip(names, report.voices)}
    return {"share_of_voice": {
        "chart": charts.lines(labels, shares, "Share of voice per day", colors, percent=True),
        "volume_chart": charts.stacked_bars(labels, volume, "Mentions per day by brand and competitor", colors),
        "headers": SUMMARY_HEADERS, "rows": summary_rows(report), "days": days}}
