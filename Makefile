# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
PYTEST_ARGS ?=

.PHONY: run install install-dev test test-fast test-stress bench clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip setuptools wheel

# Stamp files make re-runs instant while still reinstalling when pyproject.toml changes.
# The training packages come with the default install: with no trained model, `brandwatch run` trains
# one in the background and switches to it (docs/sentiment.md).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e '.[transformers,train]'
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e '.[transformers,train,dev,bench]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The daemon on the embedded default: SQLite under var/, the replay source with the bundled sample
# posts, the bundled rules (config/brandwatch.yaml) and the review console on http://127.0.0.1:8080
# (the first start prints the admin password once). Ctrl-C stops it after the current batch.
run: install
	$(BIN)/brandwatch run

# The console's browser tests drive Debian's Chromium; test-fast skips them (marked slow).
chromium:
	sh scripts/ensure-chromium.sh

test: install-dev chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install-dev
	$(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

# The slow suite while two CPU-bound processes keep the machine busy (timing-dependent tests fail here).
test-stress: install-dev chromium
	PYTHON_BIN=$(BIN)/python sh scripts/test-stress.sh $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
