"""`brandwatch serve`: the review console on http://127.0.0.1:8080 by default."""

from __future__ import annotations

from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli


def announce_first_admin(password: str | None) -> None:
    """Print the generated admin password once; it is stored only as an argon2 hash."""
    if password:
        click.echo("No console account existed, so one was created:\n"
                   f"  account: admin\n  password: {password}\n"
                   "This password is shown only once. Change it with `brandwatch users set-password admin`.",
                   err=True)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. 0.0.0.0 exposes the console to the network: put TLS in front.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option("--secure-cookies", is_flag=True,
              help="Send the session cookie over HTTPS only (set this behind a TLS proxy).")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, path_type=Path),
              help="Rule directory whose titles and descriptions the console shows (default: the bundled rules).")
@pass_cli
def command(cli: CliContext, host: str, port: int, secure_cookies: bool, rules_dir: Path | None) -> None:
    """Run the review console (creates an `admin` account on first start)."""
    from brandwatch.web.accounts import ensure_first_admin
    from brandwatch.web.server import build_server

    if host not in ("127.0.0.1", "localhost", "::1") and not secure_cookies:
        click.echo(f"warning: listening on {host} without --secure-cookies; the console has no TLS of its own, "
                   "so put an HTTPS proxy in front and pass --secure-cookies", err=True)
    engine = cli.engine()
    announce_first_admin(ensure_first_admin(engine))
    click.echo(f"review console on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    build_server(engine, cli.settings, host, port, https_only=secure_cookies, rules_dir=rules_dir).run()
