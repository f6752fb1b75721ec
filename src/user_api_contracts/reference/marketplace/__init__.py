"""The SoftwareOne Marketplace reference: users and account users over SQLite.

Modules, one job each: :mod:`.tables` (schema), :mod:`.access` (tokens to account contexts),
:mod:`.store` (database, clock, visibility), :mod:`.graph` and :mod:`.kinds` (the circular
object graph and its shapes), :mod:`.queries` (RQL, order and paging in SQL), :mod:`.views`
(responses), :mod:`.users` and :mod:`.account_users` (the operations), :mod:`.servicer`
(the generated stub's methods) and :mod:`.demo` (the seeded world).
"""

from __future__ import annotations

from marketplace_stubs import create_app
from sqlalchemy import Engine
from starlette.types import ASGIApp

from .access import MarketplaceAuthenticator
from .servicer import MarketplaceReference
from .store import Store
from .timestamps import Clock

__all__ = ["MarketplaceReference", "build_marketplace_app"]


def build_marketplace_app(engine: Engine, clock: Clock | None = None) -> ASGIApp:
    """The Marketplace users reference, serving under ``/public``."""
    servicer = MarketplaceReference(Store(engine, clock))
    return create_app(servicer, authenticate=MarketplaceAuthenticator(engine))
