"""Request validation against the bundled spec: parameters and bodies, compiled once per app.

Every check answers a 400 in the API's format naming the offending parameter or body field, so
that a client learns what to fix and no bad input reaches the servicer (or its database).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ..schema_validators import SchemaValidators
from .errors import ApiError
from .fast_checks import Check

__all__ = [
    "BodySpec",
    "ParameterSpec",
    "SchemaValidators",
    "check_parameter",
    "coerce_parameter",
    "decode_json",
    "describe_rule",
    "invalid_parameter",
]

_INTEGER = re.compile(r"^-?[0-9]+$")

_MAX_INTEGER_CHARS = 4000
"""Longer digit strings stay strings (and fail an integer schema with a 400): Python refuses to
convert more than 4,300 digits (CVE-2020-10735), and no parameter here needs more than 20."""


def _first_error(validator: Draft202012Validator, instance: Any) -> ValidationError | None:
    errors: Iterator[ValidationError] = validator.iter_errors(instance)
    return next(errors, None)


@dataclass(frozen=True)
class ParameterSpec:  # not slotted: `is_array` and `decode` are cached on the instance
    """One declared parameter: where it is, how it is encoded, and its schema."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    schema_pointer: str
    explode: bool
    default: Any = None
    has_default: bool = False
    fast: Check | None = None
    """A plain-Python check with jsonschema's verdict, when the schema is simple enough."""

    @functools.cached_property
    def is_array(self) -> bool:
        """Whether the parameter carries a list (repeated keys or comma-separated)."""
        return _types(self.schema) == {"array"}

    @functools.cached_property
    def decode(self) -> Callable[[list[str]], Any]:
        """Decode raw values (already percent-decoded) into a JSON value.

        The schema's types are looked up once per parameter, not once per request.
        """
        return _decoder(self)


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {str(item) for item in kind}
    return set()


def _scalar_decoder(schema: dict[str, Any]) -> Callable[[str], Any]:
    """Turn one query/path string into the JSON type its schema names, or leave it a string."""
    kinds = _types(schema)
    integer, number, boolean = "integer" in kinds, "number" in kinds, "boolean" in kinds
    null = "null" in kinds and "string" not in kinds
    if not (integer or number or boolean or null):
        return _as_is

    def decode(raw: str) -> Any:
        if len(raw) > _MAX_INTEGER_CHARS:
            return raw
        if integer and _INTEGER.match(raw):
            return int(raw)
        if number:
            try:
                return float(raw) if not _INTEGER.match(raw) else int(raw)
            except ValueError:
                pass
        if boolean and raw in ("true", "false"):
            return raw == "true"
        if null and raw == "null":
            return None
        return raw

    return decode


def _as_is(raw: str) -> str:
    return raw


def coerce_parameter(spec: ParameterSpec, raw_values: list[str]) -> Any:
    """Decode a parameter's raw values (already percent-decoded) into a JSON value."""
    return spec.decode(raw_values)


def _decoder(spec: ParameterSpec) -> Callable[[list[str]], Any]:
    """What :func:`coerce_parameter` does for ``spec``, with the schema's types looked up once."""
    if not spec.is_array:
        scalar = _scalar_decoder(spec.schema)
        return lambda raw_values: scalar(raw_values[0])
    items_schema = spec.schema.get("items")
    item = _scalar_decoder(items_schema if isinstance(items_schema, dict) else {})
    if spec.explode:
        return lambda raw_values: [item(value) for value in raw_values]
    return lambda raw_values: [item(part) for value in raw_values for part in value.split(",")]


def check_parameter(validators: SchemaValidators, spec: ParameterSpec, value: Any) -> None:
    """Raise a 400 ApiError when ``value`` does not match the parameter's schema."""
    if spec.fast is not None:
        problem = spec.fast(value)
    else:
        error = _first_error(validators.at(spec.schema_pointer), value)
        problem = None if error is None else error.message
    if problem is not None:
        raise invalid_parameter(spec, problem)


def invalid_parameter(spec: ParameterSpec, problem: str) -> ApiError:
    """The 400 for a parameter whose value its schema rejects, naming parameter and reason."""
    where = f"{spec.location} parameter '{spec.name}'"
    problem = _shorten(problem)
    return ApiError(400, f"Invalid {where}: {problem}", fields={spec.name: [problem]})


@dataclass(frozen=True)
class BodySpec:
    """A request body: whether it is required and the schema pointer of each media type."""

    required: bool
    media: dict[str, str]
    encodings: dict[str, dict[str, Any]]


def decode_json(raw: bytes) -> Any:
    """Parse a JSON body strictly (UTF-8, no NaN/Infinity); 400 with the position if bad."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(400, f"Request body is not valid UTF-8 (byte {error.start}).") from None

    def _reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not valid JSON")

    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ApiError(400, f"Request body is not valid JSON: {error.msg} ({where}).") from None
    except (ValueError, RecursionError) as error:
        raise ApiError(400, f"Request body is not valid JSON: {error}.") from None


def check_body(validators: SchemaValidators, pointer: str, value: Any) -> None:
    """Raise a 400 ApiError naming the first field of ``value`` its schema rejects.

    The message states the rule, never the value sent: a body may hold a password, and an
    answer (or a log of it) must not carry it back.
    """
    error = _first_error(validators.at(pointer), value)
    if error is not None:
        field = "/".join(str(part) for part in error.absolute_path) or "(body)"
        rule = _shorten(describe_rule(error))
        raise ApiError(400, f"Invalid request body at '{field}': {rule}", fields={field: [rule]})


_BOUNDS = {
    "maxLength": "must be at most {} characters long",
    "minLength": "must be at least {} characters long",
    "maximum": "must be at most {}",
    "minimum": "must be at least {}",
    "exclusiveMaximum": "must be less than {}",
    "exclusiveMinimum": "must be greater than {}",
    "maxItems": "must have at most {} items",
    "minItems": "must have at least {} items",
    "maxProperties": "must have at most {} properties",
    "minProperties": "must have at least {} properties",
    "multipleOf": "must be a multiple of {}",
    "pattern": "must match the pattern {!r}",
    "format": "must be a valid {}",
    "const": "must be {!r}",
}


def describe_rule(error: ValidationError) -> str:
    """What ``error``'s schema keyword requires, without the rejected value.

    Keywords about keys (``required``, ``additionalProperties``, ...) keep jsonschema's message,
    which names keys only.
    """
    keyword, expected = str(error.validator), error.validator_value
    if keyword == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        return "must be of type " + " or ".join(f"'{kind}'" for kind in kinds)
    if keyword == "enum":
        return f"must be one of {expected!r}"
    if keyword in _BOUNDS:
        return _BOUNDS[keyword].format(expected)
    if keyword == "uniqueItems":
        return "must not repeat items"
    if error.validator is None:  # a `false` schema
        return "is not allowed here"
    if keyword in ("oneOf", "anyOf", "not", "if", "then", "else", "contains", "allOf"):
        return f"does not match the schema ({keyword})"
    return str(error.message)


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
