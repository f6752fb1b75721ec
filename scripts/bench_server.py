"""Load `serve` over loopback next to what a user would pick instead, and check issue #12's goals.

Every server runs under uvicorn (httptools, uvloop, one worker) on 127.0.0.1, and autocannon
(pinned in package.json) sends the load from a second process, so on a 2-core machine the load
generator takes about one core. Rows: a bare ASGI hello-world, a Starlette route that does
nothing (the yardstick), a FastAPI app doing the reference's Authorized Buyers GET by hand (the
peer), the reference server with its access log off, and the scenarios on `serve` as the README
runs it (access log on, written to /dev/null here).

The stable figure is **server CPU per request**: the server process's own CPU time (utime +
stime from /proc) over the requests answered, which does not depend on how much CPU autocannon
left it. Each round loads every row once and takes each ratio to the Starlette route of its own
round; the table gives medians over the rounds. Goals (issue #12):

* Authorized Buyers, Merchant and RingMe GET and list page: CPU per request <= 2x the Starlette
  route's, p99 <= 2x its p99;
* Marketplace GET user and list page: CPU per request <= 5x the Starlette route's;
* the access log costs at most 15 %: Authorized Buyers GET with the log on <= 1.15x with it off.

Every load is bounded by --duration.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
AUTOCANNON = REPO / "node_modules" / ".bin" / "autocannon"
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")

AB_GET = "/v2beta1/accounts/9876543/clients/1234567/users/7654321098"


@dataclass(frozen=True)
class Row:
    """One line of the table: what is loaded, on which server, and its goal if it has one."""

    name: str
    server: str
    path: str
    token: str | None = None
    cpu_goal: float | None = None
    """Most CPU per request, as a multiple of the Starlette route's."""
    p99_goal: float | None = None
    """Highest p99, as a multiple of the Starlette route's."""


ROWS = (
    Row("bare ASGI hello-world", "hello", "/"),
    Row("Starlette route, no work", "starlette", "/hello"),
    Row("FastAPI + pydantic, AB GET (peer)", "fastapi", AB_GET, "demo-ab-sponsor"),
    Row("reference AB GET, access log off", "quiet", AB_GET, "demo-ab-sponsor"),
    Row("Authorized Buyers GET user", "serve", AB_GET, "demo-ab-sponsor", 2, 2),
    Row(
        "Authorized Buyers list page",
        "serve",
        "/v2beta1/accounts/9876543/clients/-/users?pageSize=50",
        "demo-ab-sponsor",
        2,
        2,
    ),
    Row(
        "Merchant GET user",
        "serve",
        "/accounts/v1/accounts/123456789/users/me",
        "demo-merchant-admin",
        2,
        2,
    ),
    Row(
        "RingMe GET user",
        "serve",
        "/api/ver1.0/client/@me/user/client/2",
        "demo-ringme-admin",
        2,
        2,
    ),
    Row(
        "RingMe list page",
        "serve",
        "/api/ver1.0/client/@me/user/client/",
        "demo-ringme-admin",
        2,
        2,
    ),
    Row(
        "Marketplace GET user",
        "serve",
        "/public/v1/accounts/users/USR-6375-2499",
        "demo-mpt-client",
        5,
    ),
    Row("Marketplace list page", "serve", "/public/v1/accounts/users", "demo-mpt-operations", 5),
)
LOG_GOAL = 1.15


@dataclass(frozen=True)
class Measurement:
    """What one load of one row gave."""

    rps: float
    p99: float
    cpu_us: float
    """Server CPU per answered request, microseconds."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"bench-server: nothing listens on 127.0.0.1:{port} after {timeout} s")


@contextmanager
def _serving(command: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[int]:
    """Run ``command`` until the block ends; yield its process id."""
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    try:
        _wait_for(port)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=15)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND  # utime, stime


def _load(url: str, token: str | None, pid: int, connections: int, duration: int) -> Measurement:
    command = [str(AUTOCANNON), "--json", "-c", str(connections), "-d", str(duration), url]
    if token:
        command[1:1] = ["-H", f"Authorization=Bearer {token}"]
    before = _cpu_seconds(pid)
    result = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=duration + 60
    )
    spent = _cpu_seconds(pid) - before
    report = json.loads(result.stdout)
    if report.get("non2xx"):
        raise SystemExit(f"bench-server: {report['non2xx']} non-2xx answers from {url}")
    answered = max(int(report["requests"]["total"]), 1)
    return Measurement(
        rps=float(report["requests"]["average"]),
        p99=float(report["latency"]["p99"]),
        cpu_us=spent / answered * 1e6,
    )


def _servers(stack: ExitStack, scratch: Path) -> dict[str, tuple[int, int]]:
    """Start every server; name -> (port, pid)."""
    uvicorn = [
        str(BIN / "uvicorn"),
        "--host",
        "127.0.0.1",
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--log-level",
        "warning",
        "--no-access-log",
        "--app-dir",
        str(REPO / "scripts"),
    ]

    def serve(database: Path, *extra: str) -> list[str]:
        return [
            str(BIN / "user-api-contracts"),
            "serve",
            "--seed",
            "--db",
            str(database),
            "--ringme-rate-limit",
            "1000000000",
            *extra,
        ]

    database = scratch / "bench.sqlite3"
    commands = {
        "hello": ([*uvicorn, "hello_asgi:app"], {}),
        "starlette": ([*uvicorn, "hello_asgi:starlette_app"], {}),
        # As the README runs it: default logging, the access log on.
        "serve": (serve(database), {}),
        "quiet": (serve(scratch / "quiet.sqlite3", "--log-level", "warning"), {}),
        "fastapi": ([*uvicorn, "fastapi_peer:app"], {"BENCH_DB": str(database)}),
    }
    servers = {}
    for name, (command, env) in commands.items():
        port = _free_port()
        flag = ["--port", str(port)]
        pid = stack.enter_context(_serving([*command, *flag], port, env))
        servers[name] = (port, pid)
    return servers


def _verdict(row: Row, cpu_ratio: float, p99_ratio: float) -> str:
    checks = []
    if row.cpu_goal is not None:
        met = cpu_ratio <= row.cpu_goal
        checks.append(f"CPU <= {row.cpu_goal:g}x {'met' if met else 'NOT met'}")
    if row.p99_goal is not None:
        met = p99_ratio <= row.p99_goal
        checks.append(f"p99 <= {row.p99_goal:g}x {'met' if met else 'NOT met'}")
    return ", ".join(checks)


def main() -> int:
    """Run every row for every round and print the table with the goals' verdicts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=5, help="seconds per row and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the table gives medians")
    arguments = parser.parse_args()
    if not AUTOCANNON.exists():
        raise SystemExit("bench-server: autocannon is not installed; run `make setup`")
    results: dict[str, list[tuple[Measurement, float, float]]] = {row.name: [] for row in ROWS}
    with tempfile.TemporaryDirectory() as scratch, ExitStack() as stack:
        servers = _servers(stack, Path(scratch))
        for _ in range(arguments.rounds):
            # Each round measures its own yardstick: the machine's speed drifts between rounds.
            measured = {}
            for row in ROWS:
                port, pid = servers[row.server]
                url = f"http://127.0.0.1:{port}{row.path}"
                measured[row.name] = _load(
                    url, row.token, pid, arguments.connections, arguments.duration
                )
            yardstick = measured["Starlette route, no work"]
            for row in ROWS:
                found = measured[row.name]
                results[row.name].append(
                    (found, found.cpu_us / yardstick.cpu_us, found.p99 / max(yardstick.p99, 0.1))
                )
    print(
        f"{arguments.connections} connections, {arguments.rounds} rounds of {arguments.duration} s"
        " per row, one uvicorn worker each; medians over the rounds; x = ratio to the"
        " Starlette route of the same round"
    )
    print(f"{'row':<36} {'req/s':>8} {'p99 ms':>7} {'CPU us/req':>11} {'CPU x':>6} {'p99 x':>6}")
    medians = {}
    for row in ROWS:
        runs = results[row.name]
        rps = statistics.median(run[0].rps for run in runs)
        p99 = statistics.median(run[0].p99 for run in runs)
        cpu = statistics.median(run[0].cpu_us for run in runs)
        cpu_ratio = statistics.median(run[1] for run in runs)
        p99_ratio = statistics.median(run[2] for run in runs)
        medians[row.name] = cpu
        print(
            f"{row.name:<36} {rps:>8.0f} {p99:>7.1f} {cpu:>11.0f} {cpu_ratio:>6.2f} "
            f"{p99_ratio:>6.2f}  {_verdict(row, cpu_ratio, p99_ratio)}"
        )
    log_ratio = statistics.median(
        on[0].cpu_us / off[0].cpu_us
        for on, off in zip(
            results["Authorized Buyers GET user"],
            results["reference AB GET, access log off"],
            strict=True,
        )
    )
    met = "met" if log_ratio <= LOG_GOAL else "NOT met"
    print(f"access log on / off, AB GET CPU per request: {log_ratio:.2f}  <= {LOG_GOAL} {met}")
    peer = medians["FastAPI + pydantic, AB GET (peer)"] / medians["Authorized Buyers GET user"]
    print(f"FastAPI peer / reference, AB GET CPU per request: {peer:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
