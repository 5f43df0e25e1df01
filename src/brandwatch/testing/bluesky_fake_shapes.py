"""Facts about Bluesky's XRPC API the fake needs: session tokens, DIDs and record keys, timestamps,
error bodies and rate-limit headers (the atproto and app.bsky lexicons; docs.bsky.app)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from datetime import datetime, timezone

from brandwatch.testing.fakehttp import Reply

_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"  # the sortable base32 of record keys (TIDs)
RATE_LIMIT = 3000  # requests per 5-minute window, as the AppView announces in ratelimit-policy
RATE_WINDOW = 300


def did_for(handle: str) -> str:
    """A did:plc-shaped identifier (24 base32 characters), the same for a handle in every process."""
    digest = hashlib.sha256(handle.casefold().encode("utf-8")).digest()
    return "did:plc:" + "".join(_B32[b % 32] for b in digest[:24])


def tid(created: float, sequence: int) -> str:
    """A record key: 13 characters of sortable base32 of microseconds since 1970, plus a clock id."""
    value = (int(created * 1_000_000) << 10) | (sequence & 0x3FF)
    out = ""
    for _ in range(13):
        out = _TID_CHARS[value & 31] + out
        value >>= 5
    return out


def cid_for(text: str) -> str:
    """A CID-shaped content id (the real one hashes the record's CBOR)."""
    return "bafyrei" + "".join(_B32[b % 32] for b in hashlib.sha256(text.encode("utf-8")).digest()[:52])


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{int(epoch * 1000) % 1000:03d}Z"


def parse_iso(value: str) -> float | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwt(did: str, scope: str, issued: float, expires: float) -> str:
    """A token shaped like the PDS's (the client reads `exp` from it to refresh in time); the
    signature is random, since only this fake checks it, by remembering what it issued."""
    header = {"typ": "at+jwt" if scope != "com.atproto.refresh" else "refresh+jwt", "alg": "HS256"}
    payload = {"scope": scope, "sub": did, "aud": "did:web:fake.bsky.local", "iat": int(issued),
               "exp": int(expires)}
    if scope == "com.atproto.refresh":
        payload["jti"] = secrets.token_urlsafe(16)
    return ".".join([_b64(json.dumps(header).encode()), _b64(json.dumps(payload).encode()),
                     _b64(secrets.token_bytes(32))])


def xrpc_error(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    """Every XRPC error is a JSON object with `error` (a name) and `message`."""
    return Reply.json(status, {"error": error, "message": message}, headers)


ERROR_NAMES = {400: "InvalidRequest", 401: "AuthenticationRequired", 429: "RateLimitExceeded",
               500: "InternalServerError", 502: "UpstreamFailure", 503: "NotEnoughResources"}
