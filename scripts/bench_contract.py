"""Measure schemathesis cases per second against the in-process reference servers.

Runs the contract operation tests (every check, ASGI in-process, CI profile unless
CONTRACT_PROFILE says otherwise) and prints how many cases ran, over how long, and the rate.
Target: at least 150 cases per second. Then runs the same operations' positive cases through
the generated clients (tests/clients/test_generated_cases.py: typed call, wire comparison,
typed parse) and prints their rate next to it, with each API's share of 2xx answers.
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
CLIENT_MODULE = "tests/clients/test_generated_cases.py"


def run_pytest(module: str, test: str, environment: dict[str, str]) -> bool:
    """Run one test of ``module`` quietly; print its output's tail if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", module, "-q", "-p", "no:cacheprovider", "-k", test],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-2000:], sep="\n")
    return result.returncode == 0


def main() -> int:
    """Run the operation tests once and print cases, seconds and cases per second."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    profile = os.environ.get("CONTRACT_PROFILE", "ci")
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "rate.json"
        clients = Path(scratch) / "clients.json"
        environment = {
            **os.environ,
            "CONTRACT_BENCH_REPORT": str(report),
            "CLIENT_CASES_REPORT": str(clients),
        }
        if not run_pytest(MODULE, "test_operations", environment) or not report.exists():
            return 1
        data = json.loads(report.read_text(encoding="utf-8"))
        if not run_pytest(CLIENT_MODULE, "test_case_through_client", environment):
            return 1
        through_clients = json.loads(clients.read_text(encoding="utf-8"))
    rate = data["cases"] / data["seconds"]
    print(f"profile {profile}: {data['cases']} schemathesis cases in {data['seconds']:.1f} s")
    print(f"{rate:.0f} cases/s in-process (target >= 150)")
    figures = through_clients.pop("run")
    print(
        f"{figures['cases']} cases through the generated clients in {figures['seconds']:.1f} s:"
        f" {figures['cases'] / figures['seconds']:.0f} cases/s"
    )
    for api, counts in sorted(through_clients.items()):
        share = counts["2xx"] / counts["cases"]
        print(f"  {api}: {counts['cases']} cases, {share:.0%} answered 2xx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
