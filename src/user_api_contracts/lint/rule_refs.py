"""Rule ``no-ref-siblings``: a ``$ref`` stands alone.

OpenAPI 3.0 tools ignore keys beside a ``$ref`` and 3.1 tools merge them in differing ways, so a
description or ``nullable`` next to a ``$ref`` means different things to different consumers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..openapi_walk import join
from ..problems import Problem
from .context import LintContext

__all__ = ["check_no_ref_siblings"]


def check_no_ref_siblings(context: LintContext) -> Iterator[Problem]:
    """Report every mapping that holds ``$ref`` together with other keys."""
    stack: list[tuple[str, Any]] = [("", context.spec.data)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node and len(node) > 1:
                extra = ", ".join(sorted(key for key in node if key != "$ref"))
                yield context.spec.problem(
                    "no-ref-siblings",
                    pointer,
                    f"$ref has sibling keys ({extra}); move them to the target or wrap in allOf",
                )
            # Examples are data, not schema: a "$ref" key inside one is just a value.
            stack.extend(
                (join(pointer, key), value)
                for key, value in node.items()
                if key not in ("example", "examples") or pointer.endswith("/properties")
            )
        elif isinstance(node, list):
            stack.extend((join(pointer, index), value) for index, value in enumerate(node))
