"""Logins, roles and CSRF tokens for the review workflow.

Passwords are hashed with scrypt (stdlib); sessions are signed cookies; every form carries a
per-session CSRF token that POST handlers check.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
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


_DUMMY = hash_password("no such user: the same work as a real check")
MAX_FAILURES, LOCK_SECONDS = 5, 300
_failures: dict[str, list[float]] = {}


def authenticate(store: Store, name: str, password: str) -> dict[str, Any] | None:
    """The user, or None. An unknown name costs the same hashing as a known one (the answer's
    time tells nothing), and after MAX_FAILURES wrong passwords within LOCK_SECONDS a name is
    locked for the rest of that window, even for the right password."""
    now = time.monotonic()
    if len(_failures) > 10_000:  # names tried at random must not fill the memory
        for key in [k for k, times in _failures.items() if now - times[-1] >= LOCK_SECONDS]:
            del _failures[key]
    recent = [t for t in _failures.get(name, []) if now - t < LOCK_SECONDS]
    user = users.get(store, name)
    right = check_password(password, user["password_hash"] if user else _DUMMY)
    if len(recent) >= MAX_FAILURES:
        return None
    if user and right:
        _failures.pop(name, None)
        return {"name": user["name"], "role": user["role"]}
    _failures[name] = recent + [now]
    return None


def current(store: Store, session_user: dict[str, Any] | None) -> dict[str, Any] | None:
    """The session's user as the store knows them now: a deleted user or a changed role no
    longer acts on an old cookie."""
    if not session_user:
        return None
    user = users.get(store, session_user.get("name", ""))
    if user is None or user["role"] != session_user.get("role"):
        return None
    return session_user


def can(user: dict[str, Any] | None, role: str) -> bool:
    return bool(user) and _RANK.get(user["role"], -1) >= _RANK[role]  # type: ignore[index]


def csrf_token(session: dict[str, Any]) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return str(session["csrf"])


def csrf_ok(session: dict[str, Any], token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(str(session.get("csrf", "")), str(token))
