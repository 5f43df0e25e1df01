"""Whether a phrase is asserted: negation, denial, hypothesis and joke scope around a span.

A disclosure or a statement of employment only counts when the author asserts it. "Not an #ad",
"#ad? nah", "if this were sponsored", "I'm not an Acme employee", "I basically work at Acme lol"
name the same words without asserting them. Scope is the clause: it runs back from the span to the
nearest sentence or clause boundary (at most a few words), and forward to the end of the clause for
after-the-fact denials ("paid partnership? nah").

The cue words cover the languages the disclosure terms cover (English, Spanish, French, German,
Portuguese, Italian, Dutch).
"""

from __future__ import annotations

import re

from brandwatch.detectors.reading import aligned_lower

# A negator or denial word within the clause before the span.
_NEGATORS = re.compile(
    r"(?<![\w#])(?:not|no|never|nope|isn'?t|wasn'?t|aren'?t|ain'?t|don'?t|doesn'?t|didn'?t|won'?t|"
    r"nothing|nobody|zero|without|neither|nor|hardly|"
    r"nicht|kein|keine|keinen|kei|ohne|pas|ni|jamais|sans|nunca|sin|nada|não|nao|sem|"
    r"non|senza|mai|niet|geen|zonder|nooit)(?!\w)")
_HYPOTHETICAL = re.compile(
    r"(?<![\w#])(?:if|whether|wish|wished|hope|hoping|imagine|pretend|would|wouldn'?t|could|"
    r"should|might|as if|unless|asking|asked|asks|wondering|wonder|rumou?r|accused|accusing|"
    r"claims?|calls? (?:it|this)|thinks?|thought|assume[sd]?|"
    # German "if" (round 7); the Romance "si"/"se" also mean "yes" and "oneself", so they stay out
    r"wenn|falls|sofern)(?!\w)")
# "I basically work at…": exaggeration, not employment.
_JOKE = re.compile(
    r"(?<![\w#])(?:basically|practically|pretty much|might as well|may as well|should be on|"
    r"deserve to be on|honorary|unofficial(?:ly)?|lowkey|low key|at this point|apparently|"
    # the same hedges in es/fr/de/pt/it/nl (round 7)
    r"pr[áa]cticamente|praticamente|pratiquement|praktisch|quasi|casi|presque|bijna|zowat|de tanto que|"
    r"a este paso|[àa] ce stade|ormai)(?!\w)")
_AFTER_JOKE_INTL = re.compile(r"^[^.!?\n]{0,40}(?:\bja(?:ja)+\b|\bje(?:je)+\b|\bkk+\b|\bmdr\b|\bhaha\w*)")
# A denial after the span: "paid partnership? nah", "#ad (jk)", "sponsored? lol no".
_AFTER_DENIAL = re.compile(
    r"^[\s\"')\]]*(?:\?+[\s\"']*(?:lol |lmao |haha |ha |um+ |uh+ )?(?:no+|nah|nope|nobody|no one|none|nothing|not really|not even|never|"
    r"hardly|as if|i wish|if only|jk|lol|haha|ha)(?!\w)"
    r"|[\s,.!…:-]*[(\[]?\s*(?:nah|nope|jk|j/k|just kidding|kidding|i wish|if only|lol no|haha no|"
    r"psych|not really|as if|wish it (?:was|were))(?!\w))")
_AFTER_JOKE = re.compile(r"^[^.!?\n]{0,40}(?:\blol\b|\blmao\b|😂|🤣|/s\b|\bjk\b)")
# Negators that govern another word, not the span: "nothing beats the Anvil #ad".
_IDIOMS = re.compile(
    r"(?<!\w)(?:nothing (?:beats|compares|like|else|tops)|no (?:regrets|complaints|joke|cap|doubt|wonder)|"
    r"never (?:disappoints?|fails|gets old|looked back)|not (?:gonna|going to) lie|can'?t (?:stop|wait|beat)|"
    r"couldn'?t be happier|not bad|no other|nobody does it|"
    # "without doubt" in es/fr/pt/it/de/nl (round 7)
    r"sin (?:ninguna )?duda|sans (?:aucun )?doute|sem d[úu]vida|senza (?:alcun )?dubbio|ohne (?:jeden )?zweifel|zonder twijfel)(?!\w)")
# An emoji between the prose and a hashtag ends the clause: "…no inverno 🤍 #parceria" (round 7)
_EMOJI_RUN = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")
# ... unless the prose before the emoji is itself a denial of a label ("Niet gesponsord 🙅 #samenwerking?
# nee hoor", "pas sponsorisé 🙅‍♀️ #partenariat non"): the denial carries over the emoji.
_DENIED_LABEL = re.compile(
    r"(?<!\w)(?:not|no|never|nicht|kein\w*|pas|n[ãa]o|niet|geen|non|sin|sem)\s+(?:\w+\s+)?"
    r"(?:sponsor\w*|gesponsor\w*|patrocinad\w*|sponsoris\w*|sponsorizzat\w*|paid|betaald|bezahlt|pagad\w*|pagat\w*|"
    r"r[ée]mun[ée]r\w*|an ad|ad|ads|werbung|anzeige|reclame|publi\w*|partner\w*|samenwerking|kooperation|collab\w*)(?!\w)")
_BOUNDARY = re.compile(r"[.!?;:,\n()\[\]|•—–]|\bbut\b|\band\b|\bso\b")
MAX_WORDS_BACK = 5
# A line that ends in one of these words is not finished: a negator, an article, a copula or
# auxiliary, "if"/"whether" (or their translations) all govern what follows on the next line.
_DANGLING = re.compile(
    r"(?<![\w#])(?:not|no|never|isn'?t|wasn'?t|aren'?t|ain'?t|don'?t|doesn'?t|didn'?t|won'?t|"
    r"a|an|the|is|are|was|were|be|been|am|i'?m|it'?s|this|if|whether|as|by|with|of|to|"
    r"nicht|kein|keine|ein|eine|pas|un|une|le|la|no|sin|el|não|sem|um|uma|non|niet|geen|een)"
    r"[ \t]*$")


def clause_before(lowered: str, start: int, max_words: int = MAX_WORDS_BACK) -> str:
    """The words before `start` back to the clause boundary, at most `max_words` of them."""
    head = lowered[max(0, start - 120):start]
    cut = 0
    for match in _BOUNDARY.finditer(head):
        # A line break right before the span also ends the clause: the line above ("No-spend
        # challenge") does not negate a label that opens the next line ("Paid link - ..."). Unless
        # the line above stops mid-phrase ("I'm not an\nAcme employee", "If this were\n#sponsored"):
        # then the sentence was hard-wrapped and runs on.
        if match.group() == "\n" and _DANGLING.search(head, 0, match.start()):
            continue
        if match.end() < len(head) or match.group() in ")]\n":
            cut = match.end()
    words = head[cut:].split()
    return " ".join(words[-max_words:])


def denied(text: str, start: int, end: int, lowered: str | None = None) -> str | None:
    """Why the span text[start:end] is not asserted (negated, hypothetical, denied after), or None."""
    lowered = lowered if lowered is not None else aligned_lower(text)
    before = _IDIOMS.sub(" ", clause_before(lowered, start))
    if lowered[start:start + 1] == "#":
        parts = _EMOJI_RUN.split(before)
        if not _DENIED_LABEL.search(" ".join(parts[:-1])):
            before = parts[-1]
    if _NEGATORS.search(before):
        return "negated"
    if _HYPOTHETICAL.search(before):
        return "hypothetical"
    if lowered[start:start + 1] not in ("#", "[", "(") and _NEGATOR_IN_SPAN.search(lowered[start:end]):
        return "negated"
    if _AFTER_DENIAL.match(lowered[end:end + 40]) or _LABEL_ANSWERED_NONE.match(lowered, end):
        return "denied after"
    question = _SENTENCE_END.search(lowered, end, end + 120)
    if question and question.group() == "?" and _AFTER_DENIAL.match(lowered[question.start():question.start() + 40]) \
            and not _SOFT_NO.match(lowered, question.start()):
        return "denied after"  # "I make money when you buy through my link? Nope"
    return None


# A label answered with nobody: "Sponsor: nobody", "brand deal: none", "Affiliates: n/a".
_LABEL_ANSWERED_NONE = re.compile(
    r"[ \t]*[:|–—-]?[ \t]*(?:none|nobody|no one|no-one|n/?a|nothing|zero|nadie|ninguno|personne|aucun|"
    r"keine?r?|niemand|nessuno|ninguém|geen)[ \t]*(?:[.!,;)]|$)", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?\n]")
# "Want one? No worries, link below": a reassurance after the author's own question, not an answer to it.
_SOFT_NO = re.compile(r"\?+\s*no (?:worries|problem|pressure|judg\w*|shame|stress|need|excuses?)\b")


_NEGATOR_IN_SPAN = re.compile(r"(?<!\w)(?:not|no|never|isn'?t|wasn'?t|nicht|kein|pas|não|niet|geen)(?!\w)")


def joking(lowered: str, start: int) -> bool:
    """Exaggeration around a statement of employment ("I basically work at Acme lol")."""
    before = clause_before(lowered, start)
    return bool(_JOKE.search(before) or _JOKE.search(lowered[start:start + 60]))


def joke_after(lowered: str, end: int) -> bool:
    """A laugh in the same clause as the statement; one after "so I'm biased lol" laughs at the bias."""
    after = lowered[end:end + 60]
    boundary = _CLAUSE_AFTER.search(after)
    clause = after[:boundary.start()] if boundary else after
    return bool(_AFTER_JOKE.match(clause) or _AFTER_JOKE_INTL.match(clause))


_CLAUSE_AFTER = re.compile(r"\b(?:so|but|and|which|because)\b|[,;]")
