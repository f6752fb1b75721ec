"""A realistic large spec: copies of a real one, renamed so that every copy stays valid.

Size tests and the lint benchmark need specs of several megabytes that look like the real
thing (operations, links, circular component graphs, examples), not one giant string. Each
copy ``n`` has its paths under ``/copy{n}``, its operationIds suffixed ``_copy{n}`` and its
components suffixed ``Copy{n}``, with every ``$ref`` and link rewritten to match, so the
copies never collide and the result lints as clean as the original.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from user_api_contracts.specfile import load_spec

__all__ = ["MARKETPLACE_ERROR_SCHEMAS", "scaled_spec", "write_scaled_spec"]

_PREFIX = "#/components/"

MARKETPLACE_ERROR_SCHEMAS = frozenset({"ProblemDetails", "ProblemDetailsError", "ValidationErrors"})
"""The Marketplace error schema and what it refers to: shared by the copies, so each stays used."""


def _rename(node: Any, suffix: str, names: set[str]) -> Any:
    """Rewrite ``$ref``s to renamed components and link operationIds, in place."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            section, _, name = ref[len(_PREFIX) :].partition("/")
            if f"{section}/{name}" in names:
                node["$ref"] = f"{_PREFIX}{section}/{name}{suffix}"
        for key, value in node.items():
            if key in ("example", "examples") and not isinstance(value, dict):
                continue
            _rename(value, suffix, names)
    elif isinstance(node, list):
        for value in node:
            _rename(value, suffix, names)
    return node


def _copy(
    source: dict[str, Any], index: int, keep: frozenset[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Paths and components of copy ``index``, renamed."""
    suffix = f"Copy{index}"
    components = source.get("components") or {}
    names = {
        f"{section}/{name}"
        for section, entries in components.items()
        if isinstance(entries, dict) and section != "securitySchemes"
        for name in entries
        if name not in keep
    }
    paths: dict[str, Any] = {}
    for path, item in copy.deepcopy(source["paths"]).items():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operation["operationId"] += f"_copy{index}"
        paths[f"/copy{index}{path}"] = _rename(item, suffix, names)
    renamed: dict[str, Any] = {}
    for section, entries in copy.deepcopy(components).items():
        if section == "securitySchemes" or not isinstance(entries, dict):
            continue
        renamed[section] = {
            f"{name}{suffix}": _rename(value, suffix, names)
            for name, value in entries.items()
            if name not in keep
        }
    _rename_links(paths, renamed, index=index)
    return paths, renamed


def _rename_links(*trees: Any, index: int) -> None:
    stack = list(trees)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            links = node.get("links")
            if isinstance(links, dict):
                for link in links.values():
                    if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                        link["operationId"] += f"_copy{index}"
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def scaled_spec(source: Path, copies: int, *, keep: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The spec at ``source`` with ``copies`` renamed copies of its paths and components added.

    Components named in ``keep`` (the API's error schema) are shared by every copy.
    """
    original = load_spec(source).data
    document = copy.deepcopy(original)
    for index in range(1, copies + 1):
        paths, components = _copy(original, index, keep)
        document["paths"].update(paths)
        for section, entries in components.items():
            document["components"].setdefault(section, {}).update(entries)
    return document


def write_scaled_spec(
    source: Path, copies: int, target: Path, *, keep: frozenset[str] = frozenset()
) -> Path:
    """Write :func:`scaled_spec` to ``target`` as block YAML and return ``target``."""
    document = scaled_spec(source, copies, keep=keep)
    text = yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)
    target.write_text(text, encoding="utf-8")
    return target
