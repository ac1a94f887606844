"""Derived tables brought up to date off the request path.

A reviewer's decision is recorded (and the claim's own status set) at once; re-resolving and
re-linking the store is work proportional to the store, so the web app hands it to one
background thread. Decisions that arrive while a rebuild runs are coalesced into the next
one; the store's "derived_stale" flag says, meanwhile and after a crash, that events and
entities lag behind the judgements (the next ingest or `kartoteka relink` finishes the job).
"""

from __future__ import annotations

import logging
import threading

from . import pipeline
from .store import Store

log = logging.getLogger(__name__)


class Refresher:
    """One daemon thread per store that runs the rebuilds requested of it, coalesced."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._changed = threading.Condition()
        self._pending = False
        self._running = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="kartoteka-refresh", daemon=True)
        self._thread.start()

    def request(self) -> None:
        """Ask for a rebuild; returns at once (the store is marked out of date first)."""
        self._store.mark_stale()
        with self._changed:
            self._pending = True
            self._changed.notify_all()

    def busy(self) -> bool:
        """Whether a rebuild is pending or running: events and entities lag behind."""
        with self._changed:
            return self._pending or self._running

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until nothing is pending or running (tests, shutdown); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._pending and not self._running,
                                          timeout)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._thread.join(timeout=60)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                self._pending, self._running = False, True
            try:
                pipeline.rebuild(self._store)
                with self._changed:
                    again = self._pending
                if again:  # a decision came in meanwhile: still out of date
                    self._store.mark_stale()
            except Exception:  # the flag stays set: the next ingest or relink finishes it
                log.exception("background rebuild of %s failed", self._store.name)
            finally:
                with self._changed:
                    self._running = False
                    self._changed.notify_all()
