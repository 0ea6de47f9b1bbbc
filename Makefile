# The two commands of the README: `make run` (demo) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | $(PYTHON) -c "import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:12])")

.PHONY: install run test lint format bench schema clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Python 3.11+ is required')"
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

## The API with demo data on embedded defaults (SQLite, filesystem broker), plus worker and beat.
run: install
	VENV=$(VENV) bash scripts/run_demo.sh

## The whole suite against PostgreSQL and Redis (throwaway servers when none is reachable).
test: install
	$(BIN)/python scripts/with_services.py -- $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/mypy

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## The benchmark of issue 9 at SCALE=L (default) or S, on its own database per scale (seeded when
## needed; long, not part of `make test`): writes bench/results.json and bench/results.md.
SCALE ?= L
BENCH_DATABASE_URL ?=
bench: install
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/run.py --scale $(SCALE) $(BENCH_ARGS)

schema: install
	DEBUG=1 $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

clean:
	rm -rf .run .pytest_cache .mypy_cache .ruff_cache
