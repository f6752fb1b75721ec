"""The Marketplace's circular models stay circular through `$ref`s when they are resolved.

A resolver that inlines (as prance's ResolvingParser does) either fails on these cycles or
truncates them; here each cycle is followed through a real JSON-reference resolver and must
come back to the very component it started from, not to a copy or a dead end.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from user_api_contracts.apis import get_api
from user_api_contracts.lint.rule_cycles import component_edges
from user_api_contracts.specfile import load_spec

BASE = "urn:marketplace"

# (start component, property path; "[]" steps into array items), each closing a real cycle.
CYCLES = [
    ("Identity", ["audit", "created", "by"]),
    ("Account", ["groups[]", "account"]),
    ("UserGroup", ["users[]", "accounts[]", "groups[]"]),
    ("User", ["currentAccount", "groups[]", "users[]"]),
    ("Buyer", ["account", "groups[]", "buyers[]"]),
    ("Contact", ["user", "currentAccount", "groups[]", "buyers[]", "contact"]),
    ("Buyer", ["contact", "user", "accounts[]", "groups[]", "buyers[]"]),
]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(get_api("marketplace").spec_path).data


def follow(document: dict[str, Any], start: str, steps: list[str]) -> tuple[Any, Any]:
    """Resolve ``start`` and walk ``steps`` through $refs; return (start schema, end schema)."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    resolver = Registry().with_resource(BASE, resource).resolver(base_uri=BASE)

    def unwrap(schema: Any) -> Any:
        while True:
            if "$ref" in schema:
                schema = resolver.lookup(schema["$ref"]).contents
                continue
            branches = [b for b in schema.get("anyOf", []) + schema.get("allOf", []) if "$ref" in b]
            if len(branches) == 1 and "properties" not in schema:
                schema = branches[0]
                continue
            return schema

    origin = unwrap({"$ref": f"#/components/schemas/{start}"})
    schema = origin
    for step in steps:
        name, is_array = step.removesuffix("[]"), step.endswith("[]")
        schema = unwrap(schema["properties"][name])
        if is_array:
            assert schema.get("type") in ("array", ["array", "null"]), (start, step)
            schema = unwrap(schema["items"])
    return origin, schema


@pytest.mark.parametrize(("start", "steps"), CYCLES, ids=[" -> ".join([s, *p]) for s, p in CYCLES])
def test_cycle_closes_on_the_same_component(
    document: dict[str, Any], start: str, steps: list[str]
) -> None:
    origin, end = follow(document, start, steps)
    assert end is origin, f"{start} -> {'.'.join(steps)} did not come back to {start}"


def test_every_cycle_member_is_a_named_component(document: dict[str, Any]) -> None:
    edges = component_edges(document)
    on_cycles = {edge.source for edge in edges} & {edge.target for edge in edges}
    expected = {"User", "Account", "UserGroup", "Buyer", "Contact", "Identity", "Audit", "Event"}
    assert expected <= on_cycles


def test_a_truncating_resolver_would_be_caught(document: dict[str, Any]) -> None:
    """The check can fail: a copy of the component in place of the $ref is not the same node."""
    broken = copy.deepcopy(document)
    account = broken["components"]["schemas"]["UserGroup"]["properties"]["account"]
    copied = copy.deepcopy(broken["components"]["schemas"]["Account"])
    account.clear()
    account.update(copied)
    origin, end = follow(broken, "Account", ["groups[]", "account"])
    assert end is not origin
