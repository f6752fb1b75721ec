"""Load a spec file as plain JSON data while remembering where every value stands.

Lint messages must name a file and a line, and YAML parsers drop positions once they build
Python objects. This loader composes the YAML node tree itself, records the line of every
JSON pointer, and refuses what JSON cannot hold (timestamps, binary, non-string keys) so that
every tool downstream sees the same document.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

__all__ = ["SpecFile", "SpecLoadError", "escape_pointer_token", "load_spec"]


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


class SpecLoadError(Exception):
    """The file cannot be read as a JSON-compatible YAML document; ``problems`` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(problem.format() for problem in problems))
        self.problems = problems


@dataclass
class SpecFile:
    """A parsed spec: the data, its path, and the source line of each JSON pointer."""

    path: Path
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int | None:
        """Return the line of ``pointer``, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, rule: str, pointer: str, message: str) -> Problem:
        """Build a problem located at ``pointer`` in this file."""
        return Problem(
            path=self.path, line=self.line_of(pointer), pointer=pointer, rule=rule, message=message
        )


_JSON_SCALARS = (str, int, float, bool, type(None))


class _Builder:
    """Turns a composed YAML node tree into JSON data, recording lines and problems."""

    def __init__(self, path: Path, loader: yaml.SafeLoader) -> None:
        self.path = path
        self.loader = loader
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []

    def _problem(self, node: yaml.Node, pointer: str, message: str) -> None:
        self.problems.append(
            Problem(
                path=self.path,
                line=node.start_mark.line + 1,
                pointer=pointer,
                rule="yaml-json",
                message=message,
            )
        )

    def build(self, node: yaml.Node, pointer: str) -> Any:
        self.lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, f"{pointer}/{index}") for index, item in enumerate(node.value)]
        value = self.loader.construct_object(node, deep=True)
        if isinstance(value, datetime.date | datetime.datetime):
            self._problem(node, pointer, f"{node.value!r} is read as a YAML timestamp; quote it")
            return str(node.value)
        if not isinstance(value, _JSON_SCALARS):
            self._problem(node, pointer, f"{type(value).__name__} is not a JSON value")
            return str(node.value)
        return value

    def _mapping(self, node: yaml.MappingNode, pointer: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._problem(
                    key_node, pointer, "YAML merge keys ('<<') are not JSON; spell it out"
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, pointer, "a mapping key must be a plain string")
                continue
            key = str(key_node.value)
            child = f"{pointer}/{escape_pointer_token(key)}"
            if key in result:
                self._problem(key_node, child, f"duplicate key {key!r}")
            result[key] = self.build(value_node, child)
        return result


def load_spec(path: Path) -> SpecFile:
    """Read ``path`` as a JSON-compatible YAML (or JSON) OpenAPI document.

    Mapping keys are kept as written (so an unquoted ``200`` stays the string ``"200"``).
    Raises :class:`SpecLoadError` with located problems when the file cannot be used.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise SpecLoadError(
            [Problem(path=path, line=None, pointer="", rule="read", message=reason)]
        ) from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecLoadError(
                [Problem(path=path, line=1, pointer="", rule="yaml", message="the file is empty")]
            )
        builder = _Builder(path, loader)
        data = builder.build(node, "")
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise SpecLoadError(
            [Problem(path=path, line=line, pointer="", rule="yaml", message=message)]
        ) from None
    finally:
        loader.dispose()
    if builder.problems:
        raise SpecLoadError(builder.problems)
    if not isinstance(data, dict):
        raise SpecLoadError(
            [Problem(path=path, line=1, pointer="", rule="yaml", message="not a mapping")]
        )
    return SpecFile(path=path, data=data, lines=builder.lines)
