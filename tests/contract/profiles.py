"""Test volume profiles: the CI one (part of `make test`) and `make contract-full`."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

__all__ = ["MAX_EXAMPLES", "PROFILE", "STATEFUL_EXAMPLES", "contract_settings"]

PROFILE = os.environ.get("CONTRACT_PROFILE", "ci")
MAX_EXAMPLES = {"ci": 25, "full": 500}[PROFILE]
STATEFUL_EXAMPLES = {"ci": 20, "full": 200}[PROFILE]

contract_settings = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=PROFILE == "ci",
    # No shrinking: the server's database outlives each example, so replaying a failing case
    # meets other data (a login now taken, a user now deleted) and Hypothesis would report
    # "inconsistent data generation" instead of the failure. The first failure is reported as is.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        # `seeded_world` is function-scoped on purpose: once per operation, not per case.
        HealthCheck.function_scoped_fixture,
    ],
)
