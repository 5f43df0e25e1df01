"""Small server-side SVG charts: stacked bars, lines and horizontal bars.

Hand-built rather than matplotlib: a dozen shapes per chart, no font files, no inline `style`
(the Content-Security-Policy forbids it; presentation attributes are allowed), and output small
enough to inline. Every label is XML-escaped, since topics, teams and rule ids come from data.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Mapping, Sequence

from markupsafe import Markup

PALETTE = ("#2f6fdb", "#e0662f", "#2e9e6a", "#9b59b6", "#c9a227", "#5b6b7c", "#d64561", "#18a3b5")
FONT = 'font-family="system-ui, sans-serif" font-size="11" fill="#475569"'


@dataclass(frozen=True, slots=True)
class Box:
    width: int = 560
    height: int = 220
    left: int = 40
    right: int = 12
    top: int = 12
    bottom: int = 44  # room for the x labels and the legend

    @property
    def plot_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_height(self) -> int:
        return self.height - self.top - self.bottom


def _svg(box: Box, body: list[str], label: str) -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {box.width} {box.height}" '
                  f'role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>{"".join(body)}</svg>')


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def _axis(box: Box, top_value: float, percent: bool = False) -> list[str]:
    parts = []
    for i in range(5):
        value = top_value * i / 4
        y = box.top + box.plot_height * (1 - i / 4)
        text = f"{value:.0%}" if percent else f"{value:g}"
        parts.append(f'<line x1="{box.left}" x2="{box.width - box.right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e2e8f0" stroke-width="1"/>'
                     f'<text x="{box.left - 6}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{text}</text>')
    return parts


def _x_labels(box: Box, labels: Sequence[str], slot: float) -> list[str]:
    every = max(1, round(len(labels) / 8))
    return [f'<text x="{box.left + slot * (i + 0.5):.1f}" y="{box.top + box.plot_height + 14}" '
            f'text-anchor="middle" {FONT}>{escape(label)}</text>'
            for i, label in enumerate(labels) if i % every == 0]


def _legend(box: Box, names: Sequence[str], colors: Mapping[str, str]) -> list[str]:
    parts, x = [], box.left
    y = box.height - 10
    for name in names:
        parts.append(f'<rect x="{x}" y="{y - 8}" width="9" height="9" rx="2" fill="{colors[name]}"/>'
                     f'<text x="{x + 13}" y="{y}" {FONT}>{escape(name)}</text>')
        x += 22 + 7 * len(name)
    return parts


def colors_for(names: Sequence[str], fixed: Mapping[str, str] | None = None) -> dict[str, str]:
    fixed = fixed or {}
    return {name: fixed.get(name, PALETTE[i % len(PALETTE)]) for i, name in enumerate(names)}


def stacked_bars(labels: Sequence[str], series: Mapping[str, Sequence[float]], label: str,
                 colors: Mapping[str, str] | None = None, box: Box = Box()) -> Markup:
    """One bar per label, one stacked segment per series (series values align with labels)."""
    names = list(series)
    colors = colors or colors_for(names)
    totals = [sum(series[n][i] for n in names) for i in range(len(labels))]
    top_value = _nice_max(max(totals, default=0))
    slot = box.plot_width / max(len(labels), 1)
    body = _axis(box, top_value)
    for i in range(len(labels)):
        y = box.top + box.plot_height
        for name in names:
            value = series[name][i]
            if value <= 0:
                continue
            height = box.plot_height * value / top_value
            y -= height
            body.append(f'<rect x="{box.left + slot * i + slot * 0.15:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
                        f'height="{height:.1f}" fill="{colors[name]}"><title>{escape(labels[i])} · '
                        f'{escape(name)}: {value:g}</title></rect>')
    body += _x_labels(box, labels, slot) + _legend(box, names, colors)
    return _svg(box, body, label)


def lines(labels: Sequence[str], series: Mapping[str, Sequence[float | None]], label: str,
          colors: Mapping[str, str] | None = None, percent: bool = False, box: Box = Box()) -> Markup:
    """One polyline per series; None values break the line (days without data)."""
    names = list(series)
    colors = colors or colors_for(names)
    values = [v for n in names for v in series[n] if v is not None]
    top_value = 1.0 if percent else _nice_max(max(values, default=0))
    slot = box.plot_width / max(len(labels), 1)
    body = _axis(box, top_value, percent)
    for name in names:
        runs: list[list[str]] = [[]]
        for i, value in enumerate(series[name]):
            if value is None:
                runs.append([])
                continue
            x = box.left + slot * (i + 0.5)
            y = box.top + box.plot_height * (1 - value / top_value)
            runs[-1].append(f"{x:.1f},{y:.1f}")
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colors[name]}">'
                        f'<title>{escape(labels[i])} · {escape(name)}: {value:.0%}</title></circle>'
                        if percent else
                        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colors[name]}"/>')
        for run in runs:
            if len(run) > 1:
                body.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colors[name]}" '
                            f'stroke-width="2"/>')
    body += _x_labels(box, labels, slot) + _legend(box, names, colors)
    return _svg(box, body, label)


def horizontal_bars(rows: Sequence[tuple[str, float, str]], label: str, width: int = 560) -> Markup:
    """(name, fraction 0..1, caption) per row: e.g. a rule's precision and its counts."""
    row_height, left = 22, 200
    box = Box(width=width, height=max(row_height * len(rows) + 8, 30))
    body = []
    for i, (name, fraction, caption) in enumerate(rows):
        y = 4 + i * row_height
        bar = (width - left - 120) * max(min(fraction, 1), 0)
        color = "#2e9e6a" if fraction >= 0.8 else "#c9a227" if fraction >= 0.5 else "#d64561"
        body.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" {FONT}>{escape(name[:32])}</text>'
                    f'<rect x="{left}" y="{y + 3}" width="{width - left - 120}" height="14" rx="3" fill="#eef2f7"/>'
                    f'<rect x="{left}" y="{y + 3}" width="{bar:.1f}" height="14" rx="3" fill="{color}"/>'
                    f'<text x="{width - 112}" y="{y + 14}" {FONT}>{escape(caption)}</text>')
    if not rows:
        body.append(f'<text x="8" y="18" {FONT}>no reviewer decisions yet</text>')
    return _svg(box, body, label)
