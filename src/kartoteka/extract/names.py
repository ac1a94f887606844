"""Names of persons, organisations and groups (capitalised sequences, acronyms, authority
forms), and aliases the text itself states ("X, whose real name was Y", "X (Y)", "X or “Y”").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import AliasClaim, NameMention
from . import authority, lexicon, places
from .figures import NEXT_WORD, PEOPLE
from .morphology import (
    CYRILLIC_WORD,
    is_adjective,
    is_common_word,
    is_genitive_noun,
    is_locative,
    is_verb,
    lemma,
    may_be_subject,
    name_kind,
    opens_as_adverb,
    unmixed,
)
from .prefilter import Prefiltered
from .sentences import unlabelled

_UPPER = r"A-ZА-ЯЁ\u00C0-\u00DE\u0100-\u017F"
_CAP = rf"(?:[{_UPPER}][\w’'\u0300-\u036f.-]*|\d{{1,3}}(?:st|nd|rd|th)(?=\s+[A-Z]))"
_CONNECT = r"(?:of|the|for|de|von|vom|zu|van|der|del|dos|du|la|al|and|y|da|di|le|ibn|bin)"
# the same first word as _CAP, led by one character class so the regex engine skips ahead fast
_FIRST_CAP = (rf"(?:[{_UPPER}\d](?:(?<=[{_UPPER}])[\w’'\u0300-\u036f.-]*|"
              rf"(?<=\d)\d{{0,2}}(?:st|nd|rd|th)(?=\s+[A-Z])))")
_GAP = r"[^\S\t]+"  # spaces and line breaks join a name's words; a tab is a column ("Location\tTambov")
_SEQ = re.compile(rf"{_FIRST_CAP}(?:{_GAP}(?:{_CONNECT}{_GAP})*{_CAP})*")
_ROMAN = re.compile(r"[IVXL]+")  # "Николаю II": a ruler's number, no body's acronym
_INFLECTED_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}(?:[а-яё]{1,2}|s)?")
_ACRONYM = re.compile(r"^(?:[A-ZА-ЯЁ]{2,6}(?:\([a-zб]\))?s?|[A-Z]\.(?:[A-Z]\.?)+s?)$")
# the heads of bodies' and places' names, with an example each (data/lexicon/en/name_heads.yaml)
ORG_WORDS = {h for h, kind in lexicon.name_heads("en").items() if kind == "organization"}
PLACE_WORDS = {h for h, kind in lexicon.name_heads("en").items() if kind == "place"}
_NAMED_EVENT_HEADS = {h for h, kind in lexicon.name_heads("en").items() if kind == "event"}
# an era named after a person: "Yezhovshchina", "ежовщина", "Makhnovshchina"
_CODE_NAME = re.compile(r"[A-ZА-ЯЁ]{1,3}-\d{1,4}")
_OPERATION_BEFORE = re.compile(r"(?:операци[яиюей]|[Oo]peration)\s+[«\"“„']$")
_STATE_ACRONYMS = {"ССР", "АССР", "СССР", "SSR", "ASSR", "USSR", "РСФСР", "RSFSR"}
_ERA = re.compile(r"(?:shchina|щина|щины|щину|щиной)$", re.I)
_EVENT_WORDS = {"terror", "revolution", "war", "uprising", "rebellion", "purge", "famine",
                "treaty", "pact", "policy", "communism", "economic", "day", "week", "century",
                "unrest", "repression", "repressions", "collectivization", "collectivisation",
                "dekulakization", "dekulakisation"}
_STARTERS = set("""the a an in on at by for from to of with as after before during since until
this that these those it its his her their our we they he she i you when while although though
however but and or so then thus yet also already between among under over about against
throughout within without upon despite following according unlike like even only both each
every many some most all no not what which who whom whose where why how if once there here
one two three four five six seven eight nine ten first second third later earlier soon now
today yesterday tomorrow instead meanwhile furthermore moreover indeed still chapter part
perhaps thereafter hitherto nevertheless nonetheless afterwards likewise
such another other more same
let my your be is are was were has have had will would could should may might must can
o.s o.s. n.s n.s. o n s""".split()) | set(
    # Russian prepositions, conjunctions and adverbs a sentence opens with ("В Катыни …")
    """в во на по с со к ко о об обо у из от до за под над при для без после перед через между
    около среди против и а но или что как когда где это этот эта эти тогда затем потом также
    уже ещё однако летом зимой весной осенью всего только даже""".split())
_ADJ_SUFFIX = re.compile(r"(?:ian|ians|ese|ish|ist|ists|ic|ical|ern|ean|can|kan|ans|ite|ites)$")  # not "an": Kaplan, Ivan
_NATIONAL = {"Russian", "Soviet", "German", "Polish", "French", "Spanish", "Italian", "British",
             "English", "American", "Ukrainian", "Latvian", "Jewish", "Catalan", "Bolshevik",
             "Communist", "Marxist", "Leninist", "Stalinist", "Tsarist", "Menshevik", "Anarchist",
             "Socialist", "Western", "Eastern", "European", "Orthodox", "Christian", "Islamist",
             "Red", "White", "Black", "Green", "Cossack", "Czech", "Czechoslovak", "Tatar",
             "Chinese", "Japanese", "Mexican", "Indonesian", "Chilean", "Paris", "Greek", "Nazi"}
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# a ruler's epithet, maybe after a sentence's first word ("Under Ivan the Terrible")
_EPITHET = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+the\s+(?:Great|Terrible|Elder|Younger|Bold|Wise|"
                      r"Pious|Blessed|Conqueror|Liberator|Peacemaker|Fair|Red|Black|Quiet|Bloody)")
# one word, "the", then a body's name of several words ("Ivan the Terrible" is one name)
_BEFORE_A_BODY = re.compile(r"(?<!\S)([^\W\d][\w’'-]*)\s+the\s+(?=(?:[^\W\d][\w’'-]*\s+)*(?:" + "|".join(
    sorted(ORG_WORDS)) + r")\b)", re.I)
_CAP_RUN = re.compile(rf"{_FIRST_CAP}(?:{_GAP}{_CAP})*")
_SIDE = re.compile(r"\b(?:[Ll]eft|[Rr]ight)(?:-wing)?\s+$")
_TOKEN = re.compile(r"\S+")
_INITIAL_END = re.compile(r"\b[A-Z]\.$|St\.$")
PRONOUNS = {"He", "She"}
# "the Polish-born founder", "a Moscow-based group": an adjective, no name
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w’'-]*-(?:born|based|led|backed|bred|speaking|style|era|made)")
_NOT_NAMES = {"Old Style", "New Style", "O.S", "N.S", "Julian", "Gregorian", "P.S", "N.B", "A.D",
              "B.C"}
# the words of the calendar: months, weekdays and feasts ("the Easter riots" were in no place
# called Easter; "the Easter Rising" is an event's name)
_CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
             "Thursday", "Friday", "Saturday", "Sunday", "Easter", "Christmas", "Whitsun",
             "Pentecost", "Passover", "Epiphany", "Lent", "Пасха", "Пасху", "Пасхи", "Рождество",
             # a chronology's abbreviated months ("12 Sept. Thousands detained"); never "Jan",
             # a given name (Jan Karski)
             "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Sept",
             "Oct.", "Oct", "Nov.", "Nov", "Dec.", "Dec"}
# Roles and ranks are not part of a name and are stripped ("General Pyotr Wrangel" ->
# "Pyotr Wrangel"); honorifics that identify rulers ("Tsar Nicholas") are kept.
# Titles of rulers and nobles identify a person and stay in the form ("Tsar Nicholas").
# Titles that are part of how a person is named ("Tsar Nicholas II", "Father Gapon",
# "Patriarch Tikhon"): kept in the form, dropped from the keys that compare names.
HONORIFIC = (r"(?:Tsar|Czar|Emperor|Empress|King|Queen|Grand\s+Duke|Grand\s+Duchess|Prince|"
             r"Princess|Count|Countess|Baron|Baroness|Father|Patriarch|Metropolitan|"
             r"Archbishop|Bishop|Archimandrite|Hegumen|Abbot|Hieromonk|Rabbi|Mullah|Imam)")
ROLE = (r"(?:General|Gen\.|Colonel|Col\.|Admiral|Comrade|Commissar|Chairman|President|"
        r"Prime\s+Minister|Minister|Dr\.|Mr\.|Mrs\.|Ms\.|Professor|Prof\.|Historian|"
        r"Leader|Ataman|Commander|Marshal|Chief|Deputy|Ambassador|Secretary|Grade|"
        r"\d\w*-Grade|Army\s+Commissar|Governor-General|Governor|Lieutenant|Viceroy|Mayor|"
        r"Captain|Major|Sergeant|Inspector)")
_TITLES = re.compile(rf"^(?:(?:\w+\s+leader|{ROLE})\s+)+")
_ROLE_SPLIT = re.compile(rf"\s+(?:{ROLE})\s+(?=[A-ZА-Я])")

_GROUP_PLURAL = re.compile(r"^[A-ZА-Я][a-zа-я]+(?:ists|ites|iks|ites|ans|ers|ks|is|es|s)$")

_ALIAS_PATTERNS = [
    ("real_name", ("real", "born", "né", "nee"), r"(?P<a>NAME)(?:\s*\([^)]*\))?,?\s+(?:(?:was|is)\s+)?(?:whose\s+real\s+name\s+was|real\s+name|born|né|née|"
                  r"nee|born\s+as)\s+(?P<b>NAME)"),
    ("known_as", ("known", "alias", "pseudonym", "nicknamed", "called", "spelled", "a.k.a",
                  "aka", "abbreviated"), r"(?P<a>NAME)(?:\s*\([^)]*\))?,?\s+(?:better\s+|also\s+|\w+ly\s+)?"
                 r"(?:known\s+as|alias|pseudonym|nicknamed|called|also\s+spelled|a\.k\.a\.|aka|"
                 r"abbreviated\s+(?:as|to))\s+(?:the\s+)?[“\"‘]?(?P<b>NAME)(?:\s+and\s+(?:\w+ly\s+)?"
                 r"(?:known\s+as|called)\s+(?:the\s+)?(?P<c>NAME))?"),
    # "Дзержинский был прозван «Железным Феликсом»", "Джугашвили, известный как Сталин"
    ("known_as", ("прозван", "прозвищ", "известн"), r"(?P<a>NAME),?\s+(?:(?:был|была|было)\s+)?"
                 r"(?:прозван\w*|по\s+прозвищу|известн\w+\s+(?:под\s+именем|как))\s+[«\"“]?(?P<b>NAME)"),
    # "Ulyanov, who took the name Lenin", "Ulyanov, known by his pseudonym Lenin"
    ("known_as", ("took", "adopted", "assumed", "known by", "known under", "went by"),
     r"(?P<a>NAME),?\s+(?:who\s+(?:later\s+)?)?(?:took|adopted|assumed|went\s+by|known\s+(?:by|under))\s+"
     r"(?:the|his|her|a)\s+(?:party\s+|revolutionary\s+|underground\s+)?(?:name|pseudonym|alias|"
     r"nickname|nom\s+de\s+guerre)\s+(?:of\s+)?[“\"‘]?(?P<b>NAME)"),
    # "Kamo, the nom de guerre of Simon Ter-Petrosian": the person is named last
    ("known_as", ("pseudonym", "nom", "alias", "party name"), r"(?P<b>NAME),\s+(?:the\s+|a\s+)?(?:"
                 r"pseudonym|nom\s+de\s+guerre|alias|party\s+name|underground\s+name)\s+of\s+"
                 r"(?P<a>NAME)"),
    # "under the pseudonym Victor Serge, Kibalchich wrote": the name, a comma, the person
    ("known_as", ("pseudonym", "nom", "alias"), r"(?:pseudonym|nom\s+de\s+guerre|alias)\s+(?:of\s+)?[“\"‘]?"
                 r"(?P<b>NAME)[”\"’]?,\s+(?:was\s+)?(?P<a>NAME)"),
    ("parenthesis", ("(",), r"(?P<a>NAME)\s+\((?:(?:Russian|Latvian|Polish|Ukrainian|German|in\s+Russian|"
                    r"real\s+name|born|also|or|i\.e\.|later|formerly|now|the|spelled|spelt|written|"
                    r"transliterated|called|known\s+as|настоящ\w+\s+(?:имя|фамилия)|"
                    r"урожд[её]нн\w+|псевдоним|в\s+девичестве)[:\s—–-]+)*(?P<b>NAME(?:\s+[а-яё][а-яё-]*){0,3})"
                    r"(?:\s+or\s+(?P<c>NAME)|,\s+(?P<t>[A-Z][a-z’'-]+(?:\s+[a-z][a-z’'-]*){0,3}))?\)"),
    ("or", (" or ", " or\n", "\nor "), r"(?P<a>NAME)(?P<sep>,\s+or\s+[“\"‘]?|\s+or\s+[“\"‘])(?P<b>NAME)"),
    ("or", (" or ", " or\n", "\nor "), r"(?P<a>NAME)\s+or\s+(?P<b>[A-ZА-Я][A-ZА-Я]+s?)\b"),
    ("apposition", ("—", "–"), r"(?P<a>NAME)\s*[—–]\s*the\s+(?P<b>NAME)"),
    ("description", ("police",), r"[Tt]he\s+(?P<b>(?:[A-Za-z]+\s+){1,2}(?:secret|political|security)\s+"
                    r"police),\s+the\s+(?P<a>NAME)"),
    ("description", ("police",), r"(?P<a>NAME)(?:\s*\([^)]{1,40}\))?\s*(?:\(|—|–|,\s+)the\s+(?P<b>(?:[A-Za-z]+\s+)"
                    r"{1,3}(?:secret|political|security)\s+police(?:\s+of\s+the\s+[A-Z][\w ]+?)?)"
                    r"(?=\s*(?:\)|—|–|,|\.))"),
]
# A name in an alias statement: capitalised words joined by "of", "the", "for", "and", maybe
# after an ordinal ("3rd Army"); led by one character class, which the regex engine skips to fast
_NAME_CAP = r"A-ZА-ЯЁ\u00C0-\u017F"
_NAME_WORD = r"[\w’'\u0300-\u036f.-]*"
_NAME = (rf"(?:[\d{_NAME_CAP}](?:(?<=[{_NAME_CAP}]){_NAME_WORD}|(?<=\d)\d{{0,2}}(?:st|nd|rd|th)\s+"
         rf"[{_NAME_CAP}]{_NAME_WORD})(?:\s+(?:of\s+|the\s+|for\s+|and\s+(?!the\b))*"
         rf"[{_NAME_CAP}]{_NAME_WORD}){{0,6}})")
# each pattern runs only on sentences holding one of its cue words, found in one scan
_ALIAS_RX = [(rel, frozenset(cues), re.compile(rx.replace("NAME", _NAME)))
             for rel, cues, rx in _ALIAS_PATTERNS]
# found case-blind, with the sentence's other cue words (a capitalised "Born" only runs a
# pattern that then finds nothing)
_ALIAS_CUES = Prefiltered("|".join(re.escape(cue) for cue in sorted(
    {cue for _, cues, _ in _ALIAS_PATTERNS for cue in cues}, key=len, reverse=True)),
    ignore_case=True, together=True)


def strip_title(form: str) -> str:
    """'Cheka leader Martyn Latsis' -> 'Martyn Latsis'; 'Tsar Nicholas' -> 'Nicholas'."""
    stripped = _TITLES.sub("", form)
    return stripped if stripped else form


_CAMP_NAME = re.compile(r"[a-z]{2,}lagg?|[а-яё]{2,}лаг[а-яё]?", re.I)


@lru_cache(maxsize=1 << 16)
def classify(form: str, is_place: bool) -> str | None:
    """person / organization / group / place, or None when the form is not a name. The same
    forms recur all through a collection: their verdict is worked out once."""
    known = authority.lookup(form)
    if known:
        return known[1]
    if _TITLES.fullmatch(form + " "):
        return None  # "the former Lieutenant Governor": a title, no one's name
    words = form.split()
    last = words[-1].lower().strip("’'.")
    if _CAMP_NAME.fullmatch(last):
        return "organization"  # a Gulag camp's name: "Norillag", "Steplag", "Karlag"
    if is_place:
        return "place"
    if last.upper() in _STATE_ACRONYMS:
        if any(_INFLECTED_ACRONYM.fullmatch(unmixed(w)) and w.upper() not in _STATE_ACRONYMS
               for w in words[:-1]):
            return "organization"  # "НКВД СССР", "KGB USSR": the state's body
        return "place"  # "Чечено-Ингушская АССР", "Ukrainian SSR", "the USSR": a state's territory
    if _ACRONYM.match(form) or all(_INFLECTED_ACRONYM.fullmatch(unmixed(w)) for w in words) \
            or len(words) > 1 and CYRILLIC_WORD.search(form) and _INFLECTED_ACRONYM.fullmatch(
                unmixed(words[-1])) and last.upper() not in _STATE_ACRONYMS \
            and not _ROMAN.fullmatch(words[-1]):
        return "organization"  # "GUGB NKVD", "НЭВЗа", "Президиума ЦК"
    if CYRILLIC_WORD.search(form):
        kinds = {name_kind(w) for w in words}
        if len(words) == 1 and kinds & {"place", "organization"}:
            return kinds.pop()  # "Москве", but "Михаил Матвеев" stays a person below
        if len(words) == 1 and kinds == {None} and is_adjective(form):
            return None  # "Шахтинское" alone is no name; with its noun it is one
    if words[0].lower() in ("operation", "операция", "операции") and len(words) > 1:
        return "event"  # "Operation Lentil": a named operation
    if _CODE_NAME.fullmatch(form):
        return "organization"  # "S-21", "K-17": a prison's or a unit's code
    if last in PLACE_WORDS and len(words) > 1:
        return "place"  # "Vilna Governorate", "Penza province"
    if last in ORG_WORDS or any(w.lower() in ORG_WORDS for w in words[1:]) or (
            len(words) > 2 and words[0].lower() in ORG_WORDS and words[1] in ("of", "for")):
        # "Union of the Russian People", "League of Nations", "Union for the Defence of …"
        return "organization"
    if len(words) > 1 and last in _NAMED_EVENT_HEADS and words[-2].lower() not in _STARTERS \
            or _ERA.search(form):
        return "event"  # "the Shakhty Trial", "the Great Terror", "Yezhovshchina"
    if last in _EVENT_WORDS or any(w in _CALENDAR for w in words):
        return None
    if len(words) == 1:
        if form in _NATIONAL or form.lower() in _STARTERS or form.lower() in _COMMON_NOUNS:
            return None  # "Peasants revolted", "Thousands were shot": no names
        if _GROUP_PLURAL.match(form) and (form.endswith(("ists", "iks", "viks", "ites", "nists",
                                                         "ians", "eans"))
                                          or form[:-1] in _NATIONAL):  # "Hungarians"
            return "group"
        if _ADJ_SUFFIX.search(form) and not form.endswith(("sky", "ski", "ov", "ev", "in")):
            return None
    if all(w in _NATIONAL for w in words):
        return None
    return "person"


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run joined by connectors stays whole only when it names an organisation
    ("Council of People's Commissars"); otherwise each capitalised part stands alone. A role
    word splits a run ("White Army | General Pyotr Wrangel"), and an organisation named inside
    another ("Central Committee of the Left Socialist-Revolutionaries") is a name too."""
    words = text[start:end].split()
    if len(words) == 1:  # most runs: one capitalised word ("21st" alone names nothing)
        return [] if words[0][0].isdigit() and words[0].lower() not in ORG_WORDS else [(start, end)]
    if len(words) < 3:  # a role splits only "Name Role Name"
        return _whole_or_parts(text, start, end)
    out: list[tuple[int, int]] = []
    at = start
    for cut in list(_ROLE_SPLIT.finditer(text, start, end)) + [None]:
        piece_end = cut.start() if cut else end
        out += _whole_or_parts(text, at, piece_end)
        if cut:
            at = cut.start() + len(cut.group()) - len(cut.group().lstrip())
    return out


_PARTICLES = {"von", "vom", "zu", "van", "de", "der", "del", "dos", "du", "la", "di", "da", "le", "al",
              "y", "ibn", "bin"}


def _whole_or_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    run = text[start:end]
    small = [w for w in run.split() if w[0].islower()]
    if small and all(w in _PARTICLES for w in small):
        return [(start, end)]  # "Vyacheslav von Plehve", "Charles de Gaulle"
    if _EPITHET.fullmatch(run):
        return [(start, end)]  # "Peter the Great", "Ivan the Terrible"
    apart = _BEFORE_A_BODY.search(run)
    if apart and apart.group(1).lower() not in ORG_WORDS:
        # "Under Dzerzhinsky the Extraordinary Commission shot …": a man, then the body
        return [(start, start + apart.end(1))] + _whole_or_parts(text, start + apart.end(), end)
    if any(w.lower().strip("’'") in ORG_WORDS for w in run.split()):
        nested = [(start + m.end(), end) for m in _OF_THE.finditer(run)]
        # the outermost known body inside ("20th Congress of | the Communist Party of the
        # Soviet Union"), else the innermost with a body's head
        known = [(a, b) for a, b in nested if authority.lookup(text[a:b])]
        inner = known[:1] or [(a, b) for a, b in nested[-1:] if len(text[a:b].split()) > 1
                              and text[a:b].split()[-1].lower() in ORG_WORDS]
        if inner and nested[0][0] == inner[0][0] and run.split()[0].lower() in PEOPLE:
            return inner  # "Workers of the Putilov Works", "Soldiers of the Imperial Guard"
        return [(start, end)] + inner
    joins = list(_JOINING.finditer(run)) if any(w in _PARTICLES for w in small) else []
    if joins:  # "Nikolai von Meck and A. F. Velichko"
        bounds = [0] + [x for m in joins for x in (m.start(), m.end())] + [len(run)]
        return [piece for a, b in zip(bounds[::2], bounds[1::2], strict=True)
                for piece in _whole_or_parts(text, start + a, start + b) if b > a]
    return [piece for m in _CAP_RUN.finditer(run)
            for piece in _acronym_apart(text, start + m.start(), start + m.end())]


_LANGUAGE_LABEL = re.compile(r"\s*:")
_QUOTED = re.compile(r"[\"“«„'‘][\"”»“'’]")  # an opening and a closing quote around a run
_NAMED_BEFORE = re.compile(r"(?:\b(?:known|remembered|described)\s+as|\bcalled|\bnamed|"
                           r"\bso-called)\s+(?:the\s+)?[\"“«‘']?$", re.I)
# the lower-case words that join two names rather than belong to one
_JOINING = re.compile(r"\s+(?:and|or|of|the|for)\s+")
# an acronym, maybe with a Russian case ending ("НЭВЗа"), then a name in ordinary case:
# "НКВД Михаил Матвеев", "директору НЭВЗа Курочкину" are two names
_ACRONYM_THEN_NAME = re.compile(r"(?<!\S)[A-ZА-ЯЁ]{2,}[а-яё]{0,2}\s+(?=[A-ZА-ЯЁ][a-zа-яё])")


def _acronym_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _ACRONYM_THEN_NAME.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    out, at = [], start
    for cut in cuts:
        out.append((at, len(text[:cut].rstrip())))
        at = cut
    return out + [(at, end)]


# known forms with lower-case words ("Совет народных комиссаров"), read at import so that
# their pattern joins the sentence's shared scan before any text is read
_PHRASES = authority.lowercase_forms()


def find_names(text: str, offset: int = 0) -> list[NameMention]:
    """Candidate names in a sentence with spans; ordinary words that open a sentence
    ("The", "During"), titles ("Tsar", "Cheka leader") and adjectives are left out."""
    found = []
    text = unlabelled(text, "\t")  # an infobox line's label ("Location: Katyn") is no name
    phrases = list(_PHRASES.finditer(text)) if _PHRASES else []
    ships = _SHIP_WORD.search(text) is not None
    for m in _SEQ.finditer(text):
        if phrases and any(p.start() <= m.start() < p.end() for p in phrases):
            continue  # "Совет" of "Совет народных комиссаров", found whole below
        if m.group()[0].islower():
            continue  # Latin Extended-A mixes the cases: "ı" of "halqınıñ" opens no name
        if _LANGUAGE_LABEL.match(text, m.end()) and text[:m.start()].rstrip().endswith("("):
            continue  # "(Crimean Tatar: …)": the language of the name that follows
        start = m.start()
        run = text[max(0, start - 1):start + len(m.group(0).rstrip(".’'-"))]
        cut = _run_names(run, start > 0)
        whole = m.group(0).rstrip(".’'-")
        if " and " in whole and (" of " in whole or " for " in whole) and _QUOTED.fullmatch(
                text[max(0, start - 1):start] + text[start + len(whole):start + len(whole) + 1]):
            # «the "Bloc of Rights and Trotskyites"»: a quoted body's name is one name, "and" too
            found.append(NameMention(whole, "organization", start + offset,
                                     start + len(whole) + offset))
            continue
        if " of " in whole and _NAMED_BEFORE.search(text, max(0, start - 30), start):
            # "known as the Caravan of Death": a name given as a name stays whole
            found.append(NameMention(whole, "event" if event_type(whole) else "organization",
                                     start + offset, start + len(whole) + offset))
            continue
        if not cut:  # "the Russian Communist party", "the Communist political bureau"
            found += _adjectives_before_a_head(text, start, start + len(run) - (start > 0),
                                               offset)
        for shift, form in cut:
            name = _typed(text, start + shift, form, ships)
            number = _NUMBERED.match(text, start + shift + len(form)) \
                if form.endswith((" No", " Nr", " №")) else None
            if number:  # "Camp No. 5", "Order No. 00447": the number is part of the name
                form += number.group()
                kind = "event" if act_of(form) else "organization"
                name = NameMention(form, kind, start + shift, start + shift + len(form))
            tail = _ORG_TAIL.match(text, start + shift + len(form))
            if tail and name is not None and name.type == "person" and " " in form \
                    and tail.group(2) not in _BUILDINGS:
                tail = None  # "Ivan Petrov party members"; but "the La Moneda palace"
            if tail and " and " in form:  # "the Communist Party and Soviet society"
                first = form.split(" and ")[0]
                if name is not None and first.split()[-1].lower() in ORG_WORDS:
                    form = first
                    name = NameMention(form, name.type, name.start, name.start + len(form))
            elif tail and not set(tail.group(1).split()) & _STARTERS:
                # "the Memorial research centre", "the Norilsk labour camp": a name before a
                # lower-case body's head names that body
                form += tail.group()
                name = NameMention(form, "organization", start + shift, start + shift + len(form))
            if name is not None:
                side = _SIDE.search(text, max(0, name.start - 16), name.start) if name.type in (
                    "organization", "group") and not name.form[0].isdigit() else None
                if side:
                    name = NameMention(text[side.start():name.end], name.type, side.start(),
                                       name.end)
                name.start += offset
                name.end += offset
                found.append(name)
    for m in phrases:
        known = authority.lookup(m.group())
        if known:
            found.append(NameMention(m.group(), known[1], m.start() + offset, m.end() + offset))
    found += _named_after(text, offset, found)
    if ", " in text and _PATRONYMIC.search(text):
        found = _inverted(text, offset, found)
    if _NUMBER_SIGN_CUE.search(text):
        found += _numbered_acts(text, offset, found)
    if CYRILLIC_WORD.search(text):
        found = _russian_phrases(text, offset, found)
    return _coordinated(text, offset, sorted(found, key=lambda n: n.start))


_AND_BETWEEN = re.compile(r"\s+(?:and|и)\s+")


# a list's "Bukharin, Nikolai Ivanovich", "Иванов, Пётр Семёнович": surname, comma, given
# name and patronymic (the patronymic makes it sure)
_INVERTED = re.compile(r"(?<![\w’'-])(?P<sur>[A-ZА-ЯЁ][a-zа-яё’'-]+),\s+(?P<given>[A-ZА-ЯЁ][a-zа-яё]+)\s+"
                       r"(?P<patr>[A-ZА-ЯЁ][a-zа-яё]+(?:ovich|evich|ich|ovna|evna|ichna|ович|евич|ич|овна|"
                       r"евна|ична))\b")


_PATRONYMIC = re.compile(r"(?:vich|vna|ichna|ич|вна|ична)\b")  # the cheap test before `_INVERTED`


def _inverted(text: str, offset: int, found: list[NameMention]) -> list[NameMention]:
    """A name written surname first, as lists and indexes write them, is one person, read in
    the order the running text writes it ("Nikolai Ivanovich Bukharin")."""
    for m in _INVERTED.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        found = [n for n in found if n.end <= start or n.start >= end]
        found.append(NameMention(f"{m.group('given')} {m.group('patr')} {m.group('sur')}", "person",
                                 start, end))
    return found


def _coordinated(text: str, offset: int, found: list[NameMention]) -> list[NameMention]:
    """Names joined by "and" or a comma share a kind. "Сталина и Молотова": a surname joined
    to a person's is a person's, whatever town the gazetteer once named after it (Molotov was
    Perm's name); "raised Yaroslavl, Rybinsk and Murom": a town the gazetteer knows by that
    name, listed with a place, is a place without a word of where."""
    for before, name in zip(found, found[1:], strict=False):
        if not _LISTED_BETWEEN.fullmatch(text, before.end - offset, name.start - offset):
            continue
        if before.type == "person" and name.type == "place" and CYRILLIC_WORD.fullmatch(
                name.form) and name_kind(name.form) == "person" \
                and _AND_BETWEEN.fullmatch(text, before.end - offset, name.start - offset):
            name.type = "person"  # the dictionary reads a surname too: "Молотова", "Кирова"
    chain: list[NameMention] = []
    for i, name in enumerate(found):  # "the Dachau, Buchenwald and Sachsenhausen … camps"
        if chain and not _LISTED_BETWEEN.fullmatch(text, chain[-1].end - offset, name.start - offset):
            chain = []
        chain.append(name)
        head = _SHARED_HEAD.match(text, name.end - offset)
        if head and len(chain) > 1 and (i + 1 == len(found) or found[i + 1].start >= head.end() + offset):
            kind = "place" if head.group(1) in _PLACE_PLURALS else "organization"
            for member in chain:
                if " " not in member.form and member.type == "person":
                    member.type = kind
            chain = []
    for _ in range(2):  # a place before the towns, or after them
        for a, b in zip(found, found[1:], strict=False):
            if {a.type, b.type} == {"place", "person"} and \
                    _LISTED_BETWEEN.fullmatch(text, a.end - offset, b.start - offset):
                other = b if a.type == "place" else a
                if " " not in other.form and places.is_town(other.form):
                    # by its own name, not a former one ("Wrangel"); after "La Serena" too
                    other.type = "place"
    return found


# the plural head that names listed before it share
_PLACE_PLURALS = {"provinces", "regions", "districts", "oblasts", "governorates", "villages", "towns"}
_SHARED_HEAD = re.compile(r"[ ]+(?:[a-z]+[ ]+)?(camps|prisons|monasteries|factories|works|plants|"
                          + "|".join(sorted(_PLACE_PLURALS)) + r")\b")
_LISTED_BETWEEN = re.compile(r"\s*(?:,|,?\s+(?:and|и|or|или))\s*")


def _adjectives_before_a_head(text: str, start: int, end: int,
                              offset: int) -> list[NameMention]:
    """Capitalised words that name nothing alone ("Russian Communist") followed by a
    lower-case body's head, as older papers write names: the whole is that body."""
    tail = _ORG_TAIL.match(text, end)
    words = text[start:end].split()
    while words and words[0].lower() in _STARTERS:
        words = words[1:]
    if not tail or not words or set(tail.group(1).split()) & _STARTERS:
        return []
    a = text.index(words[0], start)
    return [NameMention(text[a:tail.end()], "organization", a + offset, tail.end() + offset)]


# up to two lower-case words (no adverb, no verb in -ed or -s but "forced") and the head
_ORG_TAIL = re.compile(r"((?:[ ]+(?:forced|[a-z]+(?<!ly)(?<!ed)(?<![^s]s))){0,2}?)[ ]+("
                       + "|".join(sorted(ORG_WORDS)) + r")\b")
_BUILDINGS = {"palace", "prison", "fortress", "monastery", "camp", "kremlin", "factory", "works",
              "plant", "mill"}
_NUMBER_SIGN_CUE = re.compile(r"\b(?:No|Nr|no|nr)\.?\s*\d|n°|№")
_EVENT_HEAD_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_NAMED_EVENT_HEADS, key=len, reverse=True))
                               + r")\b")


def event_type(form: str) -> str | None:
    """The event type an event's name tells by its head: "Bloody Sunday" a killing, "the
    Norilsk uprising" an uprising, "Шахтинское дело" a trial (data/lexicon/*/name_heads)."""
    for word in reversed(form.split()):
        kind = head_class(word)
        if kind:
            return lexicon.event_type_of_class().get(kind)
    return None


def is_episode(form: str) -> bool:
    """Whether an event's name tells one episode ("the Shakhty Trial", "Bloody Sunday"), not
    a period many events fall in ("the Great Terror", "the Civil War"); an act a number
    names ("Order No. 00447") is one."""
    if act_of(form):
        return True
    for word in reversed(form.split()):
        kind = head_class(word)
        if kind:
            return kind not in lexicon.period_classes()
    return False


def head_class(word: str) -> str | None:
    """The class of an event name's head word ("revolt", "восстания" -> uprising), else None."""
    head = word.lower().strip(".,")
    classes = lexicon.head_classes()
    return classes.get(head) or (classes.get(lemma(head)) if CYRILLIC_WORD.fullmatch(head)
                                 else None)


_NUMBERED = re.compile(r"\.?\s*\d[\d/-]*")
# an act and its number in running text: "the NKVD's operational order n° 00447", "приказ
# «Об операции …» № 00447" (the words between may be its title, within one clause)
_ACT_STEMS = "|".join(sorted({re.sub(r"[аеиоуыэюяй]$", "", h) if CYRILLIC_WORD.fullmatch(h)
                              else h for h in lexicon.act_classes()}, key=len, reverse=True))
_ACT_NUMBER = re.compile(rf"(?<!\w)(?P<act>(?i:{_ACT_STEMS})\w*)(?P<between>[^.;\n]{{0,90}}?)"
                         r"(?:\b(?:No|Nr|no|nr)\.?|n°|№)\s*(?P<number>\d[\d/-]*)")


def act_of(form: str) -> tuple[str, str] | None:
    """(class, number) of an act a number names: "Order No. 00447" and "приказ № 00447" ->
    ("order", "00447"); None for "Camp No. 5"."""
    m = _ACT_NUMBER.search(form)
    if m is None:
        return None
    word = m.group("act").lower()
    kind = lexicon.act_classes().get(lemma(word) if CYRILLIC_WORD.fullmatch(word) else
                                     word.rstrip("s"))
    return (kind, m.group("number")) if kind else None


def _numbered_acts(text: str, offset: int, found: list[NameMention]) -> list[NameMention]:
    """Acts named by their number in lower case ("order n° 00447", "приказ № 00447"), which
    the capitalised runs miss; one already found whole is kept as found."""
    out = []
    for m in _ACT_NUMBER.finditer(text):
        if act_of(m.group()) is None:
            continue
        start, end = m.start() + offset, m.end() + offset
        if any(n.start < end and start < n.end and n.type == "event" for n in found):
            continue
        out.append(NameMention(m.group(), "event", start, end))
    return out


def _named_after(text: str, offset: int, found: list[NameMention]) -> list[NameMention]:
    """"the Norilsk uprising", "the Lena massacre": a name before a lower-case event head
    names the event as well (the place keeps its own name)."""
    out = []
    for n in found:
        head = _EVENT_HEAD_AFTER.match(text, n.end - offset) if n.type != "event" else None
        if head:
            out.append(NameMention(text[n.start - offset:head.end()], "event", n.start,
                                   head.end() + offset))
    return out


# a capitalised Russian word and up to three lower-case words after it
_RU_PHRASE = re.compile(r"(?<![\w-])[А-ЯЁA-Z][а-яё\u0301]+(?:-[а-яё\u0301]+)?"
                        r"(?:\s+[а-яё\u0301]+(?:-[а-яё\u0301]+)?){1,3}")


def _russian_phrases(text: str, offset: int, found: list[NameMention]) -> list[NameMention]:
    """Russian capitalises only a name's first word: "Соловецкой тюрьмы", "Шахтинское дело",
    "Главное управление лагерей" are names: a capitalised adjective, more adjectives, the head
    noun whose kind `data/lexicon/ru/name_heads.yaml` gives, and the nouns in the genitive it
    governs. The phrase replaces the adjective found alone."""
    heads = lexicon.name_heads("ru")
    phrases = []
    for m in _RU_PHRASE.finditer(text):
        words = list(_WORD_TOKEN.finditer(text, m.start(), m.end()))
        if not CYRILLIC_WORD.fullmatch(words[0].group()) or not is_adjective(words[0].group()):
            continue
        head = next((i for i in range(1, len(words)) if lemma(words[i].group()) in heads
                     and all(is_adjective(w.group()) for w in words[1:i])), None)
        if head is None:
            continue
        end = head + 1
        while end < len(words) and is_genitive_noun(words[end].group()) \
                and not _subject_of_a_verb(text, words[end].end()):
            end += 1  # "на Ленских приисках войска открыли огонь": "войска" is the subject
        a, b = words[0].start(), words[end - 1].end()
        phrases.append(NameMention(text[a:b], heads[lemma(words[head].group())], a + offset,
                                   b + offset))
    if not phrases:
        return found
    starts = {p.start for p in phrases}
    return [n for n in found if n.start not in starts] + phrases


_WORD_TOKEN = re.compile(r"[\w’'-]+")


def _subject_of_a_verb(text: str, end: int) -> bool:
    """The word ending at `end` is followed by a finite verb: it is that verb's subject."""
    after = NEXT_WORD.match(text, end)
    word = _WORD_TOKEN.findall(text[max(0, end - 40):end])[-1:]
    return bool(after and word and CYRILLIC_WORD.fullmatch(after.group(1))
                and is_verb(after.group(1)) and may_be_subject(word[0]))
# a capitalised word inside running text, after a lower-case word or a comma, with the
# capitalised words that follow it ("… from Leon Trotzky in …")
_MID_SENTENCE_CAPS = re.compile(r"(?<=[a-zа-яё,;:] )[A-ZА-ЯЁ][\w’'-]*(?: [A-ZА-ЯЁ][\w’'-]*)*")


def is_headline(text: str) -> bool:
    """A Title Case or all-capitals line ("Zinovieff and Kameneff Admit Guilt", "NAZI GESTAPO
    IS NAMED"): its capitals mark the style of the line, not names."""
    words = [w for w in _WORD_TOKEN.findall(text) if w[0].isalpha() and len(w) >= 4]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def running_text_words(sentences: list[str]) -> frozenset[str]:
    """Title-cased words that ordinary sentences of a document capitalise mid-sentence: the
    names a headline of the same document can be trusted to contain."""
    return frozenset(w.title() for text in sentences if not is_headline(text)
                     for run in _MID_SENTENCE_CAPS.findall(text) for w in run.split())


def headline_names(text: str, offset: int, known: frozenset[str]) -> list[NameMention]:
    """Names in a headline: a body named by its head noun ("The Extraordinary Commission for
    …"), unless the line shouts in capitals, and runs of words that running text of the same
    document capitalises."""
    bodies = [] if text.upper() == text else [
        n for n in find_names(text, offset) if authority.lookup(n.form) or (
            n.type == "organization" and _ORGISH(n.form.split()))]
    taken = [(n.start - offset, n.end - offset) for n in bodies]
    return sorted(bodies + [n for n in _known_runs(text, offset, known)
                            if not any(a < n.end - offset and n.start - offset < b
                                       for a, b in taken)], key=lambda n: n.start)


def _known_runs(text: str, offset: int, known: frozenset[str]) -> list[NameMention]:
    found: list[NameMention] = []
    run: list[re.Match[str]] = []
    for token in [*_WORD_TOKEN.finditer(text), None]:
        if token is not None and token.group().title() in known and (
                not run or text[run[-1].end():token.start()] == " "):
            run.append(token)
            continue
        if run:
            a, b = run[0].start(), run[-1].end()
            kind = classify(" ".join(t.group().title() for t in run), False)
            if kind is not None:
                found.append(NameMention(text[a:b], kind, a + offset, b + offset))
        run = [token] if token is not None and token.group().title() in known else []
    return found


# "the battleships Petropavlovsk and Sevastopol": ships (and their crews), not towns
_SHIP_WORD = Prefiltered("ship|cruiser|steamer|vessel|gunboat|destroyer", ignore_case=True,
                         together=True)  # the cheap test before _SHIP
_SHIP = re.compile(r"\b(?:battleships?|cruisers?|ships?|steamers?|vessels?|gunboats?|destroyers?)\s+"
                   r"(?:[A-ZА-Я][\w-]*\s*(?:,|and)\s+)?$", re.I)
# plural nouns for people that open sentences ("Peasants revolted"); parties and movements
# written the same way ("Mensheviks", "SRs") stay names
_COMMON_NOUNS = {w for w in PEOPLE if w not in {
    "mensheviks", "bolsheviks", "communists", "srs", "trotskyists", "whites", "socialists",
    "revolutionaries", "chekists", "anarchists"}} | {
    "thousands", "hundreds", "millions", "dozens", "others", "officials", "villagers",
    "authorities"}
# "Eventually Yagoda …", "Reportedly Beria …": a sentence adverb before a name
_ADVERB = re.compile(r"[A-Z][a-z]{4,}ly")
_EDGE_WORDS = {"of", "the", "for", "and", "de", "von", "members", "member", "head", "leader", "chief"}
_LEADING = _STARTERS | _EDGE_WORDS


@lru_cache(maxsize=1 << 16)
def _run_names(run: str, led: bool) -> tuple[tuple[int, str], ...]:
    """(offset, form) of the names in a capitalised run (`led`: `run` begins with the
    character before it). The same runs recur all through a collection: each is cut once."""
    lead = 1 if led else 0
    out = []
    for p_start, p_end in _pieces(run, lead, len(run)):
        led_piece = p_start > 0
        trimmed = _trimmed(run[p_start - led_piece:p_end], led_piece)
        if trimmed is None:
            continue
        at, form = p_start - lead + trimmed[0], trimmed[1]
        words = form.split()
        if len(words) == 2 and _CAMP_NAME.fullmatch(words[0]) and authority.lookup(words[1]):
            # "the Norilag Gulag": a camp and the administration it belonged to
            out += [(at, words[0]), (at + form.index(words[1], len(words[0])), words[1])]
            continue
        out.append((at, form))
    return tuple(out)


_OPENING_PUNCT = " \t\n«»\"“„'‘(—–-•*"


# where a sentence, or what a dateline or a dash opens, begins
_OPENS = re.compile(r"(?:^|\s[—–])[\s«»\"“„'‘(*•]*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|into|at|from|to|on)\s+$")  # not "of": "the murder of X"


def _typed(text: str, a: int, form: str, ships: bool) -> NameMention | None:
    """The name at `a` with its type, which the words around it may decide ("the cruiser
    Aurora", "in Tambov")."""
    if ships and _SHIP.search(text, max(0, a - 40), a):
        name_type: str | None = "organization"
    else:  # a town's name is a place after "in", or before "province" (the gazetteer decides)
        after = text[a + len(form):a + len(form) + 14]
        word = _PLACE_WORD_AFTER.match(after)
        is_place = (form in places.gazetteer() or CYRILLIC_WORD.search(form)) and places.lookup(
            form, text[max(0, a - 20):a], after) is not None or bool(
            word and not form.endswith(("ist", "ists", "ite", "ites")) and (
                word.group(1) in PLACE_WORDS
                or head_class(word.group(1)) in lexicon.placed_classes())) or bool(
            _NEAR_BEFORE.search(text, max(0, a - 30), a) and not after.startswith(("'s", "’s"))
            and form.split()[-1].lower() not in ORG_WORDS  # "workers of the Putilov Works"
            or _NEAR_AFTER.match(after)) or _in_region(text, a, after) \
            or _where_after_in(text, a, form, after)
        name_type = classify(form, is_place)
    if name_type == "person" and " " not in form and (_PEOPLE_NOUN_AFTER.match(
            text, a + len(form)) or _PREPOSITION_BEFORE.search(text, max(0, a - 8), a)
            and not CYRILLIC_WORD.search(form) and not authority.lookup(form)
            and lexicon.is_common_english(form)):
        # "the Chechen and Ingush population", "Polish officers": a nation; "began in
        # History", "They lived in Exile": a common word a heading capitalised
        name_type = None
    if name_type is not None and " " not in form and (
            (not text[:a].strip(_OPENING_PUNCT)
             or name_type == "person" and text.count("«", 0, a) > text.count("»", 0, a)
             and not (text[a - 1:a] == "«" and text.startswith("»", a + len(form))))
            and CYRILLIC_WORD.fullmatch(form) and (is_common_word(form) or opens_as_adverb(form))
            or name_type == "person" and _OPENS.search(text, 0, a)
            and lexicon.is_common_english(form, lexicon.OPENING_WORD)
            or name_type == "person" and _in_a_quoted_title(text, a, form)
            and lexicon.is_common_english(form)):
        # a sentence's first word, capitalised for that alone ("Директива", "Several hundred
        # arrests", "MOSCOW, May 2 — Letters"); a common word in a quoted title of several
        # ("«Союз защиты Родины и Свободы»", "“Gold and Blood on the Lena”"; «Чечевица» is a
        # name, and "Ягоде" a surname)
        name_type = None
    if name_type is not None and _OPERATION_BEFORE.search(text, max(0, a - 14), a):
        name_type = "event"  # операция «Чечевица», Operation "Barbarossa"
    if name_type is None:
        return None
    return NameMention(form=form, type=name_type, start=a, end=a + len(form))


def _in_a_quoted_title(text: str, a: int, form: str) -> bool:
    """Whether the word at `a` stands inside double quotes that hold more words than it: a
    title's words ("“Gold and Blood on the Lena”"), not a nickname quoted alone."""
    opened = max(text.rfind("“", 0, a), text.rfind('"', 0, a) if text.count('"', 0, a) % 2 else -1)
    if opened < 0 or text.rfind("”", 0, a) > opened or "\n" in text[opened:a]:
        return False
    close = min((i for i in (text.find("”", a), text.find('"', a)) if i >= 0), default=-1)
    return close >= 0 and " " in text[opened + 1:close].strip() and "\n" not in text[a:close]


def _where_after_in(text: str, a: int, form: str, after: str) -> bool:
    """"in Halabja", "across the Punjab", "в Кремле" (a locative): one word the gazetteer may
    lack, after a word of where, is a place ("in Serge’s telling" is his)."""
    if " " in form:
        return False
    if CYRILLIC_WORD.fullmatch(form):
        return bool(_RU_IN_BEFORE.search(text, max(0, a - 4), a)) and is_locative(form)
    found = _IN_BEFORE.search(text, max(0, a - 60), a)
    return bool(found) and not after.startswith(("'s", "’s")) and not (
        found.group().startswith(_MOVED + ("from",)) and _SURNAME_SHAPE.search(form)) \
        and not lexicon.is_common_english(form)  # not "sent to Yezhov", "in History"


def _in_region(text: str, a: int, after: str) -> bool:
    """"in Amritsar, Punjab.": the name after a known town and a comma, ending the phrase, is
    where the town lies ("in Moscow, Fanya Kaplan fired" is no region)."""
    town = _TOWN_COMMA.search(text, max(0, a - 40), a)
    return bool(town and town.group(1) in places.gazetteer() and _PHRASE_END.match(after))


_PHRASE_END = re.compile(r"\s*(?:$|[.,;:)]|\s(?:on|in|at|and|where|when|during)\b)")


_TOWN_COMMA = re.compile(r"\b(?:in|at|near|from)\s+([A-ZА-ЯЁ][\w-]+),\s+$")


# a place the gazetteer lacks, told by where it lies: "near Kurapaty", "at Kurapaty, near
# Minsk", "the village of Levashovo"
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|village\s+of|town\s+of|city\s+of|settlement\s+of|"
                          + places.RESIDENTS + r")\s+(?:the\s+)?$|"
                          r"(?<![а-яё])(?:сел[еоа]|селени[еия]|деревн[еяи]|пос[её]лк[еа]|город[еа]?|"
                          r"станиц[еаы]|хутор[еа]?|аул[еа]?|урочищ[еа]|возле|около|близ)\s+$", re.I)
# "in Halabja", "in Bodaybo": one capitalised word the gazetteer lacks, after "in", is a place
# the verbs that move a people or a prisoner: where to, or from, is a place
_MOVED = ("deported", "exiled", "banished", "sent", "transported", "transferred", "shipped",
          "resettled", "evacuated", "moved", "fled", "taken", "escorted")
_SURNAME_SHAPE = re.compile(r"(?:ov|ev|in|sky|ski|enko|ich|yan)$")
# and one a people or a prisoner was moved to: "deported to Karaganda", "sent from Kem to Solovki"
_IN_BEFORE = re.compile(r"\b(?:in|(?:across|throughout)(?:\s+the)?|(?:" + "|".join(_MOVED) + r")"
                        r"(?:\s+(?:back|away|off|out|east|north|south|west))?\s+(?:to|from)|"
                        r"from\s+[A-Z][\w-]+\s+to)\s+$")
_RU_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во|на)\s+$", re.I)  # "в Кремле", with is_locative
_NEAR_AFTER = re.compile(r",\s+(?:near|outside|not\s+far\s+from)\s+(?:the\s+)?[A-Z]")
_PEOPLE_NOUN_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?\s+(?:" + "|".join(sorted(
    set(PEOPLE) | set(lexicon.load("en", "people")["collectives"]["nouns"]))) + r")\b")
# "the Lena river", "the Volga region", "the Lena massacre": a name before a lower-case word
# for a place, or for an event a place names
# "Penza province", "the Lena gold mines": a place word after the name, maybe after what is mined
_PLACE_WORD_AFTER = re.compile(r"[ \t]+(?:(?:gold|coal|copper|salt|silver|iron|oil|tin|diamond|uranium)"
                               r"[ \t]+)?([a-z]+)\b")

# OCR runs words together: "the KGBin the 1960s", "the NKVDpower to try"
_GLUED_ACRONYM = re.compile(r"(?<![\w’'-])([A-Z]{2,6})[a-z]{2,}\b")


def _trimmed(run: str, led: bool) -> tuple[int, str] | None:
    """(offset, form) of the name in a piece of a run: without the words that open sentences
    or join names at its edges, a possessive, trailing dots or a title. `led`: `run` begins
    with the character before the piece (it decides whether a lone initial "J." ends a name)."""
    lead = 1 if led else 0
    tokens = list(_TOKEN.finditer(run, lead))
    event = bool(tokens) and tokens[-1].group().lower().strip(".,") in _NAMED_EVENT_HEADS
    while tokens and (tokens[0].group().lower() in _LEADING
                      or tokens[0].group() in _CALENDAR and not (event and len(tokens) > 1)
                      or (len(tokens) > 1 and _ADVERB.fullmatch(tokens[0].group()))
                      or (tokens[0].group() in _NATIONAL and len(tokens) > 1 and not event
                          and not _ORGISH([t.group() for t in tokens])
                          and not authority.lookup(run[tokens[0].start():]))
                      # "Директива Сталина …": a Russian sentence's first word, a common noun
                      or not led and len(tokens) > 1 and tokens[0].start() == 0
                      and CYRILLIC_WORD.fullmatch(tokens[0].group())
                      and is_common_word(tokens[0].group())
                      and not is_adjective(tokens[0].group())):
        tokens = tokens[1:]
    while tokens and tokens[-1].group().lower() in _EDGE_WORDS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    a, b = tokens[0].start(), tokens[-1].end()
    if run[b - 2:b] in ("'s", "’s"):
        b -= 2
    while b > a and run[b - 1] in ".’'-" and not _INITIAL_END.search(run, a, b):
        b -= 1
    form = run[a:b]
    glued = _GLUED_ACRONYM.fullmatch(form)
    if glued:
        form = glued.group(1)
    bare = strip_title(form)
    if bare != form:
        a += form.rindex(bare)
        form = bare
    if len(form) < 2 or form.isdigit() or form.lower() in _STARTERS or form in _NATIONAL \
            or _COMPOUND_ADJECTIVE.fullmatch(form) \
            or form in _NOT_NAMES or all(part in _CALENDAR for part in form.split("-")):
        return None
    return a - lead, form


def _ORGISH(tokens: list[str]) -> bool:
    return any(t.lower().strip("’'") in ORG_WORDS for t in tokens)



def _initials(form: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", form) if w and w[0].isupper()).upper()


def abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst (2003): every letter of the short form, from the last, is found in
    the long form in order, and the first one starts a word: "НЭВЗ" abbreviates
    "Новочеркасский электровозостроительный завод", "SLON" "Solovetsky Lager Osobogo
    Naznacheniya"."""
    short, long = unmixed(short).lower(), unmixed(long).lower()
    if len(short) < 2 or len(long.split()) < 2:
        return False
    s, lo = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        if not c.isalnum():
            s -= 1
            continue
        while lo >= 0 and (long[lo] != c or s == 0 and lo > 0 and long[lo - 1].isalnum()):
            lo -= 1
        if lo < 0:
            return False
        lo, s = lo - 1, s - 1
    return True


_BRACKETED_SHORT = re.compile(r"\s*\(\s*$")


def acronym_aliases(text: str, found: list[NameMention]) -> list[AliasClaim]:
    """"… электровозостроительного завода (НЭВЗ)": a body's name with the acronym it
    abbreviates to in brackets right after it, in words the alias patterns cannot read (not
    capitalised, one compound word for two letters)."""
    claims = []
    for long, short in zip(found, found[1:], strict=False):
        if long.type == "organization" and short.type == "organization" \
                and _BRACKETED_SHORT.fullmatch(text[long.end:short.start]) \
                and text[short.end:short.end + 1] == ")" and _INFLECTED_ACRONYM.fullmatch(unmixed(short.form)) \
                and abbreviates(short.form, long.form):
            claims.append(AliasClaim(form=long.form, alias=short.form, relation="parenthesis",
                                     quote=text[long.start:short.end + 1], start=long.start,
                                     end=short.end + 1, document=long.document))
    return claims


def _named_place(form: str) -> bool:
    """A place by its own name or a big town's other one, not a small town's former name
    after a man ("Kibalchich")."""
    return places.is_town(form) or places.lookup(form, "") is not None


def find_aliases(text: str, offset: int = 0) -> list[AliasClaim]:
    """Aliases the sentence states, each with its quote."""
    claims: list[AliasClaim] = []
    hits = {m.group() for m in _ALIAS_CUES.finditer(text)}
    if not hits:
        return claims
    for relation, cues, rx in _ALIAS_RX:
        if hits.isdisjoint(cues):
            continue
        for m in rx.finditer(text):
            a = strip_title(re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", m.group("a").strip()))
            b = strip_title(m.group("b").strip(" ,.”\"’"))
            if a == b or not a or not b or b.lower() in _STARTERS or (
                    a.lower() in _STARTERS and a not in PRONOUNS):
                continue
            if re.fullmatch(r"[\d\s–-]+", b) or b in _NATIONAL or a in _NATIONAL or \
                    a in _CALENDAR or b in _CALENDAR or \
                    _named_place(b) or _named_place(a):
                continue  # a year, an adjective or a place is not another name for a body
            if relation == "or" and not m.group("sep" if "sep" in m.groupdict() else 0).strip(
                    ) and _initials(a) != b.rstrip("s").upper():
                continue  # "Russia or Spain": a choice, not an alias
            more = [(m.groupdict().get(g) or "").strip() for g in ("c", "t")]
            for alias in filter(None, (b, *(x for x in more if not _named_place(x)))):
                claims.append(AliasClaim(form=a, alias=alias, relation=relation,
                                         quote=m.group(0), start=m.start() + offset,
                                         end=m.end() + offset))
    return claims



def typed_by_aliases(text: str, found: list[NameMention], claims: list[AliasClaim]) -> None:
    """A form the sentence states as another name of a found one is that kind of name, and
    whole: "Bloody Sunday (Russian: …, Krovavoye voskresenye)" makes the transliteration an
    event's name, not a person "Krovavoye"."""
    kinds = {n.form: n.type for n in found}
    for claim in claims:
        kind = kinds.get(claim.form)
        for name in found if kind else ():
            if claim.start <= name.start < claim.end and name.form != claim.form and \
                    claim.alias.startswith(name.form) and \
                    text.startswith(claim.alias, name.start):
                name.form, name.end, name.type = claim.alias, name.start + len(claim.alias), kind
