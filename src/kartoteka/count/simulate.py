"""Known populations for checking linkage and estimation: people drawn at random, lists that
catch each with their own probability (and, if asked, more often when another list caught
them: dependence), and records written the way real lists differ (Cyrillic or one of two
transliterations, a birth year off by one, the Old Style date, fields left empty).

The names are common Russian surnames and given names, none of them a particular person.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii

from .estimate import Histories
from .records import PersonRecord, record_id

_SURNAMES = ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
             "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
             "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
             "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
             "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
             "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
             "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
             "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
             "Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов "
             "Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев "
             "Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков "
             "Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов "
             "Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов "
             "Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров "
             "Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронцов Рыбаков "
             "Жданов Суханов Рябов Лаптев Шубин Блинов Ганин Дроздов Аксёнов Зуев").split()
_GIVEN = ("Иван Пётр Николай Алексей Сергей Михаил Василий Фёдор Дмитрий Андрей Григорий Павел "
          "Степан Яков Илья Егор Тимофей Семён Константин Александр Владимир Борис Леонид "
          "Матвей Филипп Кузьма Никита Антон Роман Макар").split()
_FATHERS = ("Иван Пётр Николай Алексей Сергей Михаил Василий Фёдор Дмитрий Андрей Григорий "
            "Павел Степан Яков Семён").split()
_PLACES = ("Тверь Калуга Рязань Тула Орёл Курск Пенза Вологда Кострома Ярославль Самара "
           "Саратов Вятка Пермь Уфа Омск Томск Иркутск Чита Витебск").split()


def _patronymic(father: str) -> str:
    irregular = {"Пётр": "Петрович", "Семён": "Семёнович", "Фёдор": "Фёдорович",
                 "Яков": "Яковлевич", "Павел": "Павлович", "Михаил": "Михайлович",
                 "Василий": "Васильевич", "Григорий": "Григорьевич", "Алексей": "Алексеевич",
                 "Сергей": "Сергеевич", "Андрей": "Андреевич", "Дмитрий": "Дмитриевич"}
    if father in irregular:
        return irregular[father]
    if father.endswith("й"):
        return father[:-1] + "евич"
    return father + "ович"


def _latin(text: str, system: int) -> str:
    out = anyascii(text)  # Ivanov, Pyotr -> Pyotr, Sergeevich
    if system == 1:  # the library system: -ii, ia, iu
        out = out.replace("y", "i").replace("Yu", "Iu").replace("Ya", "Ia")
    return out


@dataclass
class Person:
    surname: str
    given: str
    patronymic: str
    birth_year: int
    birth_place: str
    execution_date: str


def population(size: int, seed: int = 1) -> list[Person]:
    rng = random.Random(seed)
    people = []
    for _ in range(size):
        day = rng.randrange(1, 29)
        people.append(Person(rng.choice(_SURNAMES), rng.choice(_GIVEN),
                             _patronymic(rng.choice(_FATHERS)), rng.randrange(1870, 1915),
                             rng.choice(_PLACES),
                             f"1937-{rng.randrange(8, 13):02d}-{day:02d}"))
    return people


def capture(people: Sequence[Person], probabilities: Sequence[float], seed: int = 1,
            dependence: float = 1.0, hidden: float = 1.0) -> list[frozenset[int]]:
    """Which lists catch each person; with `dependence` > 1, list 1 catches those list 0
    caught that many times more often (capped at certainty); with `hidden` < 1, half the
    people are that much harder for every list to find (heterogeneity)."""
    rng = random.Random(seed)
    out = []
    for _ in people:
        caught = set()
        shy = hidden if rng.random() < 0.5 else 1.0
        for k, p in enumerate(probabilities):
            p *= shy
            if k == 1 and 0 in caught:
                p = min(1.0, p * dependence)
            if rng.random() < p:
                caught.add(k)
        out.append(frozenset(caught))
    return out


def write_records(people: Sequence[Person], caught: Sequence[frozenset[int]], lists: int,
                  seed: int = 1, noise: float = 0.15) -> tuple[list[PersonRecord], list[int]]:
    """The lists' records and, for each, the index of the person it names (the truth)."""
    rng = random.Random(seed)
    records, truth = [], []
    for k in range(lists):
        script = k % 3  # list 0 in Cyrillic, list 1 and 2 in two transliterations
        for who, (person, found) in enumerate(zip(people, caught, strict=True)):
            if k not in found:
                continue
            order = (person.surname, person.given, person.patronymic)
            name = " ".join(order) if script == 0 else " ".join(
                (person.given, person.patronymic, person.surname))
            if script:
                name = _latin(name, script - 1)
            if rng.random() < noise:  # an initial for the patronymic
                parts = name.split()
                name = " ".join(p[0] + "." if p == (parts[1] if script else parts[2]) else p
                                for p in parts)
            year = person.birth_year + (rng.choice((-1, 1)) if rng.random() < noise else 0)
            execution = person.execution_date
            if rng.random() < noise:  # the Old Style date, 13 days earlier
                y, m, d = execution.split("-")
                execution = f"{y}-{m}-{int(d):02d}" if int(d) <= 13 else \
                    f"{y}-{m}-{int(d) - 13:02d}"
            fields = {"birth_year": str(year),
                      "birth_place": person.birth_place if script == 0 else _latin(
                          person.birth_place, script - 1),
                      "execution_date": execution if rng.random() > noise else ""}
            values = {"name": name, **{f: v for f, v in fields.items() if v}}
            rid = record_id(f"list{k}", {**values, "row": str(len(records))})
            records.append(PersonRecord(rid, f"list{k}", len(records) + 2, name,
                                        {f: v for f, v in fields.items() if v}))
            truth.append(who)
    return records, truth


def histories(caught: Sequence[frozenset[int]], lists: int) -> Histories:
    names = [f"list{k}" for k in range(lists)]
    return Histories.from_sets(names, (frozenset(names[k] for k in c) for c in caught))
