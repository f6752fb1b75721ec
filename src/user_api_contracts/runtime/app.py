"""Turn a servicer into an ASGI app that serves one API under its spec's base path.

Per request: route (literal paths before templated ones), authenticate, decode and validate
parameters and body against the bundled spec, call the servicer method, and answer with the
documented success status. Every failure on the way, and any servicer exception, becomes an
answer in the API's own error format: the app never sends a plain-text or HTML error.

The app is plain ASGI, not a Starlette application (issue #4: Starlette's router, middleware
and Request/Response objects cost more than the rest of a GET). The routing rules are still
Starlette's (:mod:`.routing`); headers and query parameters are read from the scope
(:class:`.RequestContext`); answers are two ASGI messages with their headers built as
Starlette's ``Response`` builds them. A Starlette ``Request`` is only created to read a body
(JSON or multipart) or when a servicer asks for ``context.request``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

import orjson
from starlette.datastructures import URL
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .bodies import read_body
from .context import RequestContext
from .errors import ApiError
from .formats import ErrorFormat
from .operations import CompiledOperation, OperationBinding, compile_operation
from .routing import Miss, PathRouter, route_order
from .validation import ParameterSpec, SchemaValidators, check_parameter, invalid_parameter

__all__ = [
    "Authenticator",
    "OperationBinding",
    "answer_json",
    "answer_not_http",
    "base_path_of",
    "build_app",
]

logger = logging.getLogger("user_api_contracts.server")

Authenticator = Callable[[RequestContext, CompiledOperation], Awaitable[Any]]
"""Returns the principal for a request, or raises ApiError (401/403) in the API's terms.

It runs before parameters are validated (as the real services check credentials first) and may
add ``context.response_headers`` that every answer, error answers included, then carries.
"""

Headers = list[tuple[bytes, bytes]]

# The fallback for what orjson refuses (integers beyond 64 bits): the same compact UTF-8 JSON.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def base_path_of(document: dict[str, Any]) -> str:
    """The path part of the spec's first server URL ('' when it is the host root)."""
    servers = document.get("servers") or [{"url": "/"}]
    return str(urlsplit(str(servers[0]["url"])).path).rstrip("/")


def _json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON of an answer body.

    orjson writes it 10-20 times faster than the json module (a 50-user page: 90 vs 5 µs),
    byte for byte the same for the strings, integers, booleans and nulls these APIs answer.
    """
    try:
        return orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError: e.g. an integer beyond 64 bits
        return _ENCODE(value).encode("utf-8")


def _content_type(media_type: str) -> bytes:
    """The Content-Type value Starlette's Response gives ``media_type`` (charset for text/*)."""
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return media_type.encode("latin-1")


def _headers(
    extra: dict[str, str], status: int, body: bytes, content_type: bytes | None
) -> Headers:
    """Response headers in Starlette's order: given ones, then Content-Length and -Type."""
    headers = [
        (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in extra.items()
    ]
    names = {name for name, _ in headers} if headers else ()
    if b"content-length" not in names and not (status < 200 or status in (204, 304)):
        headers.append((b"content-length", str(len(body)).encode("latin-1")))
    if content_type is not None and b"content-type" not in names:
        headers.append((b"content-type", content_type))
    return headers


async def _answer(send: Send, status: int, headers: Headers, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def answer_json(send: Send, status: int, body: bytes) -> None:
    """Send encoded JSON with the headers every answer here has (Content-Length and -Type)."""
    await _answer(send, status, _headers({}, status, body, b"application/json"), body)


class _ErrorRenderer:
    """Renders ApiErrors (and unexpected exceptions) in the API's format."""

    def __init__(self, error_format: ErrorFormat) -> None:
        self.error_format = error_format

    async def send(
        self, send: Send, error: ApiError, extra_headers: dict[str, str] | None = None
    ) -> None:
        body, media_type = self.error_format.render(error)
        raw = _json_bytes(body)
        headers = _headers(
            {**(extra_headers or {}), **error.headers}, error.status, raw, _content_type(media_type)
        )
        await _answer(send, error.status, headers, raw)


def _cookie_values(context: RequestContext, name: str) -> list[str]:
    cookies: dict[str, str] = {}
    for header in context.header_values("cookie"):
        cookies.update(cookie_parser(header))
    return [cookies[name]] if name in cookies else []


class _Parameters:
    """An operation's parameters, and the shortcut for a request without a query string."""

    __slots__ = ("all", "query_defaults", "without_query")

    def __init__(self, parameters: tuple[ParameterSpec, ...]) -> None:
        self.all = parameters
        # Without a query string an optional query parameter can only take its default, and
        # a required one fails where the full loop would fail on it, so only these are looked
        # at; the defaults are filled in first. Only when names are unique (else the order in
        # which values overwrite each other matters): otherwise every request takes `all`.
        unique = len({spec.name for spec in parameters}) == len(parameters)
        self.without_query: tuple[ParameterSpec, ...] | None = (
            tuple(spec for spec in parameters if spec.location != "query" or spec.required)
            if unique
            else None
        )
        self.query_defaults = {
            spec.name: spec.default
            for spec in parameters
            if spec.location == "query" and not spec.required and spec.has_default
        }


def _read_parameters(
    context: RequestContext,
    path_params: dict[str, str],
    parameters: _Parameters,
    validators: SchemaValidators,
) -> dict[str, Any]:
    """Decode and validate every declared parameter; 400 ApiError on the first bad one."""
    has_query = bool(context.scope.get("query_string"))
    values: dict[str, Any]
    if has_query or parameters.without_query is None:
        values, specs = {}, parameters.all
    else:
        values, specs = dict(parameters.query_defaults), parameters.without_query
    # Parsed once; Google APIs declare a dozen system parameters on every operation.
    query = context.query_params() if has_query else {}
    for spec in specs:
        location = spec.location
        if location == "query":
            raw = query.get(spec.name) or []
        elif location == "path":
            found = path_params.get(spec.name)
            raw = [] if found is None else [found]
        elif location == "header":
            raw = context.header_values(spec.name)
        else:
            raw = _cookie_values(context, spec.name)
        if not raw:
            if spec.required:
                raise ApiError(
                    400,
                    f"Missing required {location} parameter '{spec.name}'.",
                    fields={spec.name: ["is required"]},
                )
            if spec.has_default:
                values[spec.name] = spec.default
            continue
        value = spec.decode(raw)
        fast = spec.fast
        if fast is None:
            check_parameter(validators, spec, value)
        elif (problem := fast(value)) is not None:
            raise invalid_parameter(spec, problem)
        values[spec.name] = value
    return values


class _Operation:
    """One compiled operation with what answering it needs, prepared once per app."""

    __slots__ = (
        "compiled",
        "content_type",
        "operation_id",
        "parameters",
        "plain_headers",
        "status",
    )

    def __init__(self, compiled: CompiledOperation) -> None:
        self.compiled = compiled
        self.parameters = _Parameters(compiled.parameters)
        self.operation_id = compiled.binding.operation_id
        self.status = compiled.success_status
        media_type = compiled.success_media_type
        self.content_type = (
            None if media_type is None or self.status == 204 else _content_type(media_type)
        )
        # The answer's headers when the request added none: Content-Length is appended.
        self.plain_headers: Headers = (
            [] if self.content_type is None else [(b"content-type", self.content_type)]
        )


class _Resource:
    """One path template: its operations by HTTP method and the ``Allow`` header of a 405."""

    __slots__ = ("allow", "operations")

    def __init__(self, operations: dict[str, _Operation]) -> None:
        self.operations = operations
        self.allow = ", ".join(sorted(operations))


class _Api:
    """The ASGI app of one API: route, then authenticate, validate, serve and answer."""

    def __init__(
        self,
        router: PathRouter[_Resource],
        servicer: object,
        validators: SchemaValidators,
        renderer: _ErrorRenderer,
        authenticate: Authenticator | None,
    ) -> None:
        self.router = router
        self.servicer = servicer
        self.validators = validators
        self.renderer = renderer
        self.authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection (http; lifespan and websocket get Starlette's defaults)."""
        if scope["type"] != "http":
            await answer_not_http(scope, receive, send)
            return
        try:
            routed = self.router.match(scope["path"], scope.get("root_path", ""))
            miss = self._miss(scope, routed) if isinstance(routed, Miss) else None
        except Exception:
            # As Starlette's ServerErrorMiddleware: answer 500 in the API's format, re-raise.
            logger.exception("unhandled error outside an operation")
            internal = ApiError(500, "Internal error while serving the request.")
            await self.renderer.send(send, internal)
            raise
        if miss is not None:
            if isinstance(miss, ApiError):
                await self.renderer.send(send, miss)
            else:
                await _answer(send, 307, miss, b"")
            return
        assert not isinstance(routed, Miss)
        resource, path_params = routed
        operation = resource.operations.get(scope["method"])
        if operation is None:
            error = ApiError(405, f"Method {scope['method']} is not allowed on this resource.")
            await self.renderer.send(send, error, {"Allow": resource.allow})
            return
        # Where Starlette left them: path parameters for Request, and the app, whose presence
        # makes Request.form() raise its errors as HTTPException (the 400 messages keep "400: ").
        scope["path_params"] = path_params
        scope["app"] = self
        context = RequestContext(scope=scope, receive=receive, operation_id=operation.operation_id)
        try:
            status, headers, body = await self._serve(context, path_params, operation)
        except ApiError as error:
            await self.renderer.send(send, error, context.response_headers)
            return
        except Exception:
            logger.exception("unhandled error in %s", operation.operation_id)
            internal = ApiError(500, "Internal error while serving the request.")
            await self.renderer.send(send, internal, context.response_headers)
            return
        await _answer(send, status, headers, body)

    async def _serve(
        self, context: RequestContext, path_params: dict[str, str], operation: _Operation
    ) -> tuple[int, Headers, bytes]:
        compiled = operation.compiled
        if self.authenticate is not None:
            context.principal = await self.authenticate(context, compiled)
        params = _read_parameters(context, path_params, operation.parameters, self.validators)
        method = getattr(self.servicer, operation.operation_id)
        if compiled.body is not None:
            body, context.content_type = await read_body(
                context.request, compiled.body, self.validators
            )
            result = await method(context, params, body)
        else:
            result = await method(context, params)
        raw = b"" if operation.content_type is None else _json_bytes(result)
        if context.response_headers:
            headers = _headers(
                context.response_headers, operation.status, raw, operation.content_type
            )
        elif operation.status == 204:
            headers = []
        else:
            headers = [(b"content-length", str(len(raw)).encode()), *operation.plain_headers]
        return operation.status, headers, raw

    @staticmethod
    def _miss(scope: Scope, miss: Miss) -> ApiError | Headers:
        """A 404 for an unknown path, or the headers of Starlette's trailing-slash redirect."""
        if miss.redirect_path is None:
            return ApiError(404, f"No resource at {URL(scope=scope).path}.")
        # Starlette's RedirectResponse: 307, empty body, the URL quoted as it quotes it.
        location = str(URL(scope={**scope, "path": miss.redirect_path}))
        quoted = quote(location, safe=":/%#?=@[]!$&'()*+,;")
        return [(b"content-length", b"0"), (b"location", quoted.encode("latin-1"))]


async def answer_not_http(
    scope: Scope, receive: Receive, send: Send, on_shutdown: Sequence[Callable[[], None]] = ()
) -> None:
    """Answer what is not HTTP: a websocket is closed (nothing is served over one).

    Lifespan: startup completes at once; shutdown runs ``on_shutdown`` first.
    """
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1000, "reason": ""})
        return
    if scope["type"] == "lifespan":
        while True:
            message: Message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                for hook in on_shutdown:
                    hook()
                await send({"type": "lifespan.shutdown.complete"})
                return


def build_app(
    *,
    document: dict[str, Any],
    servicer: object,
    operations: Sequence[OperationBinding],
    error_format: ErrorFormat,
    authenticate: Authenticator | None = None,
) -> ASGIApp:
    """Serve ``servicer`` for ``operations`` of ``document`` under the spec's base path."""
    validators = SchemaValidators(document)
    by_path: dict[str, dict[str, _Operation]] = {}
    for binding in operations:
        compiled = compile_operation(document, binding)
        by_path.setdefault(binding.path, {})[binding.method.upper()] = _Operation(compiled)
    ordered = sorted(by_path.items(), key=lambda item: route_order(item[0]))
    resources = [(path, _Resource(methods)) for path, methods in ordered]
    return _Api(
        PathRouter(base_path_of(document), resources),
        servicer,
        validators,
        _ErrorRenderer(error_format),
        authenticate,
    )
