"""What a servicer method receives besides its typed parameters and body."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.types import Receive, Scope

__all__ = ["RequestContext"]

_URL_SPECIALS = frozenset("\t\r\n#")


async def _no_body() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


class RequestContext:
    """The request as received, the authenticated principal, and headers to add to the answer.

    ``raw_query`` is the undecoded query string: the Marketplace's RQL filters live there and
    cannot be expressed as OpenAPI parameters. ``principal`` is whatever the server's
    authenticator returned (None when the server installed none). ``response_headers`` are
    added to the answer, error answers included.

    The context reads headers and query parameters straight from the ASGI scope
    (:meth:`header`, :meth:`query_values`); the Starlette :attr:`request` is only built when
    someone asks for it (the runtime does for operations with a body), so a GET costs no
    Request, Headers or QueryParams objects.
    """

    __slots__ = (
        "_query",
        "_receive",
        "_request",
        "content_type",
        "operation_id",
        "principal",
        "response_headers",
        "scope",
    )

    def __init__(
        self,
        request: Request | None = None,
        operation_id: str = "",
        principal: Any = None,
        content_type: str | None = None,
        response_headers: dict[str, str] | None = None,
        *,
        scope: Scope | None = None,
        receive: Receive | None = None,
    ) -> None:
        """From a Starlette ``request``, or from an ASGI ``scope`` and ``receive`` (lazily)."""
        if request is None and scope is None:
            raise TypeError("RequestContext needs a request or a scope")
        self._request = request
        self.scope: Scope = scope if scope is not None else request.scope  # type: ignore[union-attr]
        self._receive: Receive = receive if receive is not None else _no_body
        self._query: dict[str, list[str]] | None = None
        self.operation_id = operation_id
        self.principal = principal
        self.content_type = content_type
        self.response_headers: dict[str, str] = {} if response_headers is None else response_headers

    def __repr__(self) -> str:
        return (
            f"RequestContext(operation_id={self.operation_id!r}, principal={self.principal!r}, "
            f"content_type={self.content_type!r}, response_headers={self.response_headers!r})"
        )

    @property
    def request(self) -> Request:
        """The Starlette request (built on first use; it can read the body)."""
        if self._request is None:
            self._request = Request(self.scope, self._receive)
        return self._request

    @property
    def raw_query(self) -> str:
        """The query string exactly as sent, still percent-encoded."""
        query_string: bytes = self.scope.get("query_string", b"")
        if not query_string:
            return ""
        text = query_string.decode()
        if _URL_SPECIALS.isdisjoint(text):
            return text
        # What urlsplit makes of it: tabs and line breaks dropped, a fragment cut off.
        return URL(scope=self.scope).query

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), as Starlette's ``headers.get``."""
        key = name.lower().encode("latin-1")
        for header_name, value in self.scope["headers"]:
            if header_name == key:
                return str(value.decode("latin-1"))
        return None

    def header_values(self, name: str) -> list[str]:
        """Every value of header ``name`` (any case), in the order sent."""
        key = name.lower().encode("latin-1")
        return [value.decode("latin-1") for header, value in self.scope["headers"] if header == key]

    def query_values(self, name: str) -> list[str]:
        """Every value of query parameter ``name``, percent-decoded, in the order sent."""
        return self.query_params().get(name, [])

    def query_params(self) -> dict[str, list[str]]:
        """Every query parameter's values by name, percent-decoded, in the order sent.

        Decoded as Starlette's ``QueryParams`` decodes (latin-1 bytes, then ``parse_qsl`` with
        blank values kept); the query string is parsed once per request, on first use. The
        dict is the context's own: read it, do not change it.
        """
        if self._query is None:
            parsed: dict[str, list[str]] = {}
            query_string: bytes = self.scope.get("query_string", b"")
            if query_string:
                pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
                for key, value in pairs:
                    parsed.setdefault(key, []).append(value)
            self._query = parsed
        return self._query
