"""Run a local fake API in its own process, for the daemon's crash tests and bench/ soaks.

    python -m brandwatch.testing.serve reddit --seed 400 --term Acme --subreddit acme
    python -m brandwatch.testing.serve x --seed 320 --add-per-second 50

Prints one JSON line — {"url", "credentials"} — then serves until SIGTERM or SIGINT. Point a
source at it with `api_base_url: <url>` and export the printed credentials. While it runs,
POST <url>/_fake/seed?count=N adds posts and GET <url>/_fake/ids lists them.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from brandwatch.testing.cli_fakes import fake_for, faked_platforms


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m brandwatch.testing.serve", description=__doc__.splitlines()[0])
    parser.add_argument("platform", choices=faked_platforms())
    parser.add_argument("--seed", type=int, default=0, help="posts to hold from the start")
    parser.add_argument("--term", default="Acme", help="the brand term seeded posts name")
    parser.add_argument("--subreddit", action="append", default=[],
                        help="where seeded posts appear, on platforms that have places (Reddit: subreddits)")
    parser.add_argument("--roster", action="append", default=[], help="accounts that also post")
    parser.add_argument("--add-per-second", type=float, default=0, help="new posts per second while running")
    args = parser.parse_args(argv)

    platform = fake_for(args.platform)
    assert platform is not None  # argparse admitted only platforms with a fake
    fake = platform.standalone(args.seed, args.term, args.subreddit, args.roster)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    owed = 0.0  # fractional posts carried between ticks, so 0.5/s adds one post every 2 s
    with fake:
        print(json.dumps({"url": fake.url, "credentials": fake.credentials}), flush=True)
        while not stop.wait(1.0):
            owed += args.add_per_second
            if owed >= 1:
                fake.seed_more(int(owed))
                owed -= int(owed)
    sys.exit(0)


if __name__ == "__main__":
    main()
