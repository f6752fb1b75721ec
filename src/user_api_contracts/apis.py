"""The registry of APIs this repository describes: one entry per hand-written spec.

Everything that loops over "the four APIs" (lint, generation, servers, tests) reads this
table, so adding an API means adding one entry here and one spec file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["APIS", "API_NAMES", "REPO_ROOT", "Api", "UnknownApiError", "get_api"]

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, kw_only=True)
class Api:
    """One API: its short name, where its spec lives and which component is its error body."""

    name: str
    title: str
    error_schema: str
    error_format: str
    class_prefix: str
    """Prefix of generated class names (``AuthorizedBuyersServicer``): public API, never renamed."""

    @property
    def python_name(self) -> str:
        """The API name as a Python identifier fragment (``authorized_buyers``)."""
        return self.name.replace("-", "_")

    @property
    def stub_package(self) -> str:
        """Import name of the generated server stub package (``authorized_buyers_stubs``)."""
        return f"{self.python_name}_stubs"

    spec_file: Path | None = None
    """Where the spec is, when not at ``specs/<name>/openapi.yaml`` (tests point at bad ones)."""

    @property
    def spec_path(self) -> Path:
        """The hand-written source of truth for this API."""
        return self.spec_file or REPO_ROOT / "specs" / self.name / "openapi.yaml"


APIS: tuple[Api, ...] = (
    Api(
        name="authorized-buyers",
        class_prefix="AuthorizedBuyers",
        title="Google Authorized Buyers (Ad Exchange Buyer II) client users",
        error_schema="GoogleError",
        error_format="google",
    ),
    Api(
        name="merchant",
        class_prefix="Merchant",
        title="Google Merchant API accounts.users",
        error_schema="GoogleError",
        error_format="google",
    ),
    Api(
        name="marketplace",
        class_prefix="Marketplace",
        title="SoftwareOne Marketplace users and account users",
        error_schema="ProblemDetails",
        error_format="problem",
    ),
    Api(
        name="ringme",
        class_prefix="RingMe",
        title="RingMe cloud-PBX client users",
        error_schema="RingMeError",
        error_format="ringme",
    ),
)

API_NAMES: tuple[str, ...] = tuple(api.name for api in APIS)


class UnknownApiError(ValueError):
    """Raised for an API name that is not in the registry; the message lists the known ones."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown API {name!r}; known APIs: {', '.join(API_NAMES)}")
        self.name = name


def get_api(name: str) -> Api:
    """Return the registry entry for ``name`` or raise :class:`UnknownApiError`."""
    for api in APIS:
        if api.name == name:
            return api
    raise UnknownApiError(name)
