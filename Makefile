# Vallensbæk CMS — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install install-dev run test lint format migrate seed messages check bench clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Create .venv and install the project
	$(MANAGE) compile_translations

install-dev: $(VENV)/.installed-dev ## Install the project with test and lint tools
	$(MANAGE) compile_translations

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

seed: migrate ## Load the Danish demo content (idempotent)
	$(MANAGE) seed_demo

run: seed ## Set up everything and serve on http://127.0.0.1:8000
	$(MANAGE) ensure_dev_users
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev ## Run the whole test suite (DATABASE_URL picks the database)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev ## ruff lint + format check, Django checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install-dev ## Update the translation catalogues in locale/
	$(MANAGE) makemessages -l da -l en --ignore=.venv --ignore=bench

clean: ## Remove the virtualenv, the SQLite database and local media
	rm -rf $(VENV) db.sqlite3 media staticfiles
