"""Exceptions a servicer raises to answer with an error; the API's format renders them."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

__all__ = ["ApiError", "Unimplemented"]


class ApiError(Exception):
    """An error answer: HTTP status, human message, and format-specific extras.

    ``reason`` is the API's own machine code where it has one (Google's ``status`` such as
    ``FAILED_PRECONDITION``, RingMe's ``status`` such as ``access_denied``); the format picks a
    default from the HTTP status when it is None. ``fields`` maps a request field to messages,
    for formats that report validation errors per field (RFC 7807 ``errors``).
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        reason: str | None = None,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.reason = reason
        self.fields = fields or {}
        self.headers = headers or {}
        self.extra = extra or {}

    @property
    def phrase(self) -> str:
        """The standard reason phrase of the status, e.g. ``Not Found``."""
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return "Error"


class Unimplemented(ApiError):  # noqa: N818 - named after gRPC/Google UNIMPLEMENTED
    """What a generated servicer method raises until a subclass overrides it (HTTP 501)."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(501, f"Operation {operation_id} is not implemented by this server.")
        self.operation_id = operation_id
