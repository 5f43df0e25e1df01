"""A small local HTTP server with scriptable faults, the base of the Reddit and X fakes.

Runs `http.server` in a thread on 127.0.0.1 with a port the OS picks. Real clients (praw, tweepy,
plain requests) talk to it over HTTP, so nothing inside those libraries is patched.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: str
    raw_query: str = ""  # as sent: `query` keeps one value a name, some APIs repeat names (Bluesky's actors=)


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: Any, headers: dict[str, str] | None = None) -> "Reply":
        return cls(status, json.dumps(payload).encode("utf-8"),
                   {"Content-Type": "application/json; charset=UTF-8", **(headers or {})})


@dataclass(frozen=True)
class Fault:
    """What the next request gets instead of (or before) its normal answer."""

    status: int | None = None  # answer with this status (and `headers`) instead
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # sleep this long first: past the client's timeout, it is a timeout
    malformed_json: bool = False  # answer 200 with a body that is not JSON
    path: str = ""  # only requests whose path contains this; "" is any request


class FakeServer:
    """Subclasses answer `route(request)`; faults queued with `fail_next` come first."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._faults: list[list] = []  # [fault, matching requests still to let through]
        self.requests: list[Request] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---
    def start(self) -> "FakeServer":
        handler = _handler_for(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=type(self).__name__,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "FakeServer":
        return self.start()

    def __exit__(self, *_exc: Any) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "start the fake first"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    # --- scripting ---
    def fail_next(self, fault: Fault, times: int = 1, after: int = 0) -> None:
        """The next `times` requests matching `fault.path` get the fault, once `after` of them passed."""
        with self.lock:
            self._faults.extend([[fault, after]] + [[fault, 0] for _ in range(times - 1)])

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def request_count(self, path_part: str = "") -> int:
        with self.lock:
            return sum(1 for r in self.requests if path_part in r.path)

    # --- serving ---
    def route(self, request: Request) -> Reply:  # pragma: no cover - subclasses answer
        raise NotImplementedError

    def _take_fault(self, path: str) -> Fault | None:
        for index, entry in enumerate(self._faults):
            fault, let_through = entry
            if fault.path not in path:
                continue
            if let_through:
                entry[1] -= 1
                return None
            del self._faults[index]
            return fault
        return None

    def error_body(self, status: int) -> dict[str, Any]:
        """The JSON an error answer carries; each platform shapes it its own way."""
        return {"error": status, "message": "scripted fault"}

    def seed_more(self, count: int) -> list[str]:  # pragma: no cover - subclasses that seed answer
        raise NotImplementedError

    def valid_ids(self) -> set[str]:  # pragma: no cover - subclasses answer
        raise NotImplementedError

    def admin(self, request: Request) -> Reply:
        """/_fake/seed?count=N adds N seeded posts; /_fake/ids lists the valid posts' ids.

        For tests and benchmarks that drive a fake running in another process.
        """
        if request.path == "/_fake/seed" and request.method == "POST":
            try:
                count = int(request.query.get("count", "1"))
            except ValueError:
                return Reply.json(400, {"error": "count must be an integer"})
            return Reply.json(200, {"added": self.seed_more(count)})
        if request.path == "/_fake/ids":
            return Reply.json(200, {"ids": sorted(self.valid_ids())})
        return Reply.json(404, {"error": f"no fake admin path {request.path}"})

    def answer(self, request: Request) -> tuple[Reply, float]:
        if request.path.startswith("/_fake/"):
            return self.admin(request), 0.0
        with self.lock:
            self.requests.append(request)
            fault = self._take_fault(request.path)
            if fault is None or (fault.status is None and not fault.malformed_json):
                reply = self.route(request)
            elif fault.malformed_json:
                reply = Reply(200, b'{"data": [ {"id": "1", "te', {"Content-Type": "application/json"})
            else:
                reply = Reply.json(fault.status, self.error_body(fault.status), fault.headers)
        return reply, (fault.delay if fault else 0.0)


def _handler_for(fake: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            request = Request(self.command, parts.path, query, {k.lower(): v for k, v in self.headers.items()},
                              body, parts.query)
            reply, delay = fake.answer(request)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if request.headers.get("connection", "").lower() == "close":
                    self.send_header("Connection", "close")  # else the client reuses a closed socket
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (a scripted timeout): nothing to answer

        do_GET = do_POST = _serve

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s " + format, type(fake).__name__, *args)

    return Handler
