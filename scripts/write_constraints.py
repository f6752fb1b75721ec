"""Write constraints.txt: the complete pinned Python environment of this checkout's .venv.

pyproject.toml pins the direct dependencies; this file pins everything they pull in, so that a
fresh machine gets the same generator, formatter and validators as the one that generated
``generated/``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HEADER = (
    "# The complete, pinned Python environment (direct pins live in pyproject.toml).\n"
    "# Regenerate after a pin change with: make lock\n"
)


def main() -> int:
    """Freeze the running interpreter's environment, minus this project, into constraints.txt."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("constraints.txt"))
    arguments = parser.parse_args()
    frozen = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "freeze",
            "--exclude-editable",
            "--disable-pip-version-check",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    pins = sorted(
        (line for line in frozen if line and not line.lower().startswith("user-api-contracts")),
        key=str.lower,
    )
    arguments.output.write_text(HEADER + "\n".join(pins) + "\n", encoding="utf-8")
    print(f"wrote {len(pins)} pins to {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
