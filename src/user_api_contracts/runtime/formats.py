"""The three error body formats of the four APIs, each rendering an :class:`ApiError`.

Google (AIP-193 envelope), RFC 7807 problem details (SoftwareOne Marketplace) and RingMe's
``{status, message}``. The format is chosen per API by the generated stub, so even a stub with
no implementation answers in the right shape.
"""

from __future__ import annotations

import secrets
from typing import Any, Protocol

from .errors import ApiError

__all__ = ["ERROR_FORMATS", "ErrorFormat", "GoogleFormat", "ProblemFormat", "RingMeFormat"]


class ErrorFormat(Protocol):
    """Renders an error as (JSON body, media type)."""

    def render(self, error: ApiError) -> tuple[dict[str, Any], str]:
        """Return the body and its media type for ``error``."""
        ...


# google.rpc.Code names for the HTTP statuses these servers answer (AIP-193 mapping).
_GOOGLE_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "INVALID_ARGUMENT",
    409: "ALREADY_EXISTS",
    411: "INVALID_ARGUMENT",
    413: "INVALID_ARGUMENT",
    415: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


class GoogleFormat:
    """``{"error": {"code", "message", "status", "details"?}}`` as googleapis.com answers."""

    def render(self, error: ApiError) -> tuple[dict[str, Any], str]:
        """Render ``error`` in the Google envelope."""
        body: dict[str, Any] = {
            "code": error.status,
            "message": error.message,
            "status": error.reason or _GOOGLE_STATUS.get(error.status, "UNKNOWN"),
        }
        if error.fields:
            body["details"] = [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [
                        {"field": field, "description": message}
                        for field, messages in sorted(error.fields.items())
                        for message in messages
                    ],
                }
            ]
        body.update(error.extra)
        return {"error": body}, "application/json"


class ProblemFormat:
    """RFC 7807 problem details as ASP.NET Core renders them, with a W3C ``traceId``."""

    def __init__(self, media_type: str = "application/problem+json") -> None:
        self.media_type = media_type

    def render(self, error: ApiError) -> tuple[dict[str, Any], str]:
        """Render ``error`` as problem details."""
        body: dict[str, Any] = {
            "type": _RFC9110_SECTIONS.get(error.status, "about:blank"),
            "title": error.phrase if error.reason is None else error.reason,
            "status": error.status,
            "detail": error.message,
            "traceId": f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00",
        }
        if error.fields:
            body["errors"] = {field: list(messages) for field, messages in error.fields.items()}
        body.update(error.extra)
        return body, self.media_type


_RFC9110_SECTIONS = {
    400: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    401: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
    403: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    404: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    405: "https://tools.ietf.org/html/rfc9110#section-15.5.6",
    409: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    413: "https://tools.ietf.org/html/rfc9110#section-15.5.14",
    415: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
    500: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    501: "https://tools.ietf.org/html/rfc9110#section-15.6.2",
}


class RingMeFormat:
    """RingMe's ``{"status": <machine code>, "message": <text>}``; ``status`` only if known."""

    def render(self, error: ApiError) -> tuple[dict[str, Any], str]:
        """Render ``error`` as a RingMe error body."""
        body: dict[str, Any] = {}
        if error.reason is not None:
            body["status"] = error.reason
        body["message"] = error.message
        body.update(error.extra)
        return body, "application/json"


ERROR_FORMATS: dict[str, ErrorFormat] = {
    "google": GoogleFormat(),
    "problem": ProblemFormat(),
    "ringme": RingMeFormat(),
}
