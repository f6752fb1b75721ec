"""Measure schemathesis cases per second against the in-process reference servers.

Runs the contract operation tests (every check, ASGI in-process, CI profile unless
CONTRACT_PROFILE says otherwise) and prints how many cases ran, over how long, and the rate.
Target: at least 150 cases per second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODULE = "tests/contract/test_reference_contract.py"


def main() -> int:
    """Run the operation tests once and print cases, seconds and cases per second."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "rate.json"
        environment = {**os.environ, "CONTRACT_BENCH_REPORT": str(report)}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", MODULE, "-q", "-p", "no:cacheprovider",
             "-k", "test_operations"],
            cwd=REPO, env=environment, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0 or not report.exists():
            print(result.stdout[-2000:], result.stderr[-2000:], sep="\n")
            return 1
        data = json.loads(report.read_text(encoding="utf-8"))
    rate = data["cases"] / data["seconds"]
    profile = os.environ.get("CONTRACT_PROFILE", "ci")
    print(f"profile {profile}: {data['cases']} schemathesis cases in {data['seconds']:.1f} s")
    print(f"{rate:.0f} cases/s in-process (target >= 150)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
