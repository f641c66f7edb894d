# Two commands set everything up: `make run` serves the tracker, `make test` runs the suite.
# DATABASE_URL switches from the embedded SQLite database to PostgreSQL.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
FIXTURE := fixtures/doha-talks-2024-03-19.json
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/tracker
PYTEST_ARGS ?=
# Python caches compiled modules in __pycache__ unless told not to; a shell that says not to
# (PYTHONDONTWRITEBYTECODE) would have every worker and every manage.py the tests start
# compile Django and the tracker anew (a worker's collection: 12 s, against 4 s cached).
unexport PYTHONDONTWRITEBYTECODE
# Two workers, one per core: each has its own test database, live server and browser.
# Each takes one half of the tests (those without a database first, see
# tests/fresh_database.py, then tests in a transaction, then those that commit and flush,
# as Django orders them) and, once done, takes tests not yet started from the other
# (worksteal). A module's tests thus mostly run on one worker, which builds the module's
# shared data (the Doha copy, the query budgets' data sets) once.
# Work that must happen once per run (the database migrated from zero) takes a file lock.
WORKERS ?= 2
UV_VERSION := 0.13.8
PYTEST := $(BIN)/pytest -n $(WORKERS) --dist worksteal
# RUN_SLOW=1 (set by .ci/run) adds the 100-round race loops to the PostgreSQL pass.
SLOW_ARGS := $(if $(filter 1,$(RUN_SLOW)),--run-slow,)
# Runs a command and prints its wall time, keeping its exit status: $(call timed,label,command)
timed = start=$$(date +%s); $(2); status=$$?; \
	echo "== $(1): $$(( $$(date +%s) - start )) s wall time =="; exit $$status

# The first interpreter on PATH that is Python 3.12 or newer (Django 6.1 needs it).
# pyenv shims answer for versions that .python-version selects; others fail the check.
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 python3 python
PYTHON := $(shell for candidate in $(PYTHON_CANDIDATES); do \
	if command -v $$candidate >/dev/null 2>&1 && \
	   $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	   echo $$candidate; break; fi; done)

.PHONY: run test test-fast lint format superuser migrate seed browser spreadsheet test-tools ahead-of-the-passes clean help backup restore fuzz bench explain

help:
	@echo "make run        set up .venv, migrate, load the Doha fixture, serve on http://$(HOST):$(PORT)"
	@echo "make test       install and run the whole suite (SQLite, then PostgreSQL when it answers)"
	@echo "make test-fast  the edit-test loop: SQLite only, no browser, no slow loops"
	@echo "make superuser  create a staff account for /admin/"
	@echo "make lint       ruff check and format check"
	@echo "make backup     dump every record, its history and the staff accounts to backups/"
	@echo "make restore BACKUP=file   load a backup into a fresh database (DATABASE_URL)"
	@echo "make fuzz       fuzz every public URL with 1,000 cases each (slow)"
	@echo "make bench      served benchmark on PostgreSQL (BENCH_DATABASE_URL), see bench/README.md"

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "error: no Python 3.12 or newer found (tried: $(PYTHON_CANDIDATES))." >&2; \
		echo "Django 6.1 needs Python >= 3.12: install one (e.g. 'pyenv install 3.12') and retry." >&2; \
		exit 1; fi
	@echo "Creating $(VENV) with $$($(PYTHON) --version) ($(PYTHON))"
	$(PYTHON) -m venv $(VENV)

# uv installs the same pinned packages as pip in about half the time.
$(BIN)/uv: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[dev]'
	touch $@

migrate: $(VENV)/.installed
	$(BIN)/python manage.py ensure_database
	$(BIN)/python manage.py migrate --no-input

seed: migrate
	$(BIN)/python manage.py seed $(FIXTURE)

run: seed
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

superuser: migrate
	$(BIN)/python manage.py createsuperuser

# Browser tests drive Debian's Chromium and spreadsheet tests open the CSVs in Debian's
# LibreOffice Calc, headless; no browser is ever downloaded. What is missing is installed in
# one apt-get run where we may (else those tests say why they skip), without the packages
# Debian merely recommends: printing, power and notification services and GPU drivers a
# headless browser never uses, some 150 packages and half the install's time. The fonts
# Chromium recommends are kept, so that pages lay out as on a reader's machine.
BROWSER_PACKAGES := chromium fonts-liberation
SPREADSHEET_PACKAGES := libreoffice-calc-nogui
missing_packages = $(strip \
	$(if $(filter browser,$(1)),$(if $(wildcard /usr/bin/chromium),,$(BROWSER_PACKAGES))) \
	$(if $(filter spreadsheet,$(1)),$(if $(shell command -v soffice),,$(SPREADSHEET_PACKAGES))))
install_packages = missing="$(1)"; if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's $$missing for the browser and spreadsheet tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "note: $$missing missing and cannot be installed here; the tests that need them will skip"; \
	fi

browser:
	@$(call install_packages,$(call missing_packages,browser))

spreadsheet:
	@$(call install_packages,$(call missing_packages,spreadsheet))

test-tools:
	@$(call install_packages,$(call missing_packages,browser spreadsheet))

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Where ahead-of-the-passes leaves the URLs of each pass's database migrated from zero (the
# SQLite one a file in MIGRATED_AHEAD_DIRECTORY).
MIGRATED_AHEAD := $(VENV)/.postgres-migrated-from-zero
MIGRATED_AHEAD_SQLITE := $(VENV)/.sqlite-migrated-from-zero
MIGRATED_AHEAD_DIRECTORY := $(VENV)/migrated-from-zero

# Before the passes, two things at once: the browser's and spreadsheet's packages install
# (mostly one core), while the other core installs the Python packages, lints and builds each
# pass's database migrated from zero (tests/fresh_database.py), which one of the pass's
# workers would otherwise build while the other waits for it or runs tests without one.
# Browser tests check HTML, the policy and htmx in Chromium, which do not depend on the
# database, and tests without a database cannot differ by backend: they run in the SQLite
# pass only.
test:
	@$(MAKE) --no-print-directory -j2 test-tools ahead-of-the-passes
	@echo "== Test suite on SQLite =="
	@$(call timed,SQLite pass,env -u DATABASE_URL \
		MIGRATED_FROM_ZERO="$$(cat $(MIGRATED_AHEAD_SQLITE) 2>/dev/null)" $(PYTEST) $(PYTEST_ARGS))
	@if $(BIN)/python manage.py ensure_database --check --url "$(TEST_POSTGRES_URL)"; then \
		echo "== Test suite on PostgreSQL ($(TEST_POSTGRES_URL)), browser tests and tests without a database left to SQLite =="; \
		$(call timed,PostgreSQL pass,DATABASE_URL="$(TEST_POSTGRES_URL)" \
			MIGRATED_FROM_ZERO="$$(cat $(MIGRATED_AHEAD) 2>/dev/null)" \
			$(PYTEST) -m "not browser and not without_database" $(SLOW_ARGS) $(PYTEST_ARGS)); \
	elif [ "$(REQUIRE_POSTGRES)" = 1 ]; then \
		echo "error: PostgreSQL does not answer at $(TEST_POSTGRES_URL) and REQUIRE_POSTGRES=1" >&2; exit 1; \
	else \
		echo "note: PostgreSQL does not answer at $(TEST_POSTGRES_URL); skipped the PostgreSQL run"; \
	fi

# The two databases are built at once: each migrate is mostly Django's Python, on one core.
ahead-of-the-passes: lint
	@rm -f $(MIGRATED_AHEAD) $(MIGRATED_AHEAD_SQLITE)
	@mkdir -p $(MIGRATED_AHEAD_DIRECTORY)
	@env -u DATABASE_URL DJANGO_SETTINGS_MODULE=tests.settings \
		$(BIN)/python -m tests.fresh_database $(MIGRATED_AHEAD_DIRECTORY) > $(MIGRATED_AHEAD_SQLITE).new & \
	sqlite=$$!; \
	if $(BIN)/python manage.py ensure_database --check --url "$(TEST_POSTGRES_URL)"; then \
		DATABASE_URL="$(TEST_POSTGRES_URL)" DJANGO_SETTINGS_MODULE=tests.settings \
			$(BIN)/python -m tests.fresh_database > $(MIGRATED_AHEAD).new && \
		mv $(MIGRATED_AHEAD).new $(MIGRATED_AHEAD); \
	fi; \
	postgres=$$?; wait $$sqlite && mv $(MIGRATED_AHEAD_SQLITE).new $(MIGRATED_AHEAD_SQLITE) && exit $$postgres

test-fast: $(VENV)/.installed
	@$(call timed,SQLite pass without browser tests,env -u DATABASE_URL $(PYTEST) -m "not browser" $(PYTEST_ARGS))

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# Backups: one JSON file with every record, its history, users and groups (see README).
backup: migrate
	$(BIN)/python manage.py backup $(BACKUP)

restore: migrate
	@if [ -z "$(BACKUP)" ]; then echo "usage: make restore BACKUP=backups/tracker-....json" >&2; exit 1; fi
	$(BIN)/python manage.py restore "$(BACKUP)"

# The slow fuzzing run: 1,000 hypothesis cases per public URL, on SQLite then PostgreSQL.
FUZZ_EXAMPLES ?= 1000
fuzz: $(VENV)/.installed
	env -u DATABASE_URL FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PYTEST) -q tests/test_fuzz_public_urls.py
	@if $(BIN)/python manage.py ensure_database --check --url "$(TEST_POSTGRES_URL)"; then \
		DATABASE_URL="$(TEST_POSTGRES_URL)" FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PYTEST) -q tests/test_fuzz_public_urls.py; \
	fi
# Served benchmark and query plans on a PostgreSQL database holding only synthetic data
# (generated on first use). wrk comes from Debian's packages; serve.py installs it if it may.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tracker_bench
BENCH_ARGS ?=

bench: $(VENV)/.installed
	BENCH_DATABASE_URL="$(BENCH_DATABASE_URL)" $(BIN)/python bench/serve.py $(BENCH_ARGS)

explain: $(VENV)/.installed
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(BIN)/python bench/explain.py
