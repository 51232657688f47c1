# Two commands set up a fresh Debian 12 machine (as root) and use it:
#   make demo   - install what is missing, start the simulated EPE site and open epewall on it
#   make test   - install what is missing and run the whole test suite headless
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint translations bench-sim

setup:
	@installer/setup-debian.sh

demo: setup
	installer/demo.sh

test: setup
	installer/headless.sh $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check app widgets tests
	$(VENV)/bin/mypy

translations: setup
	$(PY) installer/translations.py
