"""Render the Marketplace's circular object graph to the shape a request asks for.

The platform's resources point at each other in cycles (user → accounts → groups → users …,
audit → by → audit …). The service never follows a cycle on its own: each resource has a
*full* shape (its own fields, with related resources as short references) and a *reference*
shape (a few identifying fields, used when it is nested). Heavy fields (``audit``,
``groups``, ``currentAccount`` …) are left out and named in ``$meta.omitted``. ``select``
adds (``+a.b``) or removes (``-a``) fields along dotted paths; every resource a ``+`` path
passes through is rendered in its full shape. The depth of a response is therefore bounded
by the ``select`` the client wrote, whatever the data's cycles.

Rendering is batched per edge of the shape tree: one query loads the targets of a relation
for every object of the level above, so a page of 100 users costs one query per selected
relation, not one per user.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, Union

from sqlalchemy.engine import Connection

from ..db import FastReader

__all__ = [
    "MAX_ANSWER_VALUES",
    "MAX_LINKS",
    "MAX_RENDERED_OBJECTS",
    "AnswerTooLargeError",
    "Budget",
    "Field",
    "Kind",
    "Many",
    "Model",
    "One",
    "Scalar",
    "SelectError",
    "Shape",
    "Source",
    "Struct",
    "answer_values",
    "render",
    "select_shape",
]

Row = Mapping[str, Any]

MAX_RENDERED_OBJECTS = 5_000
"""Most resources one answer may load and build (a resource counts once for each level of the
``select`` that reaches it, however often it is nested there). A built user costs two to three
kilobytes of Python objects: 4,900 of them peaked at 16 MiB, inside the ~50 MB a request may
take; a page of 100 users with every relation expanded one level needs a few hundred."""

MAX_ANSWER_VALUES = 200_000
"""Most JSON values (objects, array items, fields) one answer may hold once written out.
The renderer shares a resource reached along several paths, but the written answer repeats
it on each: ``select=+accounts.groups.users.accounts…`` multiplies by the size of a group at
every level (626 MiB at nine levels with 25 users in a group). At about 20 bytes a value this
is a few MB of JSON; the full shape of a page of 100 users is about 5,000 values."""


MAX_LINKS = 50_000
"""Most relations (a user's account, a group's user …) one answer may follow. Each becomes a
nested resource of at least four values in the answer, so more than a quarter of
MAX_ANSWER_VALUES cannot fit anyway; bounding them lets a loader stop reading early."""


class AnswerTooLargeError(ValueError):
    """The ``select`` asks for more than one answer may hold; the message says which bound."""


@dataclass
class Budget:
    """What one request's rendering has spent so far, checked before each batch is loaded."""

    objects: int = 0
    links: int = 0

    def spend(self, count: int) -> None:
        """Count ``count`` more resources to build, or AnswerTooLargeError past the bound."""
        self.objects += count
        if self.objects > MAX_RENDERED_OBJECTS:
            raise AnswerTooLargeError(
                f"the select expands to more than {MAX_RENDERED_OBJECTS:,} resources"
            )

    def links_left(self) -> int:
        """How many more relations the answer may follow."""
        return max(MAX_LINKS - self.links, 0)

    def follow(self, count: int) -> None:
        """Count ``count`` more relations, or AnswerTooLargeError past the bound."""
        self.links += count
        if self.links > MAX_LINKS:
            raise AnswerTooLargeError(f"the select follows more than {MAX_LINKS:,} relations")


@dataclass(frozen=True)
class Source:
    """Where rows come from during one request: its connection and the caller's reach.

    ``visible_accounts`` is None for an operations caller (every account), else the account
    ids the caller may see; nested accounts outside it are left out. ``reader`` runs the
    loaders' prebuilt SELECTs on the DB-API connection under ``connection`` (a SQLAlchemy Core
    execution costs ~250 µs here, the same read on sqlite3 a few µs).
    """

    connection: Connection
    visible_accounts: frozenset[str] | None
    reader: FastReader
    budget: Budget = field(default_factory=Budget)
    viewer: str | None = None
    """The caller's own identity: a user always sees itself."""

    def rows(self, statement: Any, ids: Sequence[str]) -> list[Any]:
        """Rows of a loader statement whose one parameter ``ids`` is a JSON array of ids."""
        return self.reader.all(statement, {"ids": json.dumps(list(ids))}, within=self.connection)


Kinds = Mapping[str, "Kind[Any]"]
Targets = list[tuple[dict[str, Any], Row]]
"""The objects being built at one level of a render, each with the row it is built from."""


@dataclass(frozen=True)
class Scalar:
    """A plain value computed from the row; ``omit_none`` drops the key instead of null."""

    get: Callable[[Row], Any]
    omit_none: bool = False

    def default_shape(self, kinds: Kinds) -> Shape | None:
        """A plain value has no shape of its own."""
        return None

    def expanded(self, kinds: Kinds, existing: Shape | None) -> Shape | None:
        """``+name`` on a plain value only puts it back."""
        return None

    def inner_fields(self, kinds: Kinds) -> Mapping[str, Field] | None:
        """A plain value has no fields for a longer path to name."""
        return None

    def fill(
        self, kinds: Kinds, source: Source, name: str, targets: Targets, sub: Shape | None
    ) -> None:
        """Set the value on every object."""
        get, omit_none = self.get, self.omit_none
        for value, row in targets:
            result = get(row)
            if result is not None or not omit_none:
                value[name] = result


@dataclass(frozen=True)
class Struct:
    """A nested plain object built from the same row (``phone``, ``audit``, ``invitation``)."""

    fields: Mapping[str, Field]

    def default_shape(self, kinds: Kinds) -> Shape | None:
        """Every field, each in its own default shape."""
        return Shape({name: spec.default_shape(kinds) for name, spec in self.fields.items()})

    def expanded(self, kinds: Kinds, existing: Shape | None) -> Shape | None:
        """``+name`` keeps the object as rendered (trimmed or not), or puts it back whole."""
        return existing if existing is not None else self.default_shape(kinds)

    def inner_fields(self, kinds: Kinds) -> Mapping[str, Field] | None:
        """The object's own fields."""
        return self.fields

    def fill(
        self, kinds: Kinds, source: Source, name: str, targets: Targets, sub: Shape | None
    ) -> None:
        """Build the nested object of every target from the same row."""
        nested: Targets = [({}, row) for _value, row in targets]
        _fill(kinds, source, nested, self.fields, sub or _NOTHING)
        for (value, _row), (inner, _) in zip(targets, nested, strict=True):
            value[name] = inner


@dataclass(frozen=True)
class _Related:
    """A field naming resources of another kind: a reference to them, unless expanded."""

    kind: str

    def default_shape(self, kinds: Kinds) -> Shape | None:
        """The reference shape of the target kind."""
        target = kinds[self.kind]
        return Shape({name: target.fields[name].default_shape(kinds) for name in target.reference})

    def expanded(self, kinds: Kinds, existing: Shape | None) -> Shape | None:
        """``+name`` renders the targets in their full shape (kept if already expanded)."""
        if existing is not None and existing.full:
            return existing
        return full_shape(kinds, kinds[self.kind])

    def inner_fields(self, kinds: Kinds) -> Mapping[str, Field] | None:
        """The target kind's fields."""
        return kinds[self.kind].fields


@dataclass(frozen=True)
class One(_Related):
    """A related resource whose id is in the row (absent key when there is none)."""

    get: Callable[[Row], str | None]

    def fill(
        self, kinds: Kinds, source: Source, name: str, targets: Targets, sub: Shape | None
    ) -> None:
        """Render the targets of the whole level in one batch, then hand each its own."""
        keys = [self.get(row) for _value, row in targets]
        wanted = [key for key in keys if key]
        found = render(kinds, kinds[self.kind], source, wanted, sub or _NOTHING)
        for (value, _row), key in zip(targets, keys, strict=True):
            if key and key in found:
                value[name] = found[key]


@dataclass(frozen=True)
class Many(_Related):
    """Related resources: ``load`` maps each source id to its targets' ids, in order."""

    load: Callable[[Source, Sequence[str]], Mapping[str, Sequence[str]]]

    def fill(
        self, kinds: Kinds, source: Source, name: str, targets: Targets, sub: Shape | None
    ) -> None:
        """Load the links and render the targets of the whole level in one batch each."""
        ids = [str(row["id"]) for _value, row in targets]
        links = self.load(source, ids)
        every = [target for key in ids for target in links.get(key, ())]
        found = render(kinds, kinds[self.kind], source, every, sub or _NOTHING)
        for value, row in targets:
            value[name] = [
                found[target] for target in links.get(str(row["id"]), ()) if target in found
            ]


Field = Union[Scalar, One, Many, Struct]  # noqa: UP007 - a runtime alias, kept readable on 3.11
"""A field of a kind. Each sort answers the same four questions (its default shape, what
``+`` makes of it, the fields a longer path may name inside it, how to fill it in), so the
select and render code asks the field instead of testing its class."""


Model = TypeVar("Model")
"""The generated model (a TypedDict of ``marketplace_stubs.models``) a kind is rendered as."""


@dataclass(frozen=True)
class Kind(Generic[Model]):
    """A resource type: its fields in wire order, its two shapes, and how to load its rows.

    ``omittable`` fields are left out of the full shape and listed in ``$meta.omitted``;
    ``list_omits`` are left out too when the resource is an item of a list page. ``load``
    returns rows by id for the ids that exist; ``visible`` keeps the ids the caller may see.
    ``withheld`` names, of the ids asked for, those the caller may know of but not see: they
    are rendered with ``withheld_fields`` only (and never expanded further).
    """

    name: str
    fields: Mapping[str, Field]
    reference: tuple[str, ...]
    omittable: tuple[str, ...]
    load: Callable[[Source, Sequence[str]], Mapping[str, Row]]
    list_omits: tuple[str, ...] = ()
    visible: Callable[[Source, Sequence[str]], Sequence[str]] | None = None
    withheld: Callable[[Source, Sequence[str]], set[str]] | None = None
    withheld_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shape:
    """Which fields to render (None for a plain value, a Shape for anything nested).

    ``full`` says whether a resource is in its full shape (a ``+`` path may expand a
    reference to it); ``removed`` holds fields a ``-`` path took out, for ``$meta.omitted``.
    Shapes are never changed once built (``fields`` is read-only by its type): a ``select``
    term builds new ones along its path, :meth:`with_field` and :meth:`without`.
    """

    fields: Mapping[str, Shape | None]
    full: bool = False
    removed: tuple[str, ...] = ()

    def with_field(self, name: str, sub: Shape | None) -> Shape:
        """The same shape with ``name`` rendered as ``sub`` (in its place if already there)."""
        return Shape({**self.fields, name: sub}, self.full, self.removed)

    def without(self, name: str) -> Shape:
        """The same shape with ``name`` taken out and noted as removed."""
        fields = {key: sub for key, sub in self.fields.items() if key != name}
        return Shape(fields, self.full, (*self.removed, name))


_NOTHING = Shape({})
"""No fields: what a nested value is filled with when its shape names none."""

MAX_SELECT_DEPTH = 12
"""Longest ``select`` path: each level is one more query per page, and a loop in the graph
could otherwise be followed as often as a client cares to type it."""


class SelectError(ValueError):
    """A ``select`` term naming a field the resource does not have."""

    def __init__(self, message: str, term: str) -> None:
        super().__init__(message)
        self.term = term


def full_shape(kinds: Kinds, kind: Kind[Any], *, listing: bool = False) -> Shape:
    """The shape a resource has at the top of a response (or as a list item)."""
    left_out = set(kind.omittable) | (set(kind.list_omits) if listing else set())
    return Shape(
        {
            name: spec.default_shape(kinds)
            for name, spec in kind.fields.items()
            if name not in left_out
        },
        full=True,
    )


def select_shape(kinds: Kinds, kind: Kind[Any], select: str, *, listing: bool) -> Shape:
    """The full shape of ``kind`` changed by a ``select`` value such as ``+audit,-accounts``.

    Terms apply left to right; ``+`` (or no sign) adds, ``-`` removes. SelectError names the
    first term with an unknown field.
    """
    shape = full_shape(kinds, kind, listing=listing)
    for raw in select.split(","):
        term = raw.strip()
        if not term:
            continue
        adding = not term.startswith("-")
        names = (term.lstrip("+") if adding else term[1:]).split(".")
        if not all(names):
            raise SelectError(f"select term {term!r} is not a field path", term)
        if len(names) > MAX_SELECT_DEPTH:
            message = f"select term {term[:60]!r}… is deeper than {MAX_SELECT_DEPTH} fields"
            raise SelectError(message, term)
        shape = _apply(kinds, shape, kind.fields, names, adding=adding, term=term)
    return shape


def _apply(
    kinds: Kinds,
    shape: Shape,
    fields: Mapping[str, Field],
    names: Sequence[str],
    *,
    adding: bool,
    term: str,
) -> Shape:
    """``shape`` (of an object with ``fields``) after one term's path ``names``, built anew."""
    name, rest = names[0], names[1:]
    spec = fields.get(name)
    if spec is None:
        raise SelectError(f"select term {term!r}: unknown field {name!r}", term)
    existing = shape.fields.get(name)
    if not adding:
        if not rest:
            return shape.without(name) if name in shape.fields else shape
        if existing is None:
            return shape  # removing inside something not rendered: nothing to do
        inner = spec.inner_fields(kinds) or {}
        return shape.with_field(name, _apply(kinds, existing, inner, rest, adding=False, term=term))
    expanded = spec.expanded(kinds, existing)
    if expanded is None:
        if rest:
            raise SelectError(f"select term {term!r}: {name!r} has no fields", term)
        return shape.with_field(name, None)
    if rest:
        inner = spec.inner_fields(kinds) or {}
        expanded = _apply(kinds, expanded, inner, rest, adding=True, term=term)
    return shape.with_field(name, expanded)


def omitted(kind: Kind[Any], shape: Shape) -> list[str]:
    """What ``$meta.omitted`` says about a resource rendered in ``shape``."""
    names = [name for name in kind.fields if name not in shape.fields]
    notable = set(kind.omittable) | set(kind.list_omits) | set(shape.removed)
    return [name for name in names if name in notable]


def render(
    kinds: Kinds, kind: Kind[Any], source: Source, ids: Sequence[str], shape: Shape
) -> dict[str, dict[str, Any]]:
    """Render the resources ``ids`` of ``kind`` in ``shape``, by id (missing ids left out)."""
    wanted = list(dict.fromkeys(ids))
    if kind.visible is not None:
        wanted = list(kind.visible(source, wanted))
    source.budget.spend(len(wanted))
    rows = kind.load(source, wanted)
    objects: dict[str, dict[str, Any]] = {key: {} for key in wanted if key in rows}
    hidden = kind.withheld(source, list(objects)) if kind.withheld and objects else set()
    shown = [(objects[key], rows[key]) for key in objects if key not in hidden]
    _fill(kinds, source, shown, kind.fields, shape)
    meta = omitted(kind, shape)
    for value, _row in shown:
        value["$meta"] = {"omitted": list(meta)}
    if hidden:
        kept = Shape({name: None for name in kind.withheld_fields if name in shape.fields})
        _fill(kinds, source, [(objects[key], rows[key]) for key in hidden], kind.fields, kept)
        for key in hidden:
            objects[key]["$meta"] = {"omitted": omitted(kind, kept)}
    return objects


def _fill(
    kinds: Kinds, source: Source, targets: Targets, fields: Mapping[str, Field], shape: Shape
) -> None:
    """Set the fields of ``shape`` on each (object, row) pair, batching related resources."""
    selected = shape.fields
    for name, spec in fields.items():
        if name in selected:
            spec.fill(kinds, source, name, targets, selected[name])


def answer_values(value: Any) -> int:
    """How many JSON values ``value`` holds once written out, without writing it.

    Resources shared between paths are counted once per path (as they will be written) but
    visited once (memoised by identity), so this costs what the rendering cost.
    """
    memo: dict[int, int] = {}

    def count(item: Any) -> int:
        if isinstance(item, dict | list):
            known = memo.get(id(item))
            if known is None:
                children = item.values() if isinstance(item, dict) else item
                known = memo[id(item)] = 1 + sum(count(child) for child in children)
            return known
        return 1

    return count(value)
