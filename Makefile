# The one task runner: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
CHROMIUM = /usr/bin/chromium
# The Nu HTML Checker (npm `vnu-jar`, pinned in package-lock.json) that tests/browser/test_valid_html.py runs.
VNU = node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: demo serve test lint fmt typecheck bench install clean vnu

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/jpo demo

serve: $(STAMP)
	$(BIN)/jpo serve

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# `npm ci` installs exactly the locked versions; scripts off (the package's own Java download is not needed).
$(VNU): package.json package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm)
	command -v java >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(VNU)

vnu: $(VNU)

test: lint typecheck $(CHROMIUM) $(VNU)
	$(BIN)/pytest

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	$(BIN)/python bench/parse.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache node_modules
