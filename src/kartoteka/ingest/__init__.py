"""Read files into `Document`s: one module per format, chosen by extension.

Every reader returns the text that spans index into, plus metadata; a file that cannot be
read raises `InputError` naming the file and the reason, so one bad file never stops a run.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Document
from . import html, markdown, pdf, text

READERS: dict[str, Callable[[Path, bytes], Document]] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
    ".pdf": pdf.read,
}


MAX_BYTES = int(os.environ.get("KARTOTEKA_MAX_FILE_MB", "64")) * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; a FIFO, a device, a symlink loop or
    an oversized file is an InputError, never a hang or a flood of memory."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop") from exc
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a pipe, device or socket)")
    if info.st_size > MAX_BYTES:
        raise InputError(path, f"file too large ({info.st_size // (1024 * 1024)} MB; the limit "
                               f"is {MAX_BYTES // (1024 * 1024)} MB, KARTOTEKA_MAX_FILE_MB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise InputError(path, "file grew past the size limit while being read")
    return data


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the supported files under `paths` (files and folders, recursive), sorted.

    A missing path or a folder without a supported file raises `InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            # not only regular files: a pipe or a broken link named ".txt" is reported by
            # `read_document`, not skipped without a word
            found = sorted(p for p in path.rglob("*")
                           if p.suffix.lower() in READERS and (p.is_symlink() or not p.is_dir())
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(path, f"no supported files ({', '.join(sorted(READERS))})")
            yield from found
        elif path.suffix.lower() not in READERS:
            raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}")
        else:
            yield path


def read_document(path: str | Path) -> Document:
    """Read one file into a Document; raises InputError on anything unreadable."""
    path = Path(path)
    if READERS.get(path.suffix.lower()) is None:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}")
    return parse_document(path, read_bytes(path), str(path.resolve()))


def parse_document(path: Path, data: bytes, identity: str) -> Document:
    """A Document from a file's bytes, read where the file is and parsed anywhere (a cluster
    worker needs no access to the file); `identity` is the file's resolved path."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}")
    if not data.strip():
        raise InputError(path, "empty file")
    try:
        doc = reader(path, data)
    except InputError:
        raise
    except (ValueError, RecursionError, MemoryError, OSError) as exc:  # a reader's library
        raise InputError(path, f"cannot read as {path.suffix[1:].upper()} "
                               f"({type(exc).__name__}: {exc})") from exc
    if not doc.text.strip():
        raise InputError(path, "no text could be extracted")
    # identity is the file itself, however it was named on the command line ("./a.md", an
    # absolute path): a changed file is then always a new version of the same document
    doc.path = identity
    return doc


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
