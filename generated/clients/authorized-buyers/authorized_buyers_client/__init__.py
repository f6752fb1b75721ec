"""A client library for accessing Ad Exchange Buyer API II (Authorized Buyers) – client users and invitations"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
