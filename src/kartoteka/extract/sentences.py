"""Split text into blocks (paragraphs, headings, bullets) and sentences, keeping offsets.

Headings and bullets matter because they set the date context later sentences inherit.
A hand-written splitter: it is a few regexes, fast (the whole pipeline targets >1 MB/s) and
knows the abbreviations historians use (c., O.S., Gen., St.).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import MONTH

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "capt", "sgt", "gov", "rev",
    "jr", "sr", "no", "nos", "vol", "vols", "pp", "p", "ed", "eds", "c", "ca", "cf", "vs",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "e.g", "i.e", "o.s", "n.s", "u.s", "u.k", "fig", "op", "cit", "al", "b", "d",
    # Russian: "по н. ст.", "по ст. 58", "им. Ленина", "ок. 300", "тыс.", "пос. Бутово"
    "ст", "им", "ок", "тыс", "млн", "млрд", "чел", "ул", "пос", "обл",
}
# a sentence ends at its stop, closing quotes and footnote markers ("the city.[1] They …",
# a paper's plain "million people.2 Grain quotas …")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»)\]]*(?:\[\d{1,3}\]|(?<=[a-zа-яё][.!?])\d{1,3}(?=\s))*\s+"
                       r"(?=[\"“‘«„(\[]?[A-ZА-ЯЁ0-9•])")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*-]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int
    heading: bool = False
    bullet: bool = False


# "Date:", "Attack type:", "Дата:"; in a two-column pipe table "| Date |"; an infobox pasted
# from a web page, its label and value apart by a tab ("Дата\t16 мая — 26 июня 1954")
_LABEL = r"[ \t]*(?:[A-ZА-ЯЁ][\w ]{0,30}?:|\|[ \t]*[A-ZА-ЯЁ][\w ]{0,30}?[ \t]*\||[A-ZА-ЯЁ][\w ]{0,30}?(?=\t))(?=\s)"
_WRAPPED = 60  # a line this long is a wrapped paragraph's, not a heading's or a list item's
# a line that opens an entry of its own: a date, a month, a "Key:" label, a dash
_NEW_ENTRY = re.compile(rf"\s*(?:\d|[—–]|{MONTH}\b|{_LABEL})")


# a picture's credit that closes its caption: "1936–1937 / NYPL Digital Library / Wikimedia
# Commons", "Фото: Wikipedia / Visem", "© AP"
CREDIT = re.compile(r"(?:\bWikimedia\s+Commons|\bGetty\s+Images|\bAP\s+Photo|"
                    r"(?:^|\s/\s)[^/\n]{0,60}\b(?:Library|Archives?|Museum|Collection)|"
                    r"©[^\n]{0,80}|\b(?:Photo|Фото|Credit|Источник)\s*:[^\n]{0,80})\s*$")


_DANGLING = re.compile(r"\b(?:of|the|a|an|to|and|or|by|in|on|at|from|with|for|about|some|than|"
                       r"nearly|over|least|и|в|на|по|из|от|до|около|более|свыше)[ \t]*$", re.I)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Lines are blocks, except a line that continues a hard-wrapped sentence (PDF, e-mail)."""
    start = None
    pos = 0
    prev_end_char = "."
    prev_len = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            if start is not None:
                yield start, line_start - 1
                start = None
            prev_end_char = "."
            continue
        # a long line that stops mid-word-run ("… In 1936 Stalin made") goes on in the next
        # one even when that opens with a name ("Nikolai Yezhov head of the NKVD")
        wrapped = prev_len >= _WRAPPED and prev_end_char.islower()
        # "… called for the arrest of" / "250,000 men and women.": a line that ends on a
        # word no sentence ends with goes on, even into a number
        dangling = wrapped and bool(_DANGLING.search(text, max(0, line_start - 12), line_start - 1))
        continues = (start is not None and prev_end_char not in ".!?:”\"" and
                     (stripped[0].islower() or wrapped and not _NEW_ENTRY.match(line) or dangling)
                     and not _BULLET.match(line))
        if start is not None and not continues:
            yield start, line_start - 1
            start = None
        if start is None:
            start = line_start + (len(line) - len(line.lstrip()))
        # a caption's credit ends its block: the next line is not its continuation
        prev_end_char = "." if CREDIT.search(stripped) else stripped[-1]
        prev_len = len(stripped)
    if start is not None:
        yield start, len(text)


def _is_heading(block: str) -> bool:
    """A short line without final punctuation; a table row ("| Date | March 1921 |") too."""
    block = block.strip().strip("|").strip()
    return (0 < len(block) <= 90 and "\n" not in block and block[-1] not in ".!?:;,”\"'"
            and (block[0].isupper() or block[0].isdigit()) and not _BULLET.match(block))


# glued initials ("P.P. Postisheff", "K.E. Voroshiloff") are no sentence's end; "the
# U.S.S.R. In 1937" is, by the word that follows
_INITIALS = re.compile(r"\w\.\w(?:\.\w)?")
_OPENERS = {"the", "in", "on", "at", "he", "she", "it", "they", "this", "these", "a", "an",
            "after", "by", "from", "since", "then", "when", "there", "its", "his", "her", "their"}


# "Арестован 12 августа 1937 г. Осуждён …": the year's "г." ends a sentence as any word does
_YEAR_MARK = re.compile(r"\d{4}\s*(?:гг?|г\.\s?г)\.$")


def _surname_next(block: str, at: int) -> bool:
    word = block[at:at + 40].split(maxsplit=1)[0].strip(",;:") if block[at:at + 40].strip() else ""
    return len(word) > 2 and word[0].isupper() and word[1:].islower() \
        and word.lower() not in _OPENERS


def _word_before(block: str, end: int) -> str:
    """The word (dots inside kept, "e.g") that a full stop at `end` closes, lower-cased."""
    start = end
    while start > max(0, end - 30) and (block[start - 1].isalnum() or block[start - 1] in "_."):
        start -= 1
    return block[start:end].lower().rstrip(".")


# an infobox's lines: "Date: April–May 1940", "Location: Katyn", "Deaths: 21,857"
_KEY_VALUE = re.compile(rf"{_LABEL}\s+\S")
_DATE_KEY = re.compile(r"\s*\|?\s*(?:Dates?|Period|Дата|Даты|Период)\s*[:|\t]", re.I)
_TABLE_RULE = re.compile(r"[ \t]*\|[\s|:-]*\|[ \t]*")  # "|---|---|", "| | |"


# an infobox line's label, blanked where names and triggers are read ("Attack type: …")
LABEL = re.compile(rf"(?m)^{_LABEL}")


def unlabelled(text: str, fill: str = " ") -> str:
    """`text` with its infobox labels blanked by `fill` (same length, so offsets hold; a tab
    keeps names on two lines apart)."""
    return LABEL.sub(lambda m: fill * len(m.group()), text) if ":" in text or "|" in text \
        or "\t" in text else text


def split(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; `text[s.start:s.end] == s.text`. The lines of an
    infobox with a date line are one unit: its date, place, toll and perpetrators tell one
    event."""
    return _infoboxes(text, _sentences(text))


def _infoboxes(text: str, found: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    run: list[Sentence] = []

    def close() -> None:
        if len(run) > 1 and any(_DATE_KEY.match(s.text) for s in run):
            out.append(Sentence(run[0].start, run[-1].end, text[run[0].start:run[-1].end],
                                run[0].block))
        else:
            out.extend(run)
        run.clear()

    for sentence in found:
        if _TABLE_RULE.fullmatch(sentence.text):
            continue  # a pipe table's header rule or empty header: no sentence
        whole_line = not run or sentence.block <= run[-1].block + 3
        if _KEY_VALUE.match(sentence.text) and whole_line:
            run.append(sentence)
            continue
        close()
        if _KEY_VALUE.match(sentence.text):
            run.append(sentence)
        else:
            out.append(sentence)
    close()
    return out


def _sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for number, (b_start, b_end) in enumerate(_blocks(text)):
        block = text[b_start:b_end].rstrip()
        b_end = b_start + len(block)
        heading = _is_heading(block)
        bullet = bool(_BULLET.match(block))
        cut = b_start
        for match in _BOUNDARY.finditer(block):
            word = _word_before(block, match.start())
            if (word in _ABBREV or (len(word) == 1 and word.isalpha())
                    or _INITIALS.fullmatch(word) and _surname_next(block, match.end())) \
                    and not _YEAR_MARK.search(block, 0, match.start() + 1):
                continue
            end = b_start + match.end()
            piece = text[cut:end].rstrip()
            if piece:
                out.append(Sentence(cut, cut + len(piece), piece, number, heading, bullet))
            cut = end
        piece = text[cut:b_end].rstrip()
        if piece.strip():
            out.append(Sentence(cut, cut + len(piece), piece, number, heading, bullet))
    return out
