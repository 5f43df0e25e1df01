"""`brandwatch run`: the daemon. Applies migrations, then collects, analyses and notifies on schedule."""

from __future__ import annotations

import logging
import sys
from contextlib import ExitStack

import click

from brandwatch.cli.context import CliContext, pass_cli


@click.command("run")
@click.option("--once", is_flag=True, help="Run every job one time (collect, analyse, notify, SLA) and exit.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Log lines as text or as one JSON object per line (secrets are masked either way).")
@click.option("--metrics-port", type=click.IntRange(1, 65535),
              help="Serve Prometheus /metrics on this port (default: daemon.metrics_port from config).")
@click.option("--metrics-host", help="Address /metrics listens on (default: daemon.metrics_host, 127.0.0.1).")
@click.option("--console-port", type=click.IntRange(1, 65535),
              help="Serve the review console on this port (default: daemon.console_port from config).")
@click.option("--no-console", is_flag=True, help="Do not serve the review console from this process.")
@click.option("--fake", is_flag=True, help="Point Reddit and X sources at local fakes (demos and tests).")
@click.pass_context
@pass_cli
def command(cli: CliContext, ctx: click.Context, once: bool, log_format: str, metrics_port: int | None,
            metrics_host: str | None, console_port: int | None, no_console: bool, fake: bool) -> None:
    """Start the daemon (SIGTERM/SIGINT: finish the batch and exit; SIGHUP: reload rules)."""
    from brandwatch.daemon.logging import configure_logging
    from brandwatch.daemon.service import Daemon
    from brandwatch.daemon.signals import Requests, install

    requests = Requests()
    install(requests)  # first: a SIGTERM during start-up must also end in a clean exit
    verbose = ctx.find_root().params.get("verbose", 0)
    configure_logging(log_format, logging.DEBUG if verbose >= 2 else logging.INFO)
    for noisy in ("apscheduler", "alembic", "tzlocal"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # A job still draining when its next run comes due is expected (max_instances=1), not news.
    logging.getLogger("apscheduler.scheduler").addFilter(
        lambda record: "maximum number of running instances" not in record.getMessage())
    settings = cli.settings
    engine = cli.engine()  # applies migrations
    with ExitStack() as stack:
        connections = _fakes(stack, settings) if fake else None
        daemon = Daemon(settings, engine, connections=connections, requests=requests)
        port = metrics_port or settings.daemon.metrics_port
        if port and not once:
            from brandwatch.daemon.metrics import serve_metrics

            host = metrics_host or settings.daemon.metrics_host
            server, _thread = serve_metrics(daemon.factory, settings, daemon.clock, port, host)
            stack.callback(server.shutdown)
            logging.getLogger("brandwatch.daemon").info("metrics on http://%s:%d/metrics", host, port)
        console = None if once or no_console else console_port or settings.daemon.console_port
        if console:
            daemon.console_url = _serve_console(stack, engine, settings, settings.daemon.console_host, console)
        failures: list[str] = []
        if once:
            failures = daemon.run_once()
        else:
            daemon.run_forever()
    engine.dispose()
    if failures:  # the same rule as `collect --once`: exit 1 when a source retried, failed or is disabled
        for line in failures:
            click.echo(f"failed: {line}", err=True)
        sys.exit(1)
    sys.exit(0)


def _serve_console(stack: ExitStack, engine, settings, host: str, port: int) -> str:
    """The review console in a thread of the daemon, so one command runs the whole product.

    The socket is bound here, before the daemon starts: uvicorn in a thread would only log a busy port
    and end its thread, and the daemon would run on without the console it announced."""
    import socket
    import threading

    from brandwatch.cli.serve_cmd import announce_first_admin
    from brandwatch.errors import ConfigError
    from brandwatch.web.accounts import ensure_first_admin
    from brandwatch.web.server import build_server

    try:
        listener = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    except OSError as exc:
        raise ConfigError(f"the review console cannot listen on {host}:{port}: {exc.strerror or exc}; free the "
                          "port, set daemon.console_port to another one, or start with --no-console") from None
    announce_first_admin(ensure_first_admin(engine))
    server = build_server(engine, settings, host, port, log_level="warning")
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="console", daemon=True)
    thread.start()

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    # The stack unwinds last-in first-out: uvicorn stops (and closes its server) before the socket goes.
    stack.callback(listener.close)
    stack.callback(stop)
    url = f"http://{host}:{port}"
    logging.getLogger("brandwatch.daemon").info("review console on %s", url)
    return url


def _fakes(stack: ExitStack, settings) -> dict:
    from brandwatch.rosters import load_roster
    from brandwatch.testing.cli_fakes import start_fakes

    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    enabled = [source for source in settings.sources if source.enabled]
    return start_fakes(stack, settings, roster, enabled, 0, lambda source, started: logging.getLogger(
        "brandwatch.daemon").info("%s: %s holds %d posts", source.name, started.description, started.holds))
