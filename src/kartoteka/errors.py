"""One error family with a user-facing message; the CLI prints it on one line and exits 1."""

from __future__ import annotations


class KartotekaError(Exception):
    """Base of every error a user may see. `str(err)` is a complete one-line message."""

    exit_code = 1


class InputError(KartotekaError):
    """A file that cannot be read as a document: names the file and the reason."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # crosses from worker processes
        return (InputError, (self.path, self.reason))


class StoreError(KartotekaError):
    """The database cannot be opened, written or migrated."""


class NotFoundError(KartotekaError):
    """A requested event, entity, mention or document does not exist."""
