"""PDF: text per page through pypdfium2; page start offsets are kept so quotes can cite pages."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import InputError
from ..models import Document
from .text import make_document

# A word broken at the end of a line ("repres-|sion": PDFium marks the break with U+FFFE or
# U+0002, or leaves "-\n") is joined; before a capital it is a real hyphen (Brest-Litovsk).
_HYPHENATED = re.compile(r"(\w)(?:[\ufffe\x02]|-\n)([a-zа-яё])")
_BREAK_MARK = re.compile(r"[\ufffe\x02]")


MAX_PAGES = int(os.environ.get("KARTOTEKA_MAX_PDF_PAGES", "1500"))


def read(path: Path, data: bytes) -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(path, f"not a readable PDF ({exc})") from exc
    pages, offsets, at = [], [], 0
    try:
        if len(pdf) > MAX_PAGES:
            raise InputError(path, f"{len(pdf)} pages; the limit is {MAX_PAGES} "
                                   "(KARTOTEKA_MAX_PDF_PAGES): split the file")
        for number in range(len(pdf)):
            try:
                text = pdf[number].get_textpage().get_text_range()
            except pdfium.PdfiumError as exc:
                raise InputError(path, f"page {number + 1} is unreadable ({exc})") from exc
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text = _BREAK_MARK.sub("-", _HYPHENATED.sub(r"\1\2", text))
            offsets.append(at)
            pages.append(text.strip())
            at += len(pages[-1]) + 2
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    body = "\n\n".join(pages) + "\n"
    return make_document(path, data, body, "pdf", title=meta.get("Title") or None,
                         author=meta.get("Author") or None, page_offsets=offsets)
