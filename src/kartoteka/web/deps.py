"""Dependencies shared by the routers: the store, the user, role and CSRF checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Form, HTTPException, Request

from ..store import Store
from . import auth


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_user(request: Request) -> dict[str, Any] | None:
    return request.session.get("user")


StoreDep = Annotated[Store, Depends(get_store)]
UserDep = Annotated[dict[str, Any] | None, Depends(get_user)]


def reviewer(request: Request, user: UserDep,
             csrf: Annotated[str | None, Form()] = None) -> dict[str, Any]:
    """A logged-in reviewer posting a form with this session's CSRF token (and not read-only)."""
    if request.app.state.settings.read_only:
        raise HTTPException(403, "this kartoteka is published read-only")
    if not auth.can(auth.current(get_store(request), user), "reviewer"):
        raise HTTPException(401, "log in as a reviewer to record decisions")
    if not auth.csrf_ok(request.session, csrf):
        raise HTTPException(403, "invalid or missing CSRF token; reload the page")
    return user  # type: ignore[return-value]


ReviewerDep = Annotated[dict[str, Any], Depends(reviewer)]
