"""Cluster name mentions into entities.

Nodes are (document, form). Edges come, strongest first, from: human merge judgements,
the authority file, aliases the texts state, surname-only mentions inside a document,
identical keys across documents, and fuzzy matches of transliteration skeletons inside
blocks (same surname skeleton, or same first letters for one-word names). Clustering is
union-find with cannot-link constraints from split judgements, so a negative judgement always
beats any machine evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import jellyfish

from ..extract import authority
from ..extract.names import ORG_WORDS
from ..models import stable_id
from . import normalize as nz

Node = tuple[str, str]  # (document, form)


@dataclass
class NameRecord:
    document: str
    form: str
    type: str
    count: int = 1


@dataclass
class ResolvedEntity:
    id: str
    type: str
    name: str
    aliases: list[str]
    documents: list[str]
    mentions: int
    evidence: list[dict[str, str]] = field(default_factory=list)
    predecessor: str | None = None
    successor: str | None = None


class _Clusters:
    """Union-find with cannot-link pairs of (bare) keys."""

    def __init__(self, cannot: set[frozenset[str]]) -> None:
        self.parent: dict[Node, Node] = {}
        self.members: dict[Node, set[str]] = {}
        self.cannot = cannot

    def add(self, node: Node) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.members[node] = {nz.key(node[1])}

    def find(self, node: Node) -> Node:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: Node, b: Node) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.cannot and any(frozenset((x, y)) in self.cannot
                               for x in self.members[ra] for y in self.members[rb]):
            return False
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def resolve_names(records: list[NameRecord], aliases: list[dict[str, str]],
                  judgements: list[dict[str, str]]) -> tuple[list[ResolvedEntity], dict[Node, str]]:
    """Entities and the entity id of every (document, form)."""
    types: dict[Node, Counter[str]] = defaultdict(Counter)
    counts: Counter[Node] = Counter()
    for r in records:
        types[(r.document, r.form)][r.type] += r.count
        counts[(r.document, r.form)] += r.count
    for a in aliases:  # forms only seen in an alias statement still belong to the document
        for form in (a["form"], a["alias"]):
            types.setdefault((a["document"], form), Counter())
            counts.setdefault((a["document"], form), 0)
    cannot = {frozenset((nz.key(j["subject"]), nz.key(j["object"] or "")))
              for j in judgements if j["kind"] == "split"}
    uf = _Clusters(cannot)
    for node in types:
        uf.add(node)
    # a form the text once reads as a place ("in Norilsk") is that place wherever the same
    # text has it without a locative word ("Norilsk's camps")
    node_type = {n: ("place" if c["place"] else c.most_common(1)[0][0]) if c else "organization"
                 for n, c in types.items()}

    _apply_judgements(uf, judgements, types)
    by_authority: dict[str, list[Node]] = defaultdict(list)
    for node in types:
        entry = authority.lookup(node[1])
        if entry:
            by_authority[entry[0]].append(node)
            node_type[node] = entry[1]
    for nodes in by_authority.values():
        for n in nodes[1:]:
            uf.union(nodes[0], n)
    local_only: set[Node] = set()
    for a in aliases:
        a_node, b_node = (a["document"], a["form"]), (a["document"], a["alias"])
        uf.union(a_node, b_node)
        if a["relation"] == "description":
            local_only.add(b_node)
        if node_type.get(b_node) == "person" and node_type.get(a_node) not in (None, "person"):
            node_type[b_node] = node_type[a_node]
    _union_fuzzy(uf, types, node_type, local_only, blocks=("person",))  # full names first
    attached = _attach_short_forms(uf, types, node_type)
    _join_unattached_short_forms(uf, types, node_type, attached)
    _union_by_key(uf, types, node_type, local_only | attached)
    _union_described(uf, types, node_type, local_only | attached)
    _union_camp_contractions(uf, types, node_type)
    _union_fuzzy(uf, types, node_type, local_only | attached)
    _attach_titled(uf, types, node_type)
    _union_events(uf, types, node_type)
    return _entities(uf, types, counts, node_type, aliases)


def _union_events(uf: _Clusters, types: dict[Node, Counter[str]],
                  node_type: dict[Node, str]) -> None:
    """Names of one event in other words or another language ("the Norilsk revolt", "the
    Norilsk uprising"; "Шахтинское дело", "the Shakhty Trial"): the same event key."""
    groups: dict[str, list[Node]] = defaultdict(list)
    for node in types:
        if node_type[node] == "event":
            found = nz.event_key(node[1])
            if found:
                groups[found].append(node)
    for nodes in groups.values():
        for n in nodes[1:]:
            uf.union(nodes[0], n)


def _apply_judgements(uf: _Clusters, judgements: list[dict[str, str]],
                      types: dict[Node, Counter[str]]) -> None:
    by_key: dict[str, list[Node]] = defaultdict(list)
    for node in types:
        by_key[nz.key(node[1])].append(node)
    for j in judgements:
        if j["kind"] == "merge" and j["decision"] == "positive":
            a, b = by_key.get(nz.key(j["subject"]), []), by_key.get(nz.key(j["object"] or ""), [])
            for x in a[:1]:
                for y in b:
                    uf.union(x, y)


def _attach_short_forms(uf: _Clusters, types: dict[Node, Counter[str]],
                        node_type: dict[Node, str]) -> set[Node]:
    """Inside one document, a one-word person name joins the unique full name that ends (or
    else begins) with it: "Kaplan" -> "Fanya Kaplan", "Viktor" -> "Viktor Lvovich Kibalchich";
    a short organisation name joins the unique longer one it begins ("the International", "the
    Communist Party" of "the Communist Party of the Soviet Union") or ends ("the Central
    Committee" of "the Communist Party Central Committee")."""
    attached: set[Node] = set()
    by_doc: dict[str, list[Node]] = defaultdict(list)
    for node in types:
        by_doc[node[0]].append(node)
    for nodes in by_doc.values():
        # "Steplag Camp" and "Steplag", "the International" and "the Communist International"
        orgs = [n for n in nodes if node_type[n] == "organization" and len(n[1].split()) >= 3
                or node_type[n] == "organization" and len(n[1].split()) == 2
                and n[1].split()[1].lower() in ORG_WORDS]
        prefixes: dict[str, set[Node]] = defaultdict(set)
        for o in orgs:
            words = o[1].split()
            for i in range(1, len(words)):
                prefixes[" ".join(words[:i])].add(uf.find(o))
        # "the Central Committee" after "the Communist Party Central Committee": a body's
        # part named without the body it belongs to (not "Red Army" of "Latvian Red Army")
        suffixes: dict[str, set[Node]] = defaultdict(set)
        for o in orgs:
            words = o[1].split()
            for i in range(1, len(words) - 1):
                if words[i - 1].lower() in ORG_WORDS and words[-1].lower() in ORG_WORDS \
                        and not any(w.islower() for w in words):
                    suffixes[nz.key(" ".join(words[i:]))].add(uf.find(o))
        # "the Communist Party" after "the Communist Party of the Soviet Union": a body
        # named without what it is of
        of_prefixes: dict[str, set[Node]] = defaultdict(set)
        for o in orgs:
            words = o[1].split()
            for i in range(2, len(words) - 1):
                if words[i].lower() == "of":
                    of_prefixes[" ".join(words[:i])].add(uf.find(o))
        for node in nodes:
            if node_type[node] == "place":
                continue
            longer = prefixes.get(node[1], set()) if node not in orgs else \
                of_prefixes.get(node[1], set()) if node_type[node] == "organization" else set()
            if not longer and node_type[node] == "organization" and len(node[1].split()) >= 2:
                longer = suffixes.get(nz.key(node[1]), set()) - {uf.find(node)}
            if len(longer) == 1:
                uf.union(next(iter(longer)), node)
                attached.add(node)
        by_part: tuple[dict[str, set[Node]], dict[str, set[Node]]] = (defaultdict(set),
                                                                       defaultdict(set))
        for f in nodes:
            parts = nz.tokens(f[1])
            if node_type[f] == "person" and len(parts) >= 2:
                by_part[0][nz.skeleton(parts[-1])].add(f)
                by_part[1][nz.skeleton(parts[0])].add(f)
        for node in nodes:
            parts = nz.tokens(node[1])
            if node_type[node] != "person" or len(parts) != 1 or nz.has_honorific(node[1]) \
                    or nz.regnal(node[1]):  # "Alexander II" is no short form of "Alexander Ulyanov"
                continue
            for index in by_part:  # surname first, then given name
                roots = {uf.find(f) for f in index.get(nz.skeleton(parts[0]), ())}
                if len(roots) == 1:
                    uf.union(roots.pop(), node)
                    attached.add(node)
                    break
                if len(roots) > 1:
                    break
    return attached


def _join_unattached_short_forms(uf: _Clusters, types: dict[Node, Counter[str]],
                                 node_type: dict[Node, str], attached: set[Node]) -> None:
    """"Lenin" alone in one document joins the "Lenin" that another document resolved to
    "Vladimir Lenin", when every document that resolved it agrees on one person."""
    by_key: dict[str, list[Node]] = defaultdict(list)
    # and "the Central Committee" elsewhere joins the body one text said it was part of
    short_bodies = {nz.key(n[1]) for n in attached if node_type[n] == "organization"}
    for node in types:
        if node_type[node] == "person" and len(nz.tokens(node[1])) == 1 and not nz.regnal(node[1]):
            by_key[nz.skeleton(node[1])].append(node)
        elif node_type[node] == "organization" and nz.key(node[1]) in short_bodies:
            by_key["org " + nz.key(node[1])].append(node)
    for nodes in by_key.values():
        roots = {uf.find(n) for n in nodes if n in attached}
        if roots and _one_person(uf, roots):
            root = _joined(uf, roots)
            for n in nodes:
                if n not in attached:
                    uf.union(root, n)
                    attached.add(n)
    # "Dzerzhinsky" alone where only other documents give the full name: it joins the one
    # person of the collection with that surname, never one of two namesakes
    surnames: dict[str, set[Node]] = defaultdict(set)
    for node in types:
        parts = nz.tokens(node[1])
        if node_type[node] == "person" and len(parts) >= 2 and not nz.has_honorific(node[1]):
            surnames[nz.skeleton(parts[-1])].add(uf.find(node))
    for key, nodes in by_key.items():
        roots = surnames.get(key, set())
        if not roots or not _one_person(uf, roots):
            continue
        root = _joined(uf, roots)
        for n in nodes:
            if n not in attached and not nz.has_honorific(n[1]):
                uf.union(root, n)
                attached.add(n)


def _one_person(uf: _Clusters, roots: set[Node]) -> bool:
    """Whether clusters not yet joined all hold the same full names ("Nikolai Bukharin" in
    two documents): one person, not two namesakes."""
    full = {frozenset(k for k in uf.members[uf.find(r)] if len(k.split()) >= 2) for r in roots}
    return len(full) == 1


def _joined(uf: _Clusters, roots: set[Node]) -> Node:
    """One cluster of `roots` (already known to be one person)."""
    first, *rest = sorted(roots)
    for r in rest:
        uf.union(first, r)
    return uf.find(first)


def _union_by_key(uf: _Clusters, types: dict[Node, Counter[str]], node_type: dict[Node, str],
                  skip: set[Node]) -> None:
    """Identical keys (and party/member plurals, acronym plurals) across documents."""
    groups: dict[str, list[Node]] = defaultdict(list)
    for node in types:
        if node in skip:
            continue
        form = node[1]
        groups[nz.acronym_key(form) or nz.bare_key(form)].append(node)
        plural = nz.party_plural(form)
        if plural:
            groups[plural].append(node)
    for nodes in groups.values():
        for n in nodes[1:]:
            if _compatible(node_type[nodes[0]], node_type[n]):
                uf.union(nodes[0], n)


def _described(form: str) -> tuple[str, str] | None:
    """(key of the name, head) of a body's name followed by lower-case words that say what
    it is: "Memorial research centre" -> ("memorial", "centre"), "Solovki special prison" ->
    ("solovki", "prison"). A capitalised tail ("Memorial Society") is a name of its own."""
    words = form.split()
    cut = next((i for i, w in enumerate(words) if w.islower()), None)
    if not cut or not all(w.islower() for w in words[cut:]) or words[-1] not in ORG_WORDS:
        return None
    return nz.key(" ".join(words[:cut])), words[-1]


def _union_described(uf: _Clusters, types: dict[Node, Counter[str]], node_type: dict[Node, str],
                     skip: set[Node]) -> None:
    """A body told by its name and a description joins the body of that name ("the Memorial
    research centre" is Memorial), and the same name with the same head, more or less
    described, is one body ("Solovki prison", "Solovki special prison"; not "Solovki camp")."""
    bodies: dict[str, list[Node]] = defaultdict(list)
    described: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in types:
        if node in skip or node_type[node] not in ("organization", "group"):
            continue
        told = _described(node[1])
        if told:
            described[told].append(node)
        else:
            bodies[nz.key(node[1])].append(node)
    for (name, _), nodes in sorted(described.items()):
        for n in nodes[1:]:
            uf.union(nodes[0], n)
        if name in bodies:
            uf.union(bodies[name][0], nodes[0])


_CONTRACTED_CAMP = re.compile(r"([a-z]{4,}?)l?lag")  # Norillag, Norilag, Steplag
_CAMP_OF = re.compile(r"(\w+) (?:(?:corrective )?labou?r )?camp")  # Norilsk Labour Camp


def _union_camp_contractions(uf: _Clusters, types: dict[Node, Counter[str]],
                             node_type: dict[Node, str]) -> None:
    """A Gulag camp's contracted name is the camp named after its place: "Norillag" (Noril'sk
    lager') and "the Norilsk Labour Camp", "Steplag" and "the Steppe Camp"; joined when the
    collection has one such camp for the stem."""
    by_stem: dict[str, list[Node]] = defaultdict(list)
    camps: list[tuple[str, Node]] = []
    for node in types:
        if node_type[node] not in ("organization", "place"):
            continue
        k = nz.key(node[1])
        short = _CONTRACTED_CAMP.fullmatch(k)
        if short:
            by_stem[short.group(1)].append(node)
        named = _CAMP_OF.fullmatch(k)
        if named:
            camps.append((named.group(1), node))
    for stem, nodes in by_stem.items():
        matches = {uf.find(n) for place, n in camps if place.startswith(stem)}
        if len(matches) == 1:
            target = matches.pop()
            for n in nodes:
                uf.union(target, n)


def _compatible(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"organization", "group"} or "person" not in {a, b} and \
        "place" not in {a, b}


Form = tuple[str, str]  # (surface form, type)


def fuzzy_blocks(forms: Iterable[Form]) -> dict[tuple[str, str], list[Form]]:
    """Blocking keys for spelling variants: a ruler's number; the surname skeleton of a
    multi-word person name; the skeleton and the sorted letters of a one-word name. Each block is small and
    independent, so blocks can be compared anywhere (see docs/SCALING.md)."""
    blocks: dict[tuple[str, str], list[Form]] = defaultdict(list)
    for form, kind in forms:
        parts = nz.tokens(form)
        if kind == "person" and nz.regnal(form):  # "Nicholas II", "Николаю II": by the number
            blocks[("regnal", nz.bare_key(form).split()[-1])].append((form, kind))
        elif kind == "person" and len(parts) >= 2:
            blocks[("person", nz.skeleton(parts[-1]))].append((form, kind))
        elif len(parts) == 1 and len(parts[0]) >= 5:
            blocks[("word", nz.skeleton(parts[0]))].append((form, kind))
            blocks[("letters", "".join(sorted(nz.bare_key(form))))].append((form, kind))
    return blocks


def block_edges(block: str, members: list[Form]) -> list[tuple[Form, Form]]:
    """Pairs of forms in one block that name the same thing. An initial ("M. Uritsky") joins
    only when one given name in the block fits it (never Moisei and Mikhail at once)."""
    ambiguous: set[Form] = set()
    if block == "person":
        given: dict[str, set[str]] = defaultdict(set)
        for form, _ in members:
            first = nz.tokens(form)[0]
            if len(first) > 1:
                given[first[0]].add(nz.skeleton(first))
        ambiguous = {m for m in members if len(nz.tokens(m[0])[0]) == 1
                     and len(given.get(nz.tokens(m[0])[0], ())) > 1}
    edges = []
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if block == "person":
                same = a not in ambiguous and b not in ambiguous and _same_person(a[0], b[0])
            elif block == "regnal":  # one given name in two languages: Nicholas, Николай
                ta, tb = nz.tokens(a[0]), nz.tokens(b[0])
                same = len(ta) == len(tb) == 1 and (
                    nz.skeleton(ta[0]) == nz.skeleton(tb[0]) or nz.same_given_name(ta[0], tb[0]))
            else:
                same = _same_word(a[0], b[0]) and (
                    _compatible(a[1], b[1]) or "person" in (a[1], b[1])
                    and "place" not in (a[1], b[1]))  # a one-word "person" is only a guess
            if same:
                edges.append((a, b))
    return edges


def _union_fuzzy(uf: _Clusters, types: dict[Node, Counter[str]], node_type: dict[Node, str],
                 skip: set[Node], blocks: tuple[str, ...] = ("person", "regnal", "word", "letters"),
                 ) -> None:
    """Spelling variants: same surname skeleton and a compatible given name for persons;
    one-word names with the same skeleton, or the same letters with one moved (Okhrana /
    Okrahna). Distinct forms are compared, not their many mentions, so blocks stay small."""
    forms: dict[Form, list[Node]] = defaultdict(list)
    for node in types:
        if node not in skip:
            forms[(node[1], node_type[node])].append(node)
    for (block, _), members in fuzzy_blocks(forms).items():
        if block not in blocks:
            continue
        for a, b in block_edges(block, members):
            for n in forms[a] + forms[b]:
                uf.union(forms[a][0], n)


def _same_person(a: str, b: str) -> bool:
    if nz.regnal(a) != nz.regnal(b) or nz.regnal(a) and nz.bare_key(a).split()[-1] != \
            nz.bare_key(b).split()[-1]:
        return False  # "World War I" and "World War II", "Nicholas I" and "Nicholas II"
    ta, tb = nz.tokens(a), nz.tokens(b)
    if len(ta[0]) == 1 or len(tb[0]) == 1:  # "F. E. Dzerzhinsky" and "Felix Dzerzhinsky"
        return ta[0][0] == tb[0][0]
    first_a, first_b = nz.skeleton(ta[0]), nz.skeleton(tb[0])
    same_first = nz.same_given_name(ta[0], tb[0]) or \
        jellyfish.jaro_winkler_similarity(first_a, first_b) >= 0.8
    if len(ta) == 2 and len(tb) == 2 or min(len(ta), len(tb)) == 2:
        return same_first
    middle_a, middle_b = set(map(nz.skeleton, ta[1:-1])), set(map(nz.skeleton, tb[1:-1]))
    # "Nikolai Karlovich von Meck" and "Nikolai von Meck": one gives a patronymic the other omits
    return first_a == first_b and (middle_a <= middle_b or middle_b <= middle_a or
                                   jellyfish.jaro_winkler_similarity(
                                       " ".join(sorted(middle_a)), " ".join(sorted(middle_b))) >= 0.8)


def _same_word(a: str, b: str) -> bool:
    """One-word names: same skeleton, or a slip of the pen in a long word (Okhrana/Okrahna:
    same letters, one moved)."""
    if nz.skeleton(a) == nz.skeleton(b):
        return True
    ka, kb = nz.bare_key(a), nz.bare_key(b)
    return len(ka) == len(kb) >= 6 and sorted(ka) == sorted(kb) and \
        jellyfish.damerau_levenshtein_distance(ka, kb) <= 2 and \
        jellyfish.jaro_winkler_similarity(ka, kb) >= 0.93


def _attach_titled(uf: _Clusters, types: dict[Node, Counter[str]],
                   node_type: dict[Node, str]) -> None:
    """"Tsar Nicholas" joins the unique regnal name that begins with it ("Nicholas II")."""
    regnal: dict[str, set[Node]] = defaultdict(set)
    for node in types:
        words = nz.bare_key(node[1]).split()
        if node_type[node] == "person" and len(words) == 2 and nz._ROMAN.match(words[1]):
            regnal[words[0]].add(uf.find(node))
    for node in types:
        if node_type[node] == "person" and nz.has_honorific(node[1]):
            parts = nz.tokens(node[1])
            roots = regnal.get(parts[0], set()) if len(parts) == 1 else set()
            if len(roots) == 1:
                uf.union(next(iter(roots)), node)


def _entities(uf: _Clusters, types: dict[Node, Counter[str]], counts: Counter[Node],
              node_type: dict[Node, str], aliases: list[dict[str, str]],
              ) -> tuple[list[ResolvedEntity], dict[Node, str]]:
    clusters: dict[Node, list[Node]] = defaultdict(list)
    for node in types:
        clusters[uf.find(node)].append(node)
    evidence: dict[Node, list[dict[str, str]]] = defaultdict(list)
    for a in aliases:
        evidence[uf.find((a["document"], a["form"]))].append(
            {"form": a["form"], "alias": a["alias"], "relation": a["relation"],
             "document": a["document"], "quote": a["quote"]})
    out, assignment, used = [], {}, set()
    for root, nodes in sorted(clusters.items(), key=lambda kv: min(kv[1])):
        form_counts: Counter[str] = Counter()
        type_counts: Counter[str] = Counter()
        canonical = None
        for n in nodes:
            form_counts[n[1]] += counts[n] or 1
            type_counts[node_type[n]] += counts[n] or 1
            entry = authority.lookup(n[1])
            if entry:
                canonical, type_counts[entry[1]] = entry[0], 10**6
        entity_type = type_counts.most_common(1)[0][0]
        if canonical is None:
            canonical = max(form_counts, key=lambda f: (
                entity_type == "person" and len(nz.tokens(f)) >= 2 and not nz.has_honorific(f),
                form_counts[f], len(f)))
        entity_id = stable_id("ent", entity_type, nz.key(canonical))
        if entity_id in used:  # two entities of one name (kept apart by a judgement or doubt)
            entity_id = stable_id("ent", entity_type, nz.key(canonical), min(nodes))
        used.add(entity_id)
        for n in nodes:
            assignment[n] = entity_id
        forms = sorted(form_counts, key=lambda f: (-form_counts[f], f))
        forms += [bare for f in forms if (bare := nz.strip_honorific(f)) not in form_counts]
        out.append(ResolvedEntity(
            id=entity_id, type=entity_type, name=canonical, aliases=list(dict.fromkeys(forms)),
            documents=sorted({n[0] for n in nodes}), mentions=sum(counts[n] for n in nodes),
            evidence=evidence.get(root, [])))
    _succession(out)
    return out, assignment


def _succession(entities: list[ResolvedEntity]) -> None:
    """Predecessor / successor links from the authority file (renamed bodies stay apart)."""
    by_name = {e.name: e for e in entities}
    for entry in authority.entries():
        entity = by_name.get(entry["name"])
        if entity:
            entity.predecessor = entry.get("predecessor")
            entity.successor = entry.get("successor")
