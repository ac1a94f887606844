"""Read files into `Document`s: one module per format, chosen by extension.

Every reader returns the text that spans index into, plus metadata; a file that cannot be
read raises `InputError` naming the file and the reason, so one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
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


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the supported files under `paths` (files and folders, recursive), sorted.

    A missing path or a folder without a supported file raises `InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in READERS
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
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(path, f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(path, "empty file")
    doc = reader(path, data)
    if not doc.text.strip():
        raise InputError(path, "no text could be extracted")
    return doc


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
