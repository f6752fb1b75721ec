"""The pinned ruff that formats generated Python, so that output is stable byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import GenerationError

__all__ = ["format_python", "ruff_executable"]


def ruff_executable() -> Path:
    """The ruff of this environment: the formatter is pinned, so it must be this one."""
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        raise GenerationError([f"{ruff}: ruff is not installed; run `make setup`"])
    return ruff


def format_python(directory: Path) -> None:
    """Sort imports, drop unused ones, modernise and format every Python file under ``directory``.

    ``--isolated``: the project's own ruff settings are for hand-written code, not this output.
    """
    ruff = ruff_executable()
    for arguments in (
        ["check", "--fix-only", "--quiet", "--select", "I,F401,UP"],
        ["format", "--quiet"],
    ):
        result = subprocess.run(
            [str(ruff), *arguments, "--no-cache", "--isolated", "--line-length", "100", "."],
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            raise GenerationError([f"{directory}: [ruff] {reason[-1] if reason else 'failed'}"])
