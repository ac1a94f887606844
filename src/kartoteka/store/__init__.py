"""The only package that talks to the database. See `Store`."""

from .database import Store, open_store

__all__ = ["Store", "open_store"]
