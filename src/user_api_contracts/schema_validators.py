"""JSON Schema validators for schemas that sit at JSON pointers inside one OpenAPI document.

Both the lint (examples against their schemas) and the server runtime (requests against the
spec) validate against schemas in place, so that ``#/components/...`` references resolve
against the whole document; they share this one implementation.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["SchemaValidators"]

_BASE = "urn:user-api-contracts:document"


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
            validator = Draft202012Validator(
                {"$ref": f"{_BASE}#{quote(pointer, safe='/~')}"},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._cache[pointer] = validator
        return validator
