"""A small learned complaint reader for the default (lexicon) install: no torch, no numpy.

Hashed words, word pairs and the 3- and 4-byte pieces of each word (as fastText reads sub-words),
counted and weighed by a logistic regression trained on the complaint corpus
(`brandwatch.sentiment.complaint_reader_training`). A word's summed piece weights are worked out once
and kept, so a post costs a look-up per word, not a hash per byte (readers trained before took distinct
pieces of the whole post and still read that way: `features: "bytes"`). The brand the
post is judged for is masked by the caller, so the reader learns how a grievance is worded, not
which of the training brands had it. Its probability is one piece of evidence beside the cue
reading (`detectors/complaints.py`), which keeps the say over whose grievance it is.

The weights ship as package data (`brandwatch/data/complaint_reader.json`, int8 with one scale,
~70 KiB) and are read on the first post that needs them.
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from array import array
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "complaint_reader.json"
BRAND_TOKEN = "qqbrand"  # what the caller puts where the judged brand is named
_TOKEN = re.compile(r"[\w@#'’]+|[?!]")
_HANDLE = re.compile(r"@\w+")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# The byte n-gram lengths a new reader is trained with; a shipped reader names its own. 5-byte pieces
# cost a third of the reader's time and held-out writers' posts read as well without them
# (bench/complaint_reader_experiment.py --grams 3,4,5 3,4).
BYTE_GRAMS = (3, 4)
# "pieces": words, pairs and byte n-grams of each word, counted; "bytes": distinct ones of the whole post.
FEATURES = "pieces"
_PIECE_TOKEN = re.compile(r"[\w@#'’]+|[^\w\s]")
# Words whose buckets are kept per reader; past this the memo starts again (a long-running daemon sees
# new words forever, most of them once).
WORD_MEMO_LIMIT = 50_000
# Longer tokens (keys, hashes, base64 blobs) are read but not remembered: they rarely recur, and 50,000
# of them could pin gigabytes.
MEMO_WORD_MAX = 64
_PAIR_MIX = 0x9E3779B1  # an odd multiplier spreads a word pair's two hashes over the buckets


def normalise(lowered: str) -> str:
    """Other handles become one token and numbers one shape: "@globex" and "@acme_help" teach the
    same thing, and so do "4471" and "12"."""
    text = _HANDLE.sub("@user", lowered)
    return _SPACE.sub(" ", _DIGITS.sub("0", text)).strip()


def buckets_of(lowered: str, buckets: int, grams: tuple[int, ...] = BYTE_GRAMS) -> set[int]:
    """The post's distinct feature buckets: words, word pairs and `grams`-byte pieces of the UTF-8 text,
    each family hashed with its own crc32 seed (crc32, unlike `hash`, is the same in every process)."""
    text = normalise(lowered)
    words = _TOKEN.findall(text)
    crc = zlib.crc32
    found = {crc(w.encode("utf-8"), 1) % buckets for w in words}
    found.update(crc(f"{a} {b}".encode("utf-8"), 2) % buckets for a, b in zip(words, words[1:]))
    padded = f" {text} ".encode("utf-8")
    for n in grams:
        found.update(crc(padded[i:i + n], n) % buckets for i in range(len(padded) - n + 1))
    return found


def word_pieces(word: str, buckets: int, grams: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
    """A word's own hash (for pairs) and its buckets: the word and its space-padded byte n-grams.
    Normalised here, once per distinct word, as `normalise` does whole posts: any other handle is
    "@user" and any run of digits "0"."""
    crc = zlib.crc32
    word = "@user" if word[0] == "@" and len(word) > 1 else _DIGITS.sub("0", word)
    raw = word.encode("utf-8")
    padded = b" " + raw + b" "
    own = crc(raw, 1)
    return own, (own % buckets, *(crc(padded[i:i + n], n) % buckets
                                  for n in grams for i in range(len(padded) - n + 1)))


def pair_bucket(first: int, second: int, buckets: int) -> int:
    return (first * _PAIR_MIX + second) % buckets


def words(lowered: str) -> list[str]:
    """The tokens a word-piece reader reads: words, handles, hashtags and single symbols (each
    normalised by `word_pieces` when it is first seen, so a post costs one regex pass)."""
    return _PIECE_TOKEN.findall(lowered)


def hashed(lowered: str, buckets: int, grams: tuple[int, ...] = BYTE_GRAMS, features: str = FEATURES,
           memo: dict | None = None) -> list[int]:
    """The post's buckets in order, for training: distinct ones for "bytes", and for "pieces" every
    word's pieces and every word pair, a bucket counted as often as it comes (as `log_odds` reads)."""
    if features == "bytes":
        return sorted(buckets_of(lowered, buckets, grams))
    memo = {} if memo is None else memo
    entries = []
    for word in words(lowered):
        if (entry := memo.get(word)) is None:
            entry = memo[word] = word_pieces(word, buckets, grams)
        entries.append(entry)
    out = [b for _, pieces in entries for b in pieces]
    out += [pair_bucket(a[0], b[0], buckets) for a, b in zip(entries, entries[1:])]
    return sorted(out)


class ComplaintReader:
    def __init__(self, weights: array, bias: float, description: str = "", scale: float = 1.0,
                 grams: tuple[int, ...] = BYTE_GRAMS, features: str = FEATURES):
        """`weights` times `scale` are the feature weights: int8 with a scale as shipped (read without
        converting a quarter of a million numbers), floats with scale 1 fresh from training."""
        self.weights = weights
        self.scale = scale
        self.bias = bias
        self.buckets = len(weights)
        self.description = description
        self.grams = tuple(grams)
        if features not in ("pieces", "bytes"):
            raise ValueError(f"unknown complaint reader features {features!r}")
        self.features = features
        self._memo: dict = {}

    def log_odds(self, lowered: str) -> float:
        """The reader's complaint log-odds for a post already lower-cased with the brand masked.
        The feature vector has unit length, as in training."""
        if self.features == "bytes":
            return self._bytes_log_odds(lowered)
        # Each word's summed piece weights are worked out once and kept: a post then costs a look-up
        # per word and one per word pair.
        memo, total, count, hashes = self._memo, 0.0, 0, []
        for word in words(lowered):
            if (entry := memo.get(word)) is None:
                if len(memo) >= WORD_MEMO_LIMIT:
                    memo.clear()
                own, pieces = word_pieces(word, self.buckets, self.grams)
                entry = (own, sum(itemgetter(*pieces)(self.weights)) if len(pieces) > 1
                         else self.weights[pieces[0]], len(pieces))
                if len(word) <= MEMO_WORD_MAX:
                    memo[word] = entry
            hashes.append(entry[0])
            total += entry[1]
            count += entry[2]
        if len(hashes) > 1:
            buckets = self.buckets
            pairs = [(a * _PAIR_MIX + b) % buckets for a, b in zip(hashes, hashes[1:])]
            total += sum(itemgetter(*pairs)(self.weights)) if len(pairs) > 1 else self.weights[pairs[0]]
            count += len(pairs)
        if not count:
            return self.bias
        return self.bias + self.scale * total / math.sqrt(count)

    def _bytes_log_odds(self, lowered: str) -> float:
        found = buckets_of(lowered, self.buckets, self.grams)
        if not found:
            return self.bias
        # One itemgetter call fetches all the weights, a third cheaper than a lookup per bucket; it
        # hands back a bare number, not a tuple, for a single bucket.
        picked = itemgetter(*found)(self.weights)
        total = picked if len(found) == 1 else sum(picked)
        return self.bias + self.scale * total / math.sqrt(len(found))

    def probability(self, lowered: str) -> float:
        return 1 / (1 + math.exp(-self.log_odds(lowered)))

    def to_json(self) -> dict:
        if self.weights.typecode == "b":
            quantised, scale = self.weights, self.scale
        else:
            scale = max((abs(x) for x in self.weights), default=0.0) * self.scale / 127 or 1.0
            quantised = array("b", (max(-127, min(127, round(x * self.scale / scale))) for x in self.weights))
        return {"format": 1, "buckets": self.buckets, "bias": self.bias, "scale": scale,
                "description": self.description, "grams": list(self.grams), "features": self.features,
                "weights": base64.b64encode(zlib.compress(quantised.tobytes(), 9)).decode("ascii")}

    @classmethod
    def from_json(cls, data: dict) -> "ComplaintReader":
        quantised = array("b")
        quantised.frombytes(zlib.decompress(base64.b64decode(data["weights"])))
        if len(quantised) != data["buckets"]:
            raise ValueError("complaint reader weights do not match their bucket count")
        # Readers written before the n-gram lengths were recorded all used 3, 4 and 5, and before the
        # features were recorded, pieces of the whole post.
        return cls(quantised, float(data["bias"]), data.get("description", ""), float(data["scale"]),
                   tuple(data.get("grams", (3, 4, 5))), data.get("features", "bytes"))


def save(reader: ComplaintReader, path: Path) -> None:
    path.write_text(json.dumps(reader.to_json()) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_reader() -> ComplaintReader | None:
    """The reader shipped with brandwatch, read once; None when the package lacks it."""
    try:
        text = SHIPPED.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return ComplaintReader.from_json(json.loads(text))
