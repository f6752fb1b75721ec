"""Fixtures every client-driven module shares."""

from __future__ import annotations

from collections.abc import Iterator

# The hypothesis and schemathesis modules here are imported only when a state machine runs;
# they are imported at collection instead.
# pytest rewrites the asserts of plugin packages (schemathesis is one) as they are imported, with
# ast.parse; in runs of tests/clients alone that parse failed, at a state machine's set-up, with
# CPython 3.11's spurious "AST constructor recursion depth mismatch" (python/cpython#106905,
# pytest-dev/pytest#10763: a RecursionError met while building an AST, presumably an import deep
# inside a recursive draw, leaves the interpreter's AST depth counter off). Imported first
# thing, their parse cannot meet the skewed counter. `make test` had not met it.
import hypothesis.stateful  # noqa: F401
import pytest
import schemathesis.engine.errors
import schemathesis.generation.hypothesis.reporting
import schemathesis.reporting._command
import schemathesis.reporting.html.build  # noqa: F401

from user_api_contracts.reference.passwords import TEST_PARAMETERS, hashing_with


@pytest.fixture(scope="module", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2id at its cheapest cost while a module runs, as in tests/contract.

    The cases set passwords (RingMe users, Marketplace set-password) by the hundred; at the
    memory-hard defaults each costs about 110 ms. What is stored is still an Argon2id hash.
    """
    with hashing_with(TEST_PARAMETERS):
        yield
