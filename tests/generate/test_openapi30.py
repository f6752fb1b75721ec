"""The OpenAPI 3.0 bundles: valid 3.0, the same meaning as the 3.1 bundles, refusals located."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from jsonschema import Draft4Validator, validators
from jsonschema.protocols import Validator
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from openapi_spec_validator import OpenAPIV30SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from user_api_contracts.apis import APIS, Api, get_api
from user_api_contracts.generate.bundle import Bundle
from user_api_contracts.generate.errors import GenerationError
from user_api_contracts.generate.openapi30 import convert_bundle, convert_document
from user_api_contracts.generate.pipeline import GENERATED
from user_api_contracts.openapi_walk import iter_schema_sites, resolve_pointer

_BASE = "urn:test:document"
# Instances of every JSON type, tried against every schema beside its own examples, so that
# `nullable`, `type` and the rest are compared on values the examples never show.
_PROBES: tuple[Any, ...] = (None, "", "x", 0, 1.5, -1, True, [], [None], {}, {"id": None})


def _load(api: Api, suffix: str) -> dict[str, Any]:
    path = GENERATED / "openapi" / f"{api.name}.{suffix}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _bundles(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    api = get_api(name)
    return _load(api, "openapi"), _load(api, "openapi30")


# 3.0 reads `required` on a readOnly property as "in responses only" and on a writeOnly one as
# "in requests only"; openapi-schema-validator's direction-less OAS30Validator therefore skips
# both. That is 3.0's reading of the same keywords (the README lists it), not a conversion
# loss, so the keywords are compared here with JSON Schema's plain `required`.
_OAS30Plain = validators.extend(  # type: ignore[no-untyped-call]
    OAS30Validator, {"required": Draft4Validator.VALIDATORS["required"]}
)


@cache
def _registry(name: str, *, openapi30: bool) -> Registry[Any]:
    document = _bundles(name)[1 if openapi30 else 0]
    specification = DRAFT4 if openapi30 else DRAFT202012
    resource = Resource.from_contents(document, default_specification=specification)
    registry: Registry[Any] = Registry().with_resource(_BASE, resource)
    return registry


def _validator(name: str, pointer: str, *, openapi30: bool) -> Validator:
    """The schema at ``pointer`` of API ``name``'s 3.1 or 3.0 bundle, ``$ref``s resolved."""
    schema = {"$ref": f"{_BASE}#{quote(pointer, safe='/~')}"}
    registry = _registry(name, openapi30=openapi30)
    if openapi30:
        validator: Validator = _OAS30Plain(
            schema, registry=registry, format_checker=oas30_format_checker
        )
        return validator
    validator = OAS31Validator(schema, registry=registry, format_checker=oas31_format_checker)
    return validator


def _instances(schema: dict[str, Any]) -> Iterator[Any]:
    yield from schema.get("examples") or []
    yield from _PROBES


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_each_30_bundle_is_valid_openapi_30(api: Api) -> None:
    _, converted = _bundles(api.name)
    assert converted["openapi"] == "3.0.3"
    assert [str(error) for error in OpenAPIV30SpecValidator(converted).iter_errors()] == []


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_every_schema_gives_the_same_verdicts_in_30(api: Api) -> None:
    """Examples and probe values: valid under the 3.1 schema exactly when under the 3.0 one."""
    original, _ = _bundles(api.name)
    checked = 0
    for pointer, schema in iter_schema_sites(original):
        before = _validator(api.name, pointer, openapi30=False)
        after = _validator(api.name, pointer, openapi30=True)
        for instance in _instances(schema):
            verdict = before.is_valid(instance)
            assert after.is_valid(instance) == verdict, (pointer, instance, verdict)
            checked += 1
    assert checked > 100


def _media_examples(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(schema pointer, value) of every media type's, parameter's and header's examples."""
    for pointer, node in _walk(document, ""):
        if "schema" in node and isinstance(node.get("examples"), dict):
            for example in node["examples"].values():
                if "value" in example:
                    yield f"{pointer}/schema", example["value"]
        if "schema" in node and "example" in node:
            yield f"{pointer}/schema", node["example"]


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            if key not in ("example", "examples", "schema"):
                escaped = str(key).replace("~", "~0").replace("/", "~1")
                yield from _walk(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_operation_examples_keep_their_verdict(api: Api) -> None:
    examples = list(_media_examples(_bundles(api.name)[0]))
    assert examples
    for pointer, value in examples:
        before = _validator(api.name, pointer, openapi30=False).is_valid(value)
        assert _validator(api.name, pointer, openapi30=True).is_valid(value) == before, pointer


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_component_names_and_refs_are_kept(api: Api) -> None:
    original, converted = _bundles(api.name)
    assert {kind: list(names) for kind, names in original["components"].items()} == {
        kind: list(names) for kind, names in converted["components"].items()
    }
    assert sorted(_refs(original)) == sorted(_refs(converted))


def _without_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with every schema object replaced by the same placeholder."""
    copy: dict[str, Any] = json.loads(json.dumps(document))
    for pointer, _ in reversed(list(iter_schema_sites(copy))):  # children before parents
        parent, _, token = pointer.rpartition("/")
        container = resolve_pointer(copy, parent)
        key = token.replace("~1", "/").replace("~0", "~")
        container[int(key) if isinstance(container, list) else key] = "(a schema)"
    return copy


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_only_schemas_change(api: Api) -> None:
    """Outside schemas, the 3.0 bundle is the 3.1 bundle, key order included (version aside)."""
    original, converted = _bundles(api.name)
    expected = {**_without_schemas(original), "openapi": "3.0.3"}
    assert json.dumps(_without_schemas(converted)) == json.dumps(expected)


def test_nullable_types_and_examples_are_converted() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "type": ["null", "string"],
                    "examples": ["first", "second"],
                    "description": "d",
                },
                "B": {"type": "array", "items": {"type": ["integer", "null"]}},
            }
        },
    }
    converted, refusals = convert_document(document)
    assert refusals == []
    assert converted["components"]["schemas"] == {
        "A": {"type": "string", "nullable": True, "example": "first", "description": "d"},
        "B": {"type": "array", "items": {"type": "integer", "nullable": True}},
    }
    assert document["components"]["schemas"]["A"]["type"] == ["null", "string"]  # a copy


@pytest.mark.parametrize(
    ("place", "key", "value", "where"),
    [
        ("info", "summary", "s", "(at #/info/summary)"),
        ("", "webhooks", {}, "(at #/webhooks)"),
        ("components/schemas/RingMeError", "const", {}, "RingMeError/const)"),
        (
            "components/schemas/RingMeError/properties",
            "x",
            {"type": ["string", "integer"]},
            "x/type)",
        ),
        ("paths/~1client~1{client_id}~1user~1client~1/parameters/0", "description", "d", "/0)"),
        # Not in the converter's lists: caught by the 3.0 validator it runs on its result.
        ("components/securitySchemes", "tls", {"type": "mutualTLS"}, "securitySchemes/tls)"),
    ],
    ids=["info.summary", "webhooks", "const", "type union", "$ref sibling", "3.0 validator"],
)
def test_an_unknown_31_construct_is_refused_with_its_line(
    place: str, key: str, value: Any, where: str, tmp_path: Path
) -> None:
    api = get_api("ringme")
    spec = yaml.safe_load(api.spec_path.read_text(encoding="utf-8"))
    resolve_pointer(spec, f"/{place}" if place else "")[key] = value
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.raises(GenerationError) as caught:
        convert_bundle(dataclasses.replace(api, spec_file=path), Bundle(spec, "", ""))
    [line] = caught.value.lines
    assert re.match(rf"{re.escape(str(path))}:\d+: \[openapi30\] ", line), line
    assert where in line, line


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_conversion_is_deterministic(api: Api) -> None:
    """Twice from the committed 3.1 bundle: the committed 3.0 files, byte for byte."""
    bundle = Bundle(_load(api, "openapi"), "", "")
    first, second = convert_bundle(api, bundle), convert_bundle(api, bundle)
    assert (first.yaml_text, first.json_text) == (second.yaml_text, second.json_text)
    committed = GENERATED / "openapi" / f"{api.name}.openapi30"
    assert first.yaml_text == Path(f"{committed}.yaml").read_text(encoding="utf-8")
    assert first.json_text == Path(f"{committed}.json").read_text(encoding="utf-8")
