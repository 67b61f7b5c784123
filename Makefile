# `make run` and `make test` are all a fresh machine with Python 3.11 needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle

.PHONY: run test demo screenshots benchmarks clean translations wheel bundle bundle-check

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: '$(PYTHON)' was not found (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

$(STAMP_RUN): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -e .
	touch $@

$(STAMP_TEST): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -e ".[test]"
	touch $@ $(STAMP_RUN)

$(STAMP_BUNDLE): $(STAMP_TEST) pyproject.toml
	$(BIN)/python -m pip install -e ".[test,bundle]"
	touch $@

run: $(STAMP_RUN)
	$(BIN)/lygsite

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# dist/lyg_siting-*.whl (build/lib is cleared first: setuptools keeps files deleted from app/ there)
wheel: $(BIN)/python
	rm -rf build/lib
	$(BIN)/python -m pip wheel --no-deps . -w dist

# dist/lygsite/: the desktop bundle (one folder; packaging/lygsite.spec, README "Desktop bundle")
bundle: $(STAMP_BUNDLE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/lygsite.spec

# after `make bundle`: runs it from a directory outside the repository with a clean environment (.ci/run)
bundle-check: $(STAMP_TEST)
	LYG_BUNDLE=dist/lygsite QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/core/test_packaging.py::test_bundle_runs_outside_the_repository

# lupdate over app/ into resources/i18n/lygsite_<lang>.ts, lrelease into app/resources/i18n; lists unfinished entries
translations: $(STAMP_RUN)
	$(BIN)/python resources/i18n/refresh.py

# every benchmark, one JSON line per figure (benchmarks/README.md); QUICK=1: smoke sizes where a benchmark has them
benchmarks: $(STAMP_BUNDLE)
	for bench in benchmarks/bench_*.py; do QUICK=$(QUICK) QT_QPA_PLATFORM=offscreen $(BIN)/python $$bench || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
