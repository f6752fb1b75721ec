"""Rule ``cycle-breakable``: every cycle among component schemas can end.

A cycle whose every edge is required and non-nullable admits no finite instance: no server can
answer it and generators loop or truncate. Each cycle must pass through at least one optional,
nullable, or possibly-empty array/map edge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..openapi_walk import iter_schema_children, join
from ..problems import Problem
from .context import LintContext

__all__ = ["SchemaEdge", "check_cycles_breakable", "component_edges"]

_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class SchemaEdge:
    """A ``$ref`` from one component schema to another, and whether it can be left out."""

    source: str
    target: str
    pointer: str
    breakable: bool


def component_edges(document: dict[str, Any]) -> list[SchemaEdge]:
    """Every reference edge between component schemas, with its breakability."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    edges: list[SchemaEdge] = []
    for name, root in schemas.items():
        stack: list[tuple[str, Any, bool]] = [(join("/components/schemas", name), root, False)]
        while stack:
            pointer, schema, breakable = stack.pop()
            if not isinstance(schema, dict):
                continue
            ref = schema.get("$ref")
            if isinstance(ref, str):
                if ref.startswith(_PREFIX):
                    edges.append(SchemaEdge(name, ref[len(_PREFIX) :], pointer, breakable))
                continue
            stack.extend(
                (child.pointer, child.schema, breakable or child.breakable)
                for child in iter_schema_children(schema, pointer)
            )
    return edges


def _strongly_connected(nodes: list[str], graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so that deep graphs cannot overflow the stack."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, child_index = work.pop()
            if child_index == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph.get(node, [])
            if child_index < len(children):
                work.append((node, child_index + 1))
                child = children[child_index]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def check_cycles_breakable(context: LintContext) -> Iterator[Problem]:
    """Report each group of schemas that refer to each other only through required edges."""
    hard = [edge for edge in component_edges(context.spec.data) if not edge.breakable]
    graph: dict[str, list[str]] = {}
    for edge in hard:
        graph.setdefault(edge.source, []).append(edge.target)
    for component in _strongly_connected(sorted(graph), graph):
        members = set(component)
        inside = [edge for edge in hard if edge.source in members and edge.target in members]
        if not inside:
            continue
        route = ", ".join(f"{edge.source} -> {edge.target} at #{edge.pointer}" for edge in inside)
        yield context.spec.problem(
            "cycle-breakable",
            inside[0].pointer,
            f"cycle through {', '.join(component)} has no optional, nullable or array edge: "
            f"{route}",
        )
