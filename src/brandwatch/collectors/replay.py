"""Replaying posts from a JSON Lines file in the `scan` input format, at a configurable rate.

Runs with no credentials: by default on the bundled sample posts. The checkpoint is the number of
lines consumed, stored with each batch, so a restart continues where the last stored batch ended;
lines appended later are picked up by the next run. A malformed line is kept raw (with its line
number) in rejected_items and skipped.
"""

from __future__ import annotations

from importlib import resources
from itertools import islice
from pathlib import Path
from typing import IO, Iterator

from brandwatch.collectors.base import Batch, Checkpoint, Clock, RejectedItem, RetryLater
from brandwatch.config import ReplaySource
from brandwatch.scan_io import parse_line


class ReplayCollector:
    platform = "replay"  # only names the source's rejected items; each mention keeps its own platform

    def __init__(self, source: ReplaySource, clock: Clock):
        self.name = source.name
        self.source = source
        self._clock = clock

    def _open(self) -> IO[str]:
        if self.source.path is None:
            bundled = resources.files("brandwatch.data").joinpath("sample_posts.jsonl")
            return bundled.open(encoding="utf-8", errors="replace")
        path = Path(self.source.path)
        if not path.is_file():  # it may appear later (an export still being copied): retry, not crash
            raise RetryLater(f"replay file {path} does not exist")
        return path.open(encoding="utf-8", errors="replace")

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        done = checkpoint.get("line", 0)
        done = done if isinstance(done, int) and done >= 0 else 0
        rate = self.source.rate_per_second
        with self._open() as lines:
            numbered = enumerate(lines, start=1)
            skipped = list(islice(numbered, done))
            if len(skipped) < done:  # the file got shorter: it was replaced, read it again from the top
                yield from self.collect({**checkpoint, "line": 0})
                return
            while True:
                chunk = list(islice(numbered, self.source.batch_size))
                if not chunk:
                    return
                mentions, rejected = [], []
                for number, text in chunk:
                    if not text.strip():
                        continue
                    parsed = parse_line(text, number)
                    if parsed.mention is None and not text.endswith("\n"):
                        chunk = chunk[:number - chunk[0][0]]  # a last line still being written: next run
                        break
                    if parsed.mention is not None:
                        mentions.append(parsed.mention)
                    else:
                        rejected.append(RejectedItem(str(parsed.error), {"line": number, "text": text.rstrip("\n")},
                                                     parsed.error.post_id if parsed.error else None))
                if not chunk:
                    return
                done = chunk[-1][0]
                yield Batch(tuple(mentions), {**checkpoint, "line": done}, tuple(rejected), "file")
                if rate > 0:
                    self._clock.sleep(len(chunk) / rate)
