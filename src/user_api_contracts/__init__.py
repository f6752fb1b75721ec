"""Contracts for four user-management REST APIs: specs, generation driver, lint and servers."""

__all__: list[str] = []
