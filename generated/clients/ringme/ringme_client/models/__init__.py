"""Contains all the data models used in inputs/outputs"""

from .client_user import ClientUser
from .client_user_access import ClientUserAccess
from .client_user_create import ClientUserCreate
from .client_user_status import ClientUserStatus
from .client_user_update import ClientUserUpdate
from .ring_me_error import RingMeError

__all__ = (
    "ClientUser",
    "ClientUserAccess",
    "ClientUserCreate",
    "ClientUserStatus",
    "ClientUserUpdate",
    "RingMeError",
)
