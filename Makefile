# The set-up the README describes: a virtual environment in .venv at the repository root,
# cgviz installed into it (editable), and every tool run as .venv/bin/<tool> (no activation).
# Dockerfile and .ci/run follow the same steps.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 1

# bench/ may not exist yet in a fresh clone (git keeps no empty folders).
LINT_PATHS := $(wildcard backend tests bench)
JS_TESTS    = $(shell find frontend/js -name '*.test.js' 2>/dev/null | sort)

.PHONY: run test lint typecheck bundle bench chromium clean distclean

run: $(VENV)/.installed
	@echo "cgviz: serving on http://$(HOST):$(PORT)"
	$(BIN)/cgviz serve --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: $(VENV)/.installed-dev chromium
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy
	@$(MAKE) --no-print-directory typecheck
	@if [ -z "$(JS_TESTS)" ]; then \
		echo "node --test: no frontend/js/*.test.js files, skipped"; \
	elif ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		echo "node --test: Node.js or npm is not installed, JavaScript tests skipped"; \
	else \
		$(MAKE) --no-print-directory node_modules/.installed || exit 1; \
		echo "node --test $(JS_TESTS)"; node --test $(JS_TESTS); \
	fi
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy
	@$(MAKE) --no-print-directory typecheck

# TypeScript's checker over frontend/js, when Node.js and npm are installed, as the JavaScript
# tests are: the app's modules as the browser runs them (jsconfig.json), then the tests with
# Node's types (jsconfig.tests.json).
typecheck:
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		echo "tsc: Node.js or npm is not installed, JavaScript type check skipped"; \
	else \
		$(MAKE) --no-print-directory node_modules/.installed || exit 1; \
		echo "tsc -p jsconfig.json && tsc -p jsconfig.tests.json"; \
		node_modules/.bin/tsc -p jsconfig.json && node_modules/.bin/tsc -p jsconfig.tests.json; \
	fi

# The pages' committed bundles, frontend/dist, rebuilt from frontend/js and frontend/css by
# the pinned esbuild (bundle.mjs). Run it after editing either; tests/test_bundle.py fails
# while the committed bundle is stale. Serving needs none of this: only Python.
bundle:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || \
		{ echo "make bundle needs Node.js and npm (esbuild comes from npm)"; exit 1; }
	@$(MAKE) --no-print-directory node_modules/.installed
	node bundle.mjs frontend/dist

# `npm ci` puts the exact packages of package-lock.json (typescript, esbuild, CodeMirror) into
# node_modules, again only when the lock file is newer than the last install. The JavaScript
# tests import CodeMirror from there too (editormarks.test.js).
node_modules/.installed: package-lock.json
	@echo "npm ci (typescript for the type check, esbuild and CodeMirror for the bundle)"
	npm ci --no-audit --no-fund
	@touch $@

# micrograd is only the benchmark's yardstick, never a dependency of cgviz.
bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet "micrograd==0.1.0"
	$(BIN)/python bench/engine.py

# The browser tests drive Debian's chromium through Playwright (never `playwright install`).
chromium:
	@if [ -x /usr/bin/chromium ]; then \
		echo "chromium: /usr/bin/chromium is installed"; \
	elif command -v apt-get >/dev/null 2>&1; then \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi; \
		echo "chromium: installing Debian's chromium for the browser tests"; \
		$$SUDO apt-get update && $$SUDO apt-get install -y chromium; \
	else \
		echo "chromium: /usr/bin/chromium is missing and apt-get is not available;" \
		     "the browser (e2e) tests will be skipped or fail"; \
	fi

# Editable installs of a pyproject-only project need pip >= 21.3 (PEP 660).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"

# Stamps: re-runs skip pip unless pyproject.toml changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[dev]"
	@touch $@ $(VENV)/.installed

clean:
	rm -rf build dist *.egg-info backend/*.egg-info tests/output
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) node_modules
