"""Markdown with YAML front matter: metadata from the front matter, syntax stripped from text.

The stored text is the rendered reading text (no `#`, `**`, `![[embeds]]`, link targets), so
quotes read as prose and offsets stay exact.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..errors import InputError
from ..models import Document
from .text import decode, make_document

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_INLINE = [
    (re.compile(r"!\[\[[^\]]*\]\]"), ""),                      # wiki embeds
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                 # images
    (re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]"), r"\1"),    # wiki links
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),             # links
    (re.compile(r"<[^>\n]+>"), ""),                            # inline html
    (re.compile(r"(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),
]
_LINE = [
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$"), r"\1"),   # headings
    (re.compile(r"^\s{0,3}>\s?"), ""),                          # block quotes
    (re.compile(r"^(\s*)[-*+]\s+"), r"\1• "),                  # bullets (nesting kept)
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$"), ""),        # rules
]
_META_KEYS = ("title", "url", "date", "author", "kind")


MAX_ALIASES = 50  # front matter needs none; a "billion laughs" needs thousands
MAX_DEPTH = 20


def _check_size(path: Path, text: str) -> None:
    """Refuse front matter whose aliases or nesting could expand it without bound (the YAML
    "billion laughs"): counted on the parser's events, before anything is built."""
    aliases = depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if aliases > MAX_ALIASES or depth > MAX_DEPTH:
                raise InputError(path, f"front matter refused: more than {MAX_ALIASES} aliases "
                                       f"or {MAX_DEPTH} levels of nesting")
    except yaml.YAMLError:
        return  # safe_load reports it with its line


def front_matter(path: Path, raw: str) -> tuple[dict[str, object], str]:
    """Split YAML front matter from the body; malformed YAML is an InputError."""
    match = _FRONT.match(raw)
    if not match:
        if raw.startswith("---\n"):
            raise InputError(path, "malformed front matter: no closing '---'")
        return {}, raw
    _check_size(path, match.group(1))
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(path, f"malformed front matter{where}: "
                               f"{getattr(exc, 'problem', None) or exc}") from exc
    if not isinstance(meta, dict):
        raise InputError(path, "malformed front matter: expected key: value pairs")
    return meta, raw[match.end():]


def to_plain(body: str) -> str:
    """Markdown to reading text, line by line (code fences kept verbatim)."""
    out, fenced = [], False
    for line in body.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            for pattern, repl in _LINE:
                line = pattern.sub(repl, line)
            for pattern, repl in _INLINE:
                line = pattern.sub(repl, line)
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def read(path: Path, data: bytes) -> Document:
    meta, body = front_matter(path, decode(path, data))
    fields = {k: meta.pop(k) for k in _META_KEYS if k in meta}
    if "url" not in fields and "source" in meta:
        fields["url"] = meta.pop("source")
    if "title" not in fields and "description" in meta:
        fields["title"] = str(meta["description"])
    extra = {k: (v if isinstance(v, (str, int, float, bool)) else str(v)) for k, v in meta.items()}
    return make_document(path, data, to_plain(body), "md", **fields, **extra)
