"""``make generate``: bundled specs, typed clients and server stubs under ``generated/``."""
