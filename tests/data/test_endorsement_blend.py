"""How bench/endorsement_blend.py blends a learned reader's verdict with the cues (issue 27, tried,
not shipped), pinned on posts of our own.

The verdicts here are fixed probabilities, so the table pins the blend, not the weights: where the
reader may add a reading, where it may remove one, and where the rules that must stay rules (who the
author is, the disclosure) decide whatever it says.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brandwatch.detectors.disclosure import DisclosureJudgment
from brandwatch.detectors.endorsements import Promotion
from brandwatch.detectors.insiders import Relationship
from brandwatch.detectors.workplace import WorkTopic

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from endorsement_blend import Verdict, blended_findings  # noqa: E402

STAFF = Relationship("employee", "roster", "roster employee (support)")
MANAGER = Relationship("employee", "roster", "roster manager (store)", position="manager")
PARTNER = Relationship("partner", "roster", "roster partner (creator)")
FAMILY = Relationship("employee", "family", "spouse works there")
MISSING = DisclosureJudgment("missing")
CLEAR = DisclosureJudgment("clear", "#ad")
ADD = {"praise": 0.8, "work": 0.9, "solicit": 0.7, "threat": 0.9}
VETO = {"praise": 0.2, "work": -1.0}
PRAISE_WORD = Promotion(praise=(0, 4))
WEAK_WORK = [WorkTopic("management", 0, 4, weak=True)]


def verdict(text: str, **probabilities: float) -> Verdict:
    return Verdict({"praise": 0.5, "work": 0.5, "solicit": 0.0, "threat": 0.0, **probabilities}, ADD, VETO)


NO_PROMOTION = Promotion()


def judged(text, author, verdict_, promotion=NO_PROMOTION, topics=(), disclosure=MISSING, brand_account=False,
           ruled_out=False):
    findings = blended_findings(author, promotion, disclosure, text, text.lower(), list(topics), brand_account,
                                verdict=verdict_, ruled_out=ruled_out)
    return sorted(f.rule for f in findings)


TABLE = [
    # (case, post, author, brand account, cue promotion, cue topics, disclosure, reader probabilities, expected)
    ("insider praise the cues missed", "Forty bikes serviced this month; this one is still the one I ride home.",
     STAFF, False, Promotion(), (), MISSING, {"praise": 0.93}, ["endorsement-employee-undisclosed"]),
    ("partner praise the cues missed", "Can't start a morning without this roast, link in bio",
     PARTNER, False, Promotion(), (), MISSING, {"praise": 0.85}, ["endorsement-partner-undisclosed"]),
    ("unsure praise adds nothing", "Forty bikes serviced this month.",
     STAFF, False, Promotion(), (), MISSING, {"praise": 0.79}, []),
    ("a customer is never an insider, however glowing", "Best kettle ever, buy it",
     None, False, Promotion(), (), MISSING, {"praise": 0.99}, []),
    ("a complaint is never an endorsement, whatever the reader says", "The stove lid cracked again, not great",
     STAFF, False, "ruled out", (), MISSING, {"praise": 0.99}, []),
    ("a clear disclosure still clears model praise", "Obsessed with this one #ad",
     STAFF, False, Promotion(), (), CLEAR, {"praise": 0.99}, []),
    ("a lone praise word the reader doubts is dropped", "Best of luck to the night crew moving the stockroom",
     STAFF, False, PRAISE_WORD, (), MISSING, {"praise": 0.05}, []),
    ("a lone praise word the reader is unsure of stays", "Best day at the shop",
     STAFF, False, PRAISE_WORD, (), MISSING, {"praise": 0.4}, ["endorsement-employee-undisclosed"]),
    ("work talk the cues missed gets the caution", "we answer calls and chats at once now, the targets are impossible",
     STAFF, False, Promotion(), (), MISSING, {"work": 0.95}, ["caution-nlra-protected"]),
    ("a family member gets no caution from the reader", "his routes keep changing and he's never home",
     FAMILY, False, Promotion(), (), MISSING, {"work": 0.99}, []),
    ("a manager's review ask the cues missed", "Folks, if you ride one of ours, a few lines on the site go a long way",
     MANAGER, False, Promotion(), (), MISSING, {"solicit": 0.9}, ["reviews-insider-solicitation"]),
    ("staff asking for reviews is not 465.5(c)", "a few lines on the site go a long way",
     STAFF, False, Promotion(), (), MISSING, {"solicit": 0.99}, []),
    ("the brand's veiled threat the cues missed", "@ray I have your booking details. Think hard about that review.",
     None, True, Promotion(), (), MISSING, {"threat": 0.95}, ["reviews-suppression"]),
    ("a customer's threat is no 465.7 finding", "@brand think hard about that reply",
     None, False, Promotion(), (), MISSING, {"threat": 0.99}, []),
    ("an unsure threat reading adds nothing", "@bo could you take your phone number out of the review?",
     None, True, Promotion(), (), MISSING, {"threat": 0.85}, []),
]


@pytest.mark.parametrize("case, post, author, brand_account, promotion, topics, disclosure, probabilities, expected",
                         TABLE, ids=[row[0] for row in TABLE])
def test_blend(case, post, author, brand_account, promotion, topics, disclosure, probabilities, expected):
    ruled_out = promotion == "ruled out"
    promotion = NO_PROMOTION if ruled_out else promotion
    assert judged(post, author, verdict(post, **probabilities), promotion, topics, disclosure,
                  brand_account, ruled_out) == expected


def test_weak_work_words_the_reader_doubts_stay_when_veto_is_off():
    post = "my manager said the new kettle is the best we've made"
    assert judged(post, STAFF, verdict(post, work=0.01), topics=WEAK_WORK) == ["caution-nlra-protected"]


def test_cues_alone_when_no_reader_is_given():
    post = "Forty bikes serviced this month; this one is still the one I ride home."
    assert judged(post, STAFF, None) == []
