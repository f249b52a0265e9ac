VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench screenshots clean install lock compose-check

# requirements.lock pins every package (see its header); pyproject.toml says what we need.
$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[all,dev]"
	@touch $(STAMP)

install: $(STAMP)

lock: $(STAMP)
	@$(PY) -m pip install --quiet --disable-pip-version-check -e ".[all,dev]"
	@{ sed -n '/^#/p' requirements.lock; $(PY) -m pip freeze --exclude-editable; } > requirements.lock.new
	@mv requirements.lock.new requirements.lock

# docker compose when present; otherwise a structural check of the same file in Python.
compose-check: $(STAMP)
	@if docker compose version >/dev/null 2>&1; then docker compose -f docker-compose.yml config -q; \
	elif command -v docker-compose >/dev/null 2>&1; then docker-compose -f docker-compose.yml config -q; \
	else $(PY) -m deploy.compose_check docker-compose.yml; fi

run: $(STAMP)
	@$(VENV)/bin/coachbot db upgrade
	@$(VENV)/bin/coachbot programs sync --quiet
	@$(VENV)/bin/coachbot kb load-starter --quiet
	@$(VENV)/bin/coachbot chat --program demo

test: $(STAMP)
	@$(PY) -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected" >&2; exit 1; fi; exit $$rc

lint: $(STAMP)
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(VENV)/bin/mypy

format: $(STAMP)
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/ruff check --fix .

bench: $(STAMP)
	@mkdir -p bench
	@$(PY) -m benchmarks all --json --output bench/results.json

screenshots: $(STAMP)
	@$(PY) -m tests.web.screenshots --out docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
