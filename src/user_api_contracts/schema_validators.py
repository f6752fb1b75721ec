"""JSON Schema validators for schemas that sit at JSON pointers inside one OpenAPI document.

Both the lint (examples against their schemas) and the server runtime (requests against the
spec) validate against schemas in place, so that ``#/components/...`` references resolve
against the whole document; they share this one implementation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["FORMAT_CHECKER", "SchemaValidators"]

_BASE = "urn:user-api-contracts:document"

# JSON Schema's own formats, plus the OpenAPI integer formats: `int32`/`int64` bound a JSON number
# to the type's range. Google's int64-as-string ids are left to the servicers (an id out of range
# names nothing, so they answer 404): JSON Schema tools, schemathesis among them, give a string
# format no range, and a server stricter than the spec as they read it fails their tests.
FORMAT_CHECKER = FormatChecker()
for _name, _function in Draft202012Validator.FORMAT_CHECKER.checkers.items():
    FORMAT_CHECKER.checkers[_name] = _function


def _in_range(bits: int) -> Callable[[object], bool]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

    def check(instance: object) -> bool:
        if isinstance(instance, bool):
            return True
        return not isinstance(instance, int) or low <= instance <= high

    return check


FORMAT_CHECKER.checks("int32")(_in_range(32))
FORMAT_CHECKER.checks("int64")(_in_range(64))


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    r"""`pattern` with ECMA-262 character classes, as OpenAPI 3.1 specifies.

    Python's `\d`, `\s` and `\w` also match non-ASCII digits, spaces and letters (and `\s` the
    control characters -); ECMA-262's, which clients and schemathesis use, do not.
    Compiling with re.ASCII gives ECMA's classes.
    """
    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator: type[Draft202012Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _ecma_pattern}
)


class SchemaValidators:
    """Validators (2020-12, formats asserted) for schemas at pointers of one document, cached."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self._cache: dict[str, Draft202012Validator] = {}

    def at(self, pointer: str) -> Draft202012Validator:
        """The validator for the schema at ``pointer`` (built once, then reused)."""
        validator = self._cache.get(pointer)
        if validator is None:
            validator = _Validator(
                {"$ref": f"{_BASE}#{quote(pointer, safe='/~')}"},
                registry=self._registry,
                format_checker=FORMAT_CHECKER,
            )
            self._cache[pointer] = validator
        return validator
