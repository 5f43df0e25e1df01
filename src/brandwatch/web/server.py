"""Running the console under uvicorn, for `brandwatch serve` and for the daemon's `run`."""

from __future__ import annotations

from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from brandwatch.config import Settings
from brandwatch.web.app import create_app, session_key

DEFAULT_HOST = "127.0.0.1"  # reachable from this machine only, unless the operator says otherwise
DEFAULT_PORT = 8080


def build_server(engine: Engine, settings: Settings, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, https_only: bool = False, rules_dir: Path | None = None,
                 log_level: str = "info") -> uvicorn.Server:
    """A uvicorn server for the console; call `.run()` (blocking) or run it in a thread.

    In a thread uvicorn installs no signal handlers; stop it with `server.should_exit = True`.
    """
    app = create_app(engine, settings, secret_key=session_key(settings.data_dir), https_only=https_only,
                     rules_dir=rules_dir)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            server_header=False, proxy_headers=True, forwarded_allow_ips="127.0.0.1")
    return uvicorn.Server(config)
