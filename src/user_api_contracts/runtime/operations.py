"""Read, once per app, what the runtime needs to know of each operation from the bundled spec."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..openapi_walk import join, resolve_local_ref
from .fast_checks import compile_simple
from .validation import BodySpec, ParameterSpec

__all__ = ["CompiledOperation", "OperationBinding", "compile_operation"]


@dataclass(frozen=True)
class OperationBinding:
    """One row of a generated stub's operation table: which servicer method serves what."""

    operation_id: str
    method: str
    path: str


@dataclass(frozen=True)
class CompiledOperation:
    """An operation with its parameters, body, success answer and security, ready to serve."""

    binding: OperationBinding
    parameters: tuple[ParameterSpec, ...]
    body: BodySpec | None
    success_status: int
    success_media_type: str | None
    security: tuple[dict[str, tuple[str, ...]], ...]


def _parameter(document: dict[str, Any], node: Any, pointer: str) -> ParameterSpec:
    target, target_pointer = resolve_local_ref(document, node)
    pointer = target_pointer or pointer
    location = target["in"]
    style = target.get("style", "simple" if location in ("path", "header") else "form")
    return ParameterSpec(
        name=target["name"],
        location=location,
        required=bool(target.get("required", location == "path")),
        schema=resolve_local_ref(document, target.get("schema", {}))[0],
        schema_pointer=join(pointer, "schema"),
        explode=bool(target.get("explode", style == "form")),
        default=target.get("schema", {}).get("default"),
        has_default="default" in target.get("schema", {}),
        fast=compile_simple(document, target.get("schema", {})),
    )


def _body(document: dict[str, Any], node: Any, pointer: str) -> BodySpec:
    target, target_pointer = resolve_local_ref(document, node)
    pointer = target_pointer or pointer
    media: dict[str, str] = {}
    encodings: dict[str, dict[str, Any]] = {}
    for media_type, content in target.get("content", {}).items():
        media[media_type.lower()] = join(pointer, "content", media_type, "schema")
        encodings[media_type.lower()] = content.get("encoding", {})
    return BodySpec(required=bool(target.get("required")), media=media, encodings=encodings)


def compile_operation(document: dict[str, Any], binding: OperationBinding) -> CompiledOperation:
    """Collect an operation's runtime facts; KeyError if the table names a missing operation."""
    path_pointer = join("/paths", binding.path)
    path_item = document["paths"][binding.path]
    operation = path_item[binding.method.lower()]
    pointer = join(path_pointer, binding.method.lower())
    by_key: dict[tuple[str, str], ParameterSpec] = {}
    for index, node in enumerate(path_item.get("parameters", [])):
        spec = _parameter(document, node, join(path_pointer, "parameters", index))
        by_key[(spec.location, spec.name)] = spec
    for index, node in enumerate(operation.get("parameters", [])):
        spec = _parameter(document, node, join(pointer, "parameters", index))
        by_key[(spec.location, spec.name)] = spec  # operation-level ones override
    body = None
    if "requestBody" in operation:
        body = _body(document, operation["requestBody"], join(pointer, "requestBody"))
    successes = [code for code in operation["responses"] if str(code).startswith("2")]
    if len(successes) != 1:
        raise ValueError(f"{binding.operation_id}: expected one 2xx response, found {successes}")
    response, _ = resolve_local_ref(document, operation["responses"][successes[0]])
    media_types = list((response.get("content") or {}).keys())
    security = operation.get("security", document.get("security", []))
    return CompiledOperation(
        binding=binding,
        parameters=tuple(by_key.values()),
        body=body,
        success_status=int(successes[0]),
        success_media_type=media_types[0] if media_types else None,
        security=tuple(
            {scheme: tuple(scopes) for scheme, scopes in requirement.items()}
            for requirement in security
        ),
    )
