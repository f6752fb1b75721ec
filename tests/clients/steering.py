"""Steer generated cases towards the seeded world, so that most answers are successes.

Random ids are valid by schema but name nothing the seed holds, and the answers would be 404s
and 403s, leaving the client's success models untested. The spec's own parameter examples are
ids of the seeded world (the example phase proves each reaches a 2xx). Three cases in four get
their path parameters replaced with one of those examples, in turn; every fourth is left as
drawn, so generated ids still go through the client too. A replaced value is an example of the
same parameter, so the case stays valid.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

__all__ = ["Steering"]

LEFT_AS_DRAWN = 4  # every fourth case keeps its generated path parameters


def parameter_examples(definition: dict[str, Any]) -> list[Any]:
    """The example values a parameter declares (``examples``, ``example``, schema examples)."""
    values = [example["value"] for example in (definition.get("examples") or {}).values()]
    if "example" in definition:
        values.append(definition["example"])
    schema = definition.get("schema") or {}
    values += schema.get("examples") or []
    if "example" in schema:
        values.append(schema["example"])
    return values


class Steering:
    """Replaces path parameters with the spec's examples for most cases, deterministically."""

    def __init__(self, schemas: dict[str, OpenApiSchema]) -> None:
        self._drawn: defaultdict[str, int] = defaultdict(int)
        self._examples: dict[tuple[str, str], list[Any]] = {}
        for schema in schemas.values():
            for result in schema.get_all_operations():
                operation = result.ok()  # type: ignore[union-attr]
                for parameter in operation.path_parameters:
                    found = parameter_examples(parameter.definition)
                    if found:
                        self._examples[(operation.label, parameter.name)] = found

    def steer(self, case: schemathesis.Case[Any]) -> None:
        """Give ``case`` seeded ids, unless it is one of the cases left as drawn."""
        label = case.operation.label
        self._drawn[label] += 1
        turn = self._drawn[label]
        if turn % LEFT_AS_DRAWN == 0 or not case.path_parameters:
            return
        for name in case.path_parameters:
            examples = self._examples.get((label, name))
            if examples:
                value = examples[turn % len(examples)]
                # Stored as schemathesis stores path parameters: percent-encoded.
                case.path_parameters[name] = (
                    quote(value, safe="") if isinstance(value, str) else value
                )
