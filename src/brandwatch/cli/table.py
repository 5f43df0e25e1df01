"""A compact, readable table of scan results for terminals."""

from __future__ import annotations

import shutil
import unicodedata
from typing import Sequence

from brandwatch.model.analysis import Analysis
from brandwatch.model.post import Post
from brandwatch.secrecy import masked_text


def render_table(rows: Sequence[tuple[Post, Analysis]]) -> str:
    width = max(shutil.get_terminal_size((140, 24)).columns, 100)
    headers = ("id", "sentiment", "complaint", "disclosure", "findings", "text")
    cells = [[m.external_id, _sentiment(a), _complaint(a), a.disclosure.status, _findings(a), _text(masked_text(m.text, a.findings) or "")]
             for m, a in rows]
    fixed = [min(max([len(headers[i])] + [len(c[i]) for c in cells]), cap)
             for i, cap in enumerate((14, 16, 16, 10, 48))]
    text_width = max(20, width - sum(fixed) - 2 * len(fixed))
    widths = fixed + [text_width]
    lines = [_line(headers, widths), _line(["─" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in cells]
    summary = _summary(rows)
    return "\n".join(lines + ["", summary])


def _sentiment(a: Analysis) -> str:
    return f"{a.sentiment.label} {a.sentiment.score:.2f}"


def _complaint(a: Analysis) -> str:
    return f"yes ({a.complaint.topic})" if a.complaint.is_complaint else "-"


def _findings(a: Analysis) -> str:
    return ", ".join(f.rule for f in a.findings) or "-"


def _text(text: str) -> str:
    # Control characters and line breaks would break the table; show them as spaces.
    return " ".join("".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text[:400]).split())


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(_fit(cell, width) for cell, width in zip(cells, widths)).rstrip()


def _fit(cell: str, width: int) -> str:
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def _summary(rows: Sequence[tuple[Post, Analysis]]) -> str:
    findings = sum(len(a.findings) for _, a in rows)
    complaints = sum(a.complaint.is_complaint for _, a in rows)
    return f"{len(rows)} posts, {complaints} complaints, {findings} findings"
