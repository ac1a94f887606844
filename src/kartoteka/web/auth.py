"""Logins, roles and CSRF tokens for the review workflow.

Passwords are hashed with scrypt (stdlib); sessions are signed cookies; every form carries a
per-session CSRF token that POST handlers check.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from ..errors import InputError
from ..store import Store, users

_RANK = {"reader": 0, "reviewer": 1, "admin": 2}


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
    except ValueError:
        return False
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt)).split("$")[2], digest)


def add_user(store: Store, name: str, password: str, role: str) -> None:
    if len(password) < 8:
        raise InputError(name, "password must have at least 8 characters")
    users.add(store, name, hash_password(password), role)


def authenticate(store: Store, name: str, password: str) -> dict[str, Any] | None:
    user = users.get(store, name)
    if user and check_password(password, user["password_hash"]):
        return {"name": user["name"], "role": user["role"]}
    return None


def can(user: dict[str, Any] | None, role: str) -> bool:
    return bool(user) and _RANK.get(user["role"], -1) >= _RANK[role]  # type: ignore[index]


def csrf_token(session: dict[str, Any]) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return str(session["csrf"])


def csrf_ok(session: dict[str, Any], token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(str(session.get("csrf", "")), str(token))
