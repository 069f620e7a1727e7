# `make test` and `make demo` build .venv from nothing when it is missing or older than
# pyproject.toml / constraints.txt, then run.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE_OUT := build/sample

.PHONY: test demo venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

test: $(STAMP)
	$(PY) -m pytest

demo: $(STAMP)
	$(VENV)/bin/govnews build corpus -o $(SAMPLE_OUT) --overwrite
	$(VENV)/bin/govnews info $(SAMPLE_OUT)

clean:
	rm -rf $(VENV) build
