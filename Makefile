# user-api-contracts: the one entry point. Every target is one line that calls code.
# `make help` lists them; `make check` runs exactly what CI runs after `make setup`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CLI := $(BIN)/user-api-contracts

.DEFAULT_GOAL := help
APIS := authorized-buyers merchant marketplace ringme

.PHONY: help setup generate check-generated bench-generate lint test contract-full bench-contract \
	bench-server bench-rql bench-lint bench serve check check-static format lock clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: $(VENV)/.installed node_modules/.installed ## create .venv and install the pinned Python and Node tools

$(VENV)/.installed: pyproject.toml constraints.txt $(wildcard generated/*/*/pyproject.toml)
	$(PYTHON) scripts/check_python.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps \
		$(foreach api,$(APIS),-e generated/clients/$(api) -e generated/stubs/$(api))
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

generate: setup ## the main job: bundled specs, clients and server stubs into generated/
	$(CLI) generate

check-generated: setup ## fail, with the command that fixes it, if generated/ is stale
	$(CLI) generate --check --quiet

bench-generate: setup ## time a cold `generate` of all APIs against openapi-python-client alone
	$(BIN)/python scripts/bench_generate.py

lint: setup ## validate and lint the four specs (structure, Spectral, project rules)
	$(CLI) lint

test: setup ## run the whole test suite
	$(BIN)/pytest

contract-full: setup ## schemathesis with 500 examples per operation (and longer stateful runs), direct and through the clients
	CONTRACT_PROFILE=full $(BIN)/pytest tests/contract tests/clients

bench-contract: setup ## schemathesis cases per second in-process, direct and through the generated clients
	$(BIN)/python scripts/bench_contract.py

bench-server: setup ## serve under load next to Starlette, FastAPI and hello-world: CPU per request vs goals
	$(BIN)/python scripts/bench_server.py

bench-rql: setup ## Marketplace RQL list latency at 10k and 100k users, filtered vs unfiltered
	$(BIN)/python scripts/bench_rql.py

bench-lint: setup ## lint's CPU seconds per MB on realistic specs up to the 2 MiB limit
	$(BIN)/python scripts/bench_lint.py

bench: bench-generate bench-contract bench-server bench-rql bench-lint ## every benchmark, one after another

serve: setup ## run the reference server with demo data on 127.0.0.1:8080
	$(CLI) serve --seed --db reference.sqlite3

check-static: setup ## ruff (lint + format check) and mypy --strict on hand-written code
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

check: check-static lint check-generated test ## everything CI runs

format: setup ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

lock: setup ## rewrite constraints.txt from the current .venv after a pin change
	$(BIN)/python scripts/write_constraints.py

clean: ## remove the virtual environment and Node tools
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache
