"""Web UI and JSON API (FastAPI). `create_app(settings)` is the factory."""

from .app import create_app

__all__ = ["create_app"]
