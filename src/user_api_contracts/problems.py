"""A located problem in a spec, and the one-line form every command prints it in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .apis import REPO_ROOT

__all__ = ["Problem", "display_path"]


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
        """Render as ``file:line: [rule] message (at #/pointer)`` on a single line."""
        where = display_path(self.path)
        if self.line is not None:
            where = f"{where}:{self.line}"
        location = f" (at #{self.pointer})" if self.pointer else ""
        message = " ".join(self.message.split())
        return f"{where}: [{self.rule}] {message}{location}"
