"""What a servicer method receives besides its typed parameters and body."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

__all__ = ["RequestContext"]


@dataclass
class RequestContext:
    """The request as received, the authenticated principal, and headers to add to the answer.

    ``raw_query`` is the undecoded query string: the Marketplace's RQL filters live there and
    cannot be expressed as OpenAPI parameters. ``principal`` is whatever the server's
    authenticator returned (None when the server installed none). ``response_headers`` are
    added to the answer, error answers included.
    """

    request: Request
    operation_id: str
    principal: Any = None
    content_type: str | None = None
    response_headers: dict[str, str] = field(default_factory=dict)

    @property
    def raw_query(self) -> str:
        """The query string exactly as sent, still percent-encoded."""
        return self.request.url.query
