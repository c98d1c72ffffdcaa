# The two commands of the README. Both work on a fresh machine: they create .venv and install
# what is needed first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export MINISTERIE_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test lint install install-dev clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 of nieuwer nodig"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	@touch $@

install: $(VENV)/.runtime
	@scripts/install-system-packages.sh run
install-dev: $(VENV)/.dev
	@scripts/install-system-packages.sh test

## make run: the system on the embedded SQLite database with demo accounts, on http://127.0.0.1:8000
run: install
	@scripts/run-demo.sh

## make test: every test, on SQLite (or on the database in DATABASE_URL), one process per core
## (TESTPROCESSEN=0 runs them in this process)
TESTPROCESSEN ?= auto
test: install-dev
	$(BIN)/pytest -n $(TESTPROCESSEN) $(PYTEST_ARGS)

## make lint: the rules of docs/architecture.md, checked; .pre-commit-config.yaml runs the same
## checks (ruff, import contracts in .importlinter, mypy over the files in pyproject.toml,
## no model change without its migration)
LINTPADEN := src e2e bench conftest.py
lint: install-dev
	$(BIN)/ruff check $(LINTPADEN)
	$(BIN)/ruff format --check $(LINTPADEN)
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/django-admin makemigrations --check --dry-run --settings ministerie.conf.test

clean:
	rm -rf $(VENV) var
