"""Turn a servicer into an ASGI app that serves one API under its spec's base path.

Per request: route (literal paths before templated ones), authenticate, decode and validate
parameters and body against the bundled spec, call the servicer method, and answer with the
documented success status. Every failure on the way, and any servicer exception, becomes an
answer in the API's own error format: the app never sends a plain-text or HTML error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .bodies import read_body
from .context import RequestContext
from .errors import ApiError
from .formats import ErrorFormat
from .operations import CompiledOperation, OperationBinding, compile_operation
from .validation import ParameterSpec, SchemaValidators, check_parameter, coerce_parameter

__all__ = ["Authenticator", "OperationBinding", "base_path_of", "build_app"]

logger = logging.getLogger("user_api_contracts.server")

Authenticator = Callable[[RequestContext, CompiledOperation], Awaitable[Any]]
"""Returns the principal for a request, or raises ApiError (401/403) in the API's terms.

It runs before parameters are validated (as the real services check credentials first) and may
add ``context.response_headers`` that every answer, error answers included, then carries.
"""


def base_path_of(document: dict[str, Any]) -> str:
    """The path part of the spec's first server URL ('' when it is the host root)."""
    servers = document.get("servers") or [{"url": "/"}]
    return str(urlsplit(str(servers[0]["url"])).path).rstrip("/")


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _ErrorRenderer:
    """Renders ApiErrors (and unexpected exceptions) in the API's format."""

    def __init__(self, error_format: ErrorFormat) -> None:
        self.error_format = error_format

    def response(self, error: ApiError, extra_headers: dict[str, str] | None = None) -> Response:
        body, media_type = self.error_format.render(error)
        headers = {**(extra_headers or {}), **error.headers}
        return Response(_json_bytes(body), error.status, headers, media_type)


def _read_parameters(
    request: Request, operation: CompiledOperation, validators: SchemaValidators
) -> dict[str, Any]:
    """Decode and validate every declared parameter; 400 ApiError on the first bad one."""
    values: dict[str, Any] = {}
    # Most requests carry no query string; then no query parameter needs looking up.
    has_query = bool(request.scope.get("query_string"))
    for spec in operation.parameters:
        raw = _raw_values(request, spec) if has_query or spec.location != "query" else []
        if not raw:
            if spec.required:
                raise ApiError(
                    400,
                    f"Missing required {spec.location} parameter '{spec.name}'.",
                    fields={spec.name: ["is required"]},
                )
            if spec.has_default:
                values[spec.name] = spec.default
            continue
        value = coerce_parameter(spec, raw)
        check_parameter(validators, spec, value)
        values[spec.name] = value
    return values


def _raw_values(request: Request, spec: ParameterSpec) -> list[str]:
    if spec.location == "path":
        value = request.path_params.get(spec.name)
        return [value] if isinstance(value, str) else []
    if spec.location == "query":
        return request.query_params.getlist(spec.name)
    if spec.location == "header":
        return request.headers.getlist(spec.name)
    cookie = request.cookies.get(spec.name)
    return [cookie] if cookie is not None else []


class _PathEndpoint:
    """One path template of the API: dispatches by method to its compiled operations."""

    def __init__(
        self,
        operations: dict[str, CompiledOperation],
        servicer: object,
        validators: SchemaValidators,
        renderer: _ErrorRenderer,
        authenticate: Authenticator | None,
    ) -> None:
        self.operations = operations
        self.servicer = servicer
        self.validators = validators
        self.renderer = renderer
        self.authenticate = authenticate
        self.allow = ", ".join(sorted(operations))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.handle(request)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        operation = self.operations.get(request.method)
        if operation is None:
            error = ApiError(405, f"Method {request.method} is not allowed on this resource.")
            return self.renderer.response(error, {"Allow": self.allow})
        context = RequestContext(request=request, operation_id=operation.binding.operation_id)
        try:
            return await self._serve(request, operation, context)
        except ApiError as error:
            return self.renderer.response(error, context.response_headers)
        except Exception:
            logger.exception("unhandled error in %s", operation.binding.operation_id)
            internal = ApiError(500, "Internal error while serving the request.")
            return self.renderer.response(internal, context.response_headers)

    async def _serve(
        self, request: Request, operation: CompiledOperation, context: RequestContext
    ) -> Response:
        if self.authenticate is not None:
            context.principal = await self.authenticate(context, operation)
        params = _read_parameters(request, operation, self.validators)
        method = getattr(self.servicer, operation.binding.operation_id)
        if operation.body is not None:
            body, context.content_type = await read_body(request, operation.body, self.validators)
            result = await method(context, params, body)
        else:
            result = await method(context, params)
        headers = context.response_headers
        if operation.success_media_type is None or operation.success_status == 204:
            return Response(None, operation.success_status, headers)
        return Response(
            _json_bytes(result), operation.success_status, headers, operation.success_media_type
        )


def _route_order(path: str) -> tuple[int, ...]:
    """Literal segments before templated ones at each depth, so `me:verifySelf` beats `{email}`."""
    return tuple(1 if segment.startswith("{") else 0 for segment in path.strip("/").split("/"))


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
    renderer = _ErrorRenderer(error_format)
    by_path: dict[str, dict[str, CompiledOperation]] = {}
    for binding in operations:
        compiled = compile_operation(document, binding)
        by_path.setdefault(binding.path, {})[binding.method.upper()] = compiled
    routes = [
        Route(path, _PathEndpoint(methods, servicer, validators, renderer, authenticate))
        for path, methods in sorted(by_path.items(), key=lambda item: _route_order(item[0]))
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return renderer.response(ApiError(404, f"No resource at {request.url.path}."))

    async def server_error(request: Request, exc: Exception) -> Response:
        logger.exception("unhandled error outside an operation", exc_info=exc)
        return renderer.response(ApiError(500, "Internal error while serving the request."))

    base_path = base_path_of(document)
    mounted = [Mount(base_path, routes=routes)] if base_path else routes
    return Starlette(routes=mounted, exception_handlers={404: not_found, 500: server_error})
