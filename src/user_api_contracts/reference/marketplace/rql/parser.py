r"""SoftwareOne's Resource Query Language (RQL), parsed from the raw query string.

The Marketplace puts filters straight into the query string (``?eq(firstName,Buzz)``,
``?and(ne(status,Blocked),ilike(name,*smith*))``, the shortcut ``?firstName=Buzz``), beside the
named parameters ``limit``, ``offset``, ``order`` and ``select``. This module turns that string
into a small tree; a bad expression raises :class:`RqlError` with the position and the text it
stumbled on, so that the server's 400 problem can point at the offending part.

Structure characters ``( ) , & =`` are read before percent-decoding, values after, so an encoded
``%2C`` stays inside a value. Values may be quoted (``"ACC-1234-5678"``, ``'+34 660'``) and a
backslash escapes the next character (``\*`` is a literal asterisk in ``ilike``). pyrql was
considered and not used: it does not read quoted values, and it turns ``1`` into a number
whatever the field's type.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import Enum
from typing import Literal, Union, get_args
from urllib.parse import unquote

__all__ = [
    "NAMED_PARAMETERS",
    "Comparison",
    "ComparisonOp",
    "Empty",
    "Logical",
    "LogicalOp",
    "Membership",
    "MembershipOp",
    "Negation",
    "Node",
    "Null",
    "Quantifier",
    "QuantifierOp",
    "RqlError",
    "RqlQuery",
    "TokenKind",
    "Value",
    "ilike_pattern",
    "literal",
    "parse_query",
]

NAMED_PARAMETERS = ("limit", "offset", "order", "select")

ComparisonOp = Literal["eq", "ne", "gt", "ge", "lt", "le", "ilike"]
MembershipOp = Literal["in", "out"]
LogicalOp = Literal["and", "or"]
QuantifierOp = Literal["any", "all"]
# Operator names as written, mapped to themselves typed: a lookup both checks a name and
# narrows it from ``str`` to its node's operator type.
COMPARISONS: dict[str, ComparisonOp] = {op: op for op in get_args(ComparisonOp)}
MEMBERSHIP: dict[str, MembershipOp] = {op: op for op in get_args(MembershipOp)}
LOGICAL: dict[str, LogicalOp] = {op: op for op in get_args(LogicalOp)}
QUANTIFIERS: dict[str, QuantifierOp] = {op: op for op in get_args(QuantifierOp)}
_OPERATORS = frozenset({*COMPARISONS, *MEMBERSHIP, *LOGICAL, *QUANTIFIERS, "not"})

MAX_NESTING = 32
"""Deepest nesting of operators: deeper is not a query anyone writes, and would recurse."""
MAX_CONDITIONS = 200
"""Most comparisons in one query: SQLite's expression trees stop at 1,000 levels, and a run of
conditions joined by AND is one level each."""
MAX_LIST_ITEMS = 1000
"""Most values in the ``in``/``out`` lists of one query (SQLite binds each one)."""


class RqlError(ValueError):
    """An expression that cannot be read; ``position`` is a 0-based offset in the query string."""

    def __init__(self, message: str, *, query: str, position: int) -> None:
        near = query[position : position + 24] or "(end of query)"
        super().__init__(f"{message} at position {position} (near {near!r})")
        self.position = position
        self.fragment = near


@dataclass(frozen=True)
class Null:
    """``null()``: the field has no value."""


@dataclass(frozen=True)
class Empty:
    """``empty()``: the field is an empty string or collection."""


Value = Union[str, Null, Empty]  # noqa: UP007 - a runtime alias, kept readable on 3.11


@dataclass(frozen=True)
class Comparison:
    """``op(field,value)`` for eq, ne, gt, ge, lt, le, ilike."""

    op: ComparisonOp
    field: str
    value: Value
    quoted: bool = False
    position: int = dataclass_field(default=-1, compare=False)


@dataclass(frozen=True)
class Membership:
    """``in(field,(a,b))`` / ``out(field,(a,b))``."""

    op: MembershipOp
    field: str
    values: tuple[str, ...]
    position: int = dataclass_field(default=-1, compare=False)


@dataclass(frozen=True)
class Logical:
    """``and(...)`` / ``or(...)``; the top-level ``&`` is an ``and``."""

    op: LogicalOp
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Negation:
    """``not(condition)``."""

    child: Node


@dataclass(frozen=True)
class Quantifier:
    """``any(collection,condition)`` / ``all(collection,condition)``."""

    op: QuantifierOp
    field: str
    condition: Node
    position: int = dataclass_field(default=-1, compare=False)


Node = Union[Comparison, Membership, Logical, Negation, Quantifier]  # noqa: UP007


@dataclass(frozen=True)
class RqlQuery:
    """A parsed query string: the filter (None when there is none) and the named parameters."""

    filter: Node | None
    named: dict[str, str]


class TokenKind(Enum):
    """What a token of the query string is: one structure character, or text between them."""

    OPEN = "("
    CLOSE = ")"
    COMMA = ","
    AMPERSAND = "&"
    EQUALS = "="
    TEXT = "text"


_STRUCTURE = {kind.value: kind for kind in TokenKind if kind is not TokenKind.TEXT}
"""The structure characters, read before percent-decoding, and the token each one is."""

Counted = Literal["conditions", "list values"]


@dataclass
class _Token:
    kind: TokenKind
    text: str
    position: int
    quoted: bool = False


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    while index < len(query):
        char = query[index]
        if char in _STRUCTURE:
            tokens.append(_Token(_STRUCTURE[char], char, index))
            index += 1
            continue
        start, raw = index, []
        while index < len(query) and query[index] not in _STRUCTURE:
            if query[index] == "\\" and index + 1 < len(query):
                raw.append(query[index : index + 2])
                index += 2
                continue
            raw.append(query[index])
            index += 1
        tokens.append(_text_token("".join(raw), start, query))
    return tokens


def _text_token(raw: str, position: int, query: str) -> _Token:
    text = unquote(raw)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return _Token(TokenKind.TEXT, text[1:-1], position, quoted=True)
    if text[:1] in "\"'":
        raise RqlError("unterminated quoted value", query=query, position=position)
    return _Token(TokenKind.TEXT, text, position)


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.index = 0
        self.depth = 0
        self.counts: dict[Counted, int] = {"conditions": 0, "list values": 0}

    def count(self, what: Counted, token: _Token) -> None:
        """Refuse a query beyond MAX_CONDITIONS comparisons or MAX_LIST_ITEMS list values."""
        self.counts[what] += 1
        limit = MAX_CONDITIONS if what == "conditions" else MAX_LIST_ITEMS
        if self.counts[what] > limit:
            raise RqlError(
                f"more than {limit} {what} in one query", query=self.query, position=token.position
            )

    def error(self, message: str) -> RqlError:
        token = self.peek()
        position = token.position if token else len(self.query)
        return RqlError(message, query=self.query, position=position)

    def _at(self, kind: TokenKind) -> bool:
        token = self.peek()
        return token is not None and token.kind is kind

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, kind: TokenKind, what: str) -> _Token:
        token = self.peek()
        if token is None or token.kind is not kind:
            raise self.error(f"expected {what}")
        self.index += 1
        return token

    def parse(self) -> RqlQuery:
        terms: list[Node] = []
        named: dict[str, str] = {}
        while self.peek() is not None:
            if self._at(TokenKind.AMPERSAND):
                self.index += 1  # empty terms (`&&`, a trailing `&`) are harmless
                continue
            name = self.take(TokenKind.TEXT, "an operator or a field name")
            following = self.peek()
            if (
                name.text in NAMED_PARAMETERS
                and following is not None
                and following.kind is TokenKind.EQUALS
            ):
                # `order=-a,+b`: a named parameter's value runs to the next `&`, commas included.
                start = following.position + 1
                end = self.query.find("&", start)
                end = len(self.query) if end < 0 else end
                named[name.text] = unquote(self.query[start:end])
                while self.peek() is not None and self.peek().position < end:  # type: ignore[union-attr]
                    self.index += 1
                continue
            if following is not None and following.kind is TokenKind.EQUALS:
                terms.append(self.shortcut(name))
            else:
                terms.append(self.call(name))
            after = self.peek()
            if after is not None and after.kind is not TokenKind.AMPERSAND:
                raise self.error("expected '&' between terms")
        if not terms:
            return RqlQuery(None, named)
        return RqlQuery(terms[0] if len(terms) == 1 else Logical("and", tuple(terms)), named)

    def call(self, name: _Token) -> Node:
        op = name.text
        if op in ("null", "empty"):
            raise RqlError(
                f"{op}() is a value, not a condition", query=self.query, position=name.position
            )
        if op not in _OPERATORS:
            raise RqlError(f"unknown operator {op!r}", query=self.query, position=name.position)
        self.take(TokenKind.OPEN, f"'(' after {op}")
        if (logical := LOGICAL.get(op)) is not None:
            children = [self.condition()]
            while self._at(TokenKind.COMMA):
                self.index += 1
                children.append(self.condition())
            self.take(TokenKind.CLOSE, f"')' closing {op}(")
            return Logical(logical, tuple(children))
        if op == "not":
            child = self.condition()
            self.take(TokenKind.CLOSE, "')' closing not(")
            return Negation(child)
        where = name.position
        name_of_field = self.field()
        self.take(TokenKind.COMMA, f"',' after the field of {op}(")
        if (quantifier := QUANTIFIERS.get(op)) is not None:
            condition = self.condition()
            self.take(TokenKind.CLOSE, f"')' closing {op}(")
            return Quantifier(quantifier, name_of_field, condition, position=where)
        if (membership := MEMBERSHIP.get(op)) is not None:
            self.count("conditions", name)
            values = self.array()
            self.take(TokenKind.CLOSE, f"')' closing {op}(")
            return Membership(membership, name_of_field, values, position=where)
        value, quoted = self.value()
        self.take(TokenKind.CLOSE, f"')' closing {op}(")
        return Comparison(COMPARISONS[op], name_of_field, value, quoted, position=where)

    def condition(self) -> Node:
        name = self.take(TokenKind.TEXT, "a condition")
        following = self.peek()
        if following is not None and following.kind is TokenKind.EQUALS:
            return self.shortcut(name)  # `any(groups,id=UGR-8447-7590)`, as the RQL docs write
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise RqlError(
                f"operators nested more than {MAX_NESTING} deep",
                query=self.query,
                position=name.position,
            )
        try:
            return self.call(name)
        finally:
            self.depth -= 1

    def shortcut(self, name: _Token) -> Comparison:
        """``field=value`` (the ``=`` is next): ``eq(field,value)``; a missing value is ''."""
        self.index += 1
        _check_field(name, self.query)
        following = self.peek()
        value: Value = ""
        quoted = False
        if following is not None and following.kind is TokenKind.TEXT:
            value, quoted = self.value()
        else:
            self.count("conditions", name)
        return Comparison("eq", name.text, value, quoted, position=name.position)

    def field(self) -> str:
        token = self.take(TokenKind.TEXT, "a field name")
        _check_field(token, self.query)
        return token.text

    def value(self) -> tuple[Value, bool]:
        token = self.peek()
        if token is None or token.kind is not TokenKind.TEXT:
            if token is not None and token.kind in (TokenKind.COMMA, TokenKind.CLOSE):
                return "", False  # eq(name,) compares with the empty string
            raise self.error("expected a value")
        self.index += 1
        self.count("conditions", token)
        if not token.quoted and token.text in ("null", "empty"):
            following = self.peek()
            if following is not None and following.kind is TokenKind.OPEN:
                self.index += 1
                self.take(TokenKind.CLOSE, f"')' closing {token.text}(")
                return (Null() if token.text == "null" else Empty()), False
        return token.text, token.quoted

    def array(self) -> tuple[str, ...]:
        self.take(TokenKind.OPEN, "'(' opening the list of values")
        values: list[str] = []
        while True:
            token = self.take(TokenKind.TEXT, "a value in the list")
            self.count("list values", token)
            values.append(token.text)
            following = self.peek()
            if following is not None and following.kind is TokenKind.CLOSE:
                self.index += 1
                return tuple(values)
            self.take(TokenKind.COMMA, "',' or ')' in the list of values")


def _check_field(token: _Token, query: str) -> None:
    name = token.text
    if token.quoted or not name or not all(c.isalnum() or c in "_.$" for c in name):
        raise RqlError(f"invalid field name {name!r}", query=query, position=token.position)


def parse_query(query: str) -> RqlQuery:
    """Parse a raw (still percent-encoded) query string; RqlError when it is not valid RQL."""
    return _Parser(query).parse()


def literal(value: str) -> str:
    r"""A value with its backslash escapes resolved (``Buzz\*`` -> ``Buzz*``)."""
    out, index = [], 0
    while index < len(value):
        if value[index] == "\\" and index + 1 < len(value):
            index += 1
        out.append(value[index])
        index += 1
    return "".join(out)


def ilike_pattern(value: str) -> str:
    r"""An ``ilike`` value as a SQL LIKE pattern with ``\`` as its escape character.

    ``*`` is RQL's wildcard (``%`` in SQL); ``\*`` is a literal asterisk; SQL's own ``%`` and
    ``_`` in the value are literal.
    """
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            index += 1
            out.append(_like_literal(value[index]))
        elif char == "*":
            out.append("%")
        else:
            out.append(_like_literal(char))
        index += 1
    return "".join(out)


def _like_literal(char: str) -> str:
    return "\\" + char if char in "%_\\" else char
