"""Property tests of the response models alone: any valid body parses and round-trips.

Bodies are drawn from each response schema by schemathesis's own generator: every component
that some response names becomes the request body of an operation in a small synthetic spec,
with ``readOnly`` dropped (a request body would leave those fields out, a response has them)
each reference cycle cut at ``DEPTH`` hops, and arrays of at most ``MAX_ITEMS``.
So the bodies have what the generator puts in valid data: nulls where a schema admits them,
empty arrays, optional fields left out, extra properties where the model is open, and the
circular Marketplace models unrolled to ``DEPTH`` references.
``from_dict`` then ``to_dict`` must give the input back (date-times by instant).

"""

from __future__ import annotations

import importlib
import json
from functools import cache
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.clients import wire
from tests.contract.profiles import MAX_EXAMPLES, PROFILE
from user_api_contracts.apis import APIS, REPO_ROOT, Api
from user_api_contracts.openapi_walk import iter_operations, resolve_local_ref


def bundled(api: Api) -> dict[str, Any]:
    path = REPO_ROOT / "generated" / "openapi" / f"{api.name}.openapi.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def response_components(document: dict[str, Any]) -> list[str]:
    """The components some operation answers with (directly or as an array's items)."""
    names = set()
    for operation in iter_operations(document):
        for raw in operation.node["responses"].values():
            response, _ = resolve_local_ref(document, raw)
            for media in (response.get("content") or {}).values():
                schema = media["schema"]
                ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
                names.add(ref.rsplit("/", 1)[1])
    return sorted(names)


# Reference hops from a response's root to the deepest model drawn: User -> Account -> UserGroup
# -> User -> ... stops here. A reference one hop deeper becomes the schema `false`, which no
# value matches, so the generator takes the edge's way out (absent, null or an empty array).
DEPTH = 3
# Arrays hold at most this many items (more would only repeat the same shapes, slowly).
MAX_ITEMS = 2


def bounded(schemas: dict[str, Any], depth: int) -> dict[str, Any]:
    """Every component at each depth (``Name__d``), ``readOnly`` dropped, references one deeper."""
    prefix = "#/components/schemas/"

    def rewrite(node: Any, level: int) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                if level + 1 > depth:
                    return False
                return {"$ref": f"{prefix}{ref[len(prefix) :]}__{level + 1}"}
            rewritten = {k: rewrite(v, level) for k, v in node.items() if k != "readOnly"}
            if rewritten.get("type") == "array" or "items" in rewritten:
                rewritten["maxItems"] = max(MAX_ITEMS, rewritten.get("minItems", 0))
            return rewritten
        if isinstance(node, list):
            return [rewrite(item, level) for item in node]
        return node

    return {
        f"{name}__{level}": rewrite(schema, level)
        for name, schema in schemas.items()
        for level in range(depth + 1)
    }


@cache
def model_bodies(api_name: str) -> OpenApiSchema:
    """A spec whose operation ``POST /<Component>`` takes that component as its body."""
    document = bundled(next(api for api in APIS if api.name == api_name))
    components = bounded(document["components"]["schemas"], DEPTH)
    paths = {
        f"/{name}": {
            "post": {
                "operationId": name,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}__0"}}
                    },
                },
                "responses": {"204": {"description": "unused"}},
            }
        }
        for name in response_components(document)
    }
    synthetic = {
        "openapi": document["openapi"],
        "info": {"title": f"{api_name} models", "version": "1"},
        "paths": paths,
        "components": {"schemas": components},
    }
    schema = schemathesis.openapi.from_dict(synthetic)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


MODELS = [(api, name) for api in APIS for name in response_components(bundled(api))]


@pytest.mark.parametrize(("api", "component"), MODELS, ids=[f"{a.name}-{n}" for a, n in MODELS])
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=PROFILE == "ci",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_valid_body_round_trips(api: Api, component: str, data: st.DataObject) -> None:
    operation = model_bodies(api.name)[f"/{component}"]["POST"]
    body = data.draw(operation.as_strategy()).body
    models = importlib.import_module(f"{api.python_name}_client.models")
    model = getattr(models, ClassName(component, ""))
    assert wire.normal_json(model.from_dict(body).to_dict()) == wire.normal_json(body)
