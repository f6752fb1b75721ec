"""Rule ``examples-valid``: every example is an instance of its schema.

Examples are what readers copy into their own code and what tests replay; one that does not
validate teaches the wrong wire format. Request examples must also not carry ``readOnly``
fields, nor response examples ``writeOnly`` ones, since the real service would drop or never
send them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..openapi_walk import (
    Direction,
    iter_media_sites,
    iter_schema_sites,
    join,
    resolve_local_ref,
    resolve_pointer,
)
from ..problems import Problem
from ..schema_validators import SchemaValidators
from .context import LintContext

__all__ = ["check_examples"]

_MAX_MESSAGE = 240


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _direction_violations(
    document: dict[str, Any],
    validators: SchemaValidators,
    instance: Any,
    schema_pointer: str,
    direction: Direction,
    instance_path: str,
) -> Iterator[str]:
    """Yield instance paths of properties that must not appear in this direction."""
    forbidden = "readOnly" if direction == "request" else "writeOnly"
    try:
        schema, target = resolve_local_ref(document, {"$ref": f"#{schema_pointer}"})
    except KeyError:
        return
    assert target is not None
    schema_pointer = target
    if not isinstance(schema, dict):
        return
    if schema.get(forbidden) is True:
        yield instance_path or "(the whole example)"
        return
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, _branch in enumerate(schema.get(keyword) or []):
            branch_pointer = join(schema_pointer, keyword, index)
            if keyword != "allOf" and not validators.at(branch_pointer).is_valid(instance):
                continue
            yield from _direction_violations(
                document, validators, instance, branch_pointer, direction, instance_path
            )
    if isinstance(instance, dict):
        properties = schema.get("properties") or {}
        for key, value in instance.items():
            if key in properties:
                child = join(schema_pointer, "properties", key)
            elif isinstance(schema.get("additionalProperties"), dict):
                child = join(schema_pointer, "additionalProperties")
            else:
                continue
            yield from _direction_violations(
                document, validators, value, child, direction, f"{instance_path}/{key}"
            )
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(instance):
            yield from _direction_violations(
                document,
                validators,
                value,
                join(schema_pointer, "items"),
                direction,
                f"{instance_path}/{index}",
            )


def _site_examples(
    document: dict[str, Any], node: dict[str, Any], pointer: str
) -> Iterator[tuple[str, Any]]:
    """Yield (pointer, value) for a site's ``example`` and each ``examples`` entry's value."""
    if "example" in node:
        yield join(pointer, "example"), node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            try:
                target, _ = resolve_local_ref(document, example)
            except KeyError:
                continue
            if isinstance(target, dict) and "value" in target:
                yield join(pointer, "examples", name, "value"), target["value"]


def check_examples(context: LintContext) -> Iterator[Problem]:
    """Validate schema, parameter, header and media-type examples against their schemas."""
    spec = context.spec
    document = spec.data
    validators = SchemaValidators(document)

    def validate(example_pointer: str, value: Any, schema_pointer: str) -> Iterator[Problem]:
        try:
            resolve_pointer(document, schema_pointer)
        except (KeyError, IndexError, ValueError):
            return
        for error in validators.at(schema_pointer).iter_errors(value):
            yield spec.problem(
                "examples-valid",
                example_pointer,
                _shorten(
                    f"example does not match its schema at {error.json_path}: {error.message}"
                ),
            )

    for pointer, schema in iter_schema_sites(document):
        if "example" in schema:
            yield from validate(join(pointer, "example"), schema["example"], pointer)
        examples = schema.get("examples")
        if isinstance(examples, list):
            for index, value in enumerate(examples):
                yield from validate(join(pointer, "examples", index), value, pointer)
    for site in iter_media_sites(document):
        if "schema" not in site.node:
            continue
        schema_pointer = join(site.pointer, "schema")
        for example_pointer, value in _site_examples(document, site.node, site.pointer):
            yield from validate(example_pointer, value, schema_pointer)
            if site.direction is None:
                continue
            for path in _direction_violations(
                document, validators, value, schema_pointer, site.direction, ""
            ):
                flag = "readOnly" if site.direction == "request" else "writeOnly"
                yield spec.problem(
                    "examples-valid",
                    example_pointer,
                    f"{site.direction} example carries {flag} property {path}",
                )
