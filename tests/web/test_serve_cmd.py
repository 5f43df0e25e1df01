"""`brandwatch serve` as a user runs it: first start creates admin, prints the password once, serves on 127.0.0.1."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import cli_env

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(config, cwd, port):
    process = subprocess.Popen([sys.executable, "-m", "brandwatch", "--config", str(config), "serve", "--port",
                                str(port)], cwd=cwd, env=cli_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    lines, deadline = [], time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Uvicorn running on" in line:
            return process, "".join(lines)
    process.kill()
    raise AssertionError("serve did not start:\n" + "".join(lines))


def _stop(process) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_when_serve_starts_on_an_empty_database_then_admin_gets_a_password_shown_once(tmp_path, sqlite_url):
    config = tmp_path / "bw.yaml"
    config.write_text(f"database:\n  url: {sqlite_url}\ndata_dir: {tmp_path / 'var'}\n", encoding="utf-8")
    port = _free_port()
    process, output = _start(config, tmp_path, port)
    try:
        password = re.search(r"password: (\S+)", output).group(1)
        assert f"http://127.0.0.1:{port}" in output
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as browser:
            login_page = browser.get("/login")
            assert "script-src 'self'" in login_page.headers["content-security-policy"]
            token = re.search(r'name="csrf-token" content="([^"]+)"', login_page.text).group(1)
            response = browser.post("/login", data={"name": "admin", "password": password, "csrf_token": token,
                                                    "next": "/admin/users"})
            assert response.status_code == 303 and response.headers["location"] == "/admin/users"
            assert browser.get("/admin/users").status_code == 200
    finally:
        _stop(process)
    assert (tmp_path / "var" / "console-session.key").stat().st_mode & 0o077 == 0
    process, output = _start(config, tmp_path, port)
    _stop(process)
    assert "password:" not in output
