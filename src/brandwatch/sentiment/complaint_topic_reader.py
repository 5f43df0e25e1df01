"""What a complaint is about (product / staff / policy / other) for the default (lexicon) install,
read the way the complaint reader reads a post (`complaint_reader.py`: words, word pairs and each
word's byte pieces, counted, the judged brand masked): a four-way logistic regression trained on the
complaint corpus's complaints and the hand-written labelled batches
(`complaint_reader_training.fit_topics`, `scripts/train_complaint_reader.py`).

The complaint detector asks it only when no cue rule names a specific topic, and takes its answer
only when it is sure (`detectors/complaints.py`, `TOPIC_SURE`). Weights ship as package data
(`brandwatch/data/complaint_topic_reader.json`, int8 with one scale) and are read on first use.
"""

from __future__ import annotations

import base64
import json
import math
import zlib
from array import array
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from brandwatch.sentiment.complaint_reader import BYTE_GRAMS, MEMO_WORD_MAX, WORD_MEMO_LIMIT, pair_bucket, word_pieces, words

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "complaint_topic_reader.json"
TOPICS = ("product", "staff", "policy", "other")


class TopicReader:
    def __init__(self, weights: list[array], biases: list[float], scale: float = 1.0,
                 grams: tuple[int, ...] = BYTE_GRAMS, description: str = ""):
        """`weights[k][bucket] * scale` is the weight of a bucket for topic `TOPICS[k]`."""
        if len(weights) != len(TOPICS) or len(biases) != len(TOPICS) or len({len(w) for w in weights}) != 1:
            raise ValueError("a topic reader needs one weight row of equal length and one bias per topic")
        self.weights = weights
        self.biases = list(biases)
        self.scale = scale
        self.buckets = len(weights[0])
        self.grams = tuple(grams)
        self.description = description
        self._memo: dict = {}

    def _sums(self, buckets: tuple[int, ...] | list[int]) -> tuple[float, ...]:
        if len(buckets) == 1:
            return tuple(row[buckets[0]] for row in self.weights)
        pick = itemgetter(*buckets)
        return tuple(sum(pick(row)) for row in self.weights)

    def probabilities(self, lowered: str) -> dict[str, float]:
        """Each topic's probability for a post lower-cased with the brand masked."""
        memo, sums, count, hashes = self._memo, [], 0, []
        for word in words(lowered):
            if (entry := memo.get(word)) is None:
                if len(memo) >= WORD_MEMO_LIMIT:
                    memo.clear()
                own, pieces = word_pieces(word, self.buckets, self.grams)
                entry = (own, self._sums(pieces), len(pieces))
                if len(word) <= MEMO_WORD_MAX:
                    memo[word] = entry
            hashes.append(entry[0])
            sums.append(entry[1])
            count += entry[2]
        if len(hashes) > 1:
            pairs = [pair_bucket(a, b, self.buckets) for a, b in zip(hashes, hashes[1:])]
            sums.append(self._sums(pairs))
            count += len(pairs)
        totals = [sum(column) for column in zip(*sums)] if sums else [0.0] * len(TOPICS)
        norm = self.scale / math.sqrt(count) if count else 0.0
        logits = [b + norm * t for b, t in zip(self.biases, totals)]
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return {topic: e / total for topic, e in zip(TOPICS, exps)}

    def sure_topic(self, lowered: str, at_least: float) -> str | None:
        """The likeliest topic when its probability reaches `at_least`, else None."""
        chances = self.probabilities(lowered)
        best = max(chances, key=chances.__getitem__)
        return best if chances[best] >= at_least else None

    def to_json(self) -> dict:
        biggest = max((abs(x) for row in self.weights for x in row), default=0.0) * self.scale
        scale = biggest / 127 or 1.0
        rows = [row if row.typecode == "b" and self.scale == scale else
                array("b", (max(-127, min(127, round(x * self.scale / scale))) for x in row)) for row in self.weights]
        return {"format": 1, "topics": list(TOPICS), "buckets": self.buckets, "biases": self.biases,
                "scale": scale, "grams": list(self.grams), "description": self.description,
                "weights": [base64.b64encode(zlib.compress(row.tobytes(), 9)).decode("ascii") for row in rows]}

    @classmethod
    def from_json(cls, data: dict) -> "TopicReader":
        if tuple(data["topics"]) != TOPICS:
            raise ValueError("topic reader written for other topics")
        rows = []
        for packed in data["weights"]:
            row = array("b")
            row.frombytes(zlib.decompress(base64.b64decode(packed)))
            if len(row) != data["buckets"]:
                raise ValueError("topic reader weights do not match their bucket count")
            rows.append(row)
        return cls(rows, [float(b) for b in data["biases"]], float(data["scale"]), tuple(data["grams"]),
                   data.get("description", ""))


def save(reader: TopicReader, path: Path) -> None:
    path.write_text(json.dumps(reader.to_json()) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_topic_reader() -> TopicReader | None:
    """The topic reader shipped with brandwatch, read once; None when the package lacks it."""
    try:
        text = SHIPPED.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return TopicReader.from_json(json.loads(text))
