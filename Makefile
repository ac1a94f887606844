# Two commands for a fresh machine with Python 3.11+:  make demo  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench score lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)  ## install, then build a fresh demo.db from examples/corpus and print the chronicle
	$(BIN)/kartoteka demo

test: $(STAMP)  ## install, then run the whole test suite
	$(BIN)/python -m pytest -q

score: $(STAMP)  ## scores against ../shared/gold
	$(BIN)/python ../shared/tools/score.py --gold ../shared/gold --run ../shared/corpus/seeds --kartoteka $(BIN)/kartoteka --misses

bench: $(STAMP)  ## benchmarks (figures printed, nothing asserted)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
