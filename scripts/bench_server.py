"""Load the running reference server over loopback and compare it with a bare ASGI hello-world.

Both run under the same uvicorn (httptools, uvloop, one worker) on 127.0.0.1; autocannon (pinned
in package.json) sends the load from a second process. For each scenario it prints requests per
second, p99 latency and the ratio to the hello-world measured in the same run. Targets: ratio
>= 40 %, p99 <= 10 ms at 64 connections. Every request loop is bounded by --duration.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    parser.add_argument("--duration", type=int, default=8, help="seconds per scenario")
    arguments = parser.parse_args()
    if not AUTOCANNON.exists():
        raise SystemExit("bench-server: autocannon is not installed; run `make setup`")
    uvicorn = [str(BIN / "uvicorn"), "--host", "127.0.0.1", "--loop", "uvloop",
               "--http", "httptools", "--log-level", "warning", "--no-access-log"]  # fmt: skip
    port = _free_port()
    hello = [*uvicorn, "--port", str(port), "--app-dir", str(REPO / "scripts"), "hello_asgi:app"]
    with _serving(hello, port):
        base_rps, base_p99 = _load(
            f"http://127.0.0.1:{port}/", None, arguments.connections, arguments.duration
        )
    rows = [("bare ASGI hello-world", base_rps, base_p99)]
    port = _free_port()
    starlette = [*uvicorn, "--port", str(port), "--app-dir", str(REPO / "scripts"),
                 "hello_asgi:starlette_app"]  # fmt: skip
    with _serving(starlette, port):
        url = f"http://127.0.0.1:{port}/hello"
        rows.append(
            (
                "Starlette route, no work",
                *_load(url, None, arguments.connections, arguments.duration),
            )
        )
    with tempfile.TemporaryDirectory() as scratch:
        port = _free_port()
        serve = [str(BIN / "user-api-contracts"), "serve", "--seed", "--port", str(port),
                 "--db", str(Path(scratch) / "bench.sqlite3"), "--log-level", "warning",
                 "--ringme-rate-limit", "1000000000"]  # fmt: skip
        with _serving(serve, port):
            for name, path, token in SCENARIOS:
                rps, p99 = _load(
                    f"http://127.0.0.1:{port}{path}",
                    token,
                    arguments.connections,
                    arguments.duration,
                )
                rows.append((name, rps, p99))
    setting = f"{arguments.connections} connections, {arguments.duration} s per scenario"
    print(f"{setting}, one uvicorn worker each")
    print(f"{'scenario':<30} {'req/s':>9} {'p99 ms':>8} {'vs hello':>9}")
    for name, rps, p99 in rows:
        print(f"{name:<30} {rps:>9.0f} {p99:>8.1f} {rps / base_rps:>8.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
