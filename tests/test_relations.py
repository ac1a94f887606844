from kartoteka.link.relations import relations


def ev(id: str, type: str, start: str, end: str | None = None, places=(), persons=()) -> dict:
    return {"id": id, "type": type, "date": {"start": start, "end": end or start},
            "places": list(places),
            "actors": [{"entity_id": p, "type": "person"} for p in persons]}


def test_part_of_followed_by_and_no_relation_without_a_shared_place_or_person() -> None:
    events = [
        ev("campaign", "attack", "1920-08-19", "1921-06-30", places=["Tambov"]),
        ev("battle", "attack", "1921-05-12", places=["Tambov"]),
        ev("rising", "uprising", "1921-03-01", places=["Kronstadt"]),
        ev("assault", "attack", "1921-03-07", places=["Kronstadt"]),
        ev("far", "execution", "1921-09-01", places=["Kronstadt"]),
        ev("elsewhere", "execution", "1921-03-05", places=["Odessa"]),
        ev("year_only", "killing", "1921", places=["Tambov"]),
    ]
    got = {(a, r["type"], r["event"]) for a, rs in relations(events).items() for r in rs}
    assert ("battle", "part_of", "campaign") in got and ("campaign", "contains", "battle") in got
    assert ("rising", "followed_by", "assault") in got
    assert not any("far" in t or "elsewhere" in t for t in got)  # too late; another place
    assert ("year_only", "part_of", "campaign") not in got  # a year is imprecise, not inside
