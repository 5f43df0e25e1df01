"""How tweepy's HTTP calls leave the process: a timeout on every request, an optional other base URL,
and the bearer token masked in tweepy's debug log."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from requests.adapters import HTTPAdapter


class MaskBearerToken(logging.Filter):
    """tweepy's debug log prints request headers, bearer token included; brandwatch's logs must not."""

    _TOKEN = re.compile(r"(Bearer )[^'\"\s,}]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "Bearer " in message:
            record.msg, record.args = self._TOKEN.sub(r"\1(masked)", message), ()
        return True


logging.getLogger("tweepy.client").addFilter(MaskBearerToken())


class TimeoutAdapter(HTTPAdapter):
    """tweepy sets no timeout, so a stalled connection would hang its source; this adds the configured one."""

    def __init__(self, timeout: float, **kwargs: Any):
        super().__init__(**kwargs)
        self.timeout = timeout

    def send(self, request, **kwargs):  # type: ignore[override]
        kwargs["timeout"] = self.timeout
        return super().send(request, **kwargs)


class ForwardingAdapter(TimeoutAdapter):
    """Sends calls meant for api.twitter.com to another base URL (a proxy, or the local fake).

    tweepy's host is fixed; a transport adapter on the client's own session is requests' public
    way to send its calls elsewhere, so nothing in tweepy is patched.
    """

    def __init__(self, target: str, timeout: float):
        super().__init__(timeout)
        self._target = urlsplit(target)

    def send(self, request, **kwargs):  # type: ignore[override]
        parts = urlsplit(request.url)
        request.url = urlunsplit((self._target.scheme, self._target.netloc, parts.path, parts.query, ""))
        return super().send(request, **kwargs)
