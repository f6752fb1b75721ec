from enum import StrEnum


class ClientUserAccess(StrEnum):
    FULL = "full"
    READ_ONLY = "read_only"

    def __str__(self) -> str:
        return str(self.value)
