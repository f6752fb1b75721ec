from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "Active"
    DISABLED = "Disabled"
    ENABLED = "Enabled"

    def __str__(self) -> str:
        return str(self.value)
