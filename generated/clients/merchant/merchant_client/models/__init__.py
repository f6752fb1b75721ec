"""Contains all the data models used in inputs/outputs"""

from .access_right import AccessRight
from .alt import Alt
from .empty import Empty
from .google_error import GoogleError
from .google_error_body import GoogleErrorBody
from .google_error_detail import GoogleErrorDetail
from .google_legacy_error import GoogleLegacyError
from .google_rpc_code import GoogleRpcCode
from .list_users_response import ListUsersResponse
from .user import User
from .user_state import UserState
from .verify_self_request import VerifySelfRequest
from .xgafv import Xgafv

__all__ = (
    "AccessRight",
    "Alt",
    "Empty",
    "GoogleError",
    "GoogleErrorBody",
    "GoogleErrorDetail",
    "GoogleLegacyError",
    "GoogleRpcCode",
    "ListUsersResponse",
    "User",
    "UserState",
    "VerifySelfRequest",
    "Xgafv",
)
