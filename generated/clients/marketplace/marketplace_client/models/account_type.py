from enum import StrEnum


class AccountType(StrEnum):
    CLIENT = "Client"
    OPERATIONS = "Operations"
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
