"""Load a spec file as plain JSON data while remembering where every value stands.

Lint messages must name a file and a line, and YAML parsers drop positions once they build
Python objects. This loader builds the JSON data straight from PyYAML's event stream (libyaml's
parser when it is installed), records the line of every JSON pointer, and refuses what JSON
cannot hold (timestamps, binary, non-string keys, infinities) so that every tool downstream sees
the same document.

Specs come from strangers too, so every cost is bounded before it is paid (issue #11):

- the file must be a regular file of at most :data:`MAX_SPEC_BYTES`, in UTF-8;
- nesting is at most :data:`MAX_DEPTH` levels, so nothing downstream (the validators, the
  bundle's dumpers, the rules) can run out of stack;
- aliases are followed, but the document they expand to may hold at most :data:`MAX_VALUES`
  values ("billion laughs" is refused at the alias that crosses the limit) and an alias may not
  sit inside its own anchor (a recursive alias is refused where it is used).

PyYAML's composer has none of these limits and recurses once per level, so the loader does the
composer's job itself, without recursion; scanning, parsing and scalar resolution stay PyYAML's.
"""

from __future__ import annotations

import datetime
import math
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from .problems import Problem

__all__ = [
    "MAX_DEPTH",
    "MAX_SPEC_BYTES",
    "MAX_VALUES",
    "SpecFile",
    "SpecLoadError",
    "escape_pointer_token",
    "load_spec",
]

MAX_SPEC_BYTES = 2 * 1024 * 1024
"""Largest spec ``lint`` and ``generate`` read: 15 times the biggest real one (137 KB).

Below it every step is linear in the file's size, but structural validation costs about
4 s per MB; the limit keeps one stranger's file from holding a CI runner for minutes.
"""

MAX_DEPTH = 64
"""Deepest nesting of mappings and sequences; the real specs reach 19."""

MAX_VALUES = 250_000
"""Most values (scalars and collections) a document may hold once its aliases are expanded.

The real specs hold about 2.5 values per 100 bytes, so a spec at the size limit about 52,000;
the limit bites when aliases multiply a document (or a file is nothing but tiny values).
"""

_PARSER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAP_TAGS = (None, "!", "tag:yaml.org,2002:map")
_SEQ_TAGS = (None, "!", "tag:yaml.org,2002:seq")
_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"


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


class _Scalars(SafeConstructor, Resolver):
    """PyYAML's own implicit-tag resolution and safe scalar constructors, without a stream."""

    def __init__(self) -> None:
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

    def tag(self, event: yaml.ScalarEvent) -> str:
        """The scalar's tag: explicit, or resolved the way PyYAML's SafeLoader resolves it."""
        if event.tag not in (None, "!"):
            return str(event.tag)
        resolved: str = self.resolve(  # type: ignore[no-untyped-call]
            yaml.ScalarNode, event.value, event.implicit
        )
        return resolved

    def value(self, event: yaml.ScalarEvent) -> Any:
        """The Python value of a scalar event; ConstructorError or ValueError when it has none."""
        tag = self.tag(event)
        if tag == _STR_TAG:
            return event.value
        node = yaml.ScalarNode(tag, event.value, None, None, event.style)
        construct = self.yaml_constructors.get(tag) or self.yaml_constructors[None]
        return construct(self, node)


class _FatalError(Exception):
    """A problem after which the rest of the file is not worth reading (or not safe to)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


_SKIP = object()
"""Stands for a mapping key that was refused; its value is read and dropped."""


@dataclass
class _Frame:
    """A mapping or sequence being built, with what its anchor needs to know once it ends."""

    value: dict[str, Any] | list[Any]
    pointer: str | None
    anchor: str | None
    is_key: bool = False
    key: object = None
    height: int = 0
    size: int = 1


@dataclass(frozen=True)
class _Anchored:
    """A finished anchored value, with its height and size for the alias limits."""

    value: Any
    height: int
    size: int


class _Builder:
    """Builds JSON data from PyYAML events without recursion, recording lines and problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.scalars = _Scalars()
        self.stack: list[_Frame] = []
        self.anchors: dict[str, _Anchored] = {}
        self.open_anchors: set[str] = set()
        self.values = 0
        self.root: Any = None
        self.root_line = 1
        self.documents = 0

    def _problem(
        self, line: int, pointer: str | None, message: str, rule: str = "yaml-json"
    ) -> Problem:
        return Problem(path=self.path, line=line, pointer=pointer or "", rule=rule, message=message)

    def _fatal(self, line: int, pointer: str | None, message: str) -> _FatalError:
        return _FatalError(self._problem(line, pointer, message, rule="yaml"))

    def _child_pointer(self) -> str | None:
        """Where the next value goes, or None when it is dropped (the value of a refused key)."""
        if not self.stack:
            return ""
        frame = self.stack[-1]
        if frame.pointer is None:
            return None
        if isinstance(frame.value, list):
            return f"{frame.pointer}/{len(frame.value)}"
        if frame.key is _SKIP or frame.key is None:
            return None
        assert isinstance(frame.key, str)
        return f"{frame.pointer}/{escape_pointer_token(frame.key)}"

    def _count(self, line: int, pointer: str | None, values: int) -> None:
        self.values += values
        if self.values > MAX_VALUES:
            raise self._fatal(
                line,
                pointer,
                f"the document holds more than {MAX_VALUES:,} values once aliases "
                "are expanded (an alias bomb?); it is refused",
            )

    def _attach(self, value: Any, height: int, size: int) -> None:
        """Put a finished value into the collection being built, or make it the root."""
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame.height = max(frame.height, height + 1)
        frame.size += size
        if isinstance(frame.value, list):
            frame.value.append(value)
        elif frame.key is _SKIP:
            frame.key = None
        else:
            assert isinstance(frame.key, str)
            frame.value[frame.key] = value
            frame.key = None

    def _expects_key(self) -> bool:
        return (
            bool(self.stack)
            and isinstance(self.stack[-1].value, dict)
            and (self.stack[-1].key is None)
        )

    def _key(self, event: yaml.Event, line: int) -> None:
        """Take a scalar, alias or collection event where a mapping key is due."""
        frame = self.stack[-1]
        assert isinstance(frame.value, dict)
        if isinstance(event, yaml.ScalarEvent):
            if self.scalars.tag(event) == _MERGE_TAG:
                self.problems.append(
                    self._problem(
                        line, frame.pointer, "YAML merge keys ('<<') are not JSON; spell it out"
                    )
                )
                frame.key = _SKIP
                return
            key = str(event.value)
            if key in frame.value and frame.pointer is not None:
                child = f"{frame.pointer}/{escape_pointer_token(key)}"
                self.problems.append(self._problem(line, child, f"duplicate key {key!r}"))
            frame.key = key
            return
        self.problems.append(
            self._problem(line, frame.pointer, "a mapping key must be a plain string")
        )
        frame.key = _SKIP

    def feed(self, event: yaml.Event) -> None:
        """Consume one event."""
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self._fatal(line, "", "a spec is one YAML document; found a second one")
            return
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self._end(line)
            return
        if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)):
            return
        key_due = self._expects_key()
        if key_due and not isinstance(event, yaml.CollectionStartEvent):
            self._key(event, line)
            return
        pointer = None if key_due else self._child_pointer()
        if key_due:
            self._key(event, line)  # refused; the collection is still read, then dropped
        if pointer is not None:
            self.lines.setdefault(pointer, line)
        if not self.stack:
            self.root_line = line
        if isinstance(event, yaml.AliasEvent):
            self._alias(event, line, pointer)
        elif isinstance(event, yaml.ScalarEvent):
            self._count(line, pointer, 1)
            value = self._scalar(event, line, pointer)
            if event.anchor is not None:
                self.anchors[str(event.anchor)] = _Anchored(value, 0, 1)
            self._attach(value, 0, 1)
        else:
            self._start(event, line, pointer, is_key=key_due)

    def _scalar(self, event: yaml.ScalarEvent, line: int, pointer: str | None) -> Any:
        try:
            value = self.scalars.value(event)
        except ConstructorError:
            self.problems.append(self._problem(line, pointer, f"the tag {event.tag!r} is not JSON"))
            return event.value
        except ValueError:  # past Python's 4,300-digit limit, or a bad value for its tag
            if len(event.value) > 1000:
                message = f"{len(event.value):,}-character number is too large"
            else:
                message = f"{event.value!r} cannot be read as its tag {self.scalars.tag(event)!r}"
            self.problems.append(self._problem(line, pointer, message))
            return event.value
        if isinstance(value, datetime.date | datetime.datetime):
            self.problems.append(
                self._problem(
                    line, pointer, f"{event.value!r} is read as a YAML timestamp; quote it"
                )
            )
            return event.value
        if isinstance(value, float) and not math.isfinite(value):
            self.problems.append(
                self._problem(line, pointer, f"{event.value!r} is not a JSON number")
            )
            return event.value
        if not isinstance(value, str | int | float | bool | type(None)):
            self.problems.append(
                self._problem(line, pointer, f"{type(value).__name__} is not a JSON value")
            )
            return event.value
        return value

    def _alias(self, event: yaml.AliasEvent, line: int, pointer: str | None) -> None:
        name = str(event.anchor)
        if name in self.open_anchors:
            raise self._fatal(
                line, pointer, f"alias *{name} is used inside its own anchor (a recursive alias)"
            )
        anchored = self.anchors.get(name)
        if anchored is None:
            raise self._fatal(line, pointer, f"alias *{name} has no anchor before it")
        if len(self.stack) + anchored.height > MAX_DEPTH:
            raise self._fatal(line, pointer, f"alias *{name} nests deeper than {MAX_DEPTH} levels")
        self._count(line, pointer, anchored.size)
        self._attach(anchored.value, anchored.height, anchored.size)

    def _start(
        self, event: yaml.CollectionStartEvent, line: int, pointer: str | None, *, is_key: bool
    ) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise self._fatal(line, pointer, f"nesting deeper than {MAX_DEPTH} levels is refused")
        self._count(line, pointer, 1)
        is_mapping = isinstance(event, yaml.MappingStartEvent)
        if event.tag not in (_MAP_TAGS if is_mapping else _SEQ_TAGS):
            self.problems.append(self._problem(line, pointer, f"the tag {event.tag!r} is not JSON"))
        anchor = str(event.anchor) if event.anchor is not None else None
        if anchor is not None:
            self.open_anchors.add(anchor)
        value: dict[str, Any] | list[Any] = {} if is_mapping else []
        self.stack.append(_Frame(value=value, pointer=pointer, anchor=anchor, is_key=is_key))

    def _end(self, line: int) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = _Anchored(frame.value, frame.height, frame.size)
        if not frame.is_key:  # a refused key: the mapping's next value is dropped with it
            self._attach(frame.value, frame.height, frame.size)


def _read(path: Path) -> bytes:
    """The file's bytes, refused (one problem) when it is not a regular file of bounded size."""

    def refuse(message: str, rule: str = "read") -> SpecLoadError:
        return SpecLoadError(
            [Problem(path=path, line=None, pointer="", rule=rule, message=message)]
        )

    try:
        with path.open("rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise refuse("not a regular file")
            if status.st_size > MAX_SPEC_BYTES:
                raise refuse(_too_big(status.st_size), rule="size")
            raw = stream.read(MAX_SPEC_BYTES + 1)
    except OSError as error:
        raise refuse(error.strerror or type(error).__name__) from None
    if len(raw) > MAX_SPEC_BYTES:
        raise refuse(_too_big(len(raw)), rule="size")
    return raw


def _too_big(size: int) -> str:
    return (
        f"{size:,} bytes is over the {MAX_SPEC_BYTES // 1024 // 1024} MiB limit for specs "
        "(see docs/spec-conventions.md)"
    )


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        byte = raw[error.start : error.start + 1].hex()
        raise SpecLoadError(
            [
                Problem(
                    path=path,
                    line=line,
                    pointer="",
                    rule="read",
                    message=f"not UTF-8: byte 0x{byte} cannot be decoded; save the file as UTF-8",
                )
            ]
        ) from None


def _yaml_problem(path: Path, raw: bytes, error: yaml.YAMLError) -> Problem:
    """One located problem for a scanner, parser or reader error."""
    line: int | None = None
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(part for part in (error.context, error.problem) if part)
    elif isinstance(error, yaml.reader.ReaderError):
        line = raw.count(b"\n", 0, error.position) + 1
        message = f"character #x{error.character:04x} is not allowed in YAML"
    else:
        message = str(error).splitlines()[0]
    return Problem(path=path, line=line, pointer="", rule="yaml", message=message)


def load_spec(path: Path) -> SpecFile:
    """Read ``path`` as a JSON-compatible YAML (or JSON) OpenAPI document.

    Mapping keys are kept as written (so an unquoted ``200`` stays the string ``"200"``).
    Raises :class:`SpecLoadError` with located problems when the file cannot be used.
    """
    raw = _read(path)
    _decode(path, raw)  # refuses a file that is not UTF-8, with the line of the first bad byte
    builder = _Builder(path)
    try:
        for event in yaml.parse(raw, Loader=_PARSER):
            builder.feed(event)
    except yaml.YAMLError as error:
        raise SpecLoadError([_yaml_problem(path, raw, error)]) from None
    except _FatalError as fatal:
        raise SpecLoadError([fatal.problem]) from None
    if builder.documents == 0:
        raise SpecLoadError(
            [Problem(path=path, line=1, pointer="", rule="yaml", message="the file is empty")]
        )
    if builder.problems:
        raise SpecLoadError(builder.problems)
    data = builder.root
    if data is None:
        raise SpecLoadError(
            [Problem(path=path, line=1, pointer="", rule="yaml", message="the document is empty")]
        )
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__} value"
        raise SpecLoadError(
            [
                Problem(
                    path=path,
                    line=builder.root_line,
                    pointer="",
                    rule="yaml",
                    message=f"not a mapping: the top level is {kind}",
                )
            ]
        )
    return SpecFile(path=path, data=data, lines=builder.lines)
