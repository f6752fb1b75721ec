"""Load the running reference server over loopback and compare it with a bare ASGI hello-world.

All run under the same uvicorn (httptools, uvloop, one worker) on 127.0.0.1; autocannon (pinned
in package.json) sends the load from a second process. Each round loads the hello-world, a
Starlette route that does nothing, the hello-world after 30 µs of busy CPU (what that much work
per request costs on this machine), then every scenario, and takes each ratio to the hello-world
of its own round (a shared machine's speed drifts by a third between minutes). The table gives,
per scenario, the medians over the rounds of requests per second, p99 latency and that ratio.
Targets: ratio >= 40 %, p99 <= 10 ms at 64 connections. Every load is bounded by --duration.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from hello_asgi import BUSY_MICROSECONDS

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
AUTOCANNON = REPO / "node_modules" / ".bin" / "autocannon"

SCENARIOS = (
    (
        "Authorized Buyers GET user",
        "/v2beta1/accounts/9876543/clients/1234567/users/7654321098",
        "demo-ab-sponsor",
    ),
    (
        "Authorized Buyers list page",
        "/v2beta1/accounts/9876543/clients/-/users?pageSize=50",
        "demo-ab-sponsor",
    ),
    ("Merchant GET user", "/accounts/v1/accounts/123456789/users/me", "demo-merchant-admin"),
    ("RingMe GET user", "/api/ver1.0/client/@me/user/client/2", "demo-ringme-admin"),
    ("RingMe list page", "/api/ver1.0/client/@me/user/client/", "demo-ringme-admin"),
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"bench-server: nothing listens on 127.0.0.1:{port} after {timeout} s")


@contextmanager
def _serving(command: list[str], port: int) -> Iterator[None]:
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(port)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def _load(url: str, token: str | None, connections: int, duration: int) -> tuple[float, float]:
    command = [str(AUTOCANNON), "--json", "-c", str(connections), "-d", str(duration), url]
    if token:
        command[1:1] = ["-H", f"Authorization=Bearer {token}"]
    result = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=duration + 60
    )
    report = json.loads(result.stdout)
    if report.get("non2xx"):
        raise SystemExit(f"bench-server: {report['non2xx']} non-2xx answers from {url}")
    return float(report["requests"]["average"]), float(report["latency"]["p99"])


def main() -> int:
    """Run the scenarios and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=int, default=5, help="seconds per scenario and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the table gives medians")
    arguments = parser.parse_args()
    if not AUTOCANNON.exists():
        raise SystemExit("bench-server: autocannon is not installed; run `make setup`")
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
    hello_port, starlette_port, busy_port, server_port = (_free_port() for _ in range(4))
    targets = [
        ("bare ASGI hello-world", f"http://127.0.0.1:{hello_port}/", None),
        ("Starlette route, no work", f"http://127.0.0.1:{starlette_port}/hello", None),
        (f"hello-world + {BUSY_MICROSECONDS} us of CPU", f"http://127.0.0.1:{busy_port}/", None),
        *(
            (name, f"http://127.0.0.1:{server_port}{path}", token)
            for name, path, token in SCENARIOS
        ),
    ]
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _, _ in targets}
    with tempfile.TemporaryDirectory() as scratch, ExitStack() as servers:
        hello = [*uvicorn, "--port", str(hello_port), "hello_asgi:app"]
        servers.enter_context(_serving(hello, hello_port))
        starlette = [*uvicorn, "--port", str(starlette_port), "hello_asgi:starlette_app"]
        servers.enter_context(_serving(starlette, starlette_port))
        busy = [*uvicorn, "--port", str(busy_port), "hello_asgi:busy_app"]
        servers.enter_context(_serving(busy, busy_port))
        serve = [
            str(BIN / "user-api-contracts"),
            "serve",
            "--seed",
            "--port",
            str(server_port),
            "--db",
            str(Path(scratch) / "bench.sqlite3"),
            "--log-level",
            "warning",
            "--ringme-rate-limit",
            "1000000000",
        ]
        servers.enter_context(_serving(serve, server_port))
        for _ in range(arguments.rounds):
            # Each round measures its own baseline: the machine's speed drifts between rounds.
            base_rps = 0.0
            for name, url, token in targets:
                rps, p99 = _load(url, token, arguments.connections, arguments.duration)
                base_rps = base_rps or rps
                results[name].append((rps, p99, rps / base_rps))
    print(
        f"{arguments.connections} connections, {arguments.rounds} rounds of "
        f"{arguments.duration} s per scenario, one uvicorn worker each; medians over the rounds"
    )
    print(
        f"{'scenario':<30} {'req/s':>9} {'p99 ms':>8} {'vs hello':>9}  targets: >= 40 %, <= 10 ms"
    )
    for name, runs in results.items():
        rps = statistics.median([run[0] for run in runs])
        p99 = statistics.median([run[1] for run in runs])
        ratio = statistics.median([run[2] for run in runs])
        verdict = ""
        if name in {scenario[0] for scenario in SCENARIOS}:
            verdict = "  " + ", ".join(
                [
                    "ratio met" if ratio >= 0.40 else "ratio NOT met",
                    "p99 met" if p99 <= 10.0 else "p99 NOT met",
                ]
            )
        print(f"{name:<30} {rps:>9.0f} {p99:>8.1f} {ratio:>8.0%}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
