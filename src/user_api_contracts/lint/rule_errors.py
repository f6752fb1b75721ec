"""Rule ``error-responses``: every operation documents its 4xx answers in the API's error format.

Consumers generate typed error models from these responses; an operation without a documented
4xx, or an error response with some other body, leaves callers parsing errors by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..openapi_walk import iter_operations, join, resolve_local_ref
from ..problems import Problem
from .context import LintContext

__all__ = ["check_error_responses"]


def _is_error_code(code: str) -> bool:
    return code == "default" or code[:1] in ("4", "5")


def check_error_responses(context: LintContext) -> Iterator[Problem]:
    """Check that each operation has a 4xx and that each error body is the error schema."""
    spec = context.spec
    expected = f"#/components/schemas/{context.error_schema}"
    if context.error_schema not in (spec.data.get("components") or {}).get("schemas", {}):
        yield spec.problem(
            "error-responses",
            "/components/schemas",
            f"the API's error schema {context.error_schema!r} is not defined",
        )
        return
    for operation in iter_operations(spec.data):
        responses = operation.node.get("responses")
        if not isinstance(responses, dict):
            continue
        codes = [str(code) for code in responses]
        label = f"{operation.method.upper()} {operation.path}"
        if not any(code.startswith("4") for code in codes):
            yield spec.problem(
                "error-responses",
                join(operation.pointer, "responses"),
                f"{label} documents no 4xx response",
            )
        for code, response in responses.items():
            if not _is_error_code(str(code)):
                continue
            pointer = join(operation.pointer, "responses", code)
            try:
                target, target_pointer = resolve_local_ref(spec.data, response)
            except KeyError:
                continue  # a dangling $ref is reported by structural validation
            where = target_pointer or pointer
            content = target.get("content") if isinstance(target, dict) else None
            if not isinstance(content, dict) or not content:
                yield spec.problem(
                    "error-responses", where, f"{label} {code}: error response has no body"
                )
                continue
            for media_type, media in content.items():
                schema = media.get("schema") if isinstance(media, dict) else None
                if not isinstance(schema, dict) or schema.get("$ref") != expected:
                    yield spec.problem(
                        "error-responses",
                        join(where, "content", media_type),
                        f"{label} {code}: body must be $ref {expected}",
                    )
