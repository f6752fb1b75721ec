"""Opaque page tokens for Google-style ``pageSize``/``pageToken`` lists.

A token holds the sort key of the last row served (keyset pagination), so rows added while a
client pages through a list neither repeat nor shift earlier ones, and the query it belongs to,
since Google requires the other parameters of a follow-up call to match. Tokens are signed with
a per-database secret so that a client cannot forge a position into someone else's query.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from user_api_contracts.runtime import ApiError

__all__ = ["PageTokens"]


class PageTokens:
    """Encode and check page tokens with one secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _sign(self, payload: bytes) -> str:
        return hmac.new(self._secret, payload, hashlib.sha256).hexdigest()[:32]

    def encode(self, query: dict[str, Any], last_key: list[Any]) -> str:
        """A token for the page after ``last_key`` of ``query``."""
        payload = json.dumps({"q": query, "k": last_key}, sort_keys=True, separators=(",", ":"))
        data = payload.encode("utf-8")
        return (
            base64.urlsafe_b64encode(data + b"." + self._sign(data).encode()).decode().rstrip("=")
        )

    def decode(self, token: str, query: dict[str, Any]) -> list[Any]:
        """The last key a token points after; 400 if it is not ours or not for ``query``."""
        invalid = ApiError(400, "Invalid page token.", fields={"pageToken": ["invalid"]})
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            data, _, signature = raw.rpartition(b".")
            if not hmac.compare_digest(signature.decode(), self._sign(data)):
                raise invalid
            decoded = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise invalid from None
        if decoded.get("q") != query:
            raise ApiError(
                400,
                "The page token was issued for a request with other parameters.",
                fields={"pageToken": ["does not match the request"]},
            )
        key = decoded.get("k")
        if not isinstance(key, list):
            raise invalid
        return key
