"""The runtime's plain-Python parameter checks give jsonschema's verdict on every spec parameter."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from user_api_contracts.apis import APIS, REPO_ROOT
from user_api_contracts.openapi_walk import iter_media_sites, join
from user_api_contracts.runtime.fast_checks import Check, compile_simple
from user_api_contracts.schema_validators import SchemaValidators

INTEGERS = [0, 1, -1, 2**31 - 1, 2**31, -(2**31) - 1, 2**63 - 1, 2**63]
OTHER_SCALARS = [1.5, True, False, None]
WORDS = ["", "1", "-", "me", "@me", "abc", "9876543", "json", "media"]
ADDRESSES = ["a@b.c", "a/b@c", "x\x1cy@z"]
IDS = ["USR-1234-5678", "USR-١٢٣٤-5678", "ACC-1234-5678"]
CONTAINERS: list[Any] = [[1, 2], ["a"], [], {}]
EDGE_VALUES: list[Any] = [*INTEGERS, *OTHER_SCALARS, *WORDS, *ADDRESSES, *IDS, *CONTAINERS]


def parameter_checks() -> list[tuple[str, Check, Any]]:
    found = []
    for api in APIS:
        path = REPO_ROOT / "generated" / "openapi" / f"{api.name}.openapi.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        validators = SchemaValidators(document)
        for site in iter_media_sites(document):
            if "in" not in site.node or "schema" not in site.node:
                continue
            fast = compile_simple(document, site.node["schema"])
            if fast is not None:
                label = f"{api.name}:{site.node['name']}@{site.pointer}"
                found.append((label, fast, validators.at(join(site.pointer, "schema"))))
    return found


CHECKS = parameter_checks()


def test_most_parameters_take_the_fast_path() -> None:
    assert len(CHECKS) >= 40


@pytest.mark.parametrize(("label", "fast", "validator"), CHECKS, ids=[c[0] for c in CHECKS])
def test_fast_check_agrees_with_jsonschema_on_edge_values(
    label: str, fast: Check, validator: Any
) -> None:
    for value in EDGE_VALUES:
        assert (fast(value) is None) == validator.is_valid(value), (label, value)


PARAMETER_LIKE = st.one_of(
    st.text(),
    st.from_regex(r"[0-9A-Z@/.\-]{0,24}"),
    st.integers(),
    st.booleans(),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(PARAMETER_LIKE)
def test_fast_checks_agree_with_jsonschema_on_generated_values(value: Any) -> None:
    for label, fast, validator in CHECKS:
        assert (fast(value) is None) == validator.is_valid(value), (label, value)
