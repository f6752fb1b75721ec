"""Rule ``ref``: every ``$ref`` stays in the file, points at something, and cannot loop forever.

Checked before structural validation, because openapi-spec-validator handles each badly on a
stranger's file: a dangling ``$ref`` comes back as one message quoting the whole document, an
external one as its bare target with no place, and a cycle made only of ``$ref`` and ``allOf``
edges (which has no base case: to be an A, an instance must first be an A) as "maximum recursion
depth exceeded". Here each is one problem at the ``$ref``'s own line and pointer. Other cycles
are fine (the Marketplace models are full of them); whether they can end is the
``cycle-breakable`` rule's job.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ..openapi_walk import join, resolve_pointer
from ..problems import Problem
from ..specfile import SpecFile

__all__ = ["check_references"]

_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})
"""Keys whose values are instances, not description: a ``$ref`` key inside one is just data."""

_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "dependentSchemas", "responses", "schemas"}
)
"""Mappings whose keys are names (a property called ``default``), not keywords."""

_REPORTED_CYCLES = 20
_SHOWN_REF = 100


@dataclass
class _Graph:
    """Edges an instance must follow without choice: ``$ref`` and ``allOf``."""

    edges: dict[str, list[str]] = field(default_factory=dict)
    refs: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)

    def add(self, source: str, target: str) -> None:
        if source not in self.edges:
            self.order.append(source)
        self.edges.setdefault(source, []).append(target)


def _mappings(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, mapping) for every mapping that describes the API, in document order."""
    stack: list[tuple[str, Any, bool]] = [("", document, False)]
    while stack:
        pointer, node, example_object = stack.pop()
        if isinstance(node, dict):
            yield pointer, node
            parent = pointer.rsplit("/", 1)[-1]
            children: list[tuple[str, Any, bool]] = []
            for key, value in node.items():
                if example_object and key == "value":
                    continue
                if key in _DATA_KEYS and parent not in _NAME_MAPS:
                    if key == "examples" and isinstance(value, dict):  # Example Objects
                        children.extend(
                            (join(pointer, key, name), entry, True) for name, entry in value.items()
                        )
                    continue
                children.append((join(pointer, key), value, False))
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(
                reversed([(join(pointer, index), value, False) for index, value in enumerate(node)])
            )


def _shown(ref: str) -> str:
    return repr(ref if len(ref) <= _SHOWN_REF else ref[: _SHOWN_REF - 1] + "…")


def _missing_token(document: Any, tokens: list[str]) -> str:
    """Say which step of a pointer finds nothing, for the dangling-reference message."""
    value = document
    for depth, token in enumerate(tokens):
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return f"no {token[:40]!r} in #{join('', *tokens[:depth])}"
    return "it is not an object"  # pragma: no cover - resolve_pointer succeeded then


def _resolve(spec: SpecFile, pointer: str, ref: str, graph: _Graph) -> Iterator[Problem]:
    where = join(pointer, "$ref")
    if not ref.startswith("#"):
        yield spec.problem("ref", where, f"external $ref {_shown(ref)}: specs are single files")
        return
    fragment = unquote(ref[1:])
    if fragment and not fragment.startswith("/"):
        return  # a JSON Schema $anchor; the validators resolve those without looping
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in fragment.split("/")[1:]]
    try:
        resolve_pointer(spec.data, fragment)
    except (KeyError, IndexError, ValueError):
        reason = _missing_token(spec.data, tokens)
        yield spec.problem("ref", where, f"$ref {_shown(ref)} points at nothing: {reason}")
        return
    graph.refs.add(pointer)
    graph.add(pointer, join("", *tokens))


def _name(pointer: str) -> str:
    prefix = "/components/schemas/"
    return pointer[len(prefix) :] if pointer.startswith(prefix) else f"#{pointer}"


def _cycles(graph: _Graph) -> Iterator[list[str]]:
    """Yield each cycle a depth-first search closes (iteratively: the graph may be deep)."""
    done: set[str] = set()
    for start in graph.order:
        if start in done:
            continue
        path = [start]
        on_path = {start}
        work = [iter(graph.edges.get(start, ()))]
        while work:
            target = next(work[-1], None)
            if target is None:
                work.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
            elif target in on_path:
                yield [*path[path.index(target) :], target]
            elif target not in done:
                path.append(target)
                on_path.add(target)
                work.append(iter(graph.edges.get(target, ())))


def check_references(spec: SpecFile) -> Iterator[Problem]:
    """Report external, dangling and endless (only ``$ref``/``allOf``) references where they are."""
    graph = _Graph()
    for pointer, node in _mappings(spec.data):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield from _resolve(spec, pointer, ref, graph)
        branches = node.get("allOf")
        if isinstance(branches, list):
            for index, branch in enumerate(branches):
                if isinstance(branch, dict):
                    graph.add(pointer, join(pointer, "allOf", index))
    for count, cycle in enumerate(_cycles(graph)):
        if count == _REPORTED_CYCLES:
            break
        at = next(node for node in cycle if node in graph.refs)
        route = [cycle[0]] + [
            cycle[i + 1] for i, node in enumerate(cycle[:-1]) if node in graph.refs
        ]
        yield spec.problem(
            "ref",
            join(at, "$ref"),
            f"$ref cycle through only $ref and allOf ({' -> '.join(map(_name, route))}) has no "
            "base case; put an optional property or an anyOf on the way",
        )
