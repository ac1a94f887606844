"""Jinja2 templates (autoescaped) and the small filters the pages share."""

from __future__ import annotations

import math
import re
from importlib import resources
from typing import Any

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

templates = Jinja2Templates(directory=str(resources.files("kartoteka.web").joinpath("templates")))


def figure_range(f: dict[str, Any]) -> str:
    low, high = f.get("low"), f.get("high")
    fmt = lambda n: f"{n:,}"  # noqa: E731
    if low is not None and low == high:
        return fmt(low)
    return f'{fmt(low) if low is not None else "…"}–{fmt(high) if high is not None else "…"}'


def precision(date: dict[str, Any] | None) -> str:
    if not date:
        return "undated"
    return {1: "year", 2: "month", 3: "day"}[len(date["start"].split("-"))]


def highlight(text: str, spans: list[dict[str, Any]]) -> Markup:
    """The document text with every mention span a link; everything escaped."""
    out, at = [], 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] < at:
            continue
        out.append(escape(text[at:span["start"]]))
        out.append(Markup('<a class="mention" id="{id}" href="/events/{event}" '
                          'title="{type} · {date}"><mark>').format(
            id=span["id"], event=span["event_id"] or "", type=span["type"],
            date=(span["date"] or {}).get("start", "undated")))
        out.append(escape(text[span["start"]:span["end"]]))
        out.append(Markup("</mark></a>"))
        at = span["end"]
    out.append(escape(text[at:]))
    return Markup("").join(out)


def in_context(text: str, start: int, end: int, width: int = 240) -> Markup:
    return Markup("{}<mark>{}</mark>{}").format(
        ("…" if start > width else "") + text[max(0, start - width):start], text[start:end],
        text[end:end + width] + ("…" if end + width < len(text) else ""))


def web_link(url: str | None) -> str | None:
    """A source's URL as a link only when it is http(s): a `javascript:` or `data:` URL from
    front matter or a canonical tag is shown as text, never made live."""
    return url if url and re.match(r"https?://", url.strip(), re.I) else None


templates.env.filters["range"] = figure_range
templates.env.filters["web_link"] = web_link
templates.env.filters["log10"] = lambda n: math.log10(max(1, n or 1))
templates.env.filters["precision"] = precision
templates.env.globals["highlight"] = highlight
templates.env.globals["in_context"] = in_context
