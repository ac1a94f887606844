"""Deterministic generators of realistic test material for the benchmarks.

Documents mix the forms historians write (dates in many shapes, Old Style marks, figures with
qualifiers and ranges, names in Latin and Cyrillic with transliteration variants); the name
stream has the variant rates seen in the seed corpus (surname-only, titles, spellings).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

GIVEN = [("Fanya", "Фаня", ["Fanny", "Fanni", "Feiga"]), ("Moisei", "Моисей", ["Moses", "Moisey"]),
         ("Felix", "Феликс", ["Feliks"]), ("Yakov", "Яков", ["Jacob", "Iakov"]),
         ("Martyn", "Мартын", ["Martin", "Mārtiņš"]), ("Nikolai", "Николай", ["Nicholas", "Nikolay"]),
         ("Viktor", "Виктор", ["Victor"]), ("Yevno", "Евно", ["Evno", "Azef"]),
         ("Pyotr", "Пётр", ["Peter", "Petr"]), ("Aleksandr", "Александр", ["Alexander"]),
         ("Sergei", "Сергей", ["Sergey", "Serge"]), ("Mikhail", "Михаил", ["Michael", "Mikhail"]),
         ("Grigory", "Григорий", ["Grigorii", "Gregory"]), ("Vladimir", "Владимир", ["Wladimir"]),
         ("Yekaterina", "Екатерина", ["Ekaterina", "Catherine"]), ("Olga", "Ольга", ["Olha"])]
SURNAMES = [("Kaplan", "Каплан", ["Kaplan"]), ("Uritsky", "Урицкий", ["Uritskii", "Uritskiy"]),
            ("Dzerzhinsky", "Дзержинский", ["Dzerzhinskii", "Dzierżyński"]),
            ("Latsis", "Лацис", ["Lācis", "Lacis"]), ("Azef", "Азеф", ["Azev", "Asew"]),
            ("Kannegisser", "Каннегисер", ["Kannegiser", "Kannegiesser"]),
            ("Malinovsky", "Малиновский", ["Malinovskiy", "Malinowski"]),
            ("Peshkova", "Пешкова", ["Peshkova"]), ("Tukhachevsky", "Тухачевский",
                                                     ["Tukhachevskii", "Toukhatchevski"]),
            ("Antonov", "Антонов", ["Antonoff"]), ("Petrichenko", "Петриченко", ["Petrytschenko"]),
            ("Zinoviev", "Зиновьев", ["Zinovyev", "Sinowjew"]), ("Yagoda", "Ягода", ["Iagoda"]),
            ("Yezhov", "Ежов", ["Ezhov", "Jeschow"]), ("Berzin", "Берзин", ["Bērziņš"]),
            ("Peters", "Петерс", ["Peterss"]), ("Unszlicht", "Уншлихт", ["Unshlikht"])]
ORGS = ["Cheka", "VChK", "ЧК", "Tcheka", "OGPU", "NKVD", "Okhrana", "Ochrana", "GPU",
        "the Petrograd Cheka", "the Red Army", "the Left SRs", "the Socialist Revolutionaries"]
PLACES = ["Moscow", "Petrograd", "Kronstadt", "Tambov", "Astrakhan", "Penza", "Kiev", "Odessa",
          "Kharkov", "Kazan", "Yaroslavl", "Tsaritsyn", "Ekaterinodar", "Tomsk", "Omsk", "Perm"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
VERBS = [("executed", "killed"), ("shot", "killed"), ("arrested", "arrested"),
         ("deported", "deported"), ("took hostage", "hostages"), ("sent to camps", "deported"),
         ("massacred", "killed"), ("detained", "arrested")]
VICTIMS = ["workers", "peasants", "sailors", "strikers", "hostages", "officers", "priests",
           "anarchists", "students", "members of the party"]


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1905, 1938), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([
        f"On {d} {MONTHS[m - 1]} {y}", f"On {MONTHS[m - 1]} {d}, {y}", f"In {MONTHS[m - 1]} {y}",
        f"In {y}", f"Between {MONTHS[m - 1]} {d} and {min(28, d + 3)}, {y}",
        f"On {d} {MONTHS[m - 1]} (O.S.) {y}", f"From {y} to {y + rng.randint(1, 4)}",
        f"In the autumn of {y}", f"On {d:02d}.{m:02d}.{y}", "Two weeks later",
        f"By {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]} {y}:"])


def _figure(rng: random.Random) -> str:
    n = rng.choice([12, 40, 200, 500, 900, 1200, 2000, 10000, 50000])
    return rng.choice([f"{n:,}", f"some {n:,}", f"at least {n:,}", f"up to {n:,}",
                       f"between {n:,} and {n * 2:,}", "dozens of", "hundreds of",
                       "several thousand", "tens of thousands of", f"about {n:,}"])


def person(rng: random.Random, script_mix: float = 0.1) -> str:
    g, s = rng.choice(GIVEN), rng.choice(SURNAMES)
    if rng.random() < script_mix:
        return f"{g[1]} {s[1]}" if rng.random() < 0.7 else s[1]
    given = g[0] if rng.random() < 0.7 else rng.choice(g[2])
    surname = s[0] if rng.random() < 0.75 else rng.choice(s[2])
    form = rng.random()
    if form < 0.45:
        return f"{given} {surname}"
    if form < 0.8:
        return surname
    if form < 0.9:
        return f"Commissar {given} {surname}"
    return f"{given[0]}. {surname}"


def sentence(rng: random.Random) -> str:
    verb, _ = rng.choice(VERBS)
    org = rng.choice(ORGS)
    place = rng.choice(PLACES)
    shape = rng.random()
    if shape < 0.45:
        return (f"{_date(rng)}, {org} {verb} {_figure(rng)} {rng.choice(VICTIMS)} in {place}, "
                f"on the orders of {person(rng)}.")
    if shape < 0.6:
        return (f"{_date(rng)} {person(rng)} was assassinated in {place} by "
                f"{person(rng)}, a member of {rng.choice(ORGS)}.")
    if shape < 0.75:
        return (f"According to {person(rng)}, {_figure(rng)} {rng.choice(VICTIMS)} were "
                f"{verb} after the uprising in {place} was suppressed.")
    if shape < 0.85:
        return (f"{_date(rng)}, the strike at the {place} works was crushed and "
                f"{_figure(rng)} {rng.choice(VICTIMS)} were {verb}.")
    return ("Historians have long disagreed about the meaning of these events, and the "
            "archives opened after 1991 have not settled the question.")


# Prose around the events: the sentences of a history that tell no dated act of repression
# (opinion, biography, background, historiography), with names, places and the odd year.
_BACKGROUND = [
    "{p} later wrote that the mood in {place} had changed beyond recognition.",
    "Like many of his generation, {p} had come to politics through the student circles of {place}.",
    "The historian {p} argued that the figures given by {org} cannot be taken at face value.",
    "Much of what we know comes from the memoirs of {p}, written in exile in the {dec}s.",
    "The records of {org} for these months survive only in part, and many were destroyed.",
    "In the view of {p}, the decisive factor was the collapse of food supplies in {place}.",
    "{org} was never a single organisation but a network of local commissions of uneven power.",
    "Contemporaries in {place} described the winter as the hardest they could remember.",
    "The question of responsibility has divided historians since the archives opened in {y}.",
    "{p} was a schoolteacher by training and a member of {org} from its earliest days.",
    "Reports sent from {place} to Moscow spoke of hunger, typhus and a shortage of fuel.",
    "These accounts differ in detail, but they agree on the general course of events.",
    "Few of the participants left written testimony, and those who did wrote years afterwards.",
    "The newspapers of {place} carried little news of the countryside during these weeks.",
]


def background(rng: random.Random) -> str:
    return rng.choice(_BACKGROUND).format(
        p=person(rng), place=rng.choice(PLACES), org=rng.choice(ORGS),
        y=rng.randint(1956, 1995), dec=rng.choice([1920, 1930, 1950]))


def documents(n_bytes: int, seed: int = 7, event_share: float = 1.0) -> Iterator[tuple[str, str]]:
    """(name, text) pairs, about 20 KB each, until `n_bytes` of text have been produced.

    `event_share` is the fraction of sentences drawn from the event templates; the rest are
    background prose. 1.0 is the dense worst case; about 0.3 is what the seed corpus has
    (687 of its 2,544 sentences yield a mention).
    """
    rng = random.Random(seed)
    produced, i = 0, 0
    while produced < n_bytes:
        paragraphs = []
        size = 0
        while size < 20_000:
            para = " ".join(sentence(rng) if rng.random() < event_share else background(rng)
                            for _ in range(rng.randint(3, 7)))
            if rng.random() < 0.15:
                para = f"{rng.randint(1905, 1938)}\n\n{para}"
            paragraphs.append(para)
            size += len(para) + 2
        text = f"Chronicle {i}\n\n" + "\n\n".join(paragraphs) + "\n"
        produced += len(text)
        yield f"doc-{i:05d}.txt", text
        i += 1


def name_stream(n: int, n_docs: int, seed: int = 11) -> Iterator[tuple[str, str]]:
    """(document, form) for `n` name mentions spread over `n_docs` documents."""
    rng = random.Random(seed)
    for _ in range(n):
        doc = f"doc-{rng.randrange(n_docs):05d}"
        yield doc, (person(rng) if rng.random() < 0.75 else rng.choice(ORGS).replace("the ", ""))
