"""Names of persons, organisations and groups (capitalised sequences, acronyms, authority
forms), and aliases the text itself states ("X, whose real name was Y", "X (Y)", "X or “Y”").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..models import AliasClaim, NameMention
from . import places

_CAP = r"(?:[A-ZА-ЯЁ\u00C0-\u00DE\u0100-\u017F][\w’'\u0300-\u036f.-]*)"
_CONNECT = r"(?:of|the|for|de|von|van|der|du|la|al|and|y|da|di|le)"
_SEQ = re.compile(rf"{_CAP}(?:\s+(?:{_CONNECT}\s+)*{_CAP})*")
_ACRONYM = re.compile(r"^(?:[A-ZА-ЯЁ]{2,6}(?:\([a-zб]\))?s?|[A-Z]\.(?:[A-Z]\.)+s?)$")
ORG_WORDS = {
    "party", "army", "committee", "commission", "council", "assembly", "government", "congress",
    "federation", "union", "society", "cross", "police", "guard", "guards", "international",
    "association", "commissariat", "directorate", "department", "ministry", "bureau", "court",
    "tribunal", "soviet", "soviets", "front", "league", "movement", "organization",
    "organisation", "church", "navy", "fleet", "division", "regiment", "brigade", "corps",
    "section", "service", "office", "agency", "institute", "university", "bank", "cheka",
    "okhrana", "gestapo", "fraternity", "brotherhood", "group", "circle", "territory",
    "republic", "empire", "will", "volya", "people's", "people’s", "commissars", "host",
    "factory", "works", "plant", "mill", "fortress", "prison", "kremlin", "palace", "monastery",
}
_EVENT_WORDS = {"terror", "revolution", "war", "uprising", "rebellion", "purge", "famine",
                "treaty", "pact", "policy", "communism", "economic", "day", "week", "century"}
_STARTERS = set("""the a an in on at by for from to of with as after before during since until
this that these those it its his her their our we they he she i you when while although though
however but and or so then thus yet also already between among under over about against
throughout within without upon despite following according unlike like even only both each
every many some most all no not what which who whom whose where why how if once there here
one two three four five six seven eight nine ten first second third later earlier soon now
today yesterday tomorrow instead meanwhile furthermore moreover indeed still chapter part
surely comrades essential hang publish seize designate do such another other more same
let my your be is are was were has have had will would could should may might must can
o.s o.s. n.s n.s. o n s""".split())
_ADJ_SUFFIX = re.compile(r"(?:ian|ians|ese|ish|ist|ists|ic|ical|ern|ean|an|ans|ite|ites)$")
_NATIONAL = {"Russian", "Soviet", "German", "Polish", "French", "Spanish", "Italian", "British",
             "English", "American", "Ukrainian", "Latvian", "Jewish", "Catalan", "Bolshevik",
             "Communist", "Marxist", "Leninist", "Stalinist", "Tsarist", "Menshevik", "Anarchist",
             "Socialist", "Western", "Eastern", "European", "Orthodox", "Christian", "Islamist",
             "Red", "White", "Black", "Green", "Cossack", "Czech", "Czechoslovak", "Tatar",
             "Chinese", "Japanese", "Mexican", "Indonesian", "Chilean", "Paris", "Roman", "Greek"}
_NOT_NAMES = {"Old Style", "New Style", "O.S", "N.S", "Julian", "Gregorian"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
           "Friday", "Saturday", "Sunday"}
_TITLES = re.compile(r"^(?:(?:Tsar|Czar|Emperor|Empress|King|Queen|General|Gen\.|Colonel|Admiral|"
                     r"Comrade|Commissar|Chairman|President|Prime\s+Minister|Minister|Prince|"
                     r"Princess|Count|Countess|Baron|Father|Saint|St\.|Dr\.|Mr\.|Mrs\.|Professor|"
                     r"Prof\.|Historian|Army|Cheka\s+leader|Leader|Grand\s+Duke|Ataman|"
                     r"\d\w*-Grade|Grade|Army\s+Commissar|Commander|Marshal)\s+)+")
_GROUP_PLURAL = re.compile(r"^[A-ZА-Я][a-zа-я]+(?:ists|ites|iks|ites|ans|ers|ks|is|es|s)$")

_ALIAS_PATTERNS = [
    ("real_name", r"(?P<a>NAME)(?:\s*\([^)]*\))?,?\s+(?:whose\s+real\s+name\s+was|real\s+name|born|né|née|"
                  r"nee|born\s+as)\s+(?P<b>NAME)"),
    ("known_as", r"(?P<a>NAME),?\s+(?:better\s+|also\s+|widely\s+)?(?:known\s+as|alias|"
                 r"pseudonym|nicknamed|called|also\s+spelled|a\.k\.a\.|aka)\s+[“\"‘]?(?P<b>NAME)"),
    ("known_as", r"(?:pseudonym|nom\s+de\s+guerre|alias)\s+(?:of\s+)?[“\"‘]?(?P<b>NAME)[”\"’]?,?\s+"
                 r"(?:was\s+)?(?P<a>NAME)"),
    ("parenthesis", r"(?P<a>NAME)\s+\((?:(?:Russian|Latvian|Polish|Ukrainian|German|in\s+Russian|"
                    r"real\s+name|born|also|or|i\.e\.|later|formerly|now|the)[:\s]+)*(?P<b>NAME)"
                    r"(?:\s+or\s+(?P<c>NAME))?\)"),
    ("or", r"(?P<a>NAME),?\s+or\s+[“\"‘]?(?P<b>NAME)"),
    ("apposition", r"(?P<a>NAME)\s*[—–]\s*the\s+(?P<b>NAME)"),
    ("description", r"the\s+(?P<b>(?:[a-z]+\s+){1,2}(?:secret|political|security)\s+police),\s+"
                    r"the\s+(?P<a>NAME)"),
    ("description", r"(?P<a>NAME)\s*(?:\(|—|–|,\s+)the\s+(?P<b>(?:[A-Za-z]+\s+){1,3}(?:secret|"
                    r"political|security)\s+police(?:\s+of\s+the\s+[A-Z][\w ]+?)?)(?=\)|—|–|,|\.)"),
]
_NAME = r"(?:[A-ZА-ЯЁ\u00C0-\u017F][\w’'\u0300-\u036f.-]*(?:\s+(?:of\s+|the\s+|for\s+)*[A-ZА-ЯЁ\u00C0-\u017F][\w’'\u0300-\u036f.-]*){0,6})"
_ALIAS_RX = [(rel, re.compile(rx.replace("NAME", _NAME))) for rel, rx in _ALIAS_PATTERNS]


@lru_cache(maxsize=1)
def authority() -> dict[str, tuple[str, str]]:
    """casefolded form -> (canonical name, type) from the bundled authority file."""
    table: dict[str, tuple[str, str]] = {}
    entries = yaml.safe_load(
        resources.files("kartoteka.data").joinpath("authority.yaml").read_text(encoding="utf-8"))
    for entry in entries:
        for form in entry["forms"] + [entry["name"]]:
            table[form.casefold().replace("’", "'")] = (entry["name"], entry["type"])
    return table


def strip_title(form: str) -> str:
    """'Cheka leader Martyn Latsis' -> 'Martyn Latsis'; 'Tsar Nicholas' -> 'Nicholas'."""
    stripped = _TITLES.sub("", form)
    return stripped if stripped else form


def classify(form: str, before: str) -> str | None:
    """person / organization / group / place, or None when the form is not a name."""
    known = authority().get(form.casefold().replace("’", "'"))
    if known:
        return known[1]
    words = form.split()
    last = words[-1].lower().strip("’'.")
    if places.lookup(form, before):
        return "place"
    if _ACRONYM.match(form):
        return "organization"
    if last in ORG_WORDS or any(w.lower() in ORG_WORDS for w in words[1:]):
        return "organization"
    if last in _EVENT_WORDS or any(w in _MONTHS for w in words):
        return None
    if len(words) == 1:
        if form in _NATIONAL or form.lower() in _STARTERS:
            return None
        if _GROUP_PLURAL.match(form) and (form.endswith(("ists", "iks", "viks", "ites", "nists"))
                                          or form[:-1] in _NATIONAL or form.endswith("is")):
            return "group"
        if _ADJ_SUFFIX.search(form) and not form.endswith(("sky", "ski", "ov", "ev", "in")):
            return None
    if all(w in _NATIONAL for w in words):
        return None
    return "person"


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run joined by connectors stays whole only when it names an organisation
    ("Council of People's Commissars"); otherwise each capitalised part stands alone."""
    run = text[start:end]
    if any(w.lower().strip("’'") in ORG_WORDS for w in run.split()[1:]):
        return [(start, end)]
    return [(start + m.start(), start + m.end())
            for m in re.finditer(rf"{_CAP}(?:\s+{_CAP})*", run)]


def find_names(text: str, offset: int = 0) -> list[NameMention]:
    """Candidate names in a sentence with spans; ordinary words that open a sentence
    ("The", "During"), titles ("Tsar", "Cheka leader") and adjectives are left out."""
    found = []
    for m in _SEQ.finditer(text):
        for p_start, p_end in _pieces(text, m.start(), len(m.group(0).rstrip(".’'-")) + m.start()):
            name = _name_in(text, p_start, p_end)
            if name is not None:
                name.start += offset
                name.end += offset
                found.append(name)
    return found


def _name_in(text: str, start: int, end: int) -> NameMention | None:
    tokens = list(re.finditer(r"\S+", text[start:end]))
    skip = {"of", "the", "for", "and", "de", "von", "members", "member", "head", "leader", "chief"}
    while tokens and (tokens[0].group().lower() in _STARTERS | skip or tokens[0].group() in _MONTHS
                      or (tokens[0].group() in _NATIONAL and len(tokens) > 1
                          and not _ORGISH([t.group() for t in tokens]))):
        tokens = tokens[1:]
    while tokens and tokens[-1].group().lower() in skip:
        tokens = tokens[:-1]
    if not tokens:
        return None
    a, b = start + tokens[0].start(), start + tokens[-1].end()
    if text[b - 2:b] in ("'s", "’s"):
        b -= 2
    form = text[a:b]
    bare = strip_title(form)
    if bare != form:
        a += form.rindex(bare)
        form = bare
    if len(form) < 2 or form.isdigit() or form.lower() in _STARTERS or form in _NATIONAL \
            or form in _NOT_NAMES:
        return None
    name_type = classify(form, text[:a])
    if name_type is None:
        return None
    return NameMention(form=form, type=name_type, start=a, end=a + len(form))


def _ORGISH(tokens: list[str]) -> bool:
    return any(t.lower().strip("’'") in ORG_WORDS for t in tokens)


def find_aliases(text: str, offset: int = 0) -> list[AliasClaim]:
    """Aliases the sentence states, each with its quote."""
    claims = []
    for relation, rx in _ALIAS_RX:
        for m in rx.finditer(text):
            a = strip_title(re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", m.group("a").strip()))
            b = strip_title(m.group("b").strip(" ,.”\"’"))
            if a == b or not a or not b or b.lower() in _STARTERS or a.lower() in _STARTERS:
                continue
            if relation == "parenthesis" and (b[0].isdigit() or b in _NATIONAL):
                continue
            for alias in filter(None, (b, (m.groupdict().get("c") or "").strip())):
                claims.append(AliasClaim(form=a, alias=alias, relation=relation,
                                         quote=m.group(0), start=m.start() + offset,
                                         end=m.end() + offset))
    return claims
