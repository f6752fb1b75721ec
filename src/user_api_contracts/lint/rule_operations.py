"""Rule ``operation-naming``: operationIds are the public Python API, so they follow one scheme.

openapi-python-client turns the tag into a module and the operationId into a function;
``<tag>_<verb>`` in snake_case gives names like ``client_users.client_users_list`` that read
well, never collide, and cannot be renamed by accident without the lint noticing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..openapi_walk import iter_operations, join
from ..problems import Problem
from .context import LintContext

__all__ = ["OPERATION_ID_PATTERN", "check_operations"]

OPERATION_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def check_operations(context: LintContext) -> Iterator[Problem]:
    """Check each operation's id, summary, description and single declared tag."""
    spec = context.spec
    declared: dict[str, dict[str, Any]] = {
        tag["name"]: tag
        for tag in spec.data.get("tags") or []
        if isinstance(tag, dict) and isinstance(tag.get("name"), str)
    }
    for name, declared_tag in declared.items():
        if not OPERATION_ID_PATTERN.match(name):
            yield spec.problem("operation-naming", "/tags", f"tag {name!r} is not snake_case")
        if not declared_tag.get("description"):
            yield spec.problem("operation-naming", "/tags", f"tag {name!r} has no description")
    seen: dict[str, str] = {}
    for operation in iter_operations(spec.data):
        node, pointer = operation.node, operation.pointer
        label = f"{operation.method.upper()} {operation.path}"
        for field in ("summary", "description"):
            if not isinstance(node.get(field), str) or not node[field].strip():
                yield spec.problem("operation-naming", pointer, f"{label} has no {field}")
        tags = node.get("tags")
        if not isinstance(tags, list) or len(tags) != 1:
            yield spec.problem("operation-naming", pointer, f"{label} must have exactly one tag")
            tag: object = None
        else:
            tag = tags[0]
            if tag not in declared:
                yield spec.problem(
                    "operation-naming", join(pointer, "tags"), f"tag {tag!r} is not declared"
                )
        operation_id = node.get("operationId")
        if not isinstance(operation_id, str):
            yield spec.problem("operation-naming", pointer, f"{label} has no operationId")
            continue
        id_pointer = join(pointer, "operationId")
        if not OPERATION_ID_PATTERN.match(operation_id):
            yield spec.problem(
                "operation-naming", id_pointer, f"operationId {operation_id!r} is not snake_case"
            )
        elif isinstance(tag, str) and not operation_id.startswith(f"{tag}_"):
            yield spec.problem(
                "operation-naming",
                id_pointer,
                f"operationId {operation_id!r} must start with its tag {tag!r} and '_'",
            )
        if operation_id in seen:
            yield spec.problem(
                "operation-naming",
                id_pointer,
                f"operationId {operation_id!r} is also used by {seen[operation_id]}",
            )
        seen.setdefault(operation_id, label)
