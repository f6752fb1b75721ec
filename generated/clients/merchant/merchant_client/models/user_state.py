from enum import StrEnum


class UserState(StrEnum):
    PENDING = "PENDING"
    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
