"""No credential, password or hash in any answer or log line, and no 500 from a lost race.

Runs `serve` with its access log on (the default), sends credentials every way a client can
(bearer header, Google's `access_token`/`oauth_token`/`key` query parameters, passwords of the
right and the wrong JSON type), then reads the process's whole output.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer, serving
from user_api_contracts.reference.seed import DEMO_TOKENS
from user_api_contracts.serving import AccessLog

PASSWORD = "Sup3r-secret-passw0rd!"
RINGME_USERS = "/api/ver1.0/client/@me/user/client/"
RINGME_ADMIN = {"Authorization": "Bearer demo-ringme-admin"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = tmp_path_factory.mktemp("secrets") / "reference.sqlite3"
    with serving(database, "--log-level", "info") as live:
        yield live


def _served_lines(server: LiveServer) -> str:
    """What the server logged while serving: after the banner, which lists the demo tokens
    on purpose (`serve --seed` prints them so that a person can use them).

    Waits out the access log's flush interval first.
    """
    time.sleep(AccessLog.FLUSH_SECONDS * 4)
    return server.log_text().partition("Application startup complete.")[2]


def _secrets_in(text: str) -> list[str]:
    found = [demo.token for demo in DEMO_TOKENS if demo.token in text]
    found += [marker for marker in (PASSWORD, "$argon2", "query-secret-") if marker in text]
    return found


def test_credentials_never_reach_an_answer_or_the_log(server: LiveServer) -> None:
    answers = []
    with httpx.Client(base_url=server.base, timeout=30) as client:
        for name in ("access_token", "oauth_token", "key"):
            query = {name: "demo-ab-sponsor", "pageSize": "1"}
            answers.append(client.get("/v2beta1/accounts/9876543/clients/-/users", params=query))
            answers.append(client.get("/v2beta1/nowhere", params={name: "query-secret-1"}))
        answers.append(
            client.get("/accounts/v1/accounts/123456789/users", params={"access_token": "x"})
        )
        for password in (PASSWORD, [PASSWORD], {"p": PASSWORD}, 12345678):
            body = {"login": "leaky", "name": "L", "email": "l@example.com", "password": password}
            answers.append(client.post(RINGME_USERS, json=body, headers=RINGME_ADMIN))
        answers.append(
            client.put(f"{RINGME_USERS}1", json={"password": [PASSWORD]}, headers=RINGME_ADMIN)
        )
        answers.append(client.get(RINGME_USERS, headers=RINGME_ADMIN))
    statuses = [answer.status_code for answer in answers]
    assert 200 in statuses and 201 in statuses and 400 in statuses  # the writes happened
    assert all(status < 500 for status in statuses)
    for answer in answers:
        assert _secrets_in(answer.text) == [], answer.request.url
    log = _served_lines(server)
    assert "[redacted]" in log  # the access log was on and saw the query credentials
    assert _secrets_in(log) == []


def test_two_servers_racing_for_one_login_answer_400_not_500(tmp_path: Path) -> None:
    database = tmp_path / "shared.sqlite3"
    with serving(database, "--log-level", "info") as first, serving(database) as second:
        body = {"login": "raced", "name": "R", "email": "r@example.com", "password": PASSWORD}

        def create(index: int) -> int:
            base = (first, second)[index % 2].base
            return httpx.post(
                base + RINGME_USERS, json=body, headers=RINGME_ADMIN, timeout=60
            ).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(create, range(64)))
        logs = _served_lines(first) + _served_lines(second)
    assert sorted(set(statuses)) == [201, 400]
    assert statuses.count(201) == 1
    assert _secrets_in(logs) == []
