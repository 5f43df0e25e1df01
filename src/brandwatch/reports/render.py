"""Rendering a ComplaintReport as Markdown or HTML, with matplotlib PNG charts beside it."""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path

from brandwatch.reports.complaints import LATE_AFTER, TOPICS, ComplaintReport
from brandwatch.secrecy import scrub


def draw_charts(report: ComplaintReport, directory: Path, stem: str) -> dict[str, Path]:
    """Complaints per day stacked by topic, and totals by topic; returns chart name -> PNG path."""
    import matplotlib

    matplotlib.use("Agg")  # no display in a daemon or a container
    import matplotlib.pyplot as plt

    directory.mkdir(parents=True, exist_ok=True)
    days = sorted(report.by_day)
    labels = [d.strftime("%m-%d") for d in days]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    bottom = [0] * len(days)
    for topic in TOPICS:
        counts = [report.by_day[d][topic] for d in days]
        ax.bar(labels, counts, bottom=bottom, label=topic)
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_title("Complaints per day by topic")
    ax.set_ylabel("complaints")
    ax.legend(loc="upper left", fontsize="small")
    if len(labels) > 14:
        ax.set_xticks(range(0, len(labels), max(1, len(labels) // 14)))
    fig.tight_layout()
    per_day = directory / f"{stem}-per-day.png"
    fig.savefig(per_day, dpi=100)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.bar(list(TOPICS), [report.by_topic[t] for t in TOPICS])
    ax.set_title("Complaints by topic")
    fig.tight_layout()
    by_topic = directory / f"{stem}-by-topic.png"
    fig.savefig(by_topic, dpi=100)
    plt.close(fig)
    return {"per day": per_day, "by topic": by_topic}


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
    out.parent.mkdir(parents=True, exist_ok=True)
    charts = draw_charts(report, out.parent / f"{out.stem}-charts", out.stem)
    text = to_html(report, charts, out.parent) if output_format == "html" else to_markdown(report, charts, out.parent)
    text = scrub(text)  # every output passes brandwatch/secrecy, statistics included
    out.write_text(text, encoding="utf-8")
    return out
