"""Plain-Python checks for the simple scalar schemas that most parameters have.

A jsonschema validation of a path or query parameter costs tens of microseconds, most of it
spent walking `$ref`s and keyword tables; the parameters of these APIs are strings with a
pattern, enums, bounded integers and booleans. Those compile here into a closure with the same
verdict (ECMA-style ASCII classes, int32/int64 ranges); anything else returns None and the
runtime falls back to jsonschema, so no schema is ever checked less strictly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..openapi_walk import resolve_local_ref

__all__ = ["Check", "compile_simple"]

Check = Callable[[Any], str | None]
"""Returns None for a valid value, else the reason it is invalid."""

_ANNOTATIONS = frozenset(
    {
        "description",
        "examples",
        "example",
        "default",
        "title",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    }
)
_SCALAR_KEYS = frozenset(
    {
        "type",
        "pattern",
        "enum",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "format",
    }
)
_RANGES = {"int32": 2**31, "int64": 2**63}
_PYTHON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
}


def compile_simple(document: dict[str, Any], schema: Any) -> Check | None:
    """A closure checking ``schema`` exactly, or None when the schema is not simple enough."""
    schema, _ = resolve_local_ref(document, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array" and set(schema) <= {"type", "items"} | _ANNOTATIONS:
        item = compile_simple(document, schema.get("items", {}))
        return None if item is None else _each(item)
    if not set(schema) <= _SCALAR_KEYS | _ANNOTATIONS:
        return None
    kind = schema.get("type")
    if kind not in _PYTHON_TYPES:
        return None
    fmt = schema.get("format")
    if fmt is not None and not (fmt in _RANGES and kind == "integer") and kind != "string":
        return None
    if fmt is not None and kind == "string" and fmt not in ("int64", "int32", "google-fieldmask"):
        return None  # string formats other than annotations here (email, date-time) use jsonschema
    steps: list[Check] = [_type_check(kind)]
    if "enum" in schema:
        allowed = list(schema["enum"])
        steps.append(lambda v: None if v in allowed else f"{v!r} is not one of {allowed!r}")
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"], re.ASCII)
        source = schema["pattern"]
        steps.append(lambda v: None if pattern.search(v) else f"{v!r} does not match {source!r}")
    steps += _bounds(schema, kind, fmt)
    return _all_of(steps)


def _type_check(kind: str) -> Check:
    if kind == "string":  # most parameters: one isinstance, no second call
        return lambda value: (
            None if isinstance(value, str) else f"{value!r} is not of type 'string'"
        )
    test = _PYTHON_TYPES[kind]
    return lambda value: None if test(value) else f"{value!r} is not of type {kind!r}"


def _bounds(schema: dict[str, Any], kind: str, fmt: str | None) -> list[Check]:
    steps: list[Check] = []
    if kind in ("integer", "number"):
        if "minimum" in schema:
            low = schema["minimum"]
            steps.append(lambda v: None if v >= low else f"{v!r} is less than the minimum of {low}")
        if "maximum" in schema:
            high = schema["maximum"]
            steps.append(
                lambda v: None if v <= high else f"{v!r} is greater than the maximum of {high}"
            )
        if fmt in _RANGES:
            span = _RANGES[fmt]
            steps.append(lambda v: None if -span <= v < span else f"{v!r} is not a {fmt!r}")
        for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
            if keyword in schema:
                steps.append(_exclusive(schema[keyword], above=keyword == "exclusiveMinimum"))
    if kind == "string":
        if "minLength" in schema:
            shortest = schema["minLength"]
            steps.append(lambda v: None if len(v) >= shortest else f"{v!r} is too short")
        if "maxLength" in schema:
            longest = schema["maxLength"]
            steps.append(lambda v: None if len(v) <= longest else f"{v!r} is too long")
    return steps


def _exclusive(limit: float, *, above: bool) -> Check:
    def check(value: Any) -> str | None:
        inside = value > limit if above else value < limit
        return None if inside else f"{value!r} is out of the exclusive bound {limit}"

    return check


def _each(item: Check) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not of type 'array'"
        for element in value:
            problem = item(element)
            if problem is not None:
                return problem
        return None

    return check


def _all_of(steps: list[Check]) -> Check:
    first, rest = steps[0], steps[1:]
    if not rest:
        return first
    if len(rest) == 1:  # a type and one constraint, the usual parameter: no loop
        second = rest[0]

        def check_two(value: Any) -> str | None:
            problem = first(value)
            return problem if problem is not None else second(value)

        return check_two

    def check(value: Any) -> str | None:
        problem = first(value)
        if problem is not None:
            return problem
        for step in rest:
            problem = step(value)
            if problem is not None:
                return problem
        return None

    return check
