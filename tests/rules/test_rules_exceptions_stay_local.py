"""An exception written for one sentence of a post must not hide a real leak in another.

Each post below holds an innocent use that a leak rule excuses (a second-hand sticker, "private and
confidential" mail, a scam warning, a pub named like a code name, a public key's name...) and, in
another sentence or line, a real leak of the same rule. Both review rounds found leaks hidden this
way while the rules' `not`s applied to the whole post. The values use the example config (Acme;
Bluebird, Project Falcon, Nightjar).
"""

from __future__ import annotations

import pytest

CASES = [
    # (rule, post, the leaked value that must be reported, which occurrence of it: first or last)
    ("confidential-classification-marker",
     "got a filing cabinet at a yard sale with a STRICTLY CONFIDENTIAL sticker still on it. "
     "Unrelated: the Acme Q3 deck going round says INTERNAL USE ONLY on every slide", "INTERNAL USE ONLY", 0),
    ("confidential-classification-marker",
     "Acme says applications are treated in strictly confidential manner. Meanwhile their leaked "
     "roadmap pdf is stamped Strictly Confidential on page one", "Strictly Confidential", -1),
    ("confidential-classification-label",
     "my bank letter says PRIVATE & CONFIDENTIAL, addressed to me.\nDifferent story: the Acme org chart "
     "someone posted has CONFIDENTIAL across the top", "CONFIDENTIAL", -1),
    ("confidential-classification-label",
     "my salary is CONFIDENTIAL lol. the Acme org chart someone posted has CONFIDENTIAL across the top",
     "CONFIDENTIAL", -1),
    ("confidential-distribution-marker",
     "DO NOT FORWARD scam messages about free vouchers. Also the Acme bonus list is out, DO NOT DISTRIBUTE",
     "DO NOT DISTRIBUTE", 0),
    ("confidential-distribution-marker",
     "please do not share my photos without credit! btw do not forward this deck outside the team, "
     "it leaked anyway", "do not forward", 0),
    ("confidential-brand-marker",
     "Acme confidential computing is GA now. Also the leaked screenshot footer says \"Acme Confidential\"",
     "Acme Confidential", -1),
    ("confidential-code-name",
     "#bluebird #birding this morning. Acme #BLUEBIRD launch is in March", "BLUEBIRD", -1),
    ("confidential-code-name",
     "meet at The Bluebird pub tonight. Acme BLUEBIRD ships in March", "BLUEBIRD", 0),
    ("confidential-nda-about-brand",
     "signed an NDA for a flat viewing (not with Acme). I also signed an NDA for the Acme beta, so no "
     "spoilers", "signed an NDA", -1),
    ("credential-in-key-assignment",
     "PUBLIC_KEY=Qw2Er5TyVb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEu\nSESSION_KEY=Vb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEu",
     "Vb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEu", -1),
    ("credential-in-prose-login",
     "my .netrc: machine git.lumora.dev login ci password $NETRC_PASS\n"
     "and the db: login postgres pass: Marmalade_Pelican49 still fails", "Marmalade_Pelican49", 0),
]


@pytest.mark.parametrize("rule_id, text, value, which", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_when_an_exception_sits_in_another_sentence_then_the_real_leak_still_reports(
        bundled, rule_id, text, value, which):
    start = text.index(value) if which == 0 else text.rindex(value)
    hits = [(h.start, h.value) for h in bundled.match(text) if h.rule.id == rule_id]
    assert (start, value) in hits


@pytest.mark.parametrize("rule_id, text", [
    ("confidential-classification-marker",
     "got a filing cabinet at a yard sale with a STRICTLY CONFIDENTIAL sticker still on it"),
    ("confidential-classification-marker", "Acme says applications are treated in strictly confidential manner"),
    ("confidential-classification-label", "my bank letter says PRIVATE & CONFIDENTIAL, addressed to me"),
    ("confidential-classification-label", "my salary is CONFIDENTIAL lol"),
    ("confidential-distribution-marker", "DO NOT FORWARD scam messages about free Acme vouchers"),
    ("confidential-brand-marker", "Acme confidential computing is GA now"),
    ("confidential-code-name", "#bluebird #birding this morning, then the Acme store"),
    ("confidential-code-name", "meet at The Bluebird pub tonight after the Acme shift"),
    # one sense per post: the same word written the same way again is the same pub or bird
    ("confidential-code-name", "drinks at the Bluebird pub, Acme lamp on. The Bluebird has the best view"),
    ("confidential-code-name", "#bluebird #birding at dawn. Back home, Acme Rocket charged. #bluebird chicks!"),
    ("confidential-nda-about-brand", "signed an NDA for a flat viewing (not with Acme)"),
    ("credential-in-key-assignment", "PUBLIC_KEY=Qw2Er5TyVb7Qm2Xr9KpL4tZw8NcD1sHf6JgY3aEu"),
])
def test_when_only_the_innocent_sentence_is_there_then_the_exception_still_excuses_it(bundled, rule_id, text):
    assert [h.value for h in bundled.match(text) if h.rule.id == rule_id] == []
