"""Plain text: decode (UTF-8, else detected with charset-normalizer) and normalise newlines."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import InputError
from ..extract.lexicon import english, load_file
from ..models import Document

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode(path: Path, data: bytes) -> str:
    """Bytes to text with `\\n` newlines; binary content is refused rather than guessed at."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary content, not text")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError(path, "cannot decode text (unknown encoding)") from None
        decoded = str(best)
    sample = decoded[:4096]
    if sample and sum(ord(c) in _CONTROL for c in sample) / len(sample) > 0.05:
        raise InputError(path, "binary content, not text")
    # a stray NUL further in would cut the text short in the store: U+FFFD keeps every offset
    return decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


_HYPHENATED = re.compile(r"(?<=[a-zа-яё])-\n(?=[a-zа-яё])")
_WORD_END = re.compile(r"\w+$")
_WORD_START = re.compile(r"\w+")


def dehyphenated(body: str) -> str:
    """Words a printed page broke at a line's end ("Komso-\nmol") made whole again; a
    compound the text also writes with its hyphen elsewhere ("well-known") keeps it."""
    if "-\n" not in body:
        return body

    def join(m: re.Match[str]) -> str:
        left = _WORD_END.search(body, max(0, m.start() - 40), m.start())
        right = _WORD_START.match(body, m.end())
        compound = f"{left.group() if left else ''}-{right.group() if right else ''}"
        return "-" if compound in body else ""

    return _HYPHENATED.sub(join, body)


_GLUED = re.compile(r"\b[A-Z][A-Za-z]{6,}\b")
_WORDS = re.compile(r"\b\w+\b")


@lru_cache(maxsize=1)
def _kept_whole() -> tuple[frozenset[str], frozenset[str]]:
    """(name endings, function words) of data/lexicon/en/glued.yaml."""
    data = load_file("en/glued")
    return frozenset(data["name_endings"]["words"]), frozenset(data["function_words"]["words"])


def unglued(body: str) -> str:
    """Words an OCR or a lost space ran together ("Joseph Stalininstituted a law",
    "Nikolai Yezhovhead of the NKVD") parted again: a capitalised word or acronym that the
    text also writes alone, then an English word (pyspellchecker's dictionary), where the
    whole is no English word itself ("Stalinist", "Leningrad") and the tail is no ending that
    builds names ("Stalingrad")."""
    if not _GLUED.search(body):
        return body  # (a capitalised word of at least seven letters)
    counts: dict[str, int] = {}
    for w in _WORDS.findall(body):
        counts[w] = counts.get(w, 0) + 1
    words = english()
    endings, function_words = _kept_whole()

    def part(m: re.Match[str]) -> str:
        whole = m.group()
        if whole.lower() in words or counts.get(whole, 0) > 1:
            return whole
        for cut in range(3, len(whole) - 3):
            name, rest = whole[:cut], whole[cut:]
            if rest.islower() and (name[1:].islower() or name.isupper()) \
                    and name not in function_words and counts.get(name, 0) \
                    and rest not in endings and rest in words:
                return f"{name} {rest}"
        return whole

    return _GLUED.sub(part, body)


# the stress marks Russian dictionaries and encyclopaedias print over a vowel ("Кенги́рское
# восста́ние"): no part of the word, they would split it in two
_STRESS = re.compile(r"(?<=[аеёиоуыэюяАЕЁИОУЫЭЮЯ])[\u0301\u0300]")


def make_document(path: Path, data: bytes, body: str, fmt: str, **meta: object) -> Document:
    """Build a Document; the title defaults to the first non-empty line. Words broken
    across lines are joined (`dehyphenated`), words run together parted (`unglued`) and
    Russian stress marks dropped: the stored text is what every span indexes."""
    body = unglued(dehyphenated(_STRESS.sub("", body)))
    title = meta.pop("title", None) or next(
        (line.strip() for line in body.splitlines() if line.strip()), path.stem)
    fields = {k: (str(meta.pop(k)) if meta.get(k) is not None else None)
              for k in ("url", "author", "date", "kind") if k in meta}
    return Document(name=path.name, path=str(path), text=body,
                    sha256=hashlib.sha256(data).hexdigest(), format=fmt,
                    title=str(title)[:300], meta={k: v for k, v in meta.items() if v is not None},
                    **fields)


def read(path: Path, data: bytes) -> Document:
    return make_document(path, data, decode(path, data), "txt")
