# The two commands of the README: `make run` (demo) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# One stamp per install flavour and pyproject.toml content: `make run` needs the runtime
# dependencies only (`pip install -e .`: what the image installs, no test or lint tools); `make
# test`, `make lint` and the rest need the dev extra as well. The dev install holds the runtime's,
# so it stamps both: `make run` after `make test` installs nothing, `make test` after `make run`
# adds the dev extra to the same venv.
PYPROJECT_HASH := $(shell cat pyproject.toml | $(PYTHON) -c "import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:12])")
STAMP := $(VENV)/.installed-dev-$(PYPROJECT_HASH)
RUNTIME_STAMP := $(VENV)/.installed-runtime-$(PYPROJECT_HASH)

.PHONY: install install-runtime run test lint format bench bench-tools schema clean frontend frontend-deps frontend-client frontend-client-check frontend-check frontend-e2e image-check

## The venv with the dev extra (tests, lint, type checks, the browser driver).
install: $(STAMP)

## The venv with the runtime dependencies only, for `make run`.
install-runtime: $(RUNTIME_STAMP)

define make_venv
	@$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Python 3.11+ is required')"
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
endef

$(STAMP): pyproject.toml
	$(make_venv)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@ $(RUNTIME_STAMP)

$(RUNTIME_STAMP): pyproject.toml
	$(make_venv)
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.installed-*
	touch $@

## The web application and the API with demo data, plus worker and beat: on the demo's own
## PostgreSQL and Redis when their programs are installed, else SQLite and the filesystem broker
## (scripts/demo_services.py).
run: install-runtime frontend
	VENV=$(VENV) bash scripts/run_demo.sh

## The whole suite against PostgreSQL and Redis (throwaway servers when none is reachable): the
## web application's checks and unit tests first, then pytest, whose tests/browser includes the
## end-to-end suite (tests/browser/test_spa_e2e.py) against the built SPA.
## On two pytest-xdist workers, each with its own test database (pytest-django's _gw0/_gw1 suffix)
## and Redis database (tests/settings.py); the tests that start servers or time themselves run
## one after the other in the `serial` group (tests/conftest.py), and a database a transactional
## test flushed is restored before the worker's next test. `make test XDIST=` runs serially.
## The 40 slowest tests are listed at the end, to keep the suite under its 20 minutes.
XDIST ?= -n 2 --dist loadgroup
test: install frontend-check frontend
	$(BIN)/python scripts/with_services.py -- $(BIN)/python -m pytest $(XDIST) --durations=40 $(PYTEST_ARGS)

## The web application (frontend/): built into frontend/dist once per lockfile and source hash.
frontend:
	bash scripts/build_frontend.sh

frontend-deps:
	@cd frontend && [ "$$(cat node_modules/.ci-stamp 2>/dev/null)" = "$$(sha256sum package-lock.json | sha256sum | cut -c1-16)" ] \
		|| { npm ci --no-audit --no-fund --loglevel=error && sha256sum package-lock.json | sha256sum | cut -c1-16 > node_modules/.ci-stamp; }

## Regenerate the SPA's API client (frontend/src/api/schema.d.ts) from the live OpenAPI schema;
## commit the result. frontend-client-check fails when the committed one is stale.
frontend-client: install frontend-deps
	cd frontend && PYTHON=$(abspath $(BIN))/python node scripts/client.mjs

frontend-client-check: install frontend-deps
	cd frontend && PYTHON=$(abspath $(BIN))/python node scripts/client.mjs --check

## Type check, lint and unit tests (Vitest) of the SPA, and the generated client's freshness.
frontend-check: frontend-deps frontend-client-check
	cd frontend && npx --no-install tsc -b && npx --no-install eslint . && npx --no-install vitest run

## Only the end-to-end suite (headless Chromium against a live server with production settings).
frontend-e2e: install frontend
	$(BIN)/python scripts/with_services.py -- $(BIN)/python -m pytest tests/browser/test_spa_e2e.py $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DEBUG=1 $(BIN)/mypy
	DEBUG=1 $(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## The benchmark of issue 9 at SCALE=L (default) or S, on its own database per scale (seeded when
## needed; long, not part of `make test`): writes bench/results.json and bench/results.md.
SCALE ?= L
BENCH_DATABASE_URL ?=
bench: install bench-tools frontend
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/run.py --scale $(SCALE) $(BENCH_ARGS)

## The load generator of the benchmark (Debian's wrk): installed when missing and root can.
bench-tools:
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& apt-get install -y wrk; } || { echo "bench: wrk (the load generator) is missing:" \
		"apt-get install -y wrk" >&2; exit 1; }
	@command -v wrk >/dev/null 2>&1 || { echo "bench: wrk is still missing" >&2; exit 1; }

schema: install
	DEBUG=1 $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

## The image's build without Docker (issue 20): docker/Dockerfile's python stages run in Debian
## chroots (debootstrap, cached in ~/.cache/asset-recovery/image-check); needs root. Minutes.
image-check: frontend
	$(PYTHON) scripts/image_check.py $(IMAGE_CHECK_ARGS)

clean:
	rm -rf .run .pytest_cache .mypy_cache .ruff_cache
