"""Refuse to build the environment with a Python older than the project supports.

Run by ``make setup`` with the interpreter it was given, so that a too-old ``python3`` fails
with one clear line instead of a pip resolver error deep in the install.
"""

from __future__ import annotations

import argparse
import sys

MINIMUM = (3, 11)


def main() -> int:
    """Exit 0 when this interpreter is new enough, 1 with a one-line reason otherwise."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    if sys.version_info < MINIMUM:
        found = ".".join(map(str, sys.version_info[:3]))
        print(
            f"user-api-contracts needs Python >= {MINIMUM[0]}.{MINIMUM[1]}, found {found}; "
            "run `make setup PYTHON=python3.11` (or newer)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
