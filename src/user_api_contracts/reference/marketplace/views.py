"""Responses from the graph: one resource, or a page in the ``$meta``/``data`` envelope.

``select``, ``order`` and the RQL filter are read from the raw query string, not from the
decoded parameters: form decoding would turn the ``+`` of ``select=+audit`` into a space,
while the platform reads it as "add".

Resources leave here as the generated model of their kind (``Kind[m.User]`` gives an
``m.User``), so the operations and the servicer return the stub's types without casts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from marketplace_stubs import models as m

from user_api_contracts.runtime import ApiError, RequestContext

from .graph import (
    MAX_ANSWER_VALUES,
    AnswerTooLargeError,
    Kind,
    Model,
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


def shape_for(kind: Kind[Any], query: RqlQuery, *, listing: bool) -> Shape:
    """The shape ``select`` asks for; a 400 problem naming the term it cannot apply."""
    try:
        return select_shape(KINDS, kind, query.named.get("select", ""), listing=listing)
    except SelectError as error:
        raise ApiError(400, str(error), fields={"select": [str(error)]}) from None


def default_shape(kind: Kind[Any]) -> Shape:
    """The shape of a resource answered by a write: its full shape, no ``select``."""
    return select_shape(KINDS, kind, "", listing=False)


def render_one(source: Source, kind: Kind[Model], key: str, shape: Shape) -> Model:
    """One resource; 404 if it vanished between the access check and the read."""
    found = _bounded(kind, lambda: render(KINDS, kind, source, [key], shape))
    if key not in found:
        raise ApiError(404, f"{key} was not found.")
    return found[key]


def page_body(
    source: Source, kind: Kind[Model], page: Page, shape: Shape
) -> tuple[m.ListMetadata, list[Model]]:
    """A list's ``$meta`` (pagination, what every item omits) and its items, in order.

    Returned apart: each list operation puts them in its own envelope model (``m.UserList``
    …), which a TypedDict with a ``$meta`` key cannot spell generically.
    """
    found = _bounded(kind, lambda: render(KINDS, kind, source, page.ids, shape))
    meta: m.ListMetadata = {
        "pagination": {"offset": page.offset, "limit": page.limit, "total": page.total},
        "omitted": omitted(kind, shape),
    }
    return meta, [found[key] for key in page.ids if key in found]


def _bounded(
    kind: Kind[Model], rendering: Callable[[], dict[str, dict[str, Any]]]
) -> dict[str, Model]:
    """The rendered resources of ``kind``, or a 400 problem naming ``select`` when too many.

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
    # The one place a rendered resource gets its model's type. The renderer builds plain dicts
    # whose keys depend on the request's ``select`` (any field may be trimmed, a reference may
    # be expanded), so no static type follows from its code; the kind (``Kind[m.User]``) names
    # the model its fields are written to, and the contract tests validate every answer
    # against that model's schema.
    return cast(dict[str, Model], found)
