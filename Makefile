# Minh Bạch: the two set-up commands are `make html` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: html test lint serve clean system-packages

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

test: $(STAMP) system-packages
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check plugins tests
	$(BIN)/ruff format --check plugins tests

serve: html
	$(BIN)/python -m http.server --directory output 8000

clean:
	rm -rf output reports .minhbach
