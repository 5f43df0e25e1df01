"""Query text -> tree (nodes.py), or a QuerySyntaxError that says what is wrong and where.

Grammar, loosest binding first (docs/queries.md):
    query   := group (OR group)*              -- AND and OR at one level need parentheses
    group   := negated ([AND] negated)*       -- words side by side mean AND
    negated := NOT negated | near
    near    := primary ((NEAR/n | ONEAR/n) primary)*
    primary := '(' query ')' | term | "phrase" | cs:term | cs:"phrase" | field:value
Operators are upper case; lower-case and/or/not are ordinary words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from brandwatch.catalogue import platforms
from brandwatch.query_syntax.nodes import (FIELDS, And, Field, Near, Node, Not, Or, Phrase, Word,
                                           children, positional)
from brandwatch.query_syntax.words import QUERY_WORD, fold, normal

MAX_DISTANCE = 100
_OPERATOR = re.compile(r"(O?NEAR)(?:/(\d+))?", re.IGNORECASE)
_FIELD = re.compile(r"([A-Za-z]+):")
_LANG = re.compile(r"[a-z]{2,3}")
_NAME = re.compile(r"\w+\*?")


class QuerySyntaxError(ValueError):
    def __init__(self, offset: int, problem: str):
        self.offset, self.problem = offset, problem  # offset: 0-based, into the query text
        super().__init__(f"column {offset + 1}: {problem}")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # ( ) AND OR NOT NEAR TERM PHRASE FIELD
    value: Any
    start: int
    end: int
    case_sensitive: bool = False


def parse_query(text: str) -> Node:
    tokens = _lex(text)
    if not tokens:
        raise QuerySyntaxError(0, "the query is empty")
    parser = _Parser(tokens, len(text))
    node = parser.query()
    if parser.at < len(tokens):
        extra = tokens[parser.at]
        raise QuerySyntaxError(extra.start, "')' closes no '('" if extra.kind == ")" else
                               f"unexpected {_describe(extra)}")
    if _vacuous(node):
        raise QuerySyntaxError(0, "the query holds for a post that contains none of its words (it only "
                                  "excludes): add what a post must contain, e.g. acme AND NOT refund")
    return node


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, ch, i, i + 1))
            i += 1
        elif ch == '"':
            end = _closing_quote(text, i)
            tokens.append(_Token("PHRASE", text[i + 1:end], i, end + 1))
            i = end + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '()"':
                j += 1
            token, j = _bare(text, i, j)
            tokens.append(token)
            i = j
    return tokens


def _closing_quote(text: str, start: int) -> int:
    end = text.find('"', start + 1)
    if end < 0:
        raise QuerySyntaxError(start, "this '\"' is never closed")
    return end


def _bare(text: str, start: int, end: int) -> tuple[_Token, int]:
    """A run of text without spaces, parentheses or quotes: an operator, a field, cs:, or a term."""
    run = text[start:end]
    if run in ("AND", "OR", "NOT"):
        return _Token(run, run, start, end), end
    operator = _OPERATOR.fullmatch(run)
    if operator:
        name, distance = operator.group(1), operator.group(2)
        if name != name.upper():
            raise QuerySyntaxError(start, f"operators are written in capitals: {name.upper()}/{distance or 'n'}")
        if distance is None:
            raise QuerySyntaxError(start, f"{name} needs a distance in words, e.g. {name}/5")
        if int(distance) > MAX_DISTANCE:
            raise QuerySyntaxError(start + len(name) + 1, f"{name} distance {distance} is over {MAX_DISTANCE} words")
        return _Token("NEAR", (int(distance), name == "ONEAR"), start, end), end
    field = _FIELD.match(run)
    if field:
        name = field.group(1)
        value_start = start + field.end()
        if name not in ("cs", *FIELDS):
            hint = "" if name.lower() not in ("cs", *FIELDS) else f" (fields are lower case: {name.lower()}:)"
            raise QuerySyntaxError(start, f"unknown field '{name}:'{hint}; the fields are "
                                          f"{', '.join(f + ':' for f in FIELDS)} and cs: for case-sensitive "
                                          "words (quote a word that contains ':')")
        if value_start == end and end < len(text) and text[end] == '"':
            close = _closing_quote(text, end)
            value, value_start, end = text[end + 1:close], end + 1, close + 1
            quoted = True
        else:
            value, quoted = text[value_start:end], False
        if name == "cs":
            kind = "PHRASE" if quoted else "TERM"
            return _Token(kind, (value, value_start), start, end, case_sensitive=True), end
        return _Token("FIELD", (name, value, value_start), start, end), end
    if run.startswith("-") and len(run) > 1:
        raise QuerySyntaxError(start, f"a leading '-' does not exclude here: write NOT {run[1:]}")
    return _Token("TERM", (run, start), start, end), end


def _describe(token: _Token) -> str:
    if token.kind == "NEAR":
        return f"{'ONEAR' if token.value[1] else 'NEAR'}/{token.value[0]}"
    return {"(": "'('", ")": "')'"}.get(token.kind, token.kind)


class _Parser:
    def __init__(self, tokens: list[_Token], length: int):
        self.tokens, self.at, self.length = tokens, 0, length

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def query(self) -> Node:
        groups = [self.group()]
        first_or = -1
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            first_or = token.start if first_or < 0 else first_or
            self.expect_operand("OR", token)
            groups.append(self.group())
        if len(groups) == 1:
            return groups[0][0]
        joins = [join for _, join in groups if join is not None]
        if joins:
            at = min(joins) if min(joins) > first_or else first_or  # whichever mixes in second
            raise QuerySyntaxError(at, "AND and OR at one level are ambiguous: add parentheses, e.g. "
                                       "(a OR b) AND c (words side by side mean AND)")
        nodes = tuple(node for node, _ in groups)
        return Or(nodes, nodes[0].start, nodes[-1].end)

    def group(self) -> tuple[Node, int | None]:
        """Negated items joined by AND (written or implied), and where the first join is."""
        operands = [self.negated()]
        join = None
        while (token := self.peek()) is not None and token.kind in ("AND", "NOT", "(", "TERM", "PHRASE", "FIELD"):
            if token.kind == "AND":
                self.take()
                self.expect_operand("AND", token)
            join = token.start if join is None else join
            operands.append(self.negated())
        if len(operands) == 1:
            return operands[0], None
        return And(tuple(operands), operands[0].start, operands[-1].end), join

    def negated(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "NOT":
            self.take()
            self.expect_operand("NOT", token)
            operand = self.negated()
            return Not(operand, token.start, operand.end)
        return self.near()

    def near(self) -> Node:
        left = self.primary()
        while (token := self.peek()) is not None and token.kind == "NEAR":
            self.take()
            name = _describe(token)
            self.expect_operand(name, token)
            right = self.primary()
            for operand in (left, right):
                if not positional(operand):
                    raise QuerySyntaxError(operand.start, f"{name} joins words, phrases and OR groups of them; "
                                                          "a field, AND or NOT has no place in the text")
            distance, ordered = token.value
            left = Near(left, right, distance, ordered, left.start, right.end)
        return left

    def primary(self) -> Node:
        token = self.peek()
        if token is None:
            raise QuerySyntaxError(self.length, "the query ends where a word is expected")
        if token.kind == "(":
            self.take()
            if (inner := self.peek()) is not None and inner.kind == ")":
                raise QuerySyntaxError(token.start, "empty parentheses")
            node = self.query()
            close = self.peek()
            if close is None or close.kind != ")":
                raise QuerySyntaxError(token.start, "this '(' is never closed")
            self.take()
            return replace(node, start=token.start, end=close.end)  # the clause as written, parentheses too
        if token.kind == "TERM":
            self.take()
            raw, offset = token.value
            return _term(raw, offset, token.case_sensitive, quoted=False)
        if token.kind == "PHRASE":
            self.take()
            raw, offset = token.value if token.case_sensitive else (token.value, token.start + 1)
            return _widen(_term(raw, offset, token.case_sensitive, quoted=True), token)
        if token.kind == "FIELD":
            self.take()
            return _field(token)
        if token.kind == ")":
            raise QuerySyntaxError(token.start, "')' where a word is expected")
        raise QuerySyntaxError(token.start, f"{_describe(token)} where a word is expected")

    def expect_operand(self, name: str, operator: _Token) -> None:
        token = self.peek()
        if token is None or token.kind in (")", "AND", "OR", "NEAR"):
            raise QuerySyntaxError(operator.start, f"{name} needs a word, phrase or group after it")


def _widen(node: Node, token: _Token) -> Node:
    """A quoted phrase's clause runs from its opening to its closing quote."""
    if isinstance(node, Word):
        return Word(node.text, node.prefix, node.case_sensitive, token.start, token.end)
    assert isinstance(node, Phrase)
    return Phrase(node.words, token.start, token.end)


def _term(raw: str, offset: int, case_sensitive: bool, quoted: bool) -> Node:
    words: list[Word] = []
    stars = {offset + i for i, ch in enumerate(raw) if ch == "*"}
    for match in QUERY_WORD.finditer(raw):
        text = match.group()
        prefix = text.endswith("*")
        stem = text[:-1] if prefix else text
        start = offset + match.start()
        if prefix and raw[match.end():match.end() + 1].replace("_", "a").isalnum():
            raise QuerySyntaxError(offset + match.end() - 1, "'*' is a wildcard only at the end of a word")
        if prefix:
            stars.discard(offset + match.end() - 1)
            if len(stem.lstrip("#@")) < 2:
                raise QuerySyntaxError(start, f"'{text}': a wildcard needs at least 2 letters before '*'")
        stem = normal(stem) if case_sensitive else fold(stem)
        words.append(Word(stem, prefix, case_sensitive, start, offset + match.end()))
    if stars:
        raise QuerySyntaxError(min(stars), "'*' is a wildcard only at the end of a word")
    if not words:
        what = "the quotes hold" if quoted else f"'{raw}' holds"
        raise QuerySyntaxError(offset, f"{what} no word to match (punctuation separates words)")
    if len(words) == 1:
        return words[0]
    return Phrase(tuple(words), words[0].start, words[-1].end)


def _field(token: _Token) -> Field:
    name, raw, offset = token.value
    value = fold(raw.strip())
    if not value:
        raise QuerySyntaxError(token.start, f"{name}: needs a value, e.g. {_EXAMPLES[name]}")
    if name == "author":
        value = value.removeprefix("@")
    if name == "subreddit":
        value = value.removeprefix("/").removeprefix("r/")
    if name == "platform" and value not in (known := platforms.names()):
        # Any registered platform's name (catalogue.py); the names are known without importing any.
        raise QuerySyntaxError(offset, f"platform: is one of {', '.join(known)}, not '{raw}'")
    if name == "lang" and not _LANG.fullmatch(value):
        raise QuerySyntaxError(offset, f"lang: takes a language code such as en or de, not '{raw}'")
    if name in ("author", "subreddit") and not _NAME.fullmatch(value):
        raise QuerySyntaxError(offset, f"{name}: takes one name (letters, digits, '_', a final '*'), not '{raw}'")
    prefix = value.endswith("*")
    if prefix and name in ("platform", "lang"):
        raise QuerySyntaxError(offset + len(raw) - 1, f"{name}: takes no wildcard")
    return Field(name, value.rstrip("*"), prefix, token.start, token.end)


_EXAMPLES = {"author": "author:acmesupport", "platform": "platform:reddit", "lang": "lang:en",
             "subreddit": "subreddit:acme"}


def _vacuous(node: Node) -> bool:
    """Whether the node holds for a post with no words and unknown fields (nothing is required)."""
    if isinstance(node, Not):
        return not _vacuous(node.operand)
    if isinstance(node, And):
        return all(_vacuous(child) for child in children(node))
    if isinstance(node, Or):
        return any(_vacuous(child) for child in children(node))
    return False
