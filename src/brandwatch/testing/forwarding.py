"""A requests transport adapter that sends a client's calls for a fixed host to a local fake.

tweepy always calls https://api.twitter.com; mounting this adapter on the client's own session
(`client.session.mount(...)`, a public requests API) redirects those calls to 127.0.0.1 without
touching tweepy. It keeps the timeout the production adapter adds.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from brandwatch.collectors.x import TimeoutAdapter


class ForwardingAdapter(TimeoutAdapter):
    def __init__(self, target: str, timeout: float):
        super().__init__(timeout)
        self._target = urlsplit(target)

    def send(self, request, **kwargs):  # type: ignore[override]
        parts = urlsplit(request.url)
        request.url = urlunsplit((self._target.scheme, self._target.netloc, parts.path, parts.query, ""))
        return super().send(request, **kwargs)
