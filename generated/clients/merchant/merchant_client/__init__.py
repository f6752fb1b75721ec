"""A client library for accessing Merchant API – Accounts (users)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
