"""The FastAPI application: `create_app(settings)` wires the store, sessions, templates,
static files, the HTML pages, the JSON API and one error mapping for both."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from ..background import Refresher
from ..config import Settings
from ..errors import InputError, KartotekaError, NotFoundError
from ..store import open_store
from . import api, pages
from .templating import templates

STATUS = {NotFoundError: 404, InputError: 400}
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; "
       "form-action 'self'; object-src 'none'")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = open_store(settings.db_url)
        # reviewers' decisions are recorded at once; the rebuild they call for runs here
        app.state.refresher = None if settings.read_only else Refresher(app.state.store)
        yield
        if app.state.refresher is not None:
            app.state.refresher.close()
        app.state.store.close()

    app = FastAPI(title="kartoteka", version="0.1.0", lifespan=lifespan, docs_url=None,
                  description="A source-critical chronicle of political repression: events, "
                              "claims with their quotes, entities and sources.")
    app.state.settings = settings
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key,
                       session_cookie="kartoteka_session", same_site="strict",
                       https_only=settings.secure_cookies)
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        """Every response forbids foreign scripts, framing, type sniffing and leaking where
        the reader came from (the front end is vendored, so 'self' is enough)."""
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    static = resources.files("kartoteka.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        """OpenAPI docs with Swagger UI served from our own static files (no CDN)."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="kartoteka API",
                                   swagger_js_url="/static/vendor/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(KartotekaError)
    async def domain_error(request: Request, exc: KartotekaError) -> Response:
        status = next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 500)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"message": str(exc)},
                                          status_code=status)

    return app
