"""The thin server runtime behind the generated stubs: a plain ASGI app.

A generated stub package holds the typed servicer base class and an operation table; this
package turns a servicer into an ASGI app: routing under the spec's base path, request
validation against the spec, and errors in the API's own format. The GET path reads the ASGI
scope directly (Starlette's routing rules, none of its objects); Starlette and python-multipart
still read request bodies.
"""

from .app import Authenticator, OperationBinding, build_app
from .context import RequestContext
from .errors import ApiError, Unimplemented
from .formats import ERROR_FORMATS, ErrorFormat

__all__ = [
    "ERROR_FORMATS",
    "ApiError",
    "Authenticator",
    "ErrorFormat",
    "OperationBinding",
    "RequestContext",
    "Unimplemented",
    "build_app",
]
