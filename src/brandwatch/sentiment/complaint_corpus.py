"""The complaint/topic corpus the multi-task model learns from (data/complaints/README.md)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from brandwatch.model.sentiment import LABELS
from brandwatch.sentiment.training_data import TrainingDataError

TOPICS = ("product", "staff", "policy", "other")
DATA_ENV = "BRANDWATCH_COMPLAINT_DATA"
SPLITS = ("train", "validation")


@dataclass(frozen=True, slots=True)
class LabelledPost:
    id: str
    split: str
    lang: str
    brand: str
    handle: str
    text: str
    complaint: bool
    topic: str | None
    sentiment: str
    template: str = ""


def default_corpus_path() -> Path:
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    return Path(__file__).resolve().parents[3] / "data" / "complaints" / "corpus.jsonl"


def read_posts(path: Path | None = None) -> list[LabelledPost]:
    """Every post; a bad line fails with file:line and the field."""
    path = path or default_corpus_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise TrainingDataError(f"{path}: complaint corpus not found (set {DATA_ENV})") from None
    posts = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels = row["labels"]
            post = LabelledPost(str(row["id"]), row["split"], row.get("lang", "en"), row.get("brand", ""),
                                row.get("handle", ""), row["text"], labels["complaint"], labels["topic"],
                                labels["sentiment"], row.get("template", ""))
        except json.JSONDecodeError as exc:
            raise TrainingDataError(f"{path}:{number}: not JSON ({exc.msg})") from None
        except (KeyError, TypeError) as exc:
            raise TrainingDataError(f"{path}:{number}: field {exc} missing") from None
        _check(path, number, post)
        posts.append(post)
    return posts


def _check(path: Path, number: int, post: LabelledPost) -> None:
    problems = [("split", post.split not in SPLITS), ("labels.complaint", not isinstance(post.complaint, bool)),
                ("labels.topic", post.topic not in (*TOPICS, None) or (post.topic is None) == post.complaint),
                ("labels.sentiment", post.sentiment not in LABELS), ("text", not isinstance(post.text, str))]
    for field, bad in problems:
        if bad:
            raise TrainingDataError(f"{path}:{number}: field '{field}' is invalid for post {post.id}")


def split_posts(posts: list[LabelledPost]) -> tuple[list[LabelledPost], list[LabelledPost]]:
    return [p for p in posts if p.split == "train"], [p for p in posts if p.split == "validation"]
