"""The one error type generation raises: a located, one-line reason a step could not finish."""

from __future__ import annotations

from ..problems import Problem

__all__ = ["GenerationError"]


class GenerationError(Exception):
    """A step failed; ``lines`` are printed one per line and nothing is written to generated/."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines

    @classmethod
    def from_problems(cls, problems: list[Problem]) -> GenerationError:
        """Wrap located lint problems."""
        return cls([problem.format() for problem in problems])
