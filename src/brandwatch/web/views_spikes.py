"""The page a spike alert links to: the episode's posts per bucket against the usual level."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from brandwatch.review.spikes import episode_series
from brandwatch.store.models import SpikeEpisode
from brandwatch.web import charts
from brandwatch.web.auth import require_reviewer
from brandwatch.web.rendering import render


async def spike_episode(request: Request) -> Response:
    require_reviewer(request)
    state = request.app.state
    with state.factory() as session:
        episode = session.get(SpikeEpisode, request.path_params["episode_id"])
        if episode is None:
            raise HTTPException(404, "no such spike episode")
        times, posts, usual = episode_series(session, episode, state.settings.spikes, state.clock())
        session.expunge(episode)
    labels = [f"{moment:%a %H:%M}" for moment in times]
    chart = charts.lines(labels, {"posts": [float(n) for n in posts], "usual": usual},
                         f"Posts per {episode.bucket_seconds // 60}-minute bucket (UTC)",
                         {"posts": "#d64561", "usual": "#94a3b8"})
    return render(request, "spike.html", {"episode": episode, "chart": chart})


routes = [Route("/spikes/{episode_id:int}", spike_episode, methods=["GET"])]
