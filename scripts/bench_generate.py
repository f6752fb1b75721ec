"""Benchmark a cold ``generate`` of every API against running openapi-python-client alone.

Both are measured in this one run on this machine, so the printed ratio says what the
project's own steps (bundling, validation, stub generation, formatting, checks) cost on top of
the client generator, whatever the machine's speed. Target: cold run under 15 s on 2 cores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
APIS = ("authorized-buyers", "merchant", "marketplace", "ringme")


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    """Print the cold-run time, the generator-alone time and their ratio."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        alone = 0.0
        for api in APIS:
            alone += _timed(
                [
                    str(BIN / "openapi-python-client"),
                    "generate",
                    "--meta",
                    "pdm",
                    "--path",
                    str(REPO / "specs" / api / "openapi.yaml"),
                    "--output-path",
                    str(root / "alone" / api),
                ],
                cwd=root,
            )
        code = (
            "import sys, pathlib\n"
            "from user_api_contracts.apis import APIS\n"
            "from user_api_contracts.generate.pipeline import generate_apis\n"
            "root = pathlib.Path(sys.argv[1])\n"
            "generate_apis(APIS, root=root, force=True, progress=lambda _: None)\n"
        )
        cold = _timed([sys.executable, "-c", code, str(root / "cold")], cwd=REPO)
        generate = [str(BIN / "user-api-contracts"), "generate", "--quiet"]
        _timed(generate, cwd=REPO)  # bring generated/ up to date first
        warm = _timed(generate, cwd=REPO)
    print(f"openapi-python-client alone, 4 APIs: {alone:6.2f} s")
    print(f"make generate, cold, 4 APIs:         {cold:6.2f} s  (target < 15 s)")
    print(f"make generate, warm (no change):     {warm:6.2f} s  (target < 1 s)")
    print(f"cold / generator alone:              {cold / alone:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
