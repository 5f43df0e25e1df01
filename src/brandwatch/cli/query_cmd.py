"""`brandwatch query test|native`: try a brand query on posts, and see what each platform is asked.

Exit codes: 0 done; 2 the query or the config is malformed, or an input line cannot be read.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.errors import ConfigError
from brandwatch.queries.explain import explain
from brandwatch.queries.facts import PostFacts
from brandwatch.queries.lines import BadLine, facts_from_line
from brandwatch.queries.query import Query, compile_query
from brandwatch.query_syntax import QuerySyntaxError
from brandwatch.secrecy import scrub

PREVIEW = 70


@click.group("query")
def command() -> None:
    """Brand queries (docs/queries.md): try one on posts, show its native search queries."""


_WHICH = [
    click.option("--brand", "brand", help="Use this configured brand's query."),
    click.option("--competitor", "competitor", help="Use this configured competitor's query."),
    click.option("--query", "-q", "text", help="A query written here instead of a configured one."),
]


def _which(function):
    for option in reversed(_WHICH):
        function = option(function)
    return function


@command.command("test")
@_which
@click.option("--brief", is_flag=True, help="One line per post: match or no match, without the clauses.")
@pass_cli
def test_command(cli: CliContext, brand: str | None, competitor: str | None, text: str | None, brief: bool) -> None:
    """Read posts from stdin (JSON Lines or plain lines) and explain, per post, which clauses held."""
    query = _query(cli, brand, competitor, text)
    matched = total = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            facts = facts_from_line(line)
        except BadLine as exc:
            raise ConfigError(f"<stdin>:{number}: {exc}") from None
        facts = replace(facts, lang=_detected(facts))
        result = explain(query, facts)
        total += 1
        matched += result.matched
        preview = scrub(" ".join(facts.text.split()))[:PREVIEW] or ""
        click.echo(f"line {number}: {'MATCH' if result.matched else 'no match'}  {preview!r}")
        if not brief:
            for clause in result.lines():
                click.echo(f"  {scrub(clause)}")
    click.echo(f"{matched} of {total} posts matched")


@command.command("native")
@_which
@pass_cli
def native_command(cli: CliContext, brand: str | None, competitor: str | None, text: str | None) -> None:
    """Print each searchable platform's query derived from the query (results are re-checked locally)."""
    from brandwatch import catalogue

    query = _query(cli, brand, competitor, text)
    for platform in catalogue.platforms.all():
        if platform.native_search is None:
            continue
        native = platform.native_search(query.tree)
        click.echo(f"{platform.name}: {native if native is not None else '(none: this query cannot narrow a search there)'}")


def _query(cli: CliContext, brand: str | None, competitor: str | None, text: str | None) -> Query:
    if sum(x is not None for x in (brand, competitor, text)) != 1:
        raise click.UsageError("give exactly one of --brand, --competitor, --query")
    if text is not None:
        try:
            return compile_query(text)
        except QuerySyntaxError as exc:
            raise ConfigError(f"--query:1:{exc.offset + 1}: {exc.problem}") from None
    settings = cli.settings
    entries = settings.brands if brand is not None else settings.competitors
    wanted = brand if brand is not None else competitor
    found = next((e for e in entries if e.name.casefold() == str(wanted).casefold()), None)
    if found is None:
        kind = "brand" if brand is not None else "competitor"
        names = ", ".join(e.name for e in entries) or "none"
        raise ConfigError(f"no configured {kind} named '{wanted}' (configured: {names})")
    return compile_query(found.query if found.query is not None else _names_query(found))


def _names_query(entry) -> str:
    """What a brand without a query is matched by, as a query: any of its names (whole words here)."""
    names = [entry.name, *entry.aliases, *getattr(entry, "products", [])]
    names += [f"@{h.lstrip('@')}" for hs in getattr(entry, "handles", {}).values() for h in hs]
    return " OR ".join(f'"{n}"' for n in dict.fromkeys(n.strip() for n in names if n.strip()))


def _detected(facts: PostFacts):
    """lang: asks the language detector, falling back to the line's own `lang`."""
    from brandwatch.detectors.language import detect
    from brandwatch.model.analysis import UNDETERMINED

    given = facts.lang

    def lang() -> str | None:
        code = detect(facts.text).code
        return code if code != UNDETERMINED else (given if isinstance(given, str) else None)

    return lang
