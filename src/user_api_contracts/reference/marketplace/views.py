"""Responses from the graph: one resource, or a page in the ``$meta``/``data`` envelope.

``select``, ``order`` and the RQL filter are read from the raw query string, not from the
decoded parameters: form decoding would turn the ``+`` of ``select=+audit`` into a space,
while the platform reads it as "add".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from user_api_contracts.runtime import ApiError, RequestContext

from .graph import (
    MAX_ANSWER_VALUES,
    AnswerTooLargeError,
    Kind,
    SelectError,
    Shape,
    Source,
    answer_values,
    omitted,
    render,
    select_shape,
)
from .kinds import KINDS
from .queries import Page, rql_problem
from .rql.parser import RqlError, RqlQuery, parse_query

__all__ = ["default_shape", "page_body", "raw_query", "render_one", "shape_for"]


def raw_query(context: RequestContext) -> tuple[RqlQuery, str]:
    """The parsed query string (filter and named parameters) and the string itself."""
    text = context.raw_query
    try:
        return parse_query(text), text
    except RqlError as error:
        raise rql_problem(error) from None


def shape_for(kind: Kind, query: RqlQuery, *, listing: bool) -> Shape:
    """The shape ``select`` asks for; a 400 problem naming the term it cannot apply."""
    try:
        return select_shape(KINDS, kind, query.named.get("select", ""), listing=listing)
    except SelectError as error:
        raise ApiError(400, str(error), fields={"select": [str(error)]}) from None


def default_shape(kind: Kind) -> Shape:
    """The shape of a resource answered by a write: its full shape, no ``select``."""
    return select_shape(KINDS, kind, "", listing=False)


def render_one(source: Source, kind: Kind, key: str, shape: Shape) -> dict[str, Any]:
    """One resource; 404 if it vanished between the access check and the read."""
    found = _bounded(lambda: render(KINDS, kind, source, [key], shape))
    if key not in found:
        raise ApiError(404, f"{key} was not found.")
    return found[key]


def page_body(source: Source, kind: Kind, page: Page, shape: Shape) -> dict[str, Any]:
    """The list envelope: pagination, what every item omits, and the items in order."""
    found = _bounded(lambda: render(KINDS, kind, source, page.ids, shape))
    return {
        "$meta": {
            "pagination": {"offset": page.offset, "limit": page.limit, "total": page.total},
            "omitted": omitted(kind, shape),
        },
        "data": [found[key] for key in page.ids if key in found],
    }


def _bounded(rendering: Callable[[], dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The rendered resources, or a 400 problem naming ``select`` when they are too many.

    Both bounds are checked before the memory is spent: the count of resources to build before
    each batch is loaded (:class:`.graph.Budget`), and the size of the written answer on the
    shared structure, before anything is written.
    """
    try:
        found = rendering()
        values = answer_values(found)
        if values > MAX_ANSWER_VALUES:
            raise AnswerTooLargeError(
                f"the select expands to {values:,} values, more than {MAX_ANSWER_VALUES:,}"
            )
    except AnswerTooLargeError as error:
        message = (
            f"The answer is too large: {error}. Narrow the select (fewer or shorter '+' paths)"
            " or ask for fewer items with limit."
        )
        raise ApiError(400, message, fields={"select": [str(error)]}) from None
    return found
