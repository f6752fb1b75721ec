"""Translate a parsed RQL filter into a SQLAlchemy condition, so lists filter in the database.

The caller says which RQL field names exist and which column each stands for (``fields``), and
which names are collections that ``any()``/``all()`` may look into (``collections``: a field map
for the collection's items and a function that wraps a condition on them in an EXISTS). Values
are converted to the column's type; a field or value the API does not have is an RqlError at
that term's position, answered as a 400 problem.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, String, and_, cast, not_, or_
from sqlalchemy.sql.elements import ColumnElement

from .parser import (
    Comparison,
    ComparisonOp,
    Empty,
    Logical,
    Membership,
    Negation,
    Node,
    Null,
    Quantifier,
    RqlError,
    ilike_pattern,
    literal,
)

__all__ = ["Collection", "to_condition"]

Condition = ColumnElement[bool]


@dataclass(frozen=True)
class Collection:
    """A collection field: the RQL fields of its items, and how to ask "some item matches"."""

    fields: Mapping[str, ColumnElement[Any]]
    exists: Callable[[Condition], Condition]
    collections: Mapping[str, Collection] | None = None


def _fail(message: str, node: Comparison | Membership | Quantifier, query: str) -> RqlError:
    return RqlError(message, query=query, position=max(node.position, 0))


def _typed(column: ColumnElement[Any], value: str, node: Any, query: str) -> Any:
    text = literal(value)
    if isinstance(column.type, Boolean):
        if text not in ("true", "false"):
            raise _fail(f"{node.field} takes true or false, not {text!r}", node, query)
        return text == "true"
    if isinstance(column.type, DateTime):
        try:
            moment = datetime.fromisoformat(text)
            # Stored times are naive UTC; an offset in the value is converted to UTC, which
            # leaves the calendar (OverflowError) for 0001-01-01T00:00+14:00 and the like.
            return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
        except ValueError:
            message = f"{node.field} takes an ISO 8601 date and time, not {text!r}"
            raise _fail(message, node, query) from None
        except OverflowError:
            message = f"{node.field}: {text!r} is outside the calendar once converted to UTC"
            raise _fail(message, node, query) from None
    if isinstance(column.type, Integer):
        try:
            return int(text)
        except ValueError:
            raise _fail(f"{node.field} takes a whole number, not {text!r}", node, query) from None
    return text


def to_condition(
    node: Node,
    fields: Mapping[str, ColumnElement[Any]],
    *,
    query: str,
    collections: Mapping[str, Collection] | None = None,
) -> Condition:
    """The SQL condition for ``node``; RqlError for a field or value the API does not have."""
    collections = collections or {}

    def translate(current: Node) -> Condition:
        if isinstance(current, Logical):
            parts = [translate(child) for child in current.children]
            return and_(*parts) if current.op == "and" else or_(*parts)
        if isinstance(current, Negation):
            return not_(translate(current.child))
        if isinstance(current, Quantifier):
            collection = collections.get(current.field)
            if collection is None:
                raise _fail(f"{current.field} is not a collection", current, query)
            inner = to_condition(
                current.condition,
                collection.fields,
                query=query,
                collections=collection.collections,
            )
            if current.op == "any":
                return collection.exists(inner)
            return not_(collection.exists(not_(inner)))
        column = fields.get(current.field)
        if column is None:
            raise _fail(f"unknown field {current.field!r}", current, query)
        if isinstance(current, Membership):
            values = [_typed(column, value, current, query) for value in current.values]
            matched = column.in_(values)
            return matched if current.op == "in" else not_(matched)
        return _comparison(current, column, query)

    return translate(node)


def _comparison(node: Comparison, column: ColumnElement[Any], query: str) -> Condition:
    value = node.value
    if isinstance(value, Null):
        if node.op not in ("eq", "ne"):
            raise _fail(f"null() only goes with eq or ne, not {node.op}", node, query)
        return column.is_(None) if node.op == "eq" else column.is_not(None)
    if isinstance(value, Empty):
        if node.op not in ("eq", "ne"):
            raise _fail(f"empty() only goes with eq or ne, not {node.op}", node, query)
        empty = or_(column.is_(None), column == "")
        return empty if node.op == "eq" else not_(empty)
    if node.op == "ilike":
        if not isinstance(column.type, String):
            # Matched against the stored text, as before; said explicitly, since SQLAlchemy
            # deprecates ILIKE on a non-text type (and will refuse it, which would be a 500).
            column = cast(column, String)
        return column.ilike(ilike_pattern(value), escape="\\")
    typed = _typed(column, value, node, query)
    return _ORDERINGS[node.op](column, typed)


_ORDERINGS: dict[ComparisonOp, Callable[[ColumnElement[Any], Any], Condition]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
}
"""The comparisons other than ``ilike`` (which matches a pattern), as column operators."""
