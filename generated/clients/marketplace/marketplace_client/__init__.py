"""A client library for accessing SoftwareOne Marketplace Platform – Accounts API (users and account users)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
