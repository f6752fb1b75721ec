"""`user-api-contracts serve` in a subprocess, as a sandbox user runs it, with its output kept.

The README examples and the hostile-input tests talk to the server over real HTTP on 127.0.0.1
and read what it wrote, so they see what a reader's or a stranger's request does to the process
another team relies on.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LiveServer", "free_port", "serving"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class LiveServer:
    """A running ``serve`` process: where it listens and where its output goes."""

    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_kib(self) -> int:
        """The process's resident memory now (VmRSS, KiB)."""
        return _status_field(self.process.pid, "VmRSS")

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None


def _status_field(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {name} in /proc/{pid}/status")


@contextmanager
def serving(database: Path, *extra: str, seed: bool = True) -> Iterator[LiveServer]:
    """Start ``serve`` on a free port with ``database``; stop it (and check it lived) after."""
    port = free_port()
    log = database.with_suffix(f".{port}.log")
    command = [
        sys.executable,
        "-m",
        "user_api_contracts.cli",
        "serve",
        "--port",
        str(port),
        "--db",
        str(database),
        *(["--seed"] if seed else []),
        *extra,
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    server = LiveServer(port=port, process=process, log=log)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if not server.alive():
                raise AssertionError(f"serve exited at start:\n{server.log_text()}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            raise AssertionError("serve did not start within 60 s")
        yield server
        assert server.alive(), f"serve died:\n{server.log_text()[-3000:]}"
    finally:
        process.terminate()
        process.wait(timeout=15)
