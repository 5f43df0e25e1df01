"""Generated share-of-voice data: analysed mentions whose stored `voices` the triggers count."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from brandwatch.store.db import transaction
from brandwatch.store.models import Mention


@dataclass(frozen=True)
class VoicePost:
    day: date
    sentiment: str
    voices: tuple[tuple[str, bool, bool], ...]  # (name, competitor, complaint about it)


def generated_posts(first: date, days: int, seed: int = 7) -> list[VoicePost]:
    """A few days of posts about Acme (brand), Globex and Initech (competitors), some about two at once."""
    rng = random.Random(seed)
    posts = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        for _ in range(rng.randint(3, 9)):
            named = rng.sample([("Acme", False), ("Globex", True), ("Initech", True)], k=rng.choice((1, 1, 2)))
            posts.append(VoicePost(day, rng.choice(("negative", "neutral", "positive")),
                                   tuple((name, competitor, rng.random() < 0.3) for name, competitor in named)))
    return posts


def store_voice_posts(factory, posts: list[VoicePost], prefix: str = "sov") -> None:
    with transaction(factory) as session:
        for index, post in enumerate(posts):
            voices = [{"name": name, "competitor": competitor, "complaint": complaint, "topic": None,
                       "sentiment": post.sentiment} for name, competitor, complaint in post.voices]
            analysis = {"voices": voices, "brand": next((n for n, c, _ in post.voices if not c), None)}
            if all(competitor for _, competitor, _ in post.voices):
                analysis["competitor_only"] = True
            else:
                analysis["sentiment"] = {"label": post.sentiment, "score": 0.9}
            created = datetime.combine(post.day, time(10, index % 60), timezone.utc)
            session.add(Mention(platform="x", external_id=f"{prefix}-{index}", source="replay", status="analysed",
                                text=f"post {index}", created_at=created, analysis=analysis))


def expected_counts(posts: list[VoicePost], first: date, last: date) -> dict[str, Counter]:
    """Per voice name, counted here independently of the report: mentions, complaints and labels."""
    found: dict[str, Counter] = {}
    for post in posts:
        if not first <= post.day <= last:
            continue
        for name, _, complaint in post.voices:
            counts = found.setdefault(name, Counter())
            counts["mentions"] += 1
            counts["complaints"] += complaint
            counts[post.sentiment] += 1
    return found
