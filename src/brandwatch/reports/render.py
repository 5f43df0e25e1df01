"""Rendering a ComplaintReport as Markdown or HTML, with matplotlib PNG charts beside it."""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

from brandwatch.reports.complaints import LATE_AFTER, TOPICS, ComplaintReport
from brandwatch.secrecy import scrub


def draw_charts(report: ComplaintReport, directory: Path, stem: str) -> dict[str, Path]:
    """Complaints per day stacked by topic, and totals by topic; returns chart name -> PNG path."""
    plt = pyplot()
    directory.mkdir(parents=True, exist_ok=True)
    days = sorted(report.by_day)
    per_day = stacked_bars_png(directory / f"{stem}-per-day.png", [d.strftime("%m-%d") for d in days],
                               {topic: [report.by_day[d][topic] for d in days] for topic in TOPICS},
                               "Complaints per day by topic", "complaints")
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.bar(list(TOPICS), [report.by_topic[t] for t in TOPICS])
    ax.set_title("Complaints by topic")
    by_topic = save_png(fig, directory / f"{stem}-by-topic.png")
    return {"per day": per_day, "by topic": by_topic}


def pyplot():
    import matplotlib

    matplotlib.use("Agg")  # no display in a daemon or a container
    import matplotlib.pyplot as plt

    return plt


def stacked_bars_png(path: Path, labels: list[str], series: dict[str, list[float]], title: str, ylabel: str,
                     legend_beside: bool = False) -> Path:
    """One bar per label stacked by series; the legend inside, or beside the bars when they fill the height."""
    fig, ax = pyplot().subplots(figsize=(9, 3.5) if legend_beside else (8, 3.5))
    bottom = [0.0] * len(labels)
    for name, values in series.items():
        ax.bar(labels, values, bottom=bottom, label=name)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", fontsize="small", **({"bbox_to_anchor": (1.01, 1)} if legend_beside else {}))
    if len(labels) > 14:
        ax.set_xticks(range(0, len(labels), max(1, len(labels) // 14)))
    return save_png(fig, path)


def save_png(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    pyplot().close(fig)
    return path


def duration(value: timedelta | None) -> str:
    if value is None:
        return "n/a"
    minutes = int(value.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def late_notes(report: ComplaintReport) -> list[str]:
    """What a reader must know about data that arrived late: the figures are by post time."""
    notes = []
    if report.arrived_late:
        notes.append(f"{report.arrived_late} of these complaints arrived late (collected more than "
                     f"{duration(LATE_AFTER)} after they were posted); a report written soon after its period "
                     "may still grow.")
    if report.found_about_earlier_posts:
        oldest = f", the oldest written {report.oldest_earlier_post:%Y-%m-%d}" if report.oldest_earlier_post else ""
        if report.found_about_earlier_posts == 1:
            notes.append(f"1 complaint found in this period is about a post written before it{oldest}; it is "
                         "counted on the day it was written, in an earlier report.")
        else:
            notes.append(f"{report.found_about_earlier_posts} complaints found in this period are about posts "
                         f"written before it{oldest}; they are counted on the days they were written, in "
                         "earlier reports.")
    return notes


def _summary_rows(report: ComplaintReport) -> list[tuple[str, str]]:
    return [("Complaints", str(report.total)), ("Still open", str(report.open_now)),
            ("Median time to first action", duration(report.median_first_action)),
            ("Median time to resolution", duration(report.median_resolution)),
            ("SLA breaches", str(report.sla_breaches))]


def to_markdown(report: ComplaintReport, charts: dict[str, Path], relative_to: Path) -> str:
    period = f"{report.since:%Y-%m-%d %H:%M} – {report.until:%Y-%m-%d %H:%M} UTC"
    lines = ["# Complaint report", "", f"Period: {period} (by the time posts were written)", ""]
    lines += [f"> {note}" for note in late_notes(report)] + ([""] if late_notes(report) else [])
    lines += ["| Figure | Value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in _summary_rows(report)]
    lines += ["", "## By topic", "", "| Topic | Complaints |", "|---|---|"]
    lines += [f"| {topic} | {report.by_topic[topic]} |" for topic in TOPICS]
    lines += ["", "## By day", "", "| Day | " + " | ".join(TOPICS) + " | total |", "|---" * (len(TOPICS) + 2) + "|"]
    for day in sorted(report.by_day):
        counts = report.by_day[day]
        lines.append(f"| {day:%Y-%m-%d} | " + " | ".join(str(counts[t]) for t in TOPICS) + f" | {sum(counts.values())} |")
    lines += ["", "## Top rules", "", "| Rule | Complaints |", "|---|---|"]
    lines += [f"| {rule} | {count} |" for rule, count in report.top_rules] or ["| (none) | 0 |"]
    lines += ["", "## Charts", ""]
    lines += [f"![{name}]({relative_path(path, relative_to)})" for name, path in charts.items()]
    return "\n".join(lines) + "\n"


def to_html(report: ComplaintReport, charts: dict[str, Path], relative_to: Path) -> str:
    esc = html.escape
    rows = "".join(f"<tr><th>{esc(n)}</th><td>{esc(v)}</td></tr>" for n, v in _summary_rows(report))
    topics = "".join(f"<tr><td>{t}</td><td>{report.by_topic[t]}</td></tr>" for t in TOPICS)
    days = "".join("<tr><td>{}</td>{}<td>{}</td></tr>".format(
        f"{d:%Y-%m-%d}", "".join(f"<td>{report.by_day[d][t]}</td>" for t in TOPICS), sum(report.by_day[d].values()))
        for d in sorted(report.by_day))
    rules = "".join(f"<tr><td>{esc(r)}</td><td>{c}</td></tr>" for r, c in report.top_rules)
    images = "".join(f'<figure><img src="{esc(relative_path(p, relative_to))}" alt="{esc(n)}"><figcaption>{esc(n)}'
                     "</figcaption></figure>" for n, p in charts.items())
    head = "".join(f"<th>{t}</th>" for t in TOPICS)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Complaint report</title></head><body>"
            f"<h1>Complaint report</h1><p>Period: {report.since:%Y-%m-%d %H:%M} – {report.until:%Y-%m-%d %H:%M} UTC"
            " (by the time posts were written)</p>"
            + "".join(f"<p class='note'>{esc(note)}</p>" for note in late_notes(report)) +
            f"<table>{rows}</table><h2>By topic</h2><table><tr><th>Topic</th><th>Complaints</th></tr>{topics}</table>"
            f"<h2>By day</h2><table><tr><th>Day</th>{head}<th>total</th></tr>{days}</table>"
            f"<h2>Top rules</h2><table><tr><th>Rule</th><th>Complaints</th></tr>{rules}</table>"
            f"<h2>Charts</h2>{images}</body></html>\n")


def relative_path(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def write_report(report: ComplaintReport, out: Path, output_format: str) -> Path:
    """Write the report to `out` with its charts in a sibling folder; returns the report's path."""
    return write_with_charts(report, out, output_format, draw_charts, to_markdown, to_html)


def write_with_charts(report: Any, out: Path, output_format: str, draw: Callable[..., dict[str, Path]],
                      markdown: Callable[..., str], html_page: Callable[..., str]) -> Path:
    """A report as Markdown or HTML at `out`, its charts drawn into the folder `<stem>-charts` beside it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    charts = draw(report, out.parent / f"{out.stem}-charts", out.stem)
    text = (html_page if output_format == "html" else markdown)(report, charts, out.parent)
    out.write_text(scrub(text), encoding="utf-8")  # every output passes brandwatch/secrecy, statistics included
    return out
