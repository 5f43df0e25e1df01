"""Real local servers that stand in for Slack, a webhook receiver and an SMTP relay."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class WebhookReceiver:
    """Records every POST; answers with `statuses` in turn (then 200), each a status or (status, headers,
    body). Processes each idempotency key once."""

    statuses: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    processed: dict[str, int] = field(default_factory=dict)  # key -> times acted on (must stay 1)

    def __post_init__(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(Received(self.path, dict(self.headers), body))
                answer = receiver.statuses.pop(0) if receiver.statuses else 200
                status, headers, reply = answer if isinstance(answer, tuple) else (answer, {}, b"ok")
                key = self.headers.get("Idempotency-Key")
                if status < 300 and key and key not in receiver.processed:
                    receiver.processed[key] = 1  # a resend is recognised by its key and not acted on
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1, made with the openssl CLI."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


@dataclass
class SmtpRelay:
    """aiosmtpd requiring STARTTLS (and AUTH over TLS with `password`), keeping what it accepts."""

    cert: Path
    key: Path
    password: str
    messages: list[Message] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    def start(self) -> "SmtpRelay":
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        relay = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
                relay.messages.append(message_from_bytes(envelope.content))
                return "250 OK"

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = auth_data.password.decode() == relay.password
            if ok:
                relay.logins.append(auth_data.login.decode())
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 235 or 535

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=True, authenticator=authenticate, auth_require_tls=True)
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()
