"""Connections a stranger holds open, oversized heads, and password hashing under load.

`serve` must close what never finishes arriving (silence, half a request line, half a body),
answer a head past 64 KiB with 431, and keep answering other requests the whole time, including
while Argon2id hashes passwords.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.live_server import LiveServer, serving

REQUEST_TIMEOUT = 1.0
HELD = 120


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = tmp_path_factory.mktemp("connections") / "reference.sqlite3"
    extra = ("--log-level", "warning", "--request-timeout", str(REQUEST_TIMEOUT))
    with serving(database, *extra) as live:
        yield live


def _held(port: int, first_bytes: bytes) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port))
    if first_bytes:
        connection.sendall(first_bytes)
    return connection


def _closed_by_server(connection: socket.socket, within: float) -> bool:
    connection.settimeout(within)
    try:
        while chunk := connection.recv(4096):
            del chunk  # a 4xx the server chose to send before closing is fine
        return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


@pytest.mark.parametrize(
    "first_bytes",
    [
        b"",
        b"GET /v2beta1/accounts/9876543/cli",
        b"GET /api/ver1.0/client/@me/user/client/ HTTP/1.1\r\nHost: x\r\nAuthor",
        b"POST /api/ver1.0/client/@me/user/client/ HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Bearer demo-ringme-admin\r\nContent-Type: application/json\r\n"
        b'Content-Length: 400\r\n\r\n{"login": "slo',
    ],
    ids=["silent", "half-request-line", "half-headers", "half-body"],
)
def test_connections_that_never_finish_a_request_are_closed(
    server: LiveServer, first_bytes: bytes
) -> None:
    connections = [_held(server.port, first_bytes) for _ in range(HELD)]
    try:
        # Meanwhile the server answers everyone else.
        answer = httpx.get(
            f"{server.base}/v2beta1/accounts/9876543/clients/-/users",
            headers={"Authorization": "Bearer demo-ab-sponsor"},
            timeout=5,
        )
        assert answer.status_code == 200
        closed = sum(_closed_by_server(c, within=REQUEST_TIMEOUT + 4) for c in connections)
    finally:
        for connection in connections:
            connection.close()
    assert closed == HELD
    assert server.alive()


def test_a_kept_alive_connection_cannot_stall_its_next_request(server: LiveServer) -> None:
    connection = _held(server.port, b"")
    request = b"GET /api/ver1.0/client/@me/user/client/ HTTP/1.1\r\nHost: x\r\n"
    auth = b"Authorization: Bearer demo-ringme-admin\r\n\r\n"
    connection.sendall(request + auth)
    connection.settimeout(5)
    assert connection.recv(65536).startswith(b"HTTP/1.1 200")
    connection.sendall(request)  # the next request stops half-way
    try:
        assert _closed_by_server(connection, within=REQUEST_TIMEOUT + 4)
    finally:
        connection.close()


@pytest.mark.parametrize(
    "head",
    [
        b"GET /v2beta1/accounts?" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Filler: " + b"b" * 70_000 + b"\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 10_000 + b"\r\n",
    ],
    ids=["long-url", "long-header", "many-headers"],
)
def test_a_request_head_over_64_kib_is_refused(server: LiveServer, head: bytes) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as connection:
        connection.settimeout(5)
        # Closed while we were still sending, or reset after the answer: also a refusal.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            connection.sendall(head)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := connection.recv(4096):
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 431"), answer[:100]
    assert b'{"message":' in answer


def test_hashing_a_password_does_not_stop_other_requests(server: LiveServer) -> None:
    """Six RingMe users with passwords (~0.1 s of Argon2id each) while GETs keep coming."""
    finished: list[float] = []

    def create(index: int) -> None:
        body = {
            "login": f"hashing{index}",
            "name": "H",
            "email": f"h{index}@example.com",
            "password": "a-long-enough-passw0rd",
        }
        response = httpx.post(
            f"{server.base}/api/ver1.0/client/@me/user/client/",
            json=body,
            headers={"Authorization": "Bearer demo-ringme-admin"},
            timeout=30,
        )
        assert response.status_code == 201
        finished.append(time.monotonic())

    creators = [threading.Thread(target=create, args=(index,)) for index in range(6)]
    for thread in creators:
        thread.start()
    time.sleep(0.05)
    answered: list[float] = []
    with httpx.Client(base_url=server.base, timeout=30) as client:
        while len(finished) < len(creators) and len(answered) < 1000:
            response = client.get(
                "/v2beta1/accounts/9876543/clients/-/users",
                headers={"Authorization": "Bearer demo-ab-sponsor"},
            )
            assert response.status_code == 200
            answered.append(time.monotonic())
    for thread in creators:
        thread.join()
    # GETs were answered while hashes were still running: the loop was not blocked by them.
    assert len(finished) == len(creators)
    assert sum(1 for moment in answered if moment < max(finished)) >= 5
