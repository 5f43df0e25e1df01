"""Replaying posts from a JSON Lines file in the `scan` input format, at a configurable rate.

Runs with no credentials: by default on the bundled sample posts. The checkpoint is the number of
lines and bytes consumed, stored with each batch, so a restart continues where the last stored batch
ended without re-reading the file; lines appended later are picked up by the next run. A malformed line is kept raw (with its line
number) in rejected_items and skipped.
"""

from __future__ import annotations

from importlib import resources
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator, Literal

from pydantic import Field

from brandwatch.catalogue import PlatformDescriptor
from brandwatch.collectors.base import Batch, Checkpoint, RejectedItem, RetryLater
from brandwatch.config import SourceBase
from brandwatch.model.clock import Clock
from brandwatch.scan_io import parse_line

if TYPE_CHECKING:
    from brandwatch.collectors.registry import BuildContext


class ReplaySource(SourceBase):
    type: Literal["replay"]
    path: Path | None = None  # None: the bundled sample posts; relative: to the config file's directory
    rate_per_second: float = Field(default=0, ge=0)  # 0: as fast as the pipeline takes them
    batch_size: int = Field(default=100, ge=1, le=10000)  # posts stored per transaction


class ReplayCollector:
    platform = "replay"  # only names the source's rejected items; each mention keeps its own platform

    def __init__(self, source: ReplaySource, clock: Clock):
        self.name = source.name
        self.source = source
        self._clock = clock

    def _open(self) -> IO[bytes]:
        if self.source.path is None:
            return resources.files("brandwatch.data").joinpath("sample_posts.jsonl").open("rb")
        path = Path(self.source.path)
        if not path.is_file():  # it may appear later (an export still being copied): retry, not crash
            raise RetryLater(f"replay file {path} does not exist")
        return path.open("rb")

    def collect(self, checkpoint: Checkpoint) -> Iterator[Batch]:
        line, offset = _position(checkpoint)
        rate = self.source.rate_per_second
        with self._open() as handle:
            size = handle.seek(0, 2)
            if offset > size:  # the file got shorter: it was replaced, read it again from the top
                line, offset = 0, 0
            # Resume by byte offset: a long-running replay never re-reads (or holds) what it consumed.
            handle.seek(offset)
            numbered = enumerate(handle, start=line + 1)
            while True:
                chunk = list(islice(numbered, self.source.batch_size))
                if not chunk:
                    return
                mentions, rejected, consumed = [], [], 0
                for number, raw in chunk:
                    text = raw.decode("utf-8", errors="replace")
                    if text.strip():
                        parsed = parse_line(text, number)
                        if parsed.mention is None and not text.endswith("\n"):
                            break  # a last line still being written: the next run reads it whole
                        if parsed.mention is not None:
                            mentions.append(parsed.mention)
                        else:
                            rejected.append(RejectedItem(str(parsed.error), {"line": number, "text": text.rstrip("\n")},
                                                         parsed.error.post_id if parsed.error else None))
                    line, offset, consumed = number, offset + len(raw), consumed + 1
                if consumed == 0:
                    return
                yield Batch(tuple(mentions), {**checkpoint, "line": line, "offset": offset}, tuple(rejected), "file")
                if consumed < len(chunk):
                    return
                if rate > 0:
                    self._clock.sleep(consumed / rate)


def _position(checkpoint: Checkpoint) -> tuple[int, int]:
    line, offset = checkpoint.get("line", 0), checkpoint.get("offset", 0)
    if not (isinstance(line, int) and isinstance(offset, int) and line >= 0 and offset >= 0):
        return 0, 0
    if line and not offset:  # a checkpoint from before offsets were kept: re-read; storage drops duplicates
        return 0, 0
    return line, offset


def _build(source: ReplaySource, context: BuildContext) -> ReplayCollector:
    return ReplayCollector(source, context.clock)


PLATFORM = PlatformDescriptor(
    name="replay", config=ReplaySource, build=_build,
    summary="posts replayed from a JSON Lines file in the `scan` input format; needs no credentials")
