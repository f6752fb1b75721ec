"""Match a request path to one of an API's path templates with a single precompiled regex.

The rules are Starlette's (the runtime's router until issue #4), kept exactly so that no client
sees a difference: an API with a base path is a mount (``<base>/`` prefix, the rest matched
below it), a template parameter is one non-empty segment (``[^/]+``), templates are tried in
order (literal segments before templated ones, so ``me:verifySelf`` beats ``{email}``), and a
path that matches nothing but would match with its trailing slash added or removed is
redirected (307) there. What differs is the cost: one ``re.match`` over an alternation of every
template instead of a regex and a scope copy per route and per mount level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Miss", "PathRouter", "route_order"]

T = TypeVar("T")

_PARAMETER = re.compile(r"{([a-zA-Z_][a-zA-Z0-9_]*)}")


def route_order(path: str) -> tuple[int, ...]:
    """Literal segments before templated ones at each depth, so `me:verifySelf` beats `{email}`."""
    return tuple(1 if segment.startswith("{") else 0 for segment in path.strip("/").split("/"))


def _template_regex(path: str) -> tuple[str, tuple[str, ...]]:
    """The template as a regex without anchors, and its parameter names in order."""
    pattern, names, position = "", [], 0
    for found in _PARAMETER.finditer(path):
        pattern += re.escape(path[position : found.start()]) + "([^/]+)"
        names.append(found.group(1))
        position = found.end()
    return pattern + re.escape(path[position:]), tuple(names)


def strip_root(path: str, root_path: str) -> str:
    """``path`` without the ``root_path`` it was mounted under (Starlette's ``get_route_path``)."""
    if not root_path or not path.startswith(root_path):
        return path
    if path == root_path:
        return ""
    return path[len(root_path) :] if path[len(root_path)] == "/" else path


@dataclass(frozen=True, slots=True)
class Miss:
    """No template matched: where a 307 should send the client, or None for a 404."""

    redirect_path: str | None


class PathRouter(Generic[T]):
    """Templates under a base path, each with a target (the endpoint serving that path)."""

    def __init__(self, base_path: str, templates: list[tuple[str, T]]) -> None:
        """Compile ``templates`` (already in matching order) under ``base_path`` ('' for none)."""
        self.base_path = base_path
        alternatives: list[str] = []
        self._targets: dict[int, tuple[T, tuple[str, ...]]] = {}
        group = 1
        for path, target in templates:
            pattern, names = _template_regex(path)
            alternatives.append(f"({pattern})$")
            self._targets[group] = (target, names)
            group += 1 + len(names)
        self._regex = re.compile("|".join(alternatives) or "(?!)")
        # Starlette mounts `base` as the template `base/{path:path}`.
        self._mount = re.compile(re.escape(base_path) + "/(.*)$") if base_path else None
        self._below = base_path + "/" if base_path else ""

    def match(self, path: str, root_path: str) -> tuple[T, dict[str, str]] | Miss:
        """The target and path parameters for ``path`` (the scope's), or how to answer a miss."""
        if not root_path and "\n" not in path and path.startswith(self._below):
            # The usual case, where the mount's cut is simply the base path: no copies.
            quick = self._regex.match(path, len(self.base_path))
            if quick is not None:
                return self._found(quick)
        mounted = self._mounted(path, root_path)
        if mounted is not None:
            found = self._templates(strip_root(path, mounted))
            if found is not None:
                return found
        return Miss(self._redirect(path, root_path, mounted))

    def _mounted(self, path: str, root_path: str) -> str | None:
        """The root path below the mount, or None when the mount does not match ``path``."""
        if self._mount is None:
            return root_path
        route_path = strip_root(path, root_path)
        mounted = self._mount.match(route_path)
        if mounted is None:
            return None
        remaining = "/" + mounted.group(1)
        return root_path + route_path[: -len(remaining)]

    def _templates(self, route_path: str) -> tuple[T, dict[str, str]] | None:
        found = self._regex.match(route_path)
        return None if found is None else self._found(found)

    def _found(self, found: re.Match[str]) -> tuple[T, dict[str, str]]:
        # The outer group of the matching alternative closes last, so it is `lastindex`.
        group = found.lastindex or 0
        target, names = self._targets[group]
        values = found.groups()[group : group + len(names)]
        return target, dict(zip(names, values, strict=True))

    def _redirect(self, path: str, root_path: str, mounted: str | None) -> str | None:
        """The path with its trailing slash toggled, if that one matches (Starlette's rule).

        The level that missed decides, as in Starlette's nested routers: the mount (``mounted``
        is None) or the templates below it, matched under the root path of the original match.
        """
        route_path = strip_root(path, root_path if mounted is None else mounted)
        if route_path == "/":
            return None
        toggled = path.rstrip("/") if route_path.endswith("/") else path + "/"
        if mounted is None:
            return toggled if self._mounted(toggled, root_path) is not None else None
        return toggled if self._templates(strip_root(toggled, mounted)) is not None else None
