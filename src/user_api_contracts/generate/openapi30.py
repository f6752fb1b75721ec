"""Down-convert a bundled OpenAPI 3.1 document to OpenAPI 3.0.3, for tools that read only 3.0.

Swagger UI 4, swagger2openapi's validator, many gateways and older generators reject 3.1. The
3.0 bundle says the same thing wherever 3.0 can: every component name and every ``$ref`` is
kept (the Marketplace models are circular, so nothing is ever dereferenced), and only schema
keywords change. The converter knows exactly the 3.1 constructs our four specs use:

- ``type: [X, 'null']`` becomes ``type: X`` + ``nullable: true`` (same meaning);
- a schema's ``examples: [a, b, ...]`` becomes ``example: a`` (3.0 has room for one).

Everything else that 3.0 does not have is refused, one located line per place, instead of being
dropped or copied through. That is why this is not ``@apiture/openapi-down-convert`` (npm,
0.14.2): on our four bundles its output has the same content as this module's, but on other
input it silently drops ``patternProperties`` and ``webhooks`` (the schema then accepts more)
and copies ``info.summary`` and ``prefixItems`` into an invalid 3.0 file. The result is then
checked with openapi-spec-validator's 3.0 validator, so a 3.1 construct that slips past these
lists still stops the build rather than ship an invalid file.

Pointers are the same in the spec, the 3.1 bundle and the 3.0 bundle (bundling reorders keys
only), so refusals are reported at the spec's line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator

from ..apis import Api
from ..openapi_walk import iter_schema_sites, join
from ..problems import display_path
from ..specfile import SpecLoadError, load_spec
from .bundle import Bundle, render_bundle
from .errors import GenerationError

__all__ = ["OPENAPI_30", "Refusal", "convert_bundle", "convert_document"]

OPENAPI_30 = "3.0.3"
_RULE = "openapi30"

# Schema keywords that mean the same in OpenAPI 3.0's schema dialect as in 3.1's.
_SCHEMA_SAME = frozenset(
    {
        "title",
        "description",
        "format",
        "default",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "enum",
        "multipleOf",
        "maximum",
        "minimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "discriminator",
        "xml",
        "externalDocs",
        "$ref",
    }
)
# Keywords whose value is a schema, or a list or map of schemas; 3.0 has no boolean schemas.
_SUBSCHEMA = frozenset({"items", "not"})
_SUBSCHEMA_LISTS = frozenset({"allOf", "oneOf", "anyOf"})
# The fields 3.0 has, per object outside schemas, where 3.1 added some (``x-`` always allowed).
_FIELDS_30 = {
    "": {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"},
    "/info": {"title", "description", "termsOfService", "contact", "license", "version"},
    "/info/license": {"name", "url"},
    "/components": {
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
    },
}


@dataclass(frozen=True)
class Refusal:
    """A 3.1 construct the converter will not translate, at a JSON pointer of the document."""

    pointer: str
    message: str


def _extension(key: str) -> bool:
    return key.startswith("x-")


def _object_refusals(document: dict[str, Any]) -> Iterator[Refusal]:
    for pointer, allowed in _FIELDS_30.items():
        node: Any = document
        for token in pointer.split("/")[1:]:
            node = node.get(token) if isinstance(node, dict) else None
        for key in node if isinstance(node, dict) else ():
            if key not in allowed and not _extension(key):
                yield Refusal(join(pointer, key), f"{key!r} has no OpenAPI 3.0 equivalent")


def _reference_refusals(document: dict[str, Any]) -> Iterator[Refusal]:
    """Every ``$ref`` with keys beside it: 3.1 reads them, 3.0 ignores them.

    The lint's ``no-ref-siblings`` forbids them too, but generation does not run the lint.
    """
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node and len(node) > 1:
                keys = ", ".join(sorted(key for key in node if key != "$ref"))
                yield Refusal(pointer, f"$ref with sibling keys ({keys}): 3.0 ignores them")
            # Examples are data: a "$ref" key inside one is a value (as in the lint rule).
            stack.extend(
                (join(pointer, key), value)
                for key, value in node.items()
                if key not in ("example", "examples") or pointer.endswith("/properties")
            )
        elif isinstance(node, list):
            stack.extend((join(pointer, index), value) for index, value in enumerate(node))


def _converted_type(kind: Any, pointer: str) -> tuple[dict[str, Any], list[Refusal]]:
    """``type`` as 3.0 says it: a single type, and ``nullable`` when 3.1 listed ``null``."""
    if isinstance(kind, str) and kind != "null":
        return {"type": kind}, []
    if isinstance(kind, list):
        others = [member for member in kind if member != "null"]
        if len(others) == 1 and isinstance(others[0], str):
            nullable = {"nullable": True} if "null" in kind else {}
            return {"type": others[0], **nullable}, []
    where = join(pointer, "type")
    return {}, [Refusal(where, f"type {kind!r} is not one type (or one type and 'null')")]


def _convert_schema(schema: dict[str, Any], pointer: str) -> list[Refusal]:
    """Rewrite one schema object in place (its subschemas are visited on their own)."""
    refusals: list[Refusal] = []
    converted: dict[str, Any] = {}
    for key, value in schema.items():
        where = join(pointer, key)
        if key == "type":
            kind, problems = _converted_type(value, pointer)
            converted.update(kind)
            refusals += problems
        elif key == "examples" and isinstance(value, list):
            if value and "example" not in schema:
                converted["example"] = value[0]  # 3.0 has one example; the first is kept
        elif key in _SCHEMA_SAME or _extension(key):
            converted[key] = value
        else:
            refusals.append(Refusal(where, f"schema keyword {key!r} has no OpenAPI 3.0 conversion"))
        children = value if key in _SUBSCHEMA_LISTS and isinstance(value, list) else [value]
        if key in _SUBSCHEMA | _SUBSCHEMA_LISTS and not all(isinstance(c, dict) for c in children):
            refusals.append(Refusal(where, "a boolean or list schema has no OpenAPI 3.0 form"))
        if key == "properties" and isinstance(value, dict):
            for name, child in value.items():
                if not isinstance(child, dict):
                    message = "a boolean schema has no OpenAPI 3.0 form"
                    refusals.append(Refusal(join(where, name), message))
    schema.clear()
    schema.update(converted)
    return refusals


def convert_document(document: dict[str, Any]) -> tuple[dict[str, Any], list[Refusal]]:
    """A 3.0.3 copy of the 3.1 ``document``, and every place it could not be converted."""
    converted: dict[str, Any] = json.loads(json.dumps(document))  # a copy that shares nothing
    refusals = [*_object_refusals(converted), *_reference_refusals(converted)]
    for pointer, schema in list(iter_schema_sites(converted)):
        refusals += _convert_schema(schema, pointer)
    converted["openapi"] = OPENAPI_30
    return converted, refusals


def _validation_refusals(document: dict[str, Any]) -> list[Refusal]:
    """openapi-spec-validator's 3.0 verdict, one refusal per error, located by pointer."""
    refusals: list[Refusal] = []
    for error in OpenAPIV30SpecValidator(document).iter_errors():
        message = str(getattr(error, "message", error)).split("\n\nFailed validating", 1)[0]
        pointer = join("", *getattr(error, "absolute_path", ()))
        refusals.append(Refusal(pointer, f"not valid OpenAPI 3.0: {message}"))
    return refusals


def convert_bundle(api: Api, bundle: Bundle) -> Bundle:
    """The 3.0 rendering of ``api``'s 3.1 bundle; GenerationError with spec lines if it can't be."""
    document, refusals = convert_document(bundle.document)
    if not refusals:
        refusals = _validation_refusals(document)
    if refusals:
        try:
            spec = load_spec(api.spec_path)
        except SpecLoadError as error:  # the bundle step read it a moment ago
            raise GenerationError.from_problems(error.problems) from None
        raise GenerationError.from_problems(
            [spec.problem(_RULE, refusal.pointer, refusal.message) for refusal in refusals]
        )
    source = display_path(api.spec_path)
    header = (
        f"# Generated by `make generate` from {source}. Do not edit: change the spec.\n"
        f"# OpenAPI {OPENAPI_30}, down-converted from the 3.1 bundle; what 3.0 cannot carry is"
        ' listed in the README ("OpenAPI 3.0 bundles").\n'
    )
    return render_bundle(document, header)
