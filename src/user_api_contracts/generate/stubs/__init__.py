"""Generate a server stub package per API from its bundled spec (the project's own generator).

The package follows the gRPC servicer pattern: ``models`` (TypedDicts for every schema),
``params`` (one TypedDict of decoded parameters per operation), ``servicer`` (a base class with
one async method per operationId that answers 501 until overridden) and ``app`` (the operation
table and ``create_app``, which hands a servicer to the runtime). Reference implementations
subclass the servicer; they never edit this output.

The generator works as openapi-python-client does: ``parser.py`` reads the document into the
frozen dataclasses of ``objects.py``, and ``render.py`` writes every module from a template in
``templates/``. ``tests/stubs/test_golden_record.py`` pins the complete output for one spec.
"""

from .render import generate_stub

__all__ = ["generate_stub"]
