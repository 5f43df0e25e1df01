"""Linguistic cues of a grievance that no single rule captures, read from `plain_lower` text.

Complaints are told from the customer's own experience ("my order", "I paid"), addressed to the
company ("@acme", "you"), often as questions, full of negation ("nobody", "never", "won't") and of
waiting ("3 weeks", "still", "since Monday"). Praise, news reports and comparisons in the brand's
favour share the angry vocabulary but not this shape. Patterns are fixed and free of nested
repetition, so Python's `re` runs them in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of)"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)"

FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|my|me|mine|myself|we|we're|we've|our|ours|us)\b")
EXPERIENCE = re.compile(
    r"\b(?:my|our) (?:[\w'-]+ ){0,2}(?:orders?|package|parcel|delivery|refund|account|card|bill|invoice|"
    r"subscription|plan|phone|device|laptop|unit|item|purchase|money|payment|warranty|claim|ticket|case|"
    r"repair|replacement|return|booking|reservation|flight|appointment|service|internet|connection|app|"
    r"car|battery|screen|charger|machine|product|membership|data|luggage|bag|seat)\b"
    r"|\b(?:i|we) (?:just |recently |literally )?(?:bought|ordered|paid|purchased|called|emailed|contacted|"
    r"returned|received|sent|requested|asked|chatted|messaged|tried|spent|got charged|was charged|have been|"
    r"had to|signed up|subscribed|upgraded|booked)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|yours|u|ur|y'all|yall)\b")
QUESTION_WORDS = re.compile(r"\b(?:why|when|how|where|what|who|is anyone|can someone|can you|could you|will you|"
                            r"are you|do you|does anyone)\b")
WAITING = re.compile(
    rf"\b{_NUMBER} {_UNIT} (?:late|ago|now|later|and|without|of waiting|on hold|overdue|past|since)\b"
    rf"|\b(?:for|over|more than|almost|nearly) {_NUMBER} {_UNIT}\b"
    r"|\bstill (?:waiting|no|not|nothing|haven't|havent|hasn't|hasnt|broken|down|missing|pending|stuck)\b"
    r"|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \w+|early \w+|\d)"
    r"|\b(?:yet to|on hold|in a queue|in the queue|overdue|days later|weeks later|months later)\b"
    r"|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|umpteenth) time\b|\bagain and again\b")
NEGATION = re.compile(r"\b(?:not|no|never|nobody|no one|noone|nothing|none|nowhere|can't|cant|cannot|won't|"
                      r"wont|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|aren't|arent|"
                      r"haven't|havent|hasn't|hasnt|couldn't|couldnt|wouldn't|wouldnt|without)\b")
PRAISE = re.compile(r"\b(?:love|loving|loved|loves|thank(?:s| you)|thx|appreciate[ds]?|amazing|awesome|"
                    r"fantastic|excellent|perfect|brilliant|impressed|recommend|obsessed|kudos|props|"
                    r"well done|so good|10/10|five stars|5 stars|happy with|pleased|delighted|exceeded|"
                    r"shout ?out|best [\w ]{0,20}ever|can't wait|cant wait|worth (?:it|every)|"
                    r"game ?changer|must.?have|hats off)\b")
NEWS = re.compile(r"\b(?:breaking|reports?|reported|reportedly|according to|announced?|announces|"
                  r"headlines?|press release|study|survey|analysts?|shares|stocks?|earnings|ceo|quarter|"
                  r"lawsuit|investors?|market|regulators?|officials?|journalists?|article|news)\b")
# A post with nobody addressed and no one's own experience that reads like a report, not a grievance.
_PUNCT = re.compile(r"[.,;:!?\n()\[\]\"]")
# Words that undo a cue when they come right before it: "not broken", "if it stops working".
_UNDOING = frozenset({"not", "never", "no", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt",
                      "isn't", "isnt", "wasn't", "wasnt", "hasn't", "hasnt", "haven't", "havent", "won't",
                      "wont", "without", "hardly", "if", "unless", "case", "hope", "hopefully", "whether",
                      "before"})


@dataclass(frozen=True)
class Cues:
    first_person: bool
    experience: bool
    second_person: bool
    question: bool
    waiting: bool
    negation: bool
    praise: bool
    news: bool


def read_cues(lowered: str) -> Cues:
    second = bool(SECOND_PERSON.search(lowered))
    return Cues(
        first_person=bool(FIRST_PERSON.search(lowered)),
        experience=bool(EXPERIENCE.search(lowered)),
        second_person=second,
        question="?" in lowered and (second or bool(QUESTION_WORDS.search(lowered))),
        waiting=bool(WAITING.search(lowered)),
        negation=bool(NEGATION.search(lowered)),
        praise=bool(PRAISE.search(lowered)),
        news=bool(NEWS.search(lowered)),
    )


def is_undone(text: str, start: int) -> bool:
    """True when the words just before `start` in `text`, in the same clause, negate or hypothesise it."""
    before = text[max(0, start - 40):start].casefold().replace("\u2019", "'")
    clause = _PUNCT.split(before)[-1]
    return bool(_UNDOING.intersection(clause.split()[-3:]))
