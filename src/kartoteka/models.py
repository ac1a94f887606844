"""Plain data passed between pipeline stages. Only `store/` turns these into rows.

Every extracted item is a claim: it carries the document, the character span it came
from and the extractor (name, version) that made it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "execution", "killing", "assassination", "arrest", "raid", "deportation", "torture",
    "hostage_taking", "ban", "decree", "founding", "uprising", "strike", "attack", "trial",
    "other",
)
FIGURE_KINDS = ("killed", "arrested", "deported", "wounded", "hostages", "strength", "other")


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that is the same on every run for the same inputs (judgements key on it)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:12]}"


@dataclass
class Document:
    """A source text. `text` is what every span indexes into; `sha256` is of the file's bytes."""

    name: str
    path: str
    text: str
    sha256: str
    format: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    date: str | None = None
    kind: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class DateSpan:
    """A date at the precision written: ISO `start`/`end` ("1918", "1918-04", "1918-04-12")."""

    start: str
    end: str
    as_written: str
    calendar: str = "gregorian"
    char_start: int = 0
    char_end: int = 0
    carried: bool = False  # taken from a heading or an earlier sentence, not this one
    period: bool = False  # coarser than a year ("the 1870s"): a period, not an event's date


@dataclass
class Figure:
    """A count of people: `low`/`high` may be None for open bounds ("at least", "up to")."""

    kind: str
    low: int | None
    high: int | None
    approximate: bool
    quote: str
    start: int
    end: int



@dataclass
class NameMention:
    """A surface form naming a person, organisation, group or place, with its span."""

    form: str
    type: str
    start: int
    end: int
    document: str = ""
    entity_id: str | None = None


@dataclass
class Actor:
    """A name in a mention with its role: perpetrator, target or participant."""

    role: str
    name: NameMention



@dataclass
class AliasClaim:
    """The text says two forms name the same thing ("X, whose real name was Y")."""

    form: str
    alias: str
    relation: str
    quote: str
    start: int
    end: int
    document: str = ""


@dataclass
class Mention:
    """One event as told by one document: the unit of extraction."""

    document: str
    start: int
    end: int
    quote: str
    type: str
    date: DateSpan | None
    places: list[str] = field(default_factory=list)
    places_carried: bool = False  # inherited from an earlier sentence or a heading
    period: DateSpan | None = None
    actors: list[Actor] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attempt: bool = False
    modality: str = "asserted"
    extractor: str = "rules"
    extractor_version: str = "0"
    confidence: float = 0.5
    section: str = "body"  # or "reader comment": what readers wrote under the text
    status: str = "machine"
    event_id: str | None = None
    id: str = ""

    def key(self, lineage: str) -> str:
        """Stable key of this claim, which judgements attach to: the document's lineage (the
        hash of its first version), the quote, type and date; not the offsets, so that a
        sentence keeps its key when a new version adds or removes text around it."""
        when = self.date or self.period
        return stable_id("m", lineage, " ".join(self.quote.split()), self.type,
                         when.start if when else "")


@dataclass
class Extraction:
    """Everything one extractor read out of one document."""

    mentions: list[Mention] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    aliases: list[AliasClaim] = field(default_factory=list)
