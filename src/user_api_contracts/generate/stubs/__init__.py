"""The project's own server-stub generator: one package per API from its bundled spec."""

from .render import generate_stub

__all__ = ["generate_stub"]
