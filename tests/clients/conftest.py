"""Fixtures every client-driven module shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# schemathesis's pytest plugin imports its HTML report module when a state machine's test is set
# up, and pytest rewrites that module's asserts then (ast.parse). Once, in a run of
# tests/clients alone, that parse failed with CPython 3.11's spurious "AST constructor
# recursion depth mismatch" (python/cpython#106905, pytest-dev/pytest#10763); importing it at
# collection, before any test runs, keeps the parse away from whatever left the counter off.
import schemathesis.reporting.html  # noqa: F401

from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with


@pytest.fixture(scope="module", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its cheapest cost while a module runs, as in tests/contract.

    The cases set passwords (RingMe users, Marketplace set-password) by the hundred; at the
    memory-hard defaults each costs about 110 ms. What is stored is still an Argon2id hash.
    """
    with hashing_with(TEST_PARAMETERS):
        yield
