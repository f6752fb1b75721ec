"""What every project rule receives: the located spec and the API's error component."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..problems import Problem
from ..specfile import SpecFile

__all__ = ["LintContext", "Rule"]


@dataclass(frozen=True, kw_only=True)
class LintContext:
    """A spec under lint, with the name of the component that is its error body."""

    spec: SpecFile
    error_schema: str


Rule = Callable[[LintContext], Iterator[Problem]]
