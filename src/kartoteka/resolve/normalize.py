"""Name keys: what two spellings of one name have in common.

`key` folds case, script (anyascii transliterates Cyrillic and strips diacritics: Ķuzis →
Kuzis, Дзержинский → Dzerzhinskii), possessives, hyphens and honorifics. `skeleton` goes
further and folds the transliteration systems into one (Dzerzhinskii / Dzerzhinsky,
Latsis / Lācis, Azef / Azev, Okhrana / Ochrana), for blocking and comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from anyascii import anyascii

from ..extract.morphology import CYRILLIC_WORD, uninflected
from ..extract.names import HONORIFIC, ROLE, act_of, head_class

# Keys drop both the honorifics a name keeps and the roles extraction already strips.
_HONORIFIC = re.compile(rf"^(?:(?:{HONORIFIC}|{ROLE})\.?\s+)+", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$")
_SKELETON = [
    (r"\bj(?=[aeu])", "y"),  # Jan / Ян, Jakir / Якир: a J before a vowel as Cyrillic writes it
    (r"ki\b", "ky"),  # Trotzki / Trotsky, Dzierżyński's -ski / -sky
    (r"^ye", "e"), (r"^yu", "u"), (r"^ya", "a"), (r"tch", "ch"), (r"kh", "h"), (r"ch", "h"),
    (r"ts", "c"), (r"tz", "c"), (r"zh", "j"), (r"sch", "sh"), (r"shch", "sh"),
    (r"(?:iy|ii|yi|ij|yj|y)\b", "y"), (r"i(?:y|i)a\b", "ia"), (r"ie", "e"), (r"ye", "e"), (r"yo", "e"), (r"w", "v"),
    (r"ph", "f"), (r"v\b", "f"), (r"x", "ks"), (r"(.)\1", r"\1"), (r"j", "y"),
    (r"\bi(?=[aeou])", "y"),  # Ioffe / Joffe / Yoffe, Iakov / Yakov
    (r"gy\b", "d"),  # Hungarian gy, which Cyrillic writes дь: Nagy / Надь
    (r"(?<=[^aeiou\s])(?<=\w)([aou])e(?=[^aeiou\s])", r"\1"),  # German umlauts spelled out: Roehm / Röhm
]
_SKELETON_RX = [(re.compile(p), r) for p, r in _SKELETON]


# the háček letters of Czech, Slovak, the Baltic and South Slavic languages are the sounds
# Cyrillic writes ч, ш, ж: Dubček is Дубчек, Stučka Стучка (anyascii alone would drop the mark)
_HACEK = str.maketrans({"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh"})


@lru_cache(maxsize=200_000)
def key(form: str) -> str:
    """Case-, script-, inflection- and punctuation-folded form: "the Cheka's" -> "cheka",
    "Ежова" -> "ezhov", "Dubček" -> "dubchek"."""
    text = anyascii(uninflected(form).translate(_HACEK)).casefold()
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"[-‐–—_/]", " ", text)
    text = re.sub(r"[^\w\s()]", "", text)
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def bare_key(form: str) -> str:
    """`key` without honorifics ("Tsar Nicholas" -> "nicholas")."""
    return _HONORIFIC.sub("", key(form)) or key(form)


def strip_honorific(form: str) -> str:
    """"Emperor Nicholas II" -> "Nicholas II", keeping the case of what remains."""
    words = form.split()
    while len(words) > 1 and _HONORIFIC.match(key(words[0]) + " "):
        words = words[1:]
    return " ".join(words)


def has_honorific(form: str) -> bool:
    return bool(_HONORIFIC.match(key(form)))


@lru_cache(maxsize=200_000)
def skeleton(form: str) -> str:
    """Transliteration-folded key for comparing spellings across systems."""
    text = bare_key(form)
    for rx, repl in _SKELETON_RX:
        text = rx.sub(repl, text)
    return text


@lru_cache(maxsize=1)
def _given_name_groups() -> dict[str, int]:
    groups = yaml.safe_load(resources.files("kartoteka.data").joinpath(
        "lexicon/given_names.yaml").read_text(encoding="utf-8"))
    return {skeleton(name): i for i, group in enumerate(groups) for name in group}


def same_given_name(a: str, b: str) -> bool:
    """"Lev" and "Leon", "Nikolai" and "Nicholas": one given name in two languages."""
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    groups = _given_name_groups()
    return sa in groups and groups.get(sb) == groups[sa]


@lru_cache(maxsize=200_000)
def regnal(form: str) -> bool:
    """"Alexander II": a ruler's name, whatever its one given name suggests."""
    words = bare_key(form).split()
    return len(words) > 1 and bool(_ROMAN.match(words[-1]))


@lru_cache(maxsize=200_000)
def tokens(form: str) -> tuple[str, ...]:
    """Name parts without honorifics and regnal numbers; a hyphenated surname is one part
    ("Sultan-Galiev" is a lone surname, "sultan galiev")."""
    words = (key(w) for w in strip_honorific(_ARTICLE.sub("", form.strip())).split())
    return tuple(t for t in words if t and not _ROMAN.match(t))


def acronym_key(form: str) -> str | None:
    """An acronym's key without its plural s ("SRs" -> "sr"); None if `form` is no acronym."""
    if re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.]{1,7}s?", form.strip()):
        return key(form).rstrip("s") if form.strip().endswith("s") else key(form)
    return None


def party_plural(form: str) -> str | None:
    """"Bolshevik Party" -> "bolsheviks"; "Socialist Revolutionary Party" -> "socialist
    revolutionaries": a party and its members are written both ways."""
    k = key(form)
    m = re.fullmatch(r"(.+?) party", k)
    if not m:
        return None
    stem = m.group(1)
    return stem[:-1] + "ies" if stem.endswith("ary") else stem + "s"


def event_key(form: str) -> str | None:
    """What two names of one event share: the first letters of the word before the head and
    the head's class. "the Norilsk uprising" / "the Norilsk revolt", "Shakhty Trial" /
    "Шахтинское дело", "Novocherkassk massacre" / "Новочеркасский расстрел"; None when the form
    has no event head."""
    act = act_of(form)
    if act:  # "Order No. 00447", "order n° 00447", "приказ НКВД № 00447"
        return f"{act[0]} #{act[1]}"
    words = form.split()
    for i in range(len(words) - 1, 0, -1):
        kind = head_class(words[i])
        if kind:
            j = i - 1  # "the Katyn Forest massacre": the name, not the kind of place it is
            while j > 0 and words[j].lower() in _PLACE_KINDS and words[j - 1][:1].isupper():
                j -= 1
            return _stem(words[j])[:5] + " <" + kind + ">"
    return None


_PLACE_KINDS = frozenset({"forest", "woods", "square", "gate", "gates", "valley", "river", "bay",
                          "district", "region", "province", "city", "town", "village", "camp",
                          "prison", "field", "fields", "mine", "mines", "goldfields", "works",
                          "factory", "plant", "station", "street", "bridge", "palace"})
_RU_ADJECTIVE_END = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ом|ую|ой|их|им)$")
_VOWEL_END = re.compile(r"[aeiouy]$")


def _stem(word: str) -> str:
    """The place a modifier names, as both scripts write it: "Ленский" → "len" as "Lena" →
    "len", "Катынского" → "katyn" as "Katyn"."""
    text = skeleton(_RU_ADJECTIVE_END.sub("", uninflected(word).lower()) or word) \
        if CYRILLIC_WORD.search(word) else skeleton(word)
    return _VOWEL_END.sub("", text) or text
