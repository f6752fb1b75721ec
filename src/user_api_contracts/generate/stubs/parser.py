"""Parse a bundled spec into the typed objects of one stub package (:mod:`.objects`).

This is the only stub-generator code that reads the OpenAPI document; what it decides (names,
annotations, which keys are always present) is what every template writes.
"""

from __future__ import annotations

from typing import Any, get_args

from ...apis import Api
from ...openapi_walk import Operation as SpecOperation
from ...openapi_walk import iter_operations, resolve_local_ref
from .objects import Body, HttpMethod, Operation, Parameter, ParameterLocation, StubPackage
from .schema_types import TypeWriter, pascal_case

__all__ = ["parse_stub_package"]

# Lower-case spec keys and location names to their typed values.
_HTTP_METHODS: dict[str, HttpMethod] = {method.lower(): method for method in get_args(HttpMethod)}
_LOCATIONS: dict[str, ParameterLocation] = {where: where for where in get_args(ParameterLocation)}


def parse_stub_package(api: Api, document: dict[str, Any]) -> StubPackage:
    """The stub package of ``api`` as its bundled ``document`` describes it."""
    writer = TypeWriter(document)
    writer.define_components()
    operations = tuple(
        _operation(document, operation, writer) for operation in iter_operations(document)
    )
    return StubPackage(
        api_name=api.name,
        package_name=api.stub_package,
        servicer_class=f"{api.class_prefix}Servicer",
        error_format=api.error_format,
        models=writer.models(),
        operations=operations,
    )


def _operation(document: dict[str, Any], operation: SpecOperation, writer: TypeWriter) -> Operation:
    node = operation.node
    operation_id: str = node["operationId"]
    stem = pascal_case(operation_id)
    return Operation(
        operation_id=operation_id,
        method=_HTTP_METHODS[operation.method],
        path=operation.path,
        summary=node.get("summary", operation_id),
        deprecated=bool(node.get("deprecated")),
        params_name=f"{stem}Params",
        parameters=_parameters(document, operation, writer, stem),
        body=_body(document, node, writer, stem),
        result=_result(document, node, writer, stem),
    )


def _parameters(
    document: dict[str, Any], operation: SpecOperation, writer: TypeWriter, stem: str
) -> tuple[Parameter, ...]:
    """Path-item parameters, then the operation's; a later one replaces an earlier namesake."""
    by_place: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*operation.path_item.get("parameters", []), *operation.node.get("parameters", [])]:
        parameter, _ = resolve_local_ref(document, raw)
        by_place[(parameter["in"], parameter["name"])] = parameter
    found = []
    for (location, name), parameter in by_place.items():
        schema = parameter.get("schema", {})
        has_default = "default" in resolve_local_ref(document, schema)[0]
        found.append(
            Parameter(
                name=name,
                location=_LOCATIONS[location],
                annotation=writer.annotation(schema, f"{stem}{pascal_case(name)}"),
                always_present=bool(parameter.get("required") or has_default),
            )
        )
    return tuple(found)


def _body(
    document: dict[str, Any], node: dict[str, Any], writer: TypeWriter, stem: str
) -> Body | None:
    if "requestBody" not in node:
        return None
    request_body, _ = resolve_local_ref(document, node["requestBody"])
    members = [
        writer.annotation(content.get("schema", {}), f"{stem}{pascal_case(media_type)}Body")
        for media_type, content in request_body.get("content", {}).items()
    ]
    return Body(
        annotation=" | ".join(dict.fromkeys(members)), required=bool(request_body.get("required"))
    )


def _result(document: dict[str, Any], node: dict[str, Any], writer: TypeWriter, stem: str) -> str:
    """The annotation of the last 2xx answer with content (its first media type), else ``None``."""
    result = "None"
    for code, raw in node["responses"].items():
        if str(code).startswith("2"):
            response, _ = resolve_local_ref(document, raw)
            for content in (response.get("content") or {}).values():
                result = writer.annotation(content.get("schema", {}), f"{stem}Result")
                break
    return result
