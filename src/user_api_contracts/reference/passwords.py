"""Password storage with Argon2id (argon2-cffi): accepted on write, never returned or logged."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

__all__ = ["hash_password", "verify_password"]

# Memory-hard defaults of argon2-cffi's RFC 9106 "low memory" profile: 64 MiB, 3 passes.
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """The Argon2id hash (PHC string, salt included) to store instead of ``password``."""
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches the stored hash."""
    try:
        return _HASHER.verify(stored, password)
    except VerificationError:
        return False
