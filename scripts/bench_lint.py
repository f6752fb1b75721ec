"""Time ``lint`` on realistic specs of growing size, and on one over the size limit.

The specs are the Marketplace spec plus renamed copies of its paths and components (see
tests/specs/scaled_spec.py), so they have real operations, links, cycles and examples. Each is
linted in a fresh process (the command a user runs, Spectral left out unless --spectral) and
the CPU seconds per MB are printed: a flat column means lint's cost grows linearly. The last
row is a 5 MB spec, which lint refuses by size before reading it (issue #11: answered in < 5 s).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.specs.scaled_spec import MARKETPLACE_ERROR_SCHEMAS, write_scaled_spec  # noqa: E402

SOURCE = REPO / "specs" / "marketplace" / "openapi.yaml"
COPIES = (1, 3, 7, 14)  # ~0.27, 0.55, 1.1 and 2.0 MB (the limit is 2 MiB)


def _lint(path: Path, *, spectral: bool) -> tuple[float, float, str]:
    """Wall and CPU seconds of one lint run, and its last output line."""
    command = [sys.executable, "-m", "user_api_contracts.cli", "lint", str(path)]
    command += ["--error-schema", "ProblemDetails"] + ([] if spectral else ["--no-spectral"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = result.stdout.strip().splitlines()
    return wall, cpu, lines[-1] if lines else result.stderr.strip()[-200:]


def main() -> int:
    """Print size, wall, CPU and CPU per MB for each spec; 1 when a spec does not lint clean."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spectral", action="store_true", help="include the Spectral layer")
    arguments = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        print(f"{'spec':<24}{'MB':>7}{'wall s':>9}{'CPU s':>8}{'CPU s/MB':>10}  result")
        for copies in COPIES:
            path = write_scaled_spec(
                SOURCE,
                copies,
                Path(scratch) / f"copies{copies}.yaml",
                keep=MARKETPLACE_ERROR_SCHEMAS,
            )
            megabytes = path.stat().st_size / 1e6
            wall, cpu, last = _lint(path, spectral=arguments.spectral)
            failed |= last != "lint: 1 spec, 0 problem(s)"
            name = f"marketplace x{copies + 1}"
            per_mb = cpu / megabytes
            print(f"{name:<24}{megabytes:>7.2f}{wall:>9.1f}{cpu:>8.1f}{per_mb:>10.2f}  {last}")
        big = Path(scratch) / "five-mb.yaml"
        padding = "# " + "x" * 98 + "\n"
        big.write_text(SOURCE.read_text(encoding="utf-8") + padding * 49_000, encoding="utf-8")
        wall, cpu, last = _lint(big, spectral=arguments.spectral)
        megabytes = big.stat().st_size / 1e6
        print(f"{'over the limit':<24}{megabytes:>7.2f}{wall:>9.1f}{cpu:>8.1f}{'':>10}  refused")
    print("a flat CPU s/MB column is linear cost; the machine's load moves wall time, not CPU")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
