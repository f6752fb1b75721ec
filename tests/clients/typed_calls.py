"""A schemathesis case as a call of the generated client, and its answer as the client parses it.

The client's own naming decides the arguments: openapi-python-client names a parameter with its
``PythonIdentifier`` rule and a model with ``ClassName``, so the same functions map the spec's
names here (a parameter that does not map is an error, not a skipped argument). Values become
the argument's annotated type: enum members for enum parameters, the body model's
``from_dict`` for a body, chosen by the case's media type when an operation takes several.
"""

from __future__ import annotations

import importlib
import inspect
import json
import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any
from urllib.parse import unquote

import schemathesis
from openapi_python_client.strings import ClassName, PythonIdentifier
from schemathesis.core import NOT_SET
from schemathesis.transport.serialization import Binary

from user_api_contracts.apis import APIS, REPO_ROOT, get_api
from user_api_contracts.openapi_walk import resolve_local_ref

__all__ = [
    "TypedCall",
    "as_json",
    "query_defaults",
    "response_schema",
    "typed_call",
    "typed_problem",
]

# openapi-python-client's default `field_prefix` (none of codegen/clients/*.yaml changes it).
_FIELD_PREFIX = "field_"


@dataclass(frozen=True)
class TypedCall:
    """One generated-client function and the typed arguments that make the case's request."""

    module: types.ModuleType
    arguments: dict[str, Any]

    def send(self, client: Any) -> Any:
        """Call ``sync_detailed``: the client's ``Response``, with ``parsed`` and the raw body."""
        return self.module.sync_detailed(client=client, **self.arguments)


def client_package(api_name: str) -> str:
    return f"{get_api(api_name).python_name}_client"


def api_name_of(case: schemathesis.Case[Any]) -> str:
    """The registry name of the case's API (the bundled spec's file stem)."""
    return _api_names()[case.operation.schema.raw_schema["info"]["title"]]


@cache
def _api_names() -> dict[str, str]:
    titles = {}
    for api in APIS:
        path = REPO_ROOT / "generated" / "openapi" / f"{api.name}.openapi.json"
        titles[json.loads(path.read_text(encoding="utf-8"))["info"]["title"]] = api.name
    return titles


@cache
def _module(package: str, tag: str, operation_id: str) -> types.ModuleType:
    return importlib.import_module(f"{package}.api.{tag}.{operation_id}")


def operation_module(case: schemathesis.Case[Any]) -> types.ModuleType:
    node = case.operation.definition.raw
    package = client_package(api_name_of(case))
    tag = PythonIdentifier(node["tags"][0], _FIELD_PREFIX)
    name = PythonIdentifier(node["operationId"], _FIELD_PREFIX)
    return _module(package, tag, name)


def typed_call(case: schemathesis.Case[Any]) -> TypedCall:
    """The client call that should put ``case``'s request on the wire."""
    module = operation_module(case)
    hints = _hints(module)
    arguments: dict[str, Any] = {}
    # schemathesis keeps path parameters percent-encoded (`quote(value, safe="")`): the
    # client takes the value itself and encodes it.
    path = {
        name: unquote(v) if isinstance(v, str) else v for name, v in case.path_parameters.items()
    }
    for location in (path, case.query or {}):
        for name, value in location.items():
            python_name = PythonIdentifier(name, _FIELD_PREFIX)
            assert python_name in hints, f"{name!r} has no argument in {module.__name__}"
            arguments[python_name] = _typed(value, hints[python_name])
    if case.body is not NOT_SET:
        arguments["body"] = _body(case, hints["body"])
    return TypedCall(module, arguments)


@cache
def _hints(module: types.ModuleType) -> dict[str, Any]:
    """The annotated arguments of the operation's ``sync_detailed`` (evaluated once)."""
    return typing.get_type_hints(module.sync_detailed)


def _members(annotation: Any) -> list[Any]:
    """The members of a union annotation, without the client's ``Unset``."""
    members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else []
    return [
        member for member in members or [annotation] if getattr(member, "__name__", "") != "Unset"
    ]


def _typed(value: Any, annotation: Any) -> Any:
    """``value`` (JSON data) as the argument type ``annotation`` asks for."""
    for member in _members(annotation):
        origin = typing.get_origin(member)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(member)
            return [_typed(entry, item) for entry in value]
        if inspect.isclass(member) and issubclass(member, Enum):
            return member(value)
        if inspect.isclass(member) and hasattr(member, "from_dict") and isinstance(value, dict):
            return member.from_dict(value)
    return value


def _body(case: schemathesis.Case[Any], annotation: Any) -> Any:
    """The body model for the case's media type (multipart forms are the ones with parts)."""
    multipart = (case.media_type or "").startswith("multipart/")
    body: Any = case.body
    if multipart:
        # schemathesis wraps generated bytes in `Binary`; a client's File takes the bytes.
        assert isinstance(body, dict), f"a form is an object, not {body!r}"
        body = {key: v.data if isinstance(v, Binary) else v for key, v in body.items()}
    members = [m for m in _members(annotation) if hasattr(m, "to_multipart") == multipart]
    assert members, f"no body type for {case.media_type} in {annotation}"
    return _typed(body, members[0])


def response_schema(case: schemathesis.Case[Any], status: int) -> dict[str, Any] | None:
    """The JSON schema of the ``status`` answer (unresolved); None if it has no content."""
    document = case.operation.schema.raw_schema
    responses = case.operation.definition.raw["responses"]
    raw = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    raw = raw or responses.get("default")
    assert raw is not None, f"{status} is not declared for {case.operation.label}"
    response, _ = resolve_local_ref(document, raw)
    content = response.get("content") or {}
    if not content:
        return None
    (media,) = content.values()  # one JSON media type: application/json or problem+json
    schema: dict[str, Any] = media["schema"]
    return schema


def typed_problem(case: schemathesis.Case[Any], parsed: Any, schema: dict[str, Any]) -> str | None:
    """Why ``parsed`` is not the client's typed value for ``schema``; None if it is."""
    if schema.get("type") == "array":
        if not isinstance(parsed, list):
            return f"parsed as {type(parsed).__name__}, not a list"
        problems = [typed_problem(case, item, schema["items"]) for item in parsed]
        return next((problem for problem in problems if problem), None)
    component = schema["$ref"].rsplit("/", 1)[1]
    models = importlib.import_module(f"{client_package(api_name_of(case))}.models")
    model = getattr(models, ClassName(component, ""))
    if not isinstance(parsed, model):
        return f"parsed as {type(parsed).__name__}, not {model.__name__}"
    return None


def as_json(parsed: Any) -> Any:
    """The JSON data a parsed answer stands for (``to_dict()``, item by item for a list)."""
    if isinstance(parsed, list):
        return [as_json(item) for item in parsed]
    return parsed.to_dict()


def query_defaults(case: schemathesis.Case[Any]) -> dict[str, str]:
    """The declared ``default`` of each query parameter, as its text in a query string."""
    defaults = {}
    for parameter in case.operation.query:
        schema = parameter.definition.get("schema") or {}
        if "default" in schema:
            value = schema["default"]
            defaults[parameter.name] = str(value).lower() if isinstance(value, bool) else str(value)
    return defaults
