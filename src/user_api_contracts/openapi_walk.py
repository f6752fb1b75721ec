"""Navigation helpers over a parsed OpenAPI document: pointers, local refs, operations, schemas.

The lint rules and the generators all need to visit the same places (every operation, every
schema and where it sits); keeping that knowledge here means each rule only says what it checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .specfile import escape_pointer_token

__all__ = [
    "HTTP_METHODS",
    "Direction",
    "MediaSite",
    "Operation",
    "SchemaChild",
    "admits_null",
    "is_null_schema",
    "iter_media_sites",
    "iter_operations",
    "iter_schema_children",
    "iter_schema_sites",
    "join",
    "resolve_local_ref",
    "resolve_pointer",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Direction = Literal["request", "response"]


def join(pointer: str, *tokens: str | int) -> str:
    """Append escaped reference tokens to a JSON pointer."""
    return pointer + "".join("/" + escape_pointer_token(token) for token in tokens)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Return the value at ``pointer`` (``""`` is the whole document); KeyError if absent."""
    value = document
    if not pointer:
        return value
    for raw in pointer.lstrip("/").split("/"):
        token = _unescape(raw)
        if isinstance(value, list):
            value = value[int(token)]
        elif isinstance(value, dict) and token in value:
            value = value[token]
        else:
            raise KeyError(pointer)
    return value


def resolve_local_ref(document: Any, node: Any) -> tuple[Any, str | None]:
    """Follow ``$ref`` chains inside ``document``; return the target and its pointer.

    Returns ``(node, None)`` when ``node`` is not a reference. Raises KeyError for a dangling
    or non-local reference (structural validation reports those first).
    """
    pointer: str | None = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            raise KeyError(ref)
        seen.add(ref)
        pointer = ref[1:]
        node = resolve_pointer(document, pointer)
    return node, pointer


def is_null_schema(schema: Any) -> bool:
    """Tell whether a schema admits only null (``{type: 'null'}``)."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind in ("null", ["null"])


def admits_null(schema: Any) -> bool:
    """Tell whether ``schema`` itself lists ``null`` among its types or alternatives."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(
        is_null_schema(branch)
        for keyword in ("anyOf", "oneOf")
        for branch in schema.get(keyword, []) or []
    )


@dataclass(frozen=True)
class SchemaChild:
    """A subschema reached from its parent, and whether the edge can be left empty.

    ``breakable`` is true when a finite instance can stop at this edge: the property is
    optional, the parent admits null, the child sits in an array or map that may be empty.
    """

    pointer: str
    schema: Any
    breakable: bool


def iter_schema_children(schema: dict[str, Any], pointer: str) -> Iterator[SchemaChild]:
    """Yield the instance-bearing subschemas of ``schema`` (not ``not``/``if``/``contains``)."""
    parent_nullable = admits_null(schema)
    required = schema.get("required", [])
    required = required if isinstance(required, list) else []
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, child in properties.items():
            yield SchemaChild(
                join(pointer, "properties", name),
                child,
                parent_nullable or name not in required,
            )
    for keyword in ("patternProperties", "$defs"):
        children = schema.get(keyword)
        if isinstance(children, dict):
            for name, child in children.items():
                yield SchemaChild(join(pointer, keyword, name), child, True)
    for keyword in ("additionalProperties", "unevaluatedProperties", "unevaluatedItems"):
        child = schema.get(keyword)
        if isinstance(child, dict):
            yield SchemaChild(join(pointer, keyword), child, True)
    min_items = schema.get("minItems", 0)
    min_items = min_items if isinstance(min_items, int) else 0
    items = schema.get("items")
    if isinstance(items, dict):
        yield SchemaChild(join(pointer, "items"), items, parent_nullable or min_items == 0)
    prefix = schema.get("prefixItems")
    if isinstance(prefix, list):
        for index, child in enumerate(prefix):
            yield SchemaChild(
                join(pointer, "prefixItems", index), child, parent_nullable or min_items <= index
            )
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list):
            has_null_branch = any(is_null_schema(branch) for branch in branches)
            for index, child in enumerate(branches):
                yield SchemaChild(
                    join(pointer, keyword, index), child, parent_nullable or has_null_branch
                )
    branches = schema.get("allOf")
    if isinstance(branches, list):
        for index, child in enumerate(branches):
            yield SchemaChild(join(pointer, "allOf", index), child, parent_nullable)


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with the path item it belongs to."""

    path: str
    method: str
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]


def iter_operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Yield every operation under ``paths`` in document order."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                yield Operation(path, method, join("/paths", path, method), node, item)


@dataclass(frozen=True)
class MediaSite:
    """A place that carries a schema and examples: a media type, parameter or header."""

    pointer: str
    node: dict[str, Any]
    direction: Direction | None


def _iter_media(content: Any, pointer: str, direction: Direction | None) -> Iterator[MediaSite]:
    if isinstance(content, dict):
        for media_type, media in content.items():
            if isinstance(media, dict):
                yield MediaSite(join(pointer, "content", media_type), media, direction)


def _iter_response(response: Any, pointer: str) -> Iterator[MediaSite]:
    if not isinstance(response, dict) or "$ref" in response:
        return
    yield from _iter_media(response.get("content"), pointer, "response")
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            if isinstance(header, dict) and "$ref" not in header:
                yield MediaSite(join(pointer, "headers", name), header, "response")


def _iter_request_body(body: Any, pointer: str) -> Iterator[MediaSite]:
    if isinstance(body, dict) and "$ref" not in body:
        yield from _iter_media(body.get("content"), pointer, "request")


def _iter_parameters(parameters: Any, pointer: str) -> Iterator[MediaSite]:
    if isinstance(parameters, list):
        for index, parameter in enumerate(parameters):
            if isinstance(parameter, dict) and "$ref" not in parameter:
                yield MediaSite(join(pointer, index), parameter, "request")


def iter_media_sites(document: dict[str, Any]) -> Iterator[MediaSite]:
    """Yield each schema-and-examples site once; ``$ref``'d ones at their component."""
    components = document.get("components")
    components = components if isinstance(components, dict) else {}
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and "$ref" not in parameter:
            yield MediaSite(join("/components/parameters", name), parameter, "request")
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict) and "$ref" not in header:
            yield MediaSite(join("/components/headers", name), header, "response")
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _iter_request_body(body, join("/components/requestBodies", name))
    for name, response in (components.get("responses") or {}).items():
        yield from _iter_response(response, join("/components/responses", name))
    paths = document.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        if not isinstance(item, dict):
            continue
        yield from _iter_parameters(item.get("parameters"), join("/paths", path, "parameters"))
    for operation in iter_operations(document):
        node, pointer = operation.node, operation.pointer
        yield from _iter_parameters(node.get("parameters"), join(pointer, "parameters"))
        yield from _iter_request_body(node.get("requestBody"), join(pointer, "requestBody"))
        responses = node.get("responses")
        for code, response in (responses if isinstance(responses, dict) else {}).items():
            yield from _iter_response(response, join(pointer, "responses", code))


def iter_schema_sites(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield the pointer and value of every schema object in the document, nested ones too."""
    roots: list[tuple[str, Any]] = []
    components = document.get("components")
    if isinstance(components, dict):
        for name, schema in (components.get("schemas") or {}).items():
            roots.append((join("/components/schemas", name), schema))
    for site in iter_media_sites(document):
        if "schema" in site.node:
            roots.append((join(site.pointer, "schema"), site.node["schema"]))
    stack = list(reversed(roots))
    while stack:
        pointer, schema = stack.pop()
        if not isinstance(schema, dict):
            continue
        yield pointer, schema
        children = [
            (child.pointer, child.schema) for child in iter_schema_children(schema, pointer)
        ]
        for keyword in ("not", "if", "then", "else", "contains", "propertyNames"):
            if isinstance(schema.get(keyword), dict):
                children.append((join(pointer, keyword), schema[keyword]))
        stack.extend(reversed(children))
