"""Password storage with Argon2id (argon2-cffi): accepted on write, never returned or logged.

Hashes are made with argon2-cffi's memory-hard defaults, RFC 9106's "low memory" profile
(64 MiB, 3 passes, 4 lanes): about a tenth of a second and 64 MiB per hash, by design. That is
what ``serve`` and every server from :func:`~.server.build_server` use; nothing here changes it
unless a caller asks.

A test suite that sets many passwords may hash with :data:`TEST_PARAMETERS` instead, inside a
:func:`hashing_with` block, as Django's test settings swap in a cheap hasher: the schemathesis
run (tests/contract) sets a few dozen passwords, about 110 ms each with the defaults on a
two-core machine (4 s of a 26 s run) and microseconds with these. Only the cost changes: what
is stored is still an Argon2id PHC string with a 16-byte random salt and a 32-byte hash, the
password itself is still never stored, returned or logged, and :func:`verify_password` reads
the parameters from the stored string, so hashes made either way verify. The cheap parameters
protect nothing against a stolen database and must never reach a real server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from argon2 import Parameters, PasswordHasher, Type
from argon2.exceptions import VerificationError

__all__ = [
    "TEST_PARAMETERS",
    "hash_password",
    "hash_password_off_loop",
    "hashing_with",
    "verify_password",
]

# Argon2id at its cheapest cost (one pass over 8 KiB, one lane), with the default salt and hash
# lengths: for test suites only.
TEST_PARAMETERS = Parameters(
    type=Type.ID,
    version=19,
    salt_len=16,
    hash_len=32,
    time_cost=1,
    memory_cost=8,
    parallelism=1,
)

# The hasher in use is the last one; the first holds the memory-hard defaults and stays.
_HASHERS = [PasswordHasher()]


@contextmanager
def hashing_with(parameters: Parameters) -> Iterator[None]:
    """Hash with ``parameters`` (Argon2id only) inside the block, as before after it.

    For tests (see the module docstring); the setting is process-wide, not per server.
    """
    if parameters.type is not Type.ID:
        raise ValueError(f"passwords are hashed with Argon2id, not {parameters.type.name}")
    _HASHERS.append(PasswordHasher.from_parameters(parameters))
    try:
        yield
    finally:
        _HASHERS.pop()


def hash_password(password: str) -> str:
    """The Argon2id hash (PHC string, salt included) to store instead of ``password``."""
    return _HASHERS[-1].hash(password)


# Servers hash here, off the event loop: a hash takes ~0.1 s of CPU, during which a server that
# hashed on its loop answered nothing else. argon2-cffi releases the GIL while it hashes. Two
# workers (the machine's cores) also bound the memory that hashing takes to 2 x 64 MiB, however
# many set-password requests arrive at once; the others wait their turn.
_HASHING_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="argon2")


async def hash_password_off_loop(password: str) -> str:
    """:func:`hash_password` on a worker thread, so the event loop goes on serving."""
    return await asyncio.get_running_loop().run_in_executor(_HASHING_POOL, hash_password, password)


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the stored hash (whatever Argon2 parameters made it)."""
    try:
        return _HASHERS[-1].verify(stored, password)
    except VerificationError:
        return False
