# Two commands for a fresh machine with Python 3.11+:  make demo  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench score vendor lock clean

# the exact versions and hashes of requirements.lock (`make lock` writes it from pyproject.toml)
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

lock:  ## pin every dependency with its hashes after a change to pyproject.toml (needs the network)
	$(PYTHON) -m venv /tmp/kartoteka-lock && /tmp/kartoteka-lock/bin/pip install --quiet pip-tools
	/tmp/kartoteka-lock/bin/pip-compile --quiet --generate-hashes --extra test --strip-extras \
		--allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

demo: $(STAMP)  ## install, then build a fresh demo.db from examples/corpus and print the chronicle
	$(BIN)/kartoteka demo

test: $(STAMP)  ## install, then run the whole test suite
	$(BIN)/python -m pytest -q

score: $(STAMP)  ## scores against ../shared/gold
	$(BIN)/python ../shared/tools/score.py --gold ../shared/gold --run ../shared/corpus/seeds --kartoteka $(BIN)/kartoteka --misses

bench: $(STAMP)  ## benchmarks (figures printed and kept in bench/out/, nothing asserted)
	$(BIN)/python bench/run_all.py

vendor:  ## refresh the web UI's front-end files from their npm packages (needs node/npm)
	rm -rf /tmp/kartoteka-vendor && mkdir -p /tmp/kartoteka-vendor
	cd /tmp/kartoteka-vendor && npm init -y >/dev/null && npm install --silent htmx.org@2.0.11 leaflet@1.9.4 vis-timeline@7.7.4 vis-data@7 swagger-ui-dist@5.35.0
	cp /tmp/kartoteka-vendor/node_modules/htmx.org/dist/htmx.min.js src/kartoteka/web/static/vendor/
	cp /tmp/kartoteka-vendor/node_modules/leaflet/dist/leaflet.js /tmp/kartoteka-vendor/node_modules/leaflet/dist/leaflet.css src/kartoteka/web/static/vendor/leaflet/
	cp /tmp/kartoteka-vendor/node_modules/leaflet/dist/images/* src/kartoteka/web/static/vendor/leaflet/images/
	cp /tmp/kartoteka-vendor/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js /tmp/kartoteka-vendor/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css src/kartoteka/web/static/vendor/
	cp /tmp/kartoteka-vendor/node_modules/swagger-ui-dist/swagger-ui-bundle.js /tmp/kartoteka-vendor/node_modules/swagger-ui-dist/swagger-ui.css src/kartoteka/web/static/vendor/swagger/

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm demo.db.lock
