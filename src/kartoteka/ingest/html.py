"""HTML: the main text through selectolax (boilerplate removed), title and canonical URL kept."""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from ..models import Document
from .text import decode, make_document

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template"
_NOTE_MARK = re.compile(r"\[\s*(?:\d+|[a-z]|edit|citation needed|note\s+\d+)\s*\]", re.I)
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, tr, dt, dd, figcaption, caption"


def _flat(node: Node) -> str:
    return re.sub(r"\s+", " ", node.text(deep=True, separator=" ")).strip()


def _table_of(row: Node) -> int | None:
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else None


def main_text(tree: HTMLParser) -> str:
    """Block elements of the main content in document order, one paragraph each."""
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("sup, .mw-editsection"):  # footnote marks "[3]", "[edit]"
        if _NOTE_MARK.fullmatch(node.text(strip=True)):
            node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return ""
    blocks = root.css(_BLOCKS)
    # a block inside another (a <p> in an <li> or a cell) is told by its outer block
    inside = {n.mem_id for b in blocks for n in b.css(_BLOCKS) if n.mem_id != b.mem_id}
    paragraphs: list[str] = []
    last_table = None  # the table whose rows the last paragraph holds
    for node in blocks:
        if node.mem_id in inside:
            continue
        if node.tag == "tr":  # a table row as a pipe row, so its columns stay apart
            cells = [_flat(cell) for cell in node.css("th, td")]
            if any(cells):
                row = "| " + " | ".join(cells) + " |"
                table = _table_of(node)
                if last_table is not None and table == last_table:
                    paragraphs[-1] += "\n" + row  # rows of one table on consecutive lines
                else:
                    paragraphs.append(row)
                last_table = table
            continue
        last_table = None
        text = _flat(node)
        if text:
            paragraphs.append(("• " if node.tag == "li" else "") + text)
    if not paragraphs:
        paragraphs = [re.sub(r"\s+", " ", root.text(separator=" ")).strip()]
    return "\n\n".join(paragraphs) + "\n"


def read(path: Path, data: bytes) -> Document:
    tree = HTMLParser(decode(path, data))
    title_node = tree.css_first("title") or tree.css_first("h1")
    canonical = tree.css_first('link[rel="canonical"]') or tree.css_first('meta[property="og:url"]')
    url = None
    if canonical is not None:
        url = canonical.attributes.get("href") or canonical.attributes.get("content")
    meta = {}
    for name in ("author", "date", "kind"):
        node = tree.css_first(f'meta[name="{name}"]')
        if node is not None and node.attributes.get("content"):
            meta[name] = node.attributes["content"]
    title = title_node.text(strip=True) if title_node is not None else None
    return make_document(path, data, main_text(tree), "html", title=title, url=url, **meta)
