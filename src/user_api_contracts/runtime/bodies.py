"""Read a request body in whichever of its documented media types the client chose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request

from .errors import ApiError
from .validation import BodySpec, SchemaValidators, check_body, decode_json

__all__ = ["MAX_BODY_BYTES", "MAX_MULTIPART_BYTES", "UploadedFile", "media_type_of", "read_body"]

MAX_BODY_BYTES = 1024 * 1024
"""The largest JSON (or other non-multipart) request body (413 past it, in the API's format).

User records are a few KiB. One MiB bounds what one request makes the server buffer and parse
(the worst 1 MiB of JSON, ``[{}, {}, ...]``, is about 20 MB of Python objects), whatever
Content-Length claims."""

MAX_MULTIPART_BYTES = 2 * MAX_BODY_BYTES
"""The largest multipart body: room for a Marketplace icon of up to 1 MiB beside its fields (the
file part is bytes, not parsed into objects)."""


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart body, read into memory (the APIs here take small icons)."""

    filename: str | None
    content_type: str | None
    data: bytes


def media_type_of(header: str | None) -> str | None:
    """The bare, lower-case media type of a Content-Type header (parameters dropped)."""
    if not header:
        return None
    return header.split(";", 1)[0].strip().lower() or None


def _matches(declared: str, actual: str) -> bool:
    if declared in (actual, "*/*"):
        return True
    kind, _, subtype = declared.partition("/")
    actual_kind, _, actual_subtype = actual.partition("/")
    if kind not in ("*", actual_kind):
        return False
    if subtype == "*":
        return True
    if subtype.startswith("*+"):
        return actual_subtype.endswith(subtype[1:])
    return False


def _is_json(media_type: str) -> bool:
    return (
        media_type == "application/json"
        or media_type.endswith("+json")
        or (media_type == "text/json")
    )


async def _read_form(
    request: Request, media_type: str, encodings: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (value for the servicer, value for schema validation) of a form body."""
    try:
        form = await request.form()
    except Exception as error:  # python-multipart raises several types for a broken body
        raise ApiError(400, f"Request body is not a valid {media_type} form: {error}") from None
    try:
        value: dict[str, Any] = {}
        checked: dict[str, Any] = {}
        for key in form:
            part = form.getlist(key)[0]
            encoding = encodings.get(key) or {}
            if isinstance(part, UploadFile):
                data = await part.read()
                part_type = media_type_of(part.headers.get("content-type")) or ""
                if _is_json(str(encoding.get("contentType", ""))) and _is_json(part_type or "x"):
                    value[key] = checked[key] = decode_json(data)
                else:
                    value[key] = UploadedFile(part.filename, part.content_type, data)
                    checked[key] = ""  # a binary part is a string of bytes to the schema
            elif _is_json(str(encoding.get("contentType", ""))):
                value[key] = checked[key] = decode_json(part.encode("utf-8"))
            else:
                value[key] = checked[key] = part
    finally:
        await form.close()  # the spooled temporary files of file parts
    return value, checked


def _too_large(limit: int) -> ApiError:
    return ApiError(413, f"Request body is larger than {limit} bytes.")


async def _read_bounded(request: Request) -> bytes:
    """The body, read only as far as its media type's limit (413 past it)."""
    multipart = media_type_of(request.headers.get("content-type")) == "multipart/form-data"
    limit = MAX_MULTIPART_BYTES if multipart else MAX_BODY_BYTES
    declared = request.headers.get("content-length", "")
    if len(declared) > 12 or (declared.isdigit() and int(declared) > limit):
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "The request body did not arrive.") from None
    raw = b"".join(chunks)
    # Where Request.body() keeps it, so that Request.form() parses these bytes, not the stream.
    request._body = raw
    return raw


async def read_body(
    request: Request, spec: BodySpec, validators: SchemaValidators
) -> tuple[Any, str | None]:
    """Return the validated body and its media type, or (None, None) when none was sent."""
    raw = await _read_bounded(request)
    header = request.headers.get("content-type")
    if not raw and header is None:
        if spec.required:
            raise ApiError(400, "Request body is required.")
        return None, None
    actual = media_type_of(header)
    if actual is None:
        raise ApiError(415, "Content-Type header is required with a request body.")
    declared = next((media for media in spec.media if _matches(media, actual)), None)
    if declared is None:
        accepted = ", ".join(spec.media)
        raise ApiError(
            415, f"Unsupported Content-Type '{actual}'; this operation accepts {accepted}."
        )
    pointer = spec.media[declared]
    if actual in ("multipart/form-data", "application/x-www-form-urlencoded"):
        value, checked = await _read_form(request, actual, spec.encodings.get(declared, {}))
        check_body(validators, pointer, checked)
        return value, declared
    if not raw:
        if spec.required:
            raise ApiError(400, "Request body is required.")
        return None, declared
    body: Any = decode_json(raw) if _is_json(actual) else raw
    check_body(validators, pointer, body)
    return body, declared
