from enum import StrEnum


class UserStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"
    PENDING = "PENDING"
    USER_STATUS_UNSPECIFIED = "USER_STATUS_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
