"""Every operation of the four bundled specs, with a plausible request to vary one part at a time.

The hostile tests start from the spec's own examples (which name the seeded world) and replace
one parameter or body field with junk, so each request is wrong in exactly one place and reaches
as deep into the server as that place allows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from user_api_contracts.apis import REPO_ROOT, Api
from user_api_contracts.reference.server import BASE_PATHS
from user_api_contracts.schema_validators import SchemaValidators

__all__ = ["TOKENS", "Operation", "Parameter", "document", "error_validator", "operations"]

# One seeded token per API, with the widest reach in the demo world.
TOKENS = {
    "authorized-buyers": "demo-ab-sponsor",
    "merchant": "demo-merchant-admin",
    "marketplace": "demo-mpt-operations",
    "ringme": "demo-ringme-admin",
}
_METHODS = ("get", "put", "post", "patch", "delete")
_TEMPLATE = re.compile(r"\{\+?([^}]+)\}")


@cache
def document(api: str) -> dict[str, Any]:
    path = REPO_ROOT / "generated" / "openapi" / f"{api}.openapi.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def error_validator(api: Api) -> Any:
    return SchemaValidators(document(api.name)).at(f"/components/schemas/{api.error_schema}")


def _resolve(api: str, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document(api)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _example(api: str, node: dict[str, Any]) -> Any:
    """The first example a parameter, media type or schema gives, or None."""
    if "example" in node:
        return node["example"]
    for example in (node.get("examples") or {}).values():
        return _resolve(api, example).get("value")
    schema = _resolve(api, node.get("schema", node))
    if isinstance(schema, dict):
        if schema.get("examples"):
            return schema["examples"][0]
        if "default" in schema:
            return schema["default"]
        if schema.get("enum"):
            return schema["enum"][0]
    return None


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    example: Any


@dataclass(frozen=True)
class Operation:
    """One operation and the plausible request the junk is put into."""

    api: Api
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    json_body: Any
    """The request body's example when the operation takes JSON, else None."""
    has_body: bool
    body_properties: tuple[str, ...] = ()
    """The top-level properties the JSON body's schema declares (the example may use fewer)."""

    def url(self, overrides: dict[str, str] | None = None) -> str:
        """The URL with every path parameter filled (``overrides`` are sent percent-encoded)."""
        values = {p.name: p.example for p in self.parameters if p.location == "path"}

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if overrides and name in overrides:
                return quote(overrides[name], safe="")
            return quote(str(values.get(name) or "1"), safe="@:")

        return BASE_PATHS[self.api.name] + _TEMPLATE.sub(fill, self.path)

    def query(self) -> dict[str, Any]:
        return {
            p.name: p.example
            for p in self.parameters
            if p.location == "query" and p.example is not None
        }

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {TOKENS[self.api.name]}"}


def operations(api: Api) -> list[Operation]:
    found = []
    for path, item in document(api.name)["paths"].items():
        shared = [_resolve(api.name, p) for p in item.get("parameters", [])]
        for method in _METHODS:
            if method not in item:
                continue
            spec = item[method]
            own = [_resolve(api.name, p) for p in spec.get("parameters", [])]
            by_key = {(p["name"], p["in"]): p for p in [*shared, *own]}
            parameters = tuple(
                Parameter(p["name"], p["in"], _example(api.name, p)) for p in by_key.values()
            )
            body = _resolve(api.name, spec.get("requestBody") or {})
            content = body.get("content", {})
            media = next((m for m in content if "json" in m), None)
            example = _example(api.name, content[media]) if media else None
            schema = _resolve(api.name, content[media].get("schema", {})) if media else {}
            found.append(
                Operation(
                    api=api,
                    operation_id=spec["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=parameters,
                    json_body=example,
                    has_body=bool(content),
                    body_properties=tuple(schema.get("properties", {})),
                )
            )
    return found
