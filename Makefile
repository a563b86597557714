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
.PHONY: help install install-dev run test lint format migrate seed messages check bench clean backup restore audit lock stack stack-down test-stack

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

# Installs come from the lock files in requirements/ (pinned, with hashes; `make lock` writes
# them from pyproject.toml), so every machine gets the same packages; `pip check` fails if a lock
# ever misses a dependency. The project itself is not installed: it runs from the checkout.
REQ := requirements
PIP_INSTALL = $(BIN)/pip install --quiet --require-hashes --no-deps

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(REQ)/base.txt | $(PY)
	$(PIP_INSTALL) -r $(REQ)/base.txt
	$(BIN)/pip check --quiet
	@touch $@

$(VENV)/.installed-dev: $(REQ)/dev.txt | $(PY)
	$(PIP_INSTALL) -r $(REQ)/dev.txt
	$(BIN)/pip check --quiet
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Create .venv and install the production packages (requirements/base.txt)
	$(MANAGE) compile_translations

install-dev: $(VENV)/.installed-dev ## Install the test and lint tools too (requirements/dev.txt)
	$(MANAGE) compile_translations

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

seed: migrate ## Load the Danish demo content (idempotent)
	$(MANAGE) seed_demo

# The webhook and subscription-email workers (django-tasks' database queue) run beside the dev
# server and stop with it.
WORKER := $(MANAGE) db_worker --backend webhooks --queue-name webhooks
MAIL_WORKER := $(MANAGE) db_worker --backend subscriptions --queue-name subscriptions,signups
run: seed ## Set up everything and serve on http://127.0.0.1:8000 (with the background workers)
	$(MANAGE) ensure_dev_users
	$(WORKER) & worker=$$!; $(MAIL_WORKER) & mail_worker=$$!; \
		trap 'kill $$worker $$mail_worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

# One pytest-xdist worker per core; each test module stays on one worker (pyproject.toml's
# addopts, tests/conftest.py).
# PYTEST_WORKERS=0 runs everything in this one process.
PYTEST_WORKERS ?= auto
test: install-dev ## Run the whole test suite (DATABASE_URL picks the database)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The production-like stack (docs/operations.md#the-stack): Varnish + xkey, two gunicorn nodes,
# PostgreSQL, Redis, S3 (moto), worker and scheduler. STACK_PORT picks the ports (+0..+5).
stack: install-dev ## Start Varnish, two app nodes, S3, the worker and the scheduler (.stack/)
	deploy/stack/stack.sh up

stack-down: ## Stop exactly the processes `make stack` started
	deploy/stack/stack.sh down

# The stack marker group (tests/stack/): starts its own stack on STACK_PORT, stops it after.
test-stack: install-dev ## Run the tests against the real stack (Varnish, two nodes)
	RUN_STACK_TESTS=1 DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest -n 0 -p no:randomly -m stack tests/stack $(PYTEST_ARGS)

lint: install-dev ## ruff lint + format check, import contracts, Django checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install-dev ## Update the translation catalogues in locale/
	$(MANAGE) makemessages -l da -l en --ignore=.venv --ignore=bench

# uv (pinned in the dev extra) resolves for every platform and Python >= 3.11. Existing pins are
# kept unless UPGRADE=1 (everything) or UPGRADE_PACKAGE=name (one package) asks for newer ones.
# dev and bench are resolved against base's pins, so all three install the same base packages.
LOCK = $(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" \
	$(if $(filter 1,$(UPGRADE)),--upgrade) $(if $(UPGRADE_PACKAGE),--upgrade-package $(UPGRADE_PACKAGE))
lock: $(VENV)/.installed-dev ## Re-pin requirements/*.txt from pyproject.toml (UPGRADE=1 for newer versions)
	$(LOCK) -o $(REQ)/base.txt
	$(LOCK) --extra dev -c $(REQ)/base.txt -o $(REQ)/dev.txt
	$(LOCK) --extra bench -c $(REQ)/base.txt -o $(REQ)/bench.txt

BENCH_ARGS ?=
bench: install ## Load-test the app at 100k pages against a bare-Django baseline (bench/)
	$(PIP_INSTALL) -r $(REQ)/bench.txt
	@command -v wrk >/dev/null || apt-get install -y wrk
	$(MANAGE) compile_translations
	$(PY) -m bench.run $(BENCH_ARGS)

backup: install ## Back up the database (pg_dump) and media into backups/<time>/ (BACKUP_DIR=…)
	$(PY) ops/backup.py backup $(if $(BACKUP_DIR),--dir "$(BACKUP_DIR)")

restore: install ## Restore BACKUP=backups/<time> into DATABASE_URL's database (asks; CONFIRM=yes)
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<time> [CONFIRM=yes]"; exit 2; }
	$(PY) ops/backup.py restore "$(BACKUP)" $(if $(filter yes,$(CONFIRM)),--yes)

# pip-audit checks every locked package (dev and bench include base) against pypi.org's
# known vulnerabilities, without installing anything; ids in .pip-audit-ignore (with a reason)
# are accepted. Without access to pypi.org it fails, unless AUDIT_OFFLINE_OK=1 says to go on.
AUDITED_LOCKS = $(REQ)/dev.txt $(REQ)/bench.txt
PIP_AUDIT_IGNORES = $(shell sed -n 's/^\([A-Za-z0-9][A-Za-z0-9-]*\).*/--ignore-vuln \1/p' .pip-audit-ignore)
audit: install-dev ## Security checks: bandit, pip-audit, schemathesis against the API schema
	$(BIN)/bandit -c pyproject.toml -r . -q
	@if $(PY) -c "import django, urllib.request as u; u.urlopen(f'https://pypi.org/pypi/django/{django.__version__}/json', timeout=15)" 2>/dev/null; then \
		$(BIN)/pip-audit --strict --progress-spinner off --require-hashes \
			$(foreach lock,$(AUDITED_LOCKS),-r $(lock)) $(PIP_AUDIT_IGNORES); \
	elif [ "$(AUDIT_OFFLINE_OK)" = "1" ]; then \
		echo "pip-audit: SKIPPED, pypi.org's vulnerability data cannot be reached from here"; \
	else \
		echo "pip-audit: pypi.org cannot be reached (set AUDIT_OFFLINE_OK=1 to skip)"; exit 1; \
	fi
	@if [ "$(AUDIT_SCHEMATHESIS)" = "0" ]; then \
		echo "schemathesis: not here (AUDIT_SCHEMATHESIS=0; .ci/run runs it on PostgreSQL)"; \
	else \
		DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest tests/api/test_schemathesis.py \
			-m schemathesis -q -p no:randomly $(PYTEST_ARGS); \
	fi

clean: ## Remove the virtualenv, the SQLite database and local media
	rm -rf $(VENV) db.sqlite3 media staticfiles
