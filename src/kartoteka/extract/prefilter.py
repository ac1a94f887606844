"""Scan a sentence once for where any of many regexes can begin, then run each regex only there.

Python's `re` tries a pattern at every character, and a pattern that opens with `\\b`, a
lookbehind or an optional part gets none of the engine's fast skipping: forty such patterns
over a sentence cost forty full passes. Every match of such a pattern still begins with one of
a small set of literal strings ("assassinat", "execut", the digits "10"…"20", "Jan", …).
`Prefilter` reads those strings off each compiled pattern's parse tree, finds all their
occurrences in one Aho–Corasick pass (pyahocorasick, in C), and `finditer` then tries the
pattern only at those offsets — the same matches as `pattern.finditer`, in the same order.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser (3.11+)
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_LIMIT = 5  # prefix length: long enough to be rare, short enough to keep the sets small
_MAX_SET = 300  # beyond this many strings a prefix stops growing
_SMALL_CLASS = 64  # character classes up to this size are expanded into their characters


# `\\d` and `\\s` match hundreds of characters in a str pattern; prefixes are built from the
# ASCII ones, and a text holding any of the others is scanned in full (`Prefilter.starts`).
# Every ASCII space (tab, line break …) is scanned as " ", so that `\\s` is one character, not ten.
Item = tuple[Any, Any]  # (opcode, argument) of re's parse tree
_DIGITS = frozenset("0123456789")
_PLANES_WITH_DIGITS = 0x20000  # no decimal digit or space lies beyond the first two planes
_SPACES = frozenset(c for c in map(chr, range(128)) if c.isspace())
_OTHER_SPACE = re.compile("[" + re.escape("".join(sorted(_SPACES - {" "}))) + "]")
_RARE = frozenset(c for c in map(chr, range(128, _PLANES_WITH_DIGITS))
                  if c.isdecimal() or c.isspace())


def _class(items: list[Item]) -> set[str] | None:
    """The characters a class `[…]` matches; None when too many to list (negated, `\\w`)."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _SMALL_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return {" " if c in _SPACES else c for c in chars}


Prefix = tuple[str, bool]  # (literal, whether no word character may stand before it)


def _forbids_word_before(av: tuple[int, list[Item]]) -> bool:
    """A negative lookbehind such as `(?<![\\w.,])`: no word character before the match."""
    direction, sub = av
    return direction == -1 and len(sub) == 1 and sub[0][0] is C.IN and \
        (C.CATEGORY, C.CATEGORY_WORD) in sub[0][1]


def _prefixes(items: list[Item], at_word: bool = False, room: int = _LIMIT,
              depth: int = 0) -> set[Prefix]:
    """Strings one of which begins every match of the sequence `items` ("" = no constraint),
    each with whether a word boundary precedes it; at most `room` characters long."""
    if not items or room == 0 or depth > 40:
        return {("", at_word)}
    op, av = items[0]
    rest = items[1:]
    if op is C.AT:
        return _prefixes(rest, at_word or av is C.AT_BOUNDARY, room, depth)
    if op is C.ASSERT_NOT and _forbids_word_before(av):
        return _prefixes(rest, True, room, depth)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _prefixes(rest, at_word, room, depth)  # zero-width: the match begins after it
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return {("", at_word)}
        return _prefixes(list(sub) + rest, at_word, room, depth + 1)
    if op is C.BRANCH:
        return set().union(*(_prefixes(list(alt) + rest, at_word, room, depth + 1)
                             for alt in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        if high == 0:
            return _prefixes(rest, at_word, room, depth)
        # one repetition, then the remaining ones, then the rest
        again = [(C.MAX_REPEAT, (max(low - 1, 0), high - 1, sub))] if high > 1 else []
        once = _prefixes(list(sub) + again + rest, at_word, room, depth + 1)
        return once | _prefixes(rest, at_word, room, depth) if low == 0 else once
    if op is C.LITERAL:
        heads: set[str] | None = {" " if chr(av) in _SPACES else chr(av)}
    elif op is C.IN:
        heads = _class(av)
    else:
        heads = None  # any character, a category, a backreference …: no literal to look for
    if heads is None:
        return {("", at_word)}
    for shorter in range(room - 1, -1, -1):  # as long as the set stays small
        tails = {t for t, _ in _prefixes(rest, False, shorter, depth)}
        if len(heads) * len(tails) <= _MAX_SET:
            break
    return {(h + t, at_word) for h in heads for t in tails}


def _anchored(items: list[Item], flags: int) -> bool:
    """Whether the pattern can only match at the start of the text (`^` without MULTILINE)."""
    return bool(items) and items[0][0] is C.AT and (
        items[0][1] is C.AT_BEGINNING_STRING
        or items[0][1] is C.AT_BEGINNING and not flags & re.MULTILINE)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def has_prefixes(pattern: str) -> bool:
    """Whether every match of `pattern` begins with one of a few literal strings: one
    alternative without (a leading `\\w+`) sends the whole alternation it joins to a full scan."""
    items = list(parser.parse(pattern).data)
    return _anchored(items, 0) or all(prefix for prefix, _ in _prefixes(items))


class Prefilter:
    """Candidate start offsets of several case-sensitive patterns, from one pass over a text.

    A pattern with no literal to look for (it can open with any letter, or ignores case) gets
    `None` from `starts`, and `finditer` falls back to the full scan for it.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        by_prefix: dict[str, dict[int, bool]] = {}
        self._unfiltered: set[int] = set()
        self._anchored: set[int] = set()
        for i, pattern in enumerate(self.patterns):
            items = list(parser.parse(pattern.pattern, pattern.flags).data)
            if _anchored(items, pattern.flags):
                self._anchored.add(i)
                continue
            found = _prefixes(items) if not pattern.flags & re.IGNORECASE else {("", False)}
            if any(not prefix for prefix, _ in found):
                self._unfiltered.add(i)
                continue
            if pattern.flags & re.ASCII:  # its `\b` reads only ASCII letters as a word's
                found = {(prefix, False) for prefix, _ in found}
            # a boundary only narrows the search before a word character
            strings: dict[str, bool] = {}
            for prefix, at_word in found:
                at_word = at_word and _is_word(prefix[0])
                strings[prefix] = strings.get(prefix, True) and at_word
            for prefix, at_word in strings.items():
                if not any(strings.get(prefix[:k]) in (False, at_word) for k in range(1, len(prefix))):
                    by_prefix.setdefault(prefix, {})[i] = at_word
        self._automaton = ahocorasick.Automaton()
        for prefix, owners in by_prefix.items():
            # the patterns it may begin anywhere, and all of them (the same tuple when none
            # needs a word to begin there)
            anywhere = tuple(i for i, at_word in owners.items() if not at_word)
            everyone = anywhere + tuple(i for i, at_word in owners.items() if at_word)
            self._automaton.add_word(prefix, (len(prefix) - 1, anywhere,
                                              anywhere if everyone == anywhere else everyone))
        self._empty = not by_prefix
        if not self._empty:
            self._automaton.make_automaton()
        # what `starts` returns before the scan: None (anywhere), (0,) (the start) or ()
        self._blank: list[Sequence[int] | None] = [
            (0,) if i in self._anchored else None if i in self._unfiltered else ()
            for i in range(len(self.patterns))]

    def starts(self, text: str) -> list[Sequence[int] | None]:
        """For each pattern, the sorted offsets where a match of it may begin (None: anywhere,
        as for a text with a digit or a space outside ASCII)."""
        found = list(self._blank)
        if self._empty:
            return found
        if not text.isascii() and not _RARE.isdisjoint(text):
            return [(0,) if i in self._anchored else None for i in range(len(found))]
        if _OTHER_SPACE.search(text):
            text = _OTHER_SPACE.sub(" ", text)
        grown: list[list[int]] = []
        for end, (back, owners, everyone) in self._automaton.iter(text):
            start = end - back
            if everyone is not owners:  # some begin a word: not after a word character
                before = text[start - 1] if start else " "  # (as `\w` reads: alphanumeric, "_")
                if not (before.isalnum() or before == "_"):
                    owners = everyone
            for i in owners:
                offsets = found[i]
                if offsets:
                    offsets.append(start)
                else:
                    found[i] = offsets = [start]
                    grown.append(offsets)
        for offsets in grown:
            if len(offsets) > 1:
                offsets.sort()
        return found


def finditer(pattern: re.Pattern[str], text: str,
             starts: Sequence[int] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only the offsets in `starts` (all of them when None)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    position = 0
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            position = max(match.end(), start + 1)


class _Together:
    """Patterns that read the same texts one after another (a sentence's dates, trigger words,
    numbers, kind words, alias cues): one pass over a text finds the candidates of them all.
    The case-blind ones scan the lower-cased text, the others the text as written (two groups,
    so that "May" stays a month and "may" a verb). The last text's candidates are kept per
    thread."""

    def __init__(self, blind: bool) -> None:
        self.blind = blind
        self.patterns: list[re.Pattern[str]] = []
        self._prefilter: Prefilter | None = None
        self._last = threading.local()
        self._lock = threading.Lock()  # patterns join (at import) while none is being built

    def join(self, pattern: re.Pattern[str]) -> int:
        """Add a pattern; its index in what `scan` returns."""
        with self._lock:
            self.patterns.append(pattern)
            self._prefilter = None
            self._last = threading.local()  # candidates scanned before lack the new pattern's
            return len(self.patterns) - 1

    def _built(self) -> Prefilter:
        with self._lock:
            if self._prefilter is None:
                self._prefilter = Prefilter(self.patterns)
            return self._prefilter

    def scan(self, text: str) -> tuple[str, list[Sequence[int] | None] | None]:
        """(the text scanned, lower-cased when case-blind; the candidates of every pattern in
        it); None for the candidates when lower-casing changed the text's length."""
        last = self._last
        if getattr(last, "text", None) is not text:
            prefilter = self._prefilter or self._built()
            scanned = text.lower() if self.blind else text
            found = prefilter.starts(scanned) if len(scanned) == len(text) else None
            last.text, last.scanned, last.starts = text, scanned, found
        return last.scanned, last.starts


_BLIND_GROUP, _CASED_GROUP = _Together(blind=True), _Together(blind=False)


def _upper_literals(items: list[Item]) -> set[str]:
    """The upper-case letters a pattern's parse tree asks for literally."""
    found: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars = [chr(av)]
        elif op is C.IN:  # a class's characters and its ranges' first ones ("[А-ЯЁ]")
            chars = [chr(a if o is C.LITERAL else a[0]) for o, a in av
                     if o in (C.LITERAL, C.RANGE)]
        else:
            chars = []
        found |= {c for c in chars if c != c.lower()}
        if op is C.SUBPATTERN:
            found |= _upper_literals(list(av[3]))
        elif op is C.BRANCH:
            for alt in av[1]:
                found |= _upper_literals(list(alt))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            found |= _upper_literals(list(av[2]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found |= _upper_literals(list(av[1]))
    return found


class Prefiltered:
    """A compiled pattern with its prefilter, for the many short texts of a document.

    With `ignore_case` the pattern (written in lower case) runs case-sensitively over the
    lower-cased text: several times faster than `re.IGNORECASE`, and the same but for the few
    letters that fold to another one's case ("ſ", the Kelvin sign). When lower-casing changes a
    text's length ("İ"), it falls back to re.IGNORECASE. `together`: the pattern reads the
    same texts (a document's sentences) as the other patterns so marked, and shares their scan.
    """

    def __init__(self, pattern: str, ignore_case: bool = False, together: bool = False) -> None:
        self.pattern = re.compile(pattern)
        upper = _upper_literals(list(parser.parse(pattern).data)) if ignore_case else set()
        if upper:  # it would never match the lower-cased text: a pattern that silently fails
            raise ValueError(f"a case-blind pattern must be written in lower case: "
                             f"{''.join(sorted(upper))} in {pattern[:80]}…")
        self.ignore_case = ignore_case
        self.any_case = re.compile(pattern, re.IGNORECASE) if ignore_case else self.pattern
        self._group = (_BLIND_GROUP if ignore_case else _CASED_GROUP) if together else None
        self._index = self._group.join(self.pattern) if self._group else 0
        self._prefilter = Prefilter([self.pattern]) if self._group is None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in order, at `text`'s offsets; with `ignore_case` their groups hold the
        lower-cased text."""
        if self._group is not None:
            scanned, shared = self._group.scan(text)
            if shared is None:
                return self.any_case.finditer(text)
            starts = shared[self._index]
            if starts == ():
                return iter(())  # nothing it could begin with: most patterns, most sentences
            return finditer(self.pattern, scanned, starts)
        assert self._prefilter is not None
        if not self.ignore_case:
            return finditer(self.pattern, text, self._prefilter.starts(text)[0])
        lower = text.lower()
        if len(lower) != len(text):
            return self.any_case.finditer(text)
        return finditer(self.pattern, lower, self._prefilter.starts(lower)[0])

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as `re.search` gives it."""
        return next(self.finditer(text), None)
