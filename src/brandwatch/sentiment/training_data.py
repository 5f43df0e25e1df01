"""The human-rated sentences the offline model learns from, and the fixed validation split.

Four corpora (tweets, product reviews, movie reviews, newspaper opinion) from the VADER paper's
ground-truth release, each text's label being the mean of ~20 raters on -4..+4; see
`data/sentiment-ratings/README.md` for the source and its MIT licence.

The evaluation classes are fixed in advance and never tuned: mean rating below -0.5 is negative,
above +0.5 positive, anything between neutral. The split holds out exactly 15% of each corpus
(rounded), chosen by a keyed hash of (seed, corpus, id) so it does not depend on file order,
platform or Python's hash randomisation.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from brandwatch.errors import BrandwatchError

CORPORA = {
    "tweets": "tweets_GroundTruth.tsv",
    "amazon": "amazonReviewSnippets_GroundTruth.tsv",
    "movies": "movieReviewSnippets_GroundTruth.tsv",
    "nyt": "nytEditorialSnippets_GroundTruth.tsv",
}
# Fixed before any model was trained; the acceptance figures are measured against these.
EVAL_NEGATIVE_BELOW = -0.5
EVAL_POSITIVE_ABOVE = 0.5
VALIDATION_FRACTION = 0.15
SPLIT_SEED = 20141
DATA_ENV = "BRANDWATCH_SENTIMENT_DATA"


class TrainingDataError(BrandwatchError):
    """The rated-sentence files are missing or malformed; the message names file and line."""


@dataclass(frozen=True, slots=True)
class RatedText:
    corpus: str
    id: str
    rating: float  # mean human rating, -4 .. +4
    text: str


@dataclass(frozen=True, slots=True)
class Split:
    train: tuple[RatedText, ...]
    validation: tuple[RatedText, ...]


def evaluation_class(rating: float) -> str:
    """The class a rating counts as when scoring any model (fixed; never tuned)."""
    return rating_class(rating, EVAL_NEGATIVE_BELOW, EVAL_POSITIVE_ABOVE)


def rating_class(rating: float, negative_below: float, positive_above: float) -> str:
    if rating < negative_below:
        return "negative"
    if rating > positive_above:
        return "positive"
    return "neutral"


def default_data_dir() -> Path:
    """$BRANDWATCH_SENTIMENT_DATA, else `data/sentiment-ratings` of the source checkout."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    return Path(__file__).resolve().parents[3] / "data" / "sentiment-ratings"


def read_corpus(path: Path, corpus: str) -> list[RatedText]:
    """Rows of `id <TAB> mean rating <TAB> text`; a bad row fails with file:line and the field."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise TrainingDataError(
            f"{path}: rated-sentence file not found (set {DATA_ENV} or pass --data)") from None
    except UnicodeDecodeError as exc:
        raise TrainingDataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    rows: list[RatedText] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        if len(fields) != 3:
            raise TrainingDataError(f"{path}:{number}: expected 3 tab-separated fields "
                                    f"(id, rating, text), found {len(fields)}")
        identifier, rating_text, text = fields
        try:
            rating = float(rating_text)
        except ValueError:
            raise TrainingDataError(f"{path}:{number}: field 'rating': {rating_text!r} is not a number") from None
        if not -4.0 <= rating <= 4.0:
            raise TrainingDataError(f"{path}:{number}: field 'rating': {rating} is outside -4..4")
        rows.append(RatedText(corpus, identifier, rating, text))
    return rows


def load_corpora(data_dir: Path | None = None) -> dict[str, list[RatedText]]:
    directory = data_dir or default_data_dir()
    return {corpus: read_corpus(directory / name, corpus) for corpus, name in CORPORA.items()}


def split_corpus(rows: list[RatedText], *, seed: int = SPLIT_SEED,
                 fraction: float = VALIDATION_FRACTION) -> Split:
    """Hold out round(fraction * n) rows, chosen by hash rank; both parts keep file order."""
    held_out = round(len(rows) * fraction)
    ranked = sorted(range(len(rows)), key=lambda i: _rank(seed, rows[i]))
    validation_indices = set(ranked[:held_out])
    train = tuple(row for i, row in enumerate(rows) if i not in validation_indices)
    validation = tuple(row for i, row in enumerate(rows) if i in validation_indices)
    return Split(train, validation)


def split_all(corpora: dict[str, list[RatedText]], *, seed: int = SPLIT_SEED) -> dict[str, Split]:
    return {corpus: split_corpus(rows, seed=seed) for corpus, rows in corpora.items()}


def _rank(seed: int, row: RatedText) -> bytes:
    # Keyed on the id, not the position, so reordering a file keeps the split; rows sharing an id
    # (none do in the shipped files) keep file order through sorted()'s stability.
    return hashlib.sha256(f"{seed}\0{row.corpus}\0{row.id}".encode()).digest()
