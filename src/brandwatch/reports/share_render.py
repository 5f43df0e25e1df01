"""Rendering a ShareOfVoice as Markdown or HTML, with matplotlib PNG charts beside it."""

from __future__ import annotations

import html
from pathlib import Path

from brandwatch.reports.render import pyplot, relative_path, save_png, stacked_bars_png, write_with_charts
from brandwatch.reports.share_of_voice import ShareOfVoice, VoiceKey

SUMMARY_HEADERS = ("Brand", "Kind", "Mentions", "Share of voice", "Positive", "Neutral", "Negative",
                   "Mean sentiment", "Complaints", "Complaint rate")


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def summary_rows(report: ShareOfVoice) -> list[tuple[str, ...]]:
    """One row per voice over the whole period, in SUMMARY_HEADERS order."""
    rows = []
    for voice in report.voices:
        f = report.figures(voice)
        rows.append((voice.name, voice.kind, str(f.mentions), percent(report.share(voice)),
                     percent(f.label_share("positive")), percent(f.label_share("neutral")),
                     percent(f.label_share("negative")), signed(f.mean_sentiment), str(f.complaints),
                     percent(f.complaint_rate)))
    return rows


def bucket_rows(report: ShareOfVoice) -> list[tuple[str, ...]]:
    """Per bucket: its first day, then each voice's share of voice with its mentions and complaint rate."""
    rows = []
    for start in report.buckets:
        cells = [f"{start:%Y-%m-%d}"]
        for voice in report.voices:
            f = report.figures(voice, start)
            cells.append(f"{percent(report.share(voice, start))} ({f.mentions}; complaints {percent(f.complaint_rate)})"
                         if f.mentions else "0")
        rows.append(tuple(cells))
    return rows


def draw_charts(report: ShareOfVoice, directory: Path, stem: str) -> dict[str, Path]:
    """Share of voice per bucket (stacked to 100 %), and complaint rate and mean sentiment per voice."""
    directory.mkdir(parents=True, exist_ok=True)
    over_time = stacked_bars_png(
        directory / f"{stem}-share-of-voice.png", [f"{start:%m-%d}" for start in report.buckets],
        {_label(voice): [100 * (report.share(voice, start) or 0.0) for start in report.buckets] for voice in report.voices},
        f"Share of voice per {report.bucket} (by post time)", "% of mentions", legend_beside=True)
    fig, (rates, moods) = pyplot().subplots(1, 2, figsize=(8, 3))
    names = [_label(voice) for voice in report.voices]
    rates.barh(names, [100 * (report.figures(v).complaint_rate or 0.0) for v in report.voices])
    rates.set_title("Complaint rate (%)")
    moods.barh(names, [report.figures(v).mean_sentiment or 0.0 for v in report.voices])
    moods.set_xlim(-1, 1)
    moods.set_title("Mean sentiment (-1..+1)")
    by_voice = save_png(fig, directory / f"{stem}-by-brand.png")
    return {"share of voice over time": over_time, "complaint rate and sentiment by brand": by_voice}


def _label(voice: VoiceKey) -> str:
    return f"{voice.name} (competitor)" if voice.competitor else voice.name


def _period(report: ShareOfVoice) -> str:
    return f"{report.first_day:%Y-%m-%d} – {report.last_day:%Y-%m-%d} UTC, per {report.bucket} (by the day posts were written)"


NOTE = ("A post about several brands counts for each, so shares add up to 100 % of mentions of any brand. "
        "Mean sentiment: +1 positive, 0 neutral, -1 negative. Competitors' posts are counted, never queued.")


def to_markdown(report: ShareOfVoice, charts: dict[str, Path], relative_to: Path) -> str:
    lines = ["# Share of voice", "", f"Period: {_period(report)}", "", f"> {NOTE}", ""]
    lines += ["| " + " | ".join(SUMMARY_HEADERS) + " |", "|---" * len(SUMMARY_HEADERS) + "|"]
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in summary_rows(report)]
    lines += ["", f"## Share of voice per {report.bucket}", ""]
    head = ["Starting", *(_label(voice) for voice in report.voices)]
    lines += ["| " + " | ".join(_md(cell) for cell in head) + " |", "|---" * len(head) + "|"]
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in bucket_rows(report)]
    lines += ["", "## Charts", ""]
    lines += [f"![{name}]({relative_path(path, relative_to)})" for name, path in charts.items()]
    return "\n".join(lines) + "\n"


def _md(cell: str) -> str:
    return cell.replace("|", "\\|")  # a name from the config may hold a pipe


def to_html(report: ShareOfVoice, charts: dict[str, Path], relative_to: Path) -> str:
    esc = html.escape

    def table(table_id: str, head: tuple[str, ...] | list[str], rows: list[tuple[str, ...]]) -> str:
        header = "".join(f"<th>{esc(cell)}</th>" for cell in head)
        body = "".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        return f"<table id='{table_id}'><tr>{header}</tr>{body}</table>"

    images = "".join(f'<figure><img src="{esc(relative_path(p, relative_to))}" alt="{esc(n)}"><figcaption>'
                     f"{esc(n)}</figcaption></figure>" for n, p in charts.items())
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Share of voice</title></head><body>"
            f"<h1>Share of voice</h1><p>Period: {esc(_period(report))}</p><p class='note'>{esc(NOTE)}</p>"
            + table("share-of-voice", SUMMARY_HEADERS, summary_rows(report))
            + f"<h2>Share of voice per {esc(report.bucket)}</h2>"
            + table("share-of-voice-buckets", ["Starting", *(_label(v) for v in report.voices)], bucket_rows(report))
            + f"<h2>Charts</h2>{images}</body></html>\n")


def write_share_report(report: ShareOfVoice, out: Path, output_format: str) -> Path:
    """Write the report to `out` with its charts in a sibling folder; returns the report's path."""
    return write_with_charts(report, out, output_format, draw_charts, to_markdown, to_html)
