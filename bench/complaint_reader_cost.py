"""What the default install's complaint reader costs per post: CPU time of `Analyzer.analyze_one` on
the complaint corpus with the reader off (`reader_weight` 0, the cues alone) and on, interleaved in
one process so that other load on the machine weighs on both alike.

    PYTHONPATH=src python bench/complaint_reader_cost.py [--rounds 5] [--reader PATH ...] [--stream N]

Each `--reader` is a reader file to time beside the shipped one (e.g. one trained with other n-gram
lengths by `scripts/train_complaint_reader.py --grams 4 --out PATH`). Sentiment is read once before
timing, so the figures are the analysis past the backend. The shipped rows include the topic reader
(asked on complaints no cue rule gives a topic); "shipped, no topic reader" leaves it out.
"""

from __future__ import annotations

import argparse
import json
import time
from array import array
from datetime import datetime, timezone
from pathlib import Path

from brandwatch.config import Brand, Settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.model.post import Author, Post
from brandwatch.rules import load_rules
from brandwatch.sentiment.complaint_corpus import read_posts
from brandwatch.sentiment.complaint_reader import ComplaintReader, shipped_reader
from brandwatch.sentiment.complaint_topic_reader import TOPICS, TopicReader
from brandwatch.sentiment.vader import VaderBackend


class _NoTopic(TopicReader):
    """A topic reader that is never sure, at no cost."""

    def __init__(self):
        super().__init__([array("b", [0]) for _ in TOPICS], [0.0] * len(TOPICS))

    def sure_topic(self, lowered: str, at_least: float) -> None:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--every", type=int, default=1, help="take every Nth corpus post (a quick run)")
    parser.add_argument("--reader", type=Path, nargs="*", default=[])
    parser.add_argument("--stream", type=int, default=0,
                        help="time N posts of the scan's generated stream (bench/corpus.py) under the repo's "
                             "config instead of the complaint corpus")
    args = parser.parse_args()
    readers = {"shipped": shipped_reader()}
    readers.update({path.name: ComplaintReader.from_json(json.loads(path.read_text(encoding="utf-8")))
                    for path in args.reader})
    backend = VaderBackend()
    analyzers, work = _stream_work(backend, args.stream) if args.stream else _corpus_work(backend, args.every)
    _time(analyzers, work, readers, args.rounds, f"{len(work)} {'stream' if args.stream else 'corpus'} posts")


def _stream_work(backend, count: int):
    """The scan's generated stream, judged for the repo config's brands as `bench/analysis_cpu.py` does."""
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.corpus import generate
    from bench.pipeline_profile import bench_config
    from brandwatch.config import load_settings
    from brandwatch.rosters import load_roster

    settings = load_settings(bench_config(Path(tempfile.mkdtemp())))
    analyzer = Analyzer(settings, backend, load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"k" * 32)
    rows = list(generate(count))
    sentiments = backend.analyze([r["text"] for r in rows])
    work = [(analyzer, Post(platform=r["platform"], external_id=r["id"], text=r["text"],
                            author=Author(handle=r["author"]),
                            created_at=datetime.fromisoformat(r["created_at"].replace("Z", "+00:00"))), s)
            for r, s in zip(rows, sentiments)]
    return {"stream": analyzer}, work


def _corpus_work(backend, every: int):
    posts = read_posts()[::every]
    sentiments = backend.analyze([p.text for p in posts])
    analyzers: dict[str, Analyzer] = {}
    work = []
    when = datetime(2026, 11, 1, tzinfo=timezone.utc)
    for i, (post, sentiment) in enumerate(zip(posts, sentiments)):
        if post.brand not in analyzers:
            settings = Settings(brands=[Brand(name=post.brand, handles={"x": [post.handle]})])
            analyzers[post.brand] = Analyzer(settings, backend, None, load_rules(None, settings),
                                             fingerprint_key=b"k" * 32)
        mention = Post(platform="x", external_id=str(i), text=post.text, author=Author(handle="someone"),
                       created_at=when)
        work.append((analyzers[post.brand], mention, sentiment))
    return analyzers, work


def _time(analyzers: dict, work: list, readers: dict, rounds: int, what: str) -> None:
    weight = Settings().complaints.reader_weight
    runs = {"cues alone": (0.0, None, True), **{name: (weight, reader, True) for name, reader in readers.items()},
            "shipped, no topic reader": (weight, readers["shipped"], False)}
    spent = {name: [] for name in runs}
    for round_ in range(rounds + 1):
        for name, (reader_weight, reader, topics) in runs.items():
            for analyzer in analyzers.values():
                # The watched competitors' detectors read too (the repo config has some).
                for detector in [analyzer.complaints, *(d for _, d in analyzer.competitors)]:
                    detector.reader_weight = reader_weight
                    detector._reader = reader
                    # The topic reader is asked only beside the complaint reader; this row leaves it out.
                    detector._topic_reader = None if topics else _NoTopic()
            cpu = time.process_time()
            for analyzer, mention, sentiment in work:
                analyzer.analyze_one(mention, sentiment)
            if round_:  # the first round warms caches and is not counted
                spent[name].append((time.process_time() - cpu) / len(work) * 1e6)
    base = min(spent["cues alone"])
    print(f"{what}, best of {rounds} interleaved rounds, CPU µs per post:")
    for name, times in spent.items():
        print(f"  {name:28s} {min(times):7.1f}  ({min(times) / base - 1:+.1%} over the cues alone; "
              f"median {sorted(times)[len(times) // 2]:.1f})")


if __name__ == "__main__":
    main()
