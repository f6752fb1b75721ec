"""A located problem in a spec, and the one-line form every command prints it in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .apis import REPO_ROOT

__all__ = ["MAX_MESSAGE", "MAX_POINTER", "Problem", "display_path"]

MAX_MESSAGE = 300
"""Longest message a problem prints; a longer one (a validator quoting a whole document) is cut."""

MAX_POINTER = 120
"""Longest pointer a problem prints; the middle of a longer one is left out."""


def _shorten(text: str, limit: int, *, middle: bool = False) -> str:
    if len(text) <= limit:
        return text
    if middle:
        half = (limit - 1) // 2
        return f"{text[:half]}…{text[-half:]}"
    return text[: limit - 1] + "…"


def display_path(path: Path) -> str:
    """Show ``path`` relative to the repository when it is inside it, else as given."""
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


@dataclass(frozen=True, kw_only=True)
class Problem:
    """One finding: which file, line and JSON pointer, which rule, and what is wrong."""

    path: Path
    line: int | None
    pointer: str
    rule: str
    message: str

    def format(self) -> str:
        """Render as ``file:line: [rule] message (at #/pointer)`` on a single, short line.

        Messages and pointers can come from a stranger's file (a key of 10,000 characters, a
        validator's message quoting the whole document), so both are cut to a readable length.
        """
        where = display_path(self.path)
        if self.line is not None:
            where = f"{where}:{self.line}"
        pointer = _shorten(self.pointer, MAX_POINTER, middle=True)
        location = f" (at #{pointer})" if pointer else ""
        message = _shorten(" ".join(self.message.split()), MAX_MESSAGE)
        return f"{where}: [{self.rule}] {message}{location}"
