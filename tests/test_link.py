from __future__ import annotations

from kartoteka.link import LinkMention, consensus, link_mentions
from kartoteka.link.dates import compatibility, interval


def test_date_compatibility_at_each_precision() -> None:
    day, month = interval("1917-12-20", None), interval("1917-12", None)
    assert compatibility(day, day)[0] == 1.0
    assert compatibility(day, month)[0] > 0
    assert compatibility(interval("1918-08-17", None), interval("1918-08-30", None)) == (
        0.6, "Old/New Style shift")
    assert compatibility(interval("1921-03-18", None), interval("1919-03-18", None))[0] == 0


def _m(id: str, doc: str, type: str, start: str, quote: str, **kw) -> LinkMention:
    return LinkMention(id=id, document=doc, type=type, date_start=start, date_end=start,
                       quote=quote, **kw)


def test_same_event_in_different_documents_is_linked_and_others_are_not() -> None:
    mentions = [
        _m("a", "d1", "founding", "1917-12-20", "the Bolsheviks established the Cheka",
           entities=["cheka"]),
        _m("b", "d2", "founding", "1917-12", "December 1917 Lenin established the Cheka",
           entities=["cheka"]),
        _m("c", "d3", "execution", "1917-12-20", "hostages were shot in Kiev", places=["Kiev"]),
    ]
    groups, linked = link_mentions(mentions)
    assert groups["a"] == groups["b"] != groups["c"]
    assert set(linked[0]["parts"]) == {"date", "day", "type", "actors", "places", "text",
                                       "named", "context", "affinity", "figures"}
    groups, _ = link_mentions(mentions, [{"kind": "unlink", "subject": "a", "object": "b"}])
    assert groups["a"] != groups["b"]


def test_the_same_toll_links_a_year_dated_claim_to_a_finer_one_and_another_toll_does_not() -> None:
    # our own: "seven were executed later that year" told in a review, "in August 1962
    # seven were shot" in a history; their places carried, so only the count can join them
    mentions = [
        _m("a", "d1", "execution", "1962-08", "in August seven organisers were shot",
           counts=[("killed", 7, 7)], places=["Novocherkassk"], places_carried=True),
        _m("b", "d2", "execution", "1962", "seven of them were executed later that year",
           counts=[("killed", 7, 7)], places=["Novocherkassk"], places_carried=True),
        _m("c", "d3", "execution", "1962", "forty were executed later that year",
           counts=[("killed", 40, 40)]),
    ]
    groups, linked = link_mentions(mentions)
    assert groups["a"] == groups["b"] != groups["c"]
    assert linked[0]["parts"]["figures"] > 0
    # a related type ("murdered" in 1940, "executed" in April 1940) meets on the same toll
    # only; without it a year-dated killing by the same body stays apart
    finer = _m("a", "d1", "execution", "1940-04", "the NKVD executed about 22,000 officers",
               counts=[("killed", 22000, 22000)], entities=["nkvd"])
    groups, _ = link_mentions([finer, _m(
        "b", "d2", "killing", "1940", "in 1940 the NKVD murdered nearly 22,000 Poles",
        counts=[("killed", 22000, 22000)], entities=["nkvd"])])
    assert groups["a"] == groups["b"]
    groups, _ = link_mentions([finer, _m(
        "c", "d3", "killing", "1940", "in 1940 the NKVD killed peasants", entities=["nkvd"])])
    assert groups["a"] != groups["c"]


def test_the_same_kind_of_event_in_the_same_days_with_the_same_toll_is_one_event() -> None:
    # our own: a memoir and a report tell the same week of shootings, naming nothing in common
    told = [_m("a", "d1", "execution", "1937-10-27", "1,111 people shot in those days",
               counts=[("killed", 1111, 1111)]),
            _m("b", "d2", "execution", "1937-10-27", "the sentence carried out on 1111",
               counts=[("killed", 1111, 1111)]),
            _m("c", "d3", "execution", "1937-10-27", "509 shot in the forest",
               counts=[("killed", 509, 509)])]
    for m in told:
        m.date_end = "1937-11-04"
    groups, _ = link_mentions(told)
    assert groups["a"] == groups["b"] != groups["c"]


def test_consensus_low_best_high_and_disputes() -> None:
    mentions = [
        {"document": "a", "type": "execution", "date_start": "1921-03-18",
         "date_end": "1921-03-18", "quote": "between 1,200 and 2,168 were executed",
         "figures": [{"kind": "killed", "low": 1200, "high": 2168}], "places": ["Kronstadt"]},
        {"document": "b", "type": "execution", "date_start": "1921-03-19",
         "date_end": "1921-03-19", "quote": "over 2,000 were shot",
         "figures": [{"kind": "killed", "low": 2000, "high": None}], "places": ["Kronstadt"]},
        {"document": "c", "type": "execution", "date_start": "1921-03-18",
         "date_end": "1921-03-18", "quote": "some 500 were shot",
         "figures": [{"kind": "killed", "low": 500, "high": 500}], "places": []},
    ]
    c = consensus(mentions)
    assert c["figures"] == [{"kind": "killed", "low": 500, "best": 1684, "high": 2168,
                             "sources": 3}]
    assert c["date"] == {"start": "1921-03-18", "end": "1921-03-18"}
    assert c["disputed"] == ["date.start", "figures.killed"]
    sides = {s["value"]: s["documents"] for s in c["disputes"][1]["sides"]}
    assert sides == {"1200–2168": ["a"], "2000–…": ["b"], "500–500": ["c"]}


def test_an_untyped_claim_never_outvotes_a_typed_one() -> None:
    def m(doc: str, kind: str) -> dict:
        return {"document": doc, "type": kind, "date_start": "1944-02-23",
                "date_end": "1944-02-23", "quote": "", "figures": [], "places": []}
    assert consensus([m("a", "other"), m("a", "deportation"), m("b", "other")])["type"] == \
        "deportation"


def test_reliability_and_reader_comments_weight_the_consensus() -> None:
    def m(doc: str, low: int, section: str = "body") -> dict:
        return {"document": doc, "type": "execution", "date_start": "1921-03-18",
                "date_end": "1921-03-18", "quote": "…", "section": section,
                "figures": [{"kind": "killed", "low": low, "high": low}], "places": []}

    mentions = [m("a", 1000), m("b", 2000), m("c", 5000)]
    assert consensus(mentions)["figures"][0]["best"] == 2000
    assert consensus(mentions, {"c": 3.0})["figures"][0]["best"] == 5000
    commented = [m("a", 1000), m("b", 2000, "reader comment"), m("c", 5000, "reader comment")]
    assert consensus(commented)["figures"][0]["best"] == 1000


def test_reader_comments_are_marked_and_their_timestamps_are_not_events() -> None:
    from kartoteka.extract.rules import RuleExtractor
    from kartoteka.models import Document

    text = ("In 1919 the Cheka executed 200 strikers in Astrakhan.\n\n12 Comments\n\n"
            "Ivan says: 12 March 2018 at 10:32 am\n\n"
            "My grandfather said that in 1920 the Cheka arrested his whole village.\n")
    got = [(m.date.start, m.section) for m in
           RuleExtractor().extract(Document("d", "d", text, "0", "txt")).mentions]
    assert got == [("1919", "body"), ("1920", "reader comment")]


def test_sources_that_disagree_by_days_are_linked_only_on_strong_evidence() -> None:
    same = [
        _m("a", "d1", "founding", "1917-12-05", "In Petrograd the Bolsheviks established the "
           "Cheka under Dzerzhinsky", entities=["cheka", "dzerzhinsky"], places=["Petrograd"]),
        _m("b", "d2", "founding", "1917-12-20", "The Cheka was established in Petrograd under "
           "Dzerzhinsky by the Bolsheviks", entities=["cheka", "dzerzhinsky"],
           places=["Petrograd"]),
        _m("c", "d3", "founding", "1917-12-14", "A revolutionary tribunal was set up",
           entities=["tribunal"], places=["Petrograd"]),
    ]
    groups, linked = link_mentions(same)
    assert groups["a"] == groups["b"] != groups["c"]
    near = next(x for x in linked if {x["a"], x["b"]} == {"a", "b"})
    assert near["parts"]["date"] < 0.5


def test_near_dates_link_without_a_place_when_the_wording_agrees() -> None:
    mentions = [
        _m("a", "d1", "founding", "1917-12-05", "On December 5, 1917, the Bolsheviks "
           "established the Cheka, the secret police", entities=["cheka", "bolsheviks"]),
        _m("b", "d2", "founding", "1917-12-20", "On 20 December 1917 the Bolsheviks "
           "established the Cheka as their secret police", entities=["cheka", "bolsheviks"]),
    ]
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"]


def test_a_body_is_founded_once_whatever_the_wording() -> None:
    mentions = [
        _m("a", "d1", "founding", "1917-12-05", "On December 5, 1917, the Bolsheviks "
           "established the Cheka", entities=["cheka", "bolsheviks"], bodies=["cheka"]),
        _m("b", "d2", "founding", "1917-12-20", "Set up by a decree of the Council of "
           "People's Commissars, it was led by Dzerzhinsky", entities=["cheka", "dzerzhinsky"],
           bodies=["cheka"]),
        _m("c", "d3", "founding", "1917-12-14", "Set up by a decree of the Council of "
           "People's Commissars, it was led by Krylenko", entities=["tribunal", "krylenko"],
           bodies=["tribunal"]),
    ]
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"] != groups["c"]
    mentions[1].bodies = []  # without the body founded, the wording alone is too thin
    groups, _ = link_mentions(mentions)
    assert groups["a"] != groups["b"]


def test_a_carried_place_never_forbids_a_merge_but_a_stated_one_does() -> None:
    mentions = [
        _m("a", "d1", "decree", "1918-09-05", "the Council of People's Commissars adopted the "
           "decree on Red Terror", places=["Moscow"], places_carried=True, entities=["sovnarkom"]),
        _m("b", "d2", "decree", "1918-09-05", "the decree on Red Terror was adopted",
           places=["Petrograd"], places_carried=True, entities=["sovnarkom"]),
    ]
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"]
    mentions[0].places_carried = mentions[1].places_carried = False
    groups, _ = link_mentions(mentions)
    assert groups["a"] != groups["b"], "two stated places: two events"


def test_years_and_months_of_one_long_event_meet() -> None:
    assert compatibility(interval("1920-08", "1921-06"), interval("1920", "1921"))[0] == 0.6
    assert compatibility(interval("1921-03", "1921-03"), interval("1918", "1922"))[0] == 0.0
    mentions = [
        _m("a", "d1", "uprising", "1920-08", "The Tambov rebellion lasted from August 1920 to "
           "June 1921", places=["Tambov"]),
        _m("b", "d2", "uprising", "1920", "The Tambov rising of 1920–21 was crushed",
           places=["Tambov"]),
    ]
    mentions[0].date_end, mentions[1].date_end = "1921-06", "1921"
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"]


def test_a_year_meets_the_finer_dates_of_that_year_for_a_body_founded_once() -> None:
    mentions = [
        _m("a", "d1", "founding", "1881", "The Okhrana was founded in 1881",
           entities=["okhrana"], bodies=["okhrana"]),
        _m("b", "d2", "founding", "1881-08", "The tsarist secret police was set up in August 1881",
           entities=["okhrana"], bodies=["okhrana"]),
        _m("c", "d3", "founding", "1881-03-13", "a committee was formed on 13 March 1881",
           entities=["committee"], bodies=["committee"]),
    ]
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"] != groups["c"]


def test_a_strike_put_down_by_shooting_and_the_shootings_are_one_event() -> None:
    mentions = [
        _m("a", "d1", "strike", "1919-03-12", "the Cheka massacred striking workers in Astrakhan",
           places=["Astrakhan"], entities=["cheka"]),
        _m("b", "d2", "execution", "1919-03", "In Astrakhan in March 1919 the Cheka shot "
           "thousands of strikers and soldiers", places=["Astrakhan"], entities=["cheka"]),
    ]
    mentions[0].date_end = "1919-03-14"
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"]


def test_one_named_episode_told_with_different_places_is_one_event_a_period_is_not() -> None:
    """Written for this test: one source names where the court sat, another the region the
    case was about; both name the trial. Two killings told as "the Red Terror" stay two."""
    trial = [
        _m("a", "d1", "trial", "1928-05-18", "the Shakhty Trial opened in Moscow",
           places=["Moscow"], named=["shakhty"], episodes=["shakhty"]),
        _m("b", "d2", "trial", "1928-05-18", "Шахтинское дело о вредительстве в Донбассе",
           places=["Донбасс"], named=["shakhty"], episodes=["shakhty"]),
    ]
    groups, _ = link_mentions(trial)
    assert groups["a"] == groups["b"]
    terror = [
        _m("c", "d1", "killing", "1918-08-30", "Uritsky was shot in Petrograd, the Red Terror "
           "followed", places=["Petrograd"], named=["red terror"]),
        _m("d", "d2", "killing", "1918-08-30", "Lenin was shot in Moscow; the Red Terror began",
           places=["Moscow"], named=["red terror"]),
    ]
    groups, _ = link_mentions(terror)
    assert groups["c"] != groups["d"]


def test_the_same_claims_give_the_same_events_whatever_order_the_sources_came_in(
        tmp_path, demo_corpus) -> None:
    from kartoteka import pipeline
    from kartoteka.store import open_store
    from kartoteka.store import queries as q

    files = sorted(demo_corpus.iterdir())
    halves = [files[::2], files[1::2]]

    def events(order: list[list]) -> set[frozenset[str]]:
        store = open_store(f"sqlite:///{tmp_path / f'{len(list(tmp_path.iterdir()))}.db'}")
        for half in order:
            pipeline.ingest(store, half)
        groups: dict[str, set[str]] = {}
        for m in q.mention_dicts(store):
            groups.setdefault(m["event_id"], set()).add(m["id"])
        return {frozenset(g) for g in groups.values()}

    assert events(halves) == events(halves[::-1])


def test_two_sources_on_one_topic_telling_related_acts_on_one_day_tell_one_event() -> None:
    # after the Norilsk uprising of 1953 as two encyclopedias tell it, retold: one source says a
    # guard "shot" a prisoner (a killing), the other that guards "executed" him
    a = _m("a", "d1", "killing", "1953-05-25", "a guard shot a prisoner at the camp gate")
    b = _m("b", "d2", "execution", "1953-05-25", "convoy guards shot a man on his way to work")
    alike = lambda x, y: 0.1  # noqa: E731  the two documents name the same rare names
    groups, linked = link_mentions([a, b], affinity=alike)
    assert groups["a"] == groups["b"] and linked[0]["parts"]["day"] > 0
    # the same month is no such evidence, nor are unrelated documents
    month = [a, _m("b", "d2", "execution", "1953-05", "convoy guards shot a man")]
    assert len(set(link_mentions(month, affinity=alike)[0].values())) == 2
    assert len(set(link_mentions([a, b], affinity=lambda x, y: 0.0)[0].values())) == 2


def test_a_square_in_a_town_is_no_conflict_two_towns_are() -> None:
    on_square = _m("a", "d1", "killing", "1905-01-22", "troops fired on the marchers",
                   places=["Palace Square"], vague_places=["Palace Square"], entities=["gapon"])
    in_town = _m("b", "d2", "killing", "1905-01-22", "troops fired on the marchers",
                 places=["Petrograd"], entities=["gapon"])
    elsewhere = _m("c", "d3", "killing", "1905-01-22", "troops fired on the marchers",
                   places=["Moscow"], entities=["gapon"])
    groups, _ = link_mentions([on_square, in_town, elsewhere])
    assert groups["a"] == groups["b"] != groups["c"]


def test_the_trial_told_after_a_named_trial_is_that_trial() -> None:
    from kartoteka.extract.names import head_class
    from kartoteka.link.evidence import referents
    # after the Shakhty Trial as an encyclopedia tells it: named first, "the trial" later
    episodes = [(10, "shakhty-trial", "trial"), (40, "kronstadt-rebellion", "uprising")]
    assert referents("The trial was held in Moscow in May.", 400, episodes, head_class) == [
        "shakhty-trial"]
    assert referents("The revolt was crushed.", 400, episodes, head_class) == [
        "kronstadt-rebellion"]
    # a noun of no named episode's class, or an episode named only after the claim: none
    assert referents("The strike spread.", 400, episodes, head_class) == []
    assert referents("The trial was held in Moscow.", 5, episodes, head_class) == []


def test_an_exact_toll_told_twice_links_related_kinds_of_one_month() -> None:
    # our own chronology line and memoir sentence on Gwangju, May 1980
    chronology = _m("a", "d1", "attack", "1980-05", "Paratroopers crush a civic uprising; at "
                    "least 165 civilians killed.", places=["Gwangju"],
                    counts=[("killed", 165, None)])
    memoir = _m("b", "d2", "killing", "1980-05-27", "The government later counted 165 "
                "civilians dead; we believed the real number was over a thousand.",
                counts=[("killed", 165, 165), ("killed", 1000, None)])
    groups, _ = link_mentions([chronology, memoir])
    assert groups["a"] == groups["b"]
    # a round toll ("a thousand") told twice in a month ties nothing
    other = _m("c", "d3", "killing", "1980-05-20", "Over a thousand civilians died.",
               counts=[("killed", 1000, None)])
    round_only = _m("d", "d1", "attack", "1980-05", "Troops crush a revolt; a thousand killed.",
                    counts=[("killed", 1000, None)])
    groups, _ = link_mentions([round_only, other])
    assert groups["c"] != groups["d"]


def test_the_same_exact_toll_of_one_type_links_a_year_to_a_month() -> None:
    # our own sentences: seven sentenced to death in August 1962; "later" in 1962, in Russian
    english = _m("a", "d1", "execution", "1962-08", "Seven alleged ringleaders were sentenced "
                 "to death at a show trial in August and shot.", counts=[("killed", 7, 7)])
    russian = _m("b", "d2", "execution", "1962", "Позднее семь участников событий были "
                 "приговорены к расстрелу.", counts=[("killed", 7, 7)])
    groups, _ = link_mentions([english, russian])
    assert groups["a"] == groups["b"]
    other = _m("c", "d3", "execution", "1962", "Twenty were shot.", counts=[("killed", 20, 20)])
    groups, _ = link_mentions([english, other])
    assert groups["a"] != groups["c"]


def test_a_month_inside_a_span_of_years_joins_it_through_a_finer_claim() -> None:
    # our own claims on the Crimean executions of 1920–21
    mentions = [
        _m("a", "d1", "execution", "1920-11", "mass executions in Crimea from November 1920 to "
           "April 1921", places=["Crimea"], entities=["bela kun"]),
        _m("b", "d2", "execution", "1920-11", "In November 1920 officers who registered were shot",
           places=["Crimea"], entities=["bela kun"]),
        _m("c", "d3", "execution", "1920", "Красный террор в Крыму в 1920—1921 годах: расстрелы",
           places=["Crimea"], entities=["bela kun"]),
    ]
    mentions[0].date_end, mentions[2].date_end = "1921-04", "1921"
    assert compatibility(interval("1920-11", None), interval("1920", "1921")) == (0.0, "too coarse")
    groups, _ = link_mentions(mentions)
    assert groups["a"] == groups["b"] == groups["c"]
    # without the finer claim between them the month and the years stay apart
    groups, _ = link_mentions(mentions[1:])
    assert groups["b"] != groups["c"]


def test_the_same_kind_of_event_over_the_very_same_days_is_one_event_in_any_language() -> None:
    # our own claims on 1956
    a = _m("a", "d1", "uprising", "1956-10-23", "lasting from 23 October until 10 November 1956")
    b = _m("b", "d2", "uprising", "1956-10-23", "продолжалось с 23 октября по 10 ноября 1956 года")
    a.date_end = b.date_end = "1956-11-10"
    groups, _ = link_mentions([a, b])
    assert groups["a"] == groups["b"]


def test_documents_that_share_only_where_are_alike_and_places_do_not_thin_shared_people() -> None:
    from kartoteka.link.evidence import Affinity
    affinity = Affinity({
        "short": [("lena", "place")],
        "long": [("lena", "place"), ("bodaibo", "place"), ("treshchenkov", "person"),
                 ("company", "organization")],
        "people": [("treshchenkov", "person"), ("company", "organization"), ("moscow", "place")],
        "other": [("kronstadt", "place"), ("kozlovsky", "person")]})
    assert affinity("short", "long") > 0.08
    assert affinity("long", "people") >= 0.5
    assert affinity("short", "other") == 0.0
