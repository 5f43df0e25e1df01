"""The dashboard page: numbers from dashboard_data, drawn by charts."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.review.decision_quality import below_floor
from brandwatch.web import charts
from brandwatch.web.auth import require_reviewer
from brandwatch.web.dashboard_data import SENTIMENTS, TOPICS, age_labels, build_dashboard
from brandwatch.web.rendering import render
from brandwatch.web.share_of_voice import share_of_voice_panel

CATEGORY_COLORS = {"leak": "#d64561", "endorsement": "#9b59b6", "complaint": "#e0662f", "caution": "#c9a227"}
SENTIMENT_COLORS = {"negative": "#d64561", "neutral": "#94a3b8", "positive": "#2e9e6a"}


async def dashboard(request: Request) -> Response:
    require_reviewer(request)
    state = request.app.state
    with state.factory() as session:
        data = build_dashboard(session, state.clock())
        share_of_voice = share_of_voice_panel(session, state.settings, state.clock())
    complaints = charts.stacked_bars(data.complaints.labels, data.complaints.series,
                                     "Complaints per day by topic", charts.colors_for(TOPICS))
    sentiment = charts.lines(data.sentiment.labels, data.sentiment.series, "Share of negative and positive posts",
                             {s: SENTIMENT_COLORS[s] for s in SENTIMENTS}, percent=True)
    buckets = age_labels()
    by_age = {category: [float(counts.get(b, 0)) for b in buckets] for category, counts in data.open_by_age.items()}
    open_chart = charts.stacked_bars(buckets, by_age, "Open findings by category and age",
                                     charts.colors_for(list(by_age), CATEGORY_COLORS))
    precision = charts.horizontal_bars(
        [(s.rule_id, s.precision or 0.0, f"{s.precision:.0%} ({s.confirmed}/{s.confirmed + s.false_positives})")
         for s in sorted(data.precision, key=lambda s: (s.precision or 0, s.rule_id))],
        "Precision per rule from reviewer decisions")
    review = state.settings.review
    weak = below_floor([s.as_precision() for s in data.precision], review.precision_floor, review.precision_min_sample)
    return render(request, "dashboard.html", {
        "d": data, "weak_rules": weak, "precision_floor": review.precision_floor, "complaints_chart": complaints, "sentiment_chart": sentiment, "open_chart": open_chart,
        "precision_chart": precision, "complaint_total": int(data.complaints.total()), **share_of_voice})


routes = [Route("/dashboard", dashboard, methods=["GET"])]
