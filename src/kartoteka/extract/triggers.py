"""Event types from trigger words, and modality (attempt, negated, threat, hypothetical).

Each type has a weight: when a clause holds several triggers the most specific wins
("attacked … killing dozens and arresting 500" is an attack; "shot" beats "repression").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import PEOPLE
from .prefilter import Prefiltered

# Shooting at a person without killing: an assassination attempt.
_SHOT_AT = (r"attempts?\s+on\s+(?:the\s+life\s+of\s+)?(?:\w+(?:’s|'s)\s+)?(?:life\b|\w+)|"
            r"fired\s+(?:\w+\s+){0,2}shots?\s+at|shot\s+at(?!\s+least)|fire[sd]?\s+at|shot\s+and\s+(?:badly\s+|seriously\s+)?"
            r"wounded|(?:badly|seriously|gravely)\s+wounded")
_SHOT_AT_RX = re.compile(_SHOT_AT, re.I)

# "shot strikers", "shot the hostages": shooting people is an execution
_SHOT_PEOPLE = (r"(?:shot|shoots)\s+(?:the\s+|some\s+|many\s+|all\s+)?(?:\w+\s+)?(?:"
                + "|".join(sorted(PEOPLE)) + r"|strikers|hostages)")

# burning villages, offices or archives is an attack; "her remains were burned" is not
_PROPERTY = (r"(?:villages?|houses?|homes?|offices?|archives?|buildings?|churches?|synagogues?|"
             r"headquarters|stations?|farms?|estates?)")
_BURNED = (rf"burn(?:ed|t|s)?\s+(?:down\s+)?(?:the\s+|its\s+|their\s+|whole\s+)?(?:\w+\s+)?{_PROPERTY}|"
           rf"{_PROPERTY}\s+(?:were|was)\s+(?:\w+\s+)?burn(?:ed|t)")

# (type, weight, pattern). Patterns are matched case-insensitively on word boundaries.
TRIGGERS: list[tuple[str, int, str]] = [
    ("assassination", 9, r"assassinat\w*|murder(?:ed)?\s+of\s+(?:the\s+)?(?:tsar|emperor|king|"
                         r"minister|ambassador)|regicide|" + _SHOT_AT),
    ("hostage_taking", 8, r"hostages?|hostage-taking"),
    ("execution", 8, _SHOT_PEOPLE + r"|(?:shot|shoots)\s+(?:some\s+|about\s+|over\s+|more\s+than\s+|"
                     r"at\s+least\s+|nearly\s+)?\d[\d,.]*|execut\w*|firing\s+squads?|shot\s+(?:dead|without|them|him|her)|"
                     r"(?:were|was|be|been|being)\s+shot|"
                     r"hanged|hangs|hangings?(?!\s+orders?)|put\s+to\s+death|death\s+sentences?\s+carried|"
                     r"shooting\s+(?:of\s+)?(?:hostages|prisoners)|"
                     r"расстрел\w*|казн\w*|shot"),
    ("torture", 7, r"tortur\w*|flayed|beaten\s+to\s+death|пытк\w*"),
    ("deportation", 7, r"deport\w*|exil\w*|banish\w*|intern(?:ed|ment)|concentration\s+camps?|"
                       r"labou?r\s+camps?|gulag|sent\s+to\s+(?:the\s+)?camps?|penal\s+colon\w*|"
                       r"katorgas?|ссыл\w*|депортац\w*"),
    ("arrest", 7, r"arrest\w*|detain\w*|imprison\w*|jailed|rounded\s+up|taken\s+into\s+custody|"
                  r"(?:taken|took\s+\w+)\s+(?:away\s+)?from\s+their\s+homes|took\s+away|taken\s+away|"
                  r"incarcerat\w*|apprehended|solitary\s+confinement|арест\w*|задержа\w*"),
    ("raid", 7, r"raid\w*|search(?:ed|es)\s+(?:of\s+)?(?:the\s+)?(?:[\w’']+\s+)?(?:homes|premises|offices|"
                r"flats|apartments|houses|buildings)|"
                r"stormed|swoop\w*|обыск\w*"),
    ("trial", 6, r"trial|tried\s+(?:for|and|by|in)|sentenc(?:ed|es)|tribunals?|convict(?:ed|s)|acquit\w*|"
                 r"court[- ]martial\w*|show\s+trials?|прогово\w*|суд\b"),
    ("founding", 6, r"founded|founds|founding|establish(?:ed|es)?|sets?\s+up|creat(?:ed|es)|form(?:ed|s)|"
                    r"foundation\s+of|came\s+into\s+being|instituted|учрежд\w*|созда\w*"),
    ("ban", 6, r"bann\w*|\bbans?\b|outlaw\w*|abolish\w*|dissol\w*|dispers(?:ed|al|es)|illegali[sz]\w*|prohibit\w*|"
               r"closed\s+down|shut\s+down|suppress(?:ed|ion)\s+of\s+(?:the\s+)?(?:press|newspapers?|"
               r"part(?:y|ies))|censor\w*|liquidat\w+\s+(?:the\s+)?(?:party|organi[sz]ations?)|"
               r"запре\w*"),
    ("strike", 6, r"strikes?|striking|went\s+on\s+strike|protest\w*|demonstrat\w*|walkout|"
                  r"mass\s+meetings?|rall(?:y|ies)|"
                  r"стачк\w*|забастовк\w*"),
    ("uprising", 6, r"upris\w*|risings?|revolt\w*|rebellion|rebell\w*|mutin\w*|insurrect\w*|rose\s+up|"
                    r"revolution(?!ar)|coup|seizure\s+of\s+power|восста\w*|мятеж\w*"),
    ("decree", 5, r"decree\w*|ordered|orders?\b|policy|policies|law\b|laws|sign(?:ed|s)|issu(?:ed|es)|"
                  r"introduc(?:ed|es)|adopt(?:ed|s)|declar(?:ed|es)|instructed|called\s+on|resolution|amnesty|"
                  r"directive|telegram|appeal|proclaimed|proclamation|announced|announcement|manifesto|ultimatum|декрет\w*|приказ\w*|постановлени\w*|указ\w*"),
    # suppressing a revolt is the event told, not the revolt ("the rebellion was suppressed")
    ("attack", 7, r"suppress\w*|crush\w*|put\s+down|quell\w*|shoots"),
    ("attack", 5, r"attack\w*|assault\w*|campaign\s+against|offensive|"
                  r"battles?|stormed|storms|bombard\w*|set\s+fire|torched|invad\w*|" + _BURNED + "|"
                  r"invasion|occup(?:ied|ation)|captured|"
                  r"crackdown|chemical\s+weapons|war\b|subjugat\w*|pacif\w*|punitive"),
    # "died" alone is no trigger: one person's death is a personal fact; many deaths come
    # with a figure ("5 million peasants died"), which makes the event
    # diplomacy is told in these histories but is no act of repression: "other"
    ("other", 6, r"treat(?:y|ies)|pacts?|negotiat\w*|armistice|peace\s+talks"),
    ("killing", 4, r"kill\w*|massacr\w*|murder\w*|slaughter\w*|deaths\b|terror\b|"
                   r"pogroms?|bloodbath|liquidat\w*|exterminat\w*|famine|victims|"
                   r"fire[sd]?\s+on|opened\s+fire|"
                   r"repression|repressions|убийств\w*|террор\w*"),
]
# One alternation, most specific first, scanned once per sentence.
_ORDER = sorted(range(len(TRIGGERS)), key=lambda i: -TRIGGERS[i][1])
_ALTERNATION = r"\b(?:" + "|".join(f"(?P<t{i}>{TRIGGERS[i][2]})" for i in _ORDER) + r")(?!\w)"
_ALL = Prefiltered(_ALTERNATION, ignore_case=True, together=True)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tried\s+to|failed\s+to|plot\w*\s+to|plann\w*\s+to|"
                      r"narrowly\s+escaped|survived)\b", re.I)
_ATTEMPT_AFTER = re.compile(r"\s*attempts?\b", re.I)
_CLAUSE_MARK = re.compile(r"[,;:()]")
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?$", re.I)
_FUTURE_AFTER = re.compile(r"\s+(?:will|would|shall)\s+be\b")
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


def find_triggers(text: str, offset: int = 0) -> list[Trigger]:
    """All trigger words in `text`, in text order."""
    found = []
    for m in _ALL.finditer(text):
        event_type, weight, _ = TRIGGERS[int(m.lastgroup[1:])]  # type: ignore[index]
        found.append(Trigger(event_type, weight, m.start() + offset, m.end() + offset,
                             text[m.start():m.end()]))
    return found


# "the suppression of the sailors' mutiny": the mutiny is what the suppression acted on.
_SHOT_AFTER = re.compile(r"\s+(?:were|was)\s+(?:\w+\s+)?(?:shot|executed|killed|hanged)\b", re.I)
_PEOPLE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(PEOPLE)) + r"|crowds?|masses|miners|railwaymen)\b",
                           re.I)
# "sentenced to life imprisonment": the trial's sentence, not an arrest
_SENTENCE_TO = re.compile(r"[^.;]{0,120}?\bto\s+(?:[\w()]+\s+){0,5}\(?", re.I)
_OBJECT_OF = re.compile(r"\s+(?:of|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}", re.I)


# "in the months following Lenin's attempted assassination": a time reference, not the event
_CUE_AFTER = ("following", "after", "since", "before")
_CUE_IN_TO = ("response", "reply", "answer")
_CUE_IN_FOR = ("retaliation", "revenge", "reprisal")
_CUE = (rf"\b(?:{'|'.join(_CUE_AFTER)}|in\s+(?:{'|'.join(_CUE_IN_TO)})\s+to|"
        rf"in\s+(?:{'|'.join(_CUE_IN_FOR)})\s+for|as\s+a\s+reprisal\s+for)")
_CUE_WORDS = _CUE_AFTER + _CUE_IN_TO + _CUE_IN_FOR  # every cue holds one of them
_TIME_REFERENCE = re.compile(_CUE + r"\s+(?:[\w’'-]+\s+){0,4}$", re.I)
# "in reply to the murder of Uritsky and the attempt on Lenin, 512 … were shot": a longer
# reference phrase, closed by a comma before the main clause
_FRONTED_REFERENCE = re.compile(_CUE + r"\s+[^,;:.]{0,80}$", re.I)
# "Kaplan, who shot at Lenin, was executed": the relative clause describes, the verb tells
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|which)\s+(?:had\s+|has\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


# "was created by a decree of the Council": the decree is the means, the founding the event
_INSTRUMENT = re.compile(r"\b(?:by|under|through|with)\s+(?:a|an|the|its|his|her|their)\s+$", re.I)


def best(triggers: list[Trigger], text: str = "", offset: int = 0) -> Trigger | None:
    """The most specific trigger of the main clause; the earliest among equals.

    A participle after a comma (", killing dozens and arresting 500") tells the consequences
    of the event a previous trigger names, so it only counts when nothing else does.
    """
    def rank(t: Trigger) -> tuple[int, int]:
        before = text[max(0, t.start - offset - 40):t.start - offset]
        consequence = t.text.lower().endswith("ing") and _AFTER_COMMA.search(before) and \
            any(o.start < t.start for o in triggers)
        governed = any(o.start < t.start and (_OBJECT_OF.fullmatch(
            text[o.end - offset:t.start - offset]) or o.type == "trial" and _SENTENCE_TO.fullmatch(
            text[o.end - offset:t.start - offset])) for o in triggers)
        later = [o.start for o in triggers if o.start > t.start]
        closed = "," in text[t.end - offset:(min(later) - offset) if later else len(text)]
        reference = bool(cued and _TIME_REFERENCE.search(before) or _INSTRUMENT.search(before)
                         or _RELATIVE_CLAUSE.search(before)
                         or cued and closed and later and _FRONTED_REFERENCE.search(
                             text[max(0, t.start - offset - 90):t.start - offset]))
        # "striking workers", "rebelling sailors": a participle that only describes people
        describes = t.text.lower().endswith("ing") and bool(_PEOPLE_AFTER.match(
            text, t.end - offset))
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1 or \
            before.count("«") > before.count("»")
        # "hostages were shot": the shooting is the event, the hostages its victims
        victims = t.type == "hostage_taking" and bool(_SHOT_AFTER.match(text, t.end - offset))
        return (t.weight - (4 if consequence or governed or reference or describes else 0)
                - (1 if victims else 0)
                - (3 if quoted else 0), -t.start)

    if len(triggers) < 2:  # nothing to weigh
        return triggers[0] if triggers else None
    # whether any trigger's words before it may hold a time-reference cue ("after", …): most
    # sentences have none, and spare each trigger two searches (beyond ASCII, the regex decides)
    region = text[max(0, min(t.start for t in triggers) - offset - 90):
                  max(t.start for t in triggers) - offset]
    cued = not region.isascii() or any(word in region.lower() for word in _CUE_WORDS)
    return max(triggers, key=rank)


def is_time_reference(text: str, trigger: Trigger) -> bool:
    """"After the February Revolution of 1917 …": the event dates another one."""
    return bool(_TIME_REFERENCE.search(text[max(0, trigger.start - 40):trigger.start]))


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
                   or _SHOT_AT_RX.fullmatch(trigger.text))
    window = _CLAUSE_MARK.split(before)[-1]
    if _THREAT.search(window):
        return "threat", attempt
    if _NOT_BEFORE.search(window) or re.match(
            r"\s+(?:was|were)\s+not\b", after):
        return "negated", attempt
    if _HYPOTHETICAL.search(window) or _FUTURE_AFTER.match(after):
        return "hypothetical", attempt  # "a further list of hostages will be published"
    return "asserted", attempt
