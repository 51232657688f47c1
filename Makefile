# Two commands set up a fresh Debian 12 machine (as root) and use it:
#   make demo   - install what is missing, start the simulated EPE site and open epewall on it
#   make test   - install what is missing, check the style (ruff, ruff format, mypy) and run the
#                 whole test suite headless; a style error fails the run before any test starts
VENV ?= .venv
PY := $(VENV)/bin/python
STYLE_PATHS := app widgets tests installer

.PHONY: setup demo test lint style format translations package deb

setup:
	@installer/setup-debian.sh

demo: setup
	installer/demo.sh

test: setup
	$(MAKE) --no-print-directory style
	installer/headless.sh $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(MAKE) --no-print-directory style

# What CI enforces: lint rules, one formatting, strict types on app/.
style:
	$(VENV)/bin/ruff check $(STYLE_PATHS)
	$(VENV)/bin/ruff format --check $(STYLE_PATHS)
	$(VENV)/bin/mypy

format: setup
	$(VENV)/bin/ruff check --fix $(STYLE_PATHS)
	$(VENV)/bin/ruff format $(STYLE_PATHS)

translations: setup
	$(PY) installer/translations.py

# The one-folder program: dist/epewall/epewall (installer/epewall.spec; README "Building the program").
package: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean installer/epewall.spec
	@du -sh dist/epewall

# The Debian package of that folder: dist/epewall_<version>_amd64.deb (installer/build-deb.sh).
# installer/test-deb-clean.sh proves it on a clean Debian 12 (as root; needs the mirror; minutes).
deb: package
	installer/build-deb.sh
