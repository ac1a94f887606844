"""Event types from trigger words, and modality (attempt, negated, threat, hypothetical).

Each type has a weight: when a clause holds several triggers the most specific wins
("attacked … killing dozens and arresting 500" is an attack; "shot" beats "repression").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .figures import PEOPLE
from .prefilter import Prefiltered
from .sentences import unlabelled

_MACRO = re.compile(r"\{([A-Z_]+)\}")


def _expand(pattern: str, macros: dict[str, str]) -> str:
    while _MACRO.search(pattern):
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    return pattern


def _load() -> tuple[list[tuple[str, int, str]], str]:
    """(type, weight, pattern) of every entry of data/lexicon/triggers.yaml, and the
    shooting-at-a-person pattern that makes an attempt."""
    data = lexicon.load_file("triggers")
    macros = {**data["macros"], "PEOPLE": "|".join(sorted(PEOPLE))}
    entries = [(e["type"], int(e["weight"]), _expand("|".join(e["patterns"]), macros))
               for e in data["triggers"]]
    return entries, _expand(data["macros"]["SHOT_AT"], macros)


# (type, weight, pattern). Patterns are matched case-insensitively on word boundaries.
TRIGGERS, _SHOT_AT = _load()
# Shooting at a person without killing: an assassination attempt.
_SHOT_AT_RX = re.compile(_SHOT_AT, re.I)
# One alternation, most specific first, scanned once per sentence.
_ORDER = sorted(range(len(TRIGGERS)), key=lambda i: -TRIGGERS[i][1])
_ALTERNATION = r"\b(?:" + "|".join(f"(?P<t{i}>{TRIGGERS[i][2]})" for i in _ORDER) + r")(?!\w)"
_ALL = Prefiltered(_ALTERNATION, ignore_case=True, together=True)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tried\s+to|failed\s+to|plot\w*\s+to|plann\w*\s+to|"
                      r"narrowly\s+escaped|survived)\b", re.I)
_ATTEMPT_AFTER = re.compile(r"\s*attempts?\b", re.I)
_ATTEMPT_WORD = re.compile(r"покушени\w*|покушал\w*", re.I)  # the word itself says attempt
_CLAUSE_MARK = re.compile(r"[,;:()]")
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?$", re.I)
_FUTURE_AFTER = re.compile(r"\s+(?:will|would|shall)\s+be\b")
# a count just before an act: "841 arrested", "133 civilians killed" (not a year: "August
# 1918 hostages were shot")
# a count right before its act, in figures or in words ("hundreds of thousands more were
# detained"); a year is no count
_COUNTED_BEFORE = re.compile(r"(?:(?<![\d,.])(?!(?:1[5-9]|20)\d\d\s)\d(?:[\d,.]*\d)?|\b(?:hundreds|thousands|"
                             r"millions|dozens|tens)(?:\s+of\s+(?:thousands|millions))?|\bmillion|\bthousand)"
                             r"\s+(?:[a-z]+\s+){0,2}?(?:(?:were|was|had\s+been)\s+)?$")
_AFTER_COMMA = re.compile(r",[^,;]*$")
_THREAT = re.compile(r"\b(?:threat\w*|warned|vowed)\s+(?:to|that)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would\s+be|would\s+have|will\s+be|will\s+have|might|could\s+have|"
                           r"if\b|called\s+for|"
                           r"demanded|urg\w+|proposed|plann\w*)\b", re.I)


@dataclass(frozen=True)
class Trigger:
    type: str
    weight: int
    start: int
    end: int
    text: str


_NAME_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w’'-]+\s+$")


def find_triggers(text: str, offset: int = 0) -> list[Trigger]:
    """All trigger words in `text`, in text order."""
    found = []
    for m in _ALL.finditer(unlabelled(text)):  # "Attack type: Mass murder": the murder
        event_type, weight, _ = TRIGGERS[int(m.lastgroup[1:])]  # type: ignore[index]
        if event_type == "other" and text[m.start()].isupper() and _NAME_BEFORE.search(
                text, max(0, m.start() - 30), m.start()):
            continue  # "the Warsaw Pact": a body's name, not a pact made
        found.append(Trigger(event_type, weight, m.start() + offset, m.end() + offset,
                             text[m.start():m.end()]))
    return found


# "the suppression of the sailors' mutiny": the mutiny is what the suppression acted on.
_SHOT_AFTER = re.compile(r"\s+(?:were|was)\s+(?:\w+\s+)?(?:shot|executed|killed|hanged)\b", re.I)
_CAMP = re.compile(r"(?:concentration|labou?r)\s+camps?|gulag", re.I)
_WHERE_BEFORE = re.compile(r"\b(?:in|at|inside|within|of|near)\s+(?:the\s+|a\s+)?(?:[\w’'()-]+\s+){0,2}$",
                           re.I)
# "striking workers", not "the shooting of workers" (a noun, with its object)
_PEOPLE_AFTER = re.compile(r"\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:" + "|".join(sorted(PEOPLE)) + r"|crowds?|masses|miners|railwaymen)\b",
                           re.I)
# "sentenced to life imprisonment": the trial's sentence, not an arrest
_SENTENCE_TO = re.compile(r"[^.;]{0,120}?\bto\s+(?:[\w()]+\s+){0,5}\(?", re.I)
# "gave the NKVD power to try and execute suspects": a power granted, not an act done
_POWER_TO = re.compile(r"\b(?:power|powers|right|authority|permission|licen[cs]e|mandate|"
                       r"competence|prerogative)\s+to\s+(?:[\w-]+\s+(?:and|or)\s+)?$", re.I)
# "attacked thousands of demonstrators", "fired on the striking workers": the crowd is what
# the force acted on, the force the event
_CROWDS = frozenset({"strike", "uprising"})
_FORCE = frozenset({"attack", "killing", "execution", "arrest", "raid", "torture", "deportation"})
_ORDERED_THE = re.compile(r"\s+(?:the|an?)\s+(?:immediate\s+|forced\s+)?", re.I)
_ORDERED_TO = re.compile(r"\s+(?:(?!(?:not|never)\b)[\w’'-]+\s+){0,3}to\s+(?:\w+\s+)?", re.I)
_DIRECT_OBJECT = re.compile(r"\s+(?:(?!(?:during|after|before|following|amid|when|while|since|"
                            r"until|took|place|was|were|had|began|started|and|or|but|then|as|who|which|"
                            r"that|и|а|но)\s)[\w’'-]+\s+){0,4}",
                            re.I)
_OBJECT_OF = re.compile(r"\s+(?:of|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}", re.I)


# "in the months following Lenin's attempted assassination": a time reference, not the event
_CUE_AFTER = ("following", "after", "since", "before", "during")  # "died during deportations"
_CUE_IN_TO = ("response", "reply", "answer")
_CUE_IN_FOR = ("retaliation", "revenge", "reprisal")
# Russian: "после подавления", "узнав о повышении цен", "в ответ на убийство", "вслед за"
_CUE_RU = r"после|узнав|вслед\s+за|в\s+ответ\s+на|в\s+отместку\s+за|в\s+ходе|во\s+время"
# "on 24 February 2022, the day the invasion began": a day named by another event
_CUE_THE_DAY = ("the day", "the week", "the month", "the year", "the night")
_CUE = (rf"\b(?:{'|'.join(_CUE_AFTER)}|in\s+(?:{'|'.join(_CUE_IN_TO)})\s+to|"
        rf"in\s+(?:{'|'.join(_CUE_IN_FOR)})\s+for|as\s+a\s+reprisal\s+for|{_CUE_RU}|"
        rf"(?<=,\s)the\s+(?:day|week|month|year|night)(?=\s))")
_CUE_WORDS = _CUE_AFTER + _CUE_IN_TO + _CUE_IN_FOR + _CUE_THE_DAY  # every cue holds one of them
# "since then", "after that": a time, no event named
_TIME_REFERENCE = re.compile(_CUE + r"(?!\s+(?:then|that|this|now)\b)\s+(?:[\w’'-]+\s+){0,4}$",
                             re.I)
# "in reply to the murder of Uritsky and the attempt on Lenin, 512 … were shot": a longer
# reference phrase, closed by a comma before the main clause
_FRONTED_REFERENCE = re.compile(_CUE + r"\s+[^,;:.]{0,80}$", re.I)
# "Kaplan, who shot at Lenin, was executed": the relative clause describes, the verb tells
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|which)\s+(?:had\s+|has\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


# "was created by a decree of the Council": the decree is the means, the founding the event
_INSTRUMENT = re.compile(r"\b(?:by|under|through|with)\s+(?:a|an|the|its|his|her|their)\s+$", re.I)
# "news of the shooting provoked strikes", "известие о расстреле вызвало забастовки": what the
# news told is no event of this sentence; what it set off is
_NEWS_OF = re.compile(r"\b(?:news|word|reports?|rumou?rs?)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?$|"
                      r"(?<!\w)(?:извест\w+|вест\w+|сообщени\w+|слух\w*)\s+об?\s+(?:\w+\s+)?$", re.I)


# "provoked strikes", "вызвало забастовки": what follows is the effect told, not an object
CAUSED = re.compile(r"\b(?:provok\w+|sparked|triggered|caused|prompted|led\s+to|set\s+off|"
                    r"touched\s+off|unleashed)\b|(?<!\w)(?:вызвал\w*|спровоцировал\w*|"
                    r"привел\w*\s+к|привёл\s+к)", re.I)


def _governs(o: Trigger, t: Trigger, between: str) -> bool:
    """`t` is what the earlier trigger `o` acts on: "the suppression of the mutiny",
    "attacked thousands of demonstrators", "protesting the pass laws", "sentenced to forced
    labour"."""
    return bool(_OBJECT_OF.fullmatch(between)
                or (t.type in _CROWDS and o.type in _FORCE or o.type == "strike")
                and _DIRECT_OBJECT.fullmatch(between) and not CAUSED.search(between)
                or o.type == "trial" and _SENTENCE_TO.fullmatch(between))


def best(triggers: list[Trigger], text: str = "", offset: int = 0) -> Trigger | None:
    """The most specific trigger of the main clause; the earliest among equals.

    A participle after a comma (", killing dozens and arresting 500") tells the consequences
    of the event a previous trigger names, so it only counts when nothing else does.
    """
    def is_reference(t: Trigger) -> bool:
        before = text[max(0, t.start - offset - 40):t.start - offset]
        later = [o.start for o in triggers if o.start > t.start]
        closed = "," in text[t.end - offset:(min(later) - offset) if later else len(text)]
        return bool(cued and _TIME_REFERENCE.search(before) or _INSTRUMENT.search(before)
                    or _NEWS_OF.search(before)
                    or _RELATIVE_CLAUSE.search(before)
                    or cued and closed and later and _FRONTED_REFERENCE.search(
                        text[max(0, t.start - offset - 90):t.start - offset]))

    def rank(t: Trigger) -> tuple[int, int]:
        before = text[max(0, t.start - offset - 40):t.start - offset]
        consequence = t.text.lower().endswith("ing") and _AFTER_COMMA.search(before) and \
            any(o.start < t.start for o in triggers)
        # "в ответ на расстрел … прошли забастовки": an act referred to governs nothing
        governed = any(o.start < t.start and o not in references
                       and _governs(o, t, text[o.end - offset:t.start - offset]) for o in triggers)
        reference = t in references
        # "striking workers", "striking gold miners": a participle that only describes people
        describes = t.text.lower().endswith("ing") and bool(_PEOPLE_AFTER.match(
            text, t.end - offset))
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1 or \
            before.count("«") > before.count("»")
        # "hostages were shot": the shooting is the event, the hostages its victims
        victims = t.type == "hostage_taking" and bool(_SHOT_AFTER.match(text, t.end - offset))
        not_done = bool(_POWER_TO.search(before)) or is_plotted(text, t, offset)  # granted, plotted
        # "ordered his troops to open fire": the act carried out, not the order, is told
        # "ordered the liquidation of Memorial": the closing ordered, likewise
        ordered = t.type == "decree" and t.text.lower() in ("ordered", "commanded") and any(
            o.start > t.end and (o.type in _FORCE and _ORDERED_TO.fullmatch(
                text, t.end - offset, o.start - offset) or o.type in _FORCE | {"ban"}
                and _ORDERED_THE.fullmatch(text, t.end - offset, o.start - offset))
            for o in triggers)
        # "133 civilians killed, … 700 wounded and 841 arrested": in a tally the first count's
        # act is the event, the later ones what else befell people in it
        own = _COUNTED_BEFORE.search(text, max(0, t.start - offset - 40), t.start - offset)
        tally = own is not None and any(  # another count's act ("2,000 hostages were shot" is one)
            o.start < t.start and (c := _COUNTED_BEFORE.search(
                text, max(0, o.start - offset - 40), o.start - offset)) is not None
            and c.end() <= own.start() for o in triggers)
        # "a revolt in the Kengir labour camp", "prisoners of the Gulag": where, not an act
        placed = t.type == "deportation" and bool(_CAMP.fullmatch(t.text)) and bool(
            _WHERE_BEFORE.search(before))
        return (t.weight - (4 if consequence or governed or reference or describes or not_done
                            or ordered or tally or placed else 0)
                - (1 if victims else 0)
                - (3 if quoted else 0), -t.start)

    if len(triggers) < 2:  # nothing to weigh
        return triggers[0] if triggers else None
    # whether any trigger's words before it may hold a time-reference cue ("after", …): most
    # sentences have none, and spare each trigger two searches (beyond ASCII, the regex decides)
    region = text[max(0, min(t.start for t in triggers) - offset - 90):
                  max(t.start for t in triggers) - offset]
    cued = not region.isascii() or any(word in region.lower() for word in _CUE_WORDS)
    references = [t for t in triggers if is_reference(t)]
    return max(triggers, key=rank)


def time_reference_start(text: str, trigger: Trigger) -> int | None:
    """Where the cue begins when the event only dates another one ("After the February
    Revolution of 1917 …", "Following Kirov's murder in December 1934, …"), else None."""
    lo = max(0, trigger.start - 40)
    found = _TIME_REFERENCE.search(text[lo:trigger.start])
    return lo + found.start() if found else None


def is_time_reference(text: str, trigger: Trigger) -> bool:
    return time_reference_start(text, trigger) is not None


_ASIDE_DASH = re.compile(r"\s[–—-]\s|(?<!\d)—(?!\d)")  # not a range, "1930—1931"
_LEAD_GAP = re.compile(r"\s*(?:гг?\.|года?)?\s*")


def aside(text: str, trigger: Trigger, start: int, end: int,
          date: tuple[int, int, bool] | None = None) -> tuple[int, int] | None:
    """Where the aside of its sentence (`start`..`end`) that holds the trigger begins and
    ends, between brackets or a pair of dashes ("Azef – who had been involved in its
    assassinations – had been an agent" tells who Azef was, not what happened); None if the
    trigger is in the sentence's own run. The `date` (start, end, whether it leads the
    sentence) has dashes that open no aside: its range's ("В апреле — мае 1940 г."), and a
    chronology entry's right after a lead date ("Август 1962 г. — …")."""
    before, after = text[start:trigger.start], text[trigger.end:end]
    if before.count("(") > before.count(")") and ")" in after:
        return start + before.rindex("("), trigger.end + after.index(")")
    dashes = [d for d in _ASIDE_DASH.finditer(before) if date is None or not (
        date[0] <= start + d.start() < date[1]
        or date[2] and _LEAD_GAP.fullmatch(text, date[1], start + d.start()))]
    closing = _ASIDE_DASH.search(after)
    if len(dashes) % 2 and closing:
        return start + dashes[-1].start(), trigger.end + closing.start()
    return None


def is_instrument(text: str, trigger: Trigger, offset: int = 0) -> bool:
    return bool(_INSTRUMENT.search(text[max(0, trigger.start - offset - 20):trigger.start - offset]))


def modality(text: str, trigger: Trigger, offset: int = 0) -> tuple[str, bool]:
    """(modality, attempt) of the event that `trigger` names in `text`.

    Looks at the words just before the trigger: "attempted assassination", "was not executed",
    "threatened to shoot", "called for … mass terror".
    """
    before = text[max(0, trigger.start - offset - 40):trigger.start - offset]
    after = text[trigger.end - offset:trigger.end - offset + 25]
    attempt = bool(_ATTEMPT.search(before) or _ATTEMPT_AFTER.match(after)
                   or _SHOT_AT_RX.fullmatch(trigger.text) or _ATTEMPT_WORD.fullmatch(trigger.text))
    window = _CLAUSE_MARK.split(before)[-1]
    if _THREAT.search(window):
        return "threat", attempt
    if _NOT_BEFORE.search(window) or re.match(
            r"\s+(?:was|were)\s+not\b", after):
        return "negated", attempt
    if _HYPOTHETICAL.search(window) or _FUTURE_AFTER.match(after) or is_plotted(
            text, trigger, offset):
        return "hypothetical", attempt  # "a further list of hostages will be published"
    return "asserted", attempt


# "plots … to decapitate the regime by assassinating its leaders", "admitted plotting the
# assassination of Stalin", "заговор с целью убийства": what was plotted, not what was done
# (within the plot's phrase: "to liquidate such plots, Stalin replaced Yagoda", "a story of
# plots … was told as twenty went on trial" are done)
_PLOTTED = re.compile(r"\b(?:plot(?:s|ted|ting)?|conspir\w*|schem(?:e|es|ed|ing)|"
                      r"заговор\w*|замышлял\w*|готовил\w*\s+покушени\w*)\b(?:(?!\b(?:was|were|is|are|has|have|had|был\w*)\b)[^.;:!?,]){0,100}$",
                      re.I)


def is_plotted(text: str, trigger: Trigger, offset: int = 0) -> bool:
    """The act is the aim of a plot the sentence tells of, not an act that took place."""
    return bool(_PLOTTED.search(text[max(0, trigger.start - offset - 120):trigger.start - offset]))
