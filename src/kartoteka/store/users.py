"""Users of the web review workflow: name, role, scrypt password hash."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from ..errors import InputError
from .database import Store, now
from .schema import users

ROLES = ("reader", "reviewer", "admin")


def add(store: Store, name: str, password_hash: str, role: str) -> None:
    if role not in ROLES:
        raise InputError(role, f"unknown role (choose from {', '.join(ROLES)})")
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(users).values(name=name, password_hash=password_hash, role=role,
                                              created_at=now()))
    except IntegrityError:
        raise InputError(name, "a user with this name exists") from None


def get(store: Store, name: str) -> dict[str, Any] | None:
    with store.read() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
        return dict(row._mapping) if row else None
