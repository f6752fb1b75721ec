"""Google-style authentication for the two googleapis.com APIs.

Like the real front end: the OAuth token comes from ``Authorization: Bearer`` or the
``access_token``/``oauth_token`` system parameters; a missing or unknown token is 401
UNAUTHENTICATED; a token without one of the operation's scopes is 403 PERMISSION_DENIED with
an ``ACCESS_TOKEN_SCOPE_INSUFFICIENT`` ErrorInfo.
"""

from __future__ import annotations

from sqlalchemy import Engine

from user_api_contracts.runtime import ApiError, RequestContext
from user_api_contracts.runtime.operations import CompiledOperation

from ..auth import Principal, bearer_token, find_principal

__all__ = ["GoogleAuthenticator"]

_MISSING = (
    "Request is missing required authentication credential. Expected OAuth 2 access token, "
    "login cookie or other valid authentication credential."
)
_INVALID = "Request had invalid authentication credentials."


class GoogleAuthenticator:
    """Resolve tokens registered for ``api`` and enforce each operation's OAuth scopes."""

    def __init__(self, engine: Engine, api: str, service: str) -> None:
        self.engine = engine
        self.api = api
        self.service = service
        # Per operation: the scope sets of which the token must hold one (computed once).
        self._required: dict[str, tuple[frozenset[str], ...]] = {}

    async def __call__(self, context: RequestContext, operation: CompiledOperation) -> Principal:
        """Return the caller, or raise 401/403 in Google's format."""
        token = bearer_token(context, query_names=("access_token", "oauth_token"))
        if token is None:
            raise ApiError(401, _MISSING)
        principal = find_principal(self.engine, self.api, token)
        if principal is None:
            raise ApiError(401, _INVALID)
        required = self._required.get(operation.binding.operation_id)
        if required is None:
            required = tuple(
                frozenset(scopes)
                for requirement in operation.security
                for scopes in requirement.values()
            )
            self._required[operation.binding.operation_id] = required
        granted = principal.scopes
        if operation.security and not any(scopes <= granted for scopes in required):
            raise ApiError(
                403,
                "Request had insufficient authentication scopes.",
                extra={
                    "details": [
                        {
                            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                            "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                            "domain": "googleapis.com",
                            "metadata": {"service": self.service},
                        }
                    ]
                },
            )
        return principal
