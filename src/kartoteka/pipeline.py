"""The library API: ingest files, then rebuild entities and events over the whole store.

The CLI and the web app are thin layers over these functions; tests call them directly.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

from .errors import InputError, StoreError
from .extract.names import head_class, is_episode
from .extract.places import is_town
from .ingest import discover, parse_document, read_bytes, read_document
from .link import LinkMention, consensus, evidence, link_mentions
from .link import dates as ld
from .link.relations import relations
from .models import Document, Extraction, stable_id
from .resolve import NameRecord, resolve_names
from .store import Store
from .store import queries as q
from .store.schema import entities
from .store.versions import Unmoved

log = logging.getLogger(__name__)


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, doc: Document) -> Extraction: ...


def load_extractor(name: str = "rules") -> Extractor:
    """An extractor registered under the `kartoteka.extractors` entry point."""
    for ep in entry_points(group="kartoteka.extractors"):
        if ep.name == name:
            return ep.load()()
    from .extract.rules import RuleExtractor

    if name == "rules":
        return RuleExtractor()
    raise InputError(name, "no such extractor")


@dataclass
class IngestReport:
    new: list[tuple[str, int]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    updated: list[str] = field(default_factory=list)  # new versions of stored documents
    # judgements whose claim a new version no longer holds: (document, judgement)
    unmoved: list[tuple[str, Unmoved]] = field(default_factory=list)


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest, and the paths that could not be used (with the reason)."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for path in paths:
        try:
            files.extend(discover([path]))
        except InputError as exc:
            failed.append((exc.path, exc.reason))
    return files, failed


def _extract_file(path: Path, extractor: Extractor | str,
                  shipped: tuple[bytes, str] | None = None) -> tuple[Document, Extraction]:
    """Read and extract one file (in a child process or on a cluster worker for parallel
    ingest); `shipped`: the file's bytes and identity, read here and sent to a worker that
    cannot see the file. A failure of the extractor on one document is that document's
    error, never the run's."""
    doc = read_document(path) if shipped is None else parse_document(path, *shipped)
    if isinstance(extractor, str):
        extractor = load_extractor(extractor)
    try:
        return doc, extractor.extract(doc)
    except (ValueError, IndexError, KeyError, TypeError, RecursionError, MemoryError) as exc:
        log.exception("%s: extraction failed", path)
        raise InputError(path, f"extraction failed ({type(exc).__name__}: {exc})") from exc


def _known(store: Store, path: Path) -> bool:
    try:
        return store.has_document(hashlib.sha256(read_bytes(path)).hexdigest())
    except InputError:
        return False  # let the reader report it


def ingest(store: Store, paths: Iterable[str | Path], extractor: Extractor | None = None,
           on_file: Callable[[Path], None] | None = None, workers: int = 1,
           cluster: str | None = None) -> IngestReport:
    """Ingest files and folders; each file is independent and is one transaction.

    With `workers` > 1, reading and extraction run in that many processes while this one
    writes, in file order, with at most 2 × workers documents in flight (memory stays flat).
    With `cluster` (a Dask scheduler's address, "tcp://host:8786"), extraction runs on that
    cluster's workers instead, the files' bytes sent to them; this process still writes.
    """
    extractor = extractor or load_extractor()
    files, failed = collect(paths)
    report = IngestReport(failed=failed)
    todo = []
    for path in files:
        if _known(store, path):
            if on_file:
                on_file(path)
            report.unchanged.append(path.name)
        else:
            todo.append(path)
    name = f"{extractor.name}/{extractor.version}"
    for path, outcome in _extracted(todo, extractor, workers, cluster):
        if on_file:
            on_file(path)
        if isinstance(outcome, InputError):
            report.failed.append((outcome.path, outcome.reason))
            continue
        doc, extraction = outcome
        if store.has_document(doc.sha256):  # the same content under two names
            report.unchanged.append(doc.name)
            continue
        saved = store.save_document(doc, extraction, name)
        report.new.append((doc.name, saved.mentions))
        if saved.replaced:
            report.updated.append(doc.name)
        report.unmoved += [(doc.name, u) for u in saved.unmoved]
    if report.new or store.derived_stale():
        rebuild(store)
    report.totals = store.counts()
    return report


def _extracted(files: list[Path], extractor: Extractor, workers: int, cluster: str | None = None
               ) -> Iterator[tuple[Path, tuple[Document, Extraction] | InputError]]:
    if cluster and getattr(extractor, "name", None):
        with _dask_client(cluster) as client:
            width = max(1, sum(client.nthreads().values()))

            def submit(path: Path) -> Any:
                try:  # the file is read here: a worker need not see it
                    shipped = read_bytes(path), str(path.resolve())
                except InputError as exc:
                    return exc
                return client.submit(_extract_file, path, extractor.name, shipped, pure=False)
            yield from _windowed(files, submit, width)
        return
    if workers <= 1 or len(files) < 4 or not getattr(extractor, "name", None):
        for path in files:
            try:
                yield path, _extract_file(path, extractor)
            except InputError as exc:
                yield path, exc
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _windowed(files, lambda path: pool.submit(_extract_file, path, extractor.name),
                             workers)


def _windowed(files: list[Path], submit: Callable[[Path], Any], width: int
              ) -> Iterator[tuple[Path, tuple[Document, Extraction] | InputError]]:
    """Results in file order, with at most 2 × `width` documents in flight (memory stays
    flat whatever the corpus); `submit` returns a future (concurrent.futures or Dask), or
    the InputError of a file that could not be sent."""
    window: deque[tuple[Path, Any]] = deque()
    pending = iter(files)
    for path in pending:
        window.append((path, submit(path)))
        if len(window) >= 2 * width:
            break
    while window:
        path, future = window.popleft()
        try:
            yield path, future if isinstance(future, InputError) else future.result()
        except InputError as exc:
            yield path, exc
        except Exception as exc:  # a worker lost (killed, out of memory): that file's error
            log.exception("%s: extraction failed in a worker", path)
            yield path, InputError(path, f"extraction failed in a worker ({type(exc).__name__})")
        nxt = next(pending, None)
        if nxt is not None:
            window.append((nxt, submit(nxt)))


CLUSTER_TIMEOUT = 30  # seconds to reach a Dask scheduler


def _dask_client(address: str) -> Any:
    """A client of the Dask scheduler at `address` (dask.distributed, the `cluster` extra)."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise StoreError("--cluster needs Dask distributed: pip install 'kartoteka[cluster]'"
                         ) from exc
    try:
        return Client(address, timeout=CLUSTER_TIMEOUT)
    except OSError as exc:
        raise StoreError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc


def rebuild(store: Store) -> tuple[int, int]:
    """Re-resolve entities and re-link events over everything stored; judgements re-applied."""
    counts = resolve(store), relink(store)
    store.mark_rebuilt()
    return counts


def resolve(store: Store) -> int:
    # in one order whatever order the documents came in: the same names give the same entities
    records = sorted((NameRecord(doc, form, kind, n) for doc, form, kind, n in q.name_counts(store)),
                     key=lambda r: (r.document, r.form, r.type))
    aliases = sorted(q.alias_rows(store), key=lambda a: (a["document"], a["form"], a["alias"]))
    entities, assignment = resolve_names(records, aliases,
                                         store.judgements("merge", "split"))
    doc_ids = q.document_ids(store)
    rows = [{"id": e.id, "type": e.type, "name": e.name,
             "data": {"aliases": e.aliases, "mentions": e.mentions,
                      "documents": len(e.documents), "document_names": e.documents,
                      "evidence": e.evidence, "predecessor": e.predecessor,
                      "successor": e.successor}} for e in entities]
    store.replace_entities(rows, {(doc_ids[d], form): e for (d, form), e in assignment.items()
                                  if d in doc_ids})
    return len(rows)


def link_inputs(store: Store) -> tuple[list[dict[str, Any]], list[LinkMention], evidence.Affinity]:
    """The stored mentions, what linking reads of each (a rejected claim is left out), and
    the documents' affinity."""
    mentions = q.mention_dicts(store, order=False)
    for m in mentions:
        if not ld.readable(m["date_start"], m["date_end"]):
            log.warning("%s: claim %s has an unreadable date %s/%s; linked as undated",
                        m["document"], m["id"], m["date_start"], m["date_end"])
            m["date_start"] = m["date_end"] = None
    spans = q.name_spans(store)
    persons = q.full_named_persons(store)  # whom it was done to: a person, surely named
    near = {m["id"]: evidence.context(spans.get(m["document"], []), m["start"], m["end"])
            for m in mentions}
    events = {e["id"]: e["name"] for e in q.entity_rows(store, entities.c.type == "event")}
    told = {m["id"]: sorted({a["entity_id"] for a in m["named_events"] if a["entity_id"]}
                            | set(near[m["id"]][1])) for m in mentions}
    episodes = {doc: [(start, e, head_class(events[e].split()[-1]))
                      for start, e, kind in names
                      if kind == "event" and e in events and is_episode(events[e])]
                for doc, names in spans.items()}
    for m in mentions:  # "the trial" told after "the Shakhty Trial" was named
        if not told[m["id"]]:
            told[m["id"]] = evidence.referents(m["quote"], m["start"],
                                               episodes.get(m["document"], []), head_class)
    link_input = [LinkMention(
        id=m["id"], document=m["document"], type=m["type"], date_start=m["date_start"],
        date_end=m["date_end"], start=m["start"], quote=m["quote"], places=m["places"],
        places_carried=m["places_carried"],
        vague_places=[p for p in m["places"] if not is_town(p)],
        entities=[a["entity_id"] for a in m["actors"] if a["entity_id"]],
        named=told[m["id"]],
        episodes=[e for e in told[m["id"]] if e in events and is_episode(events[e])],
        context=near[m["id"]][0],
        counts=[(f["kind"], f["low"], f["high"]) for f in m["figures"]],
        targets=[a["entity_id"] for a in m["actors"]
                 if a["entity_id"] in persons and a["role"] == "target"],
        bodies=[a["entity_id"] for a in m["actors"]
                if a["entity_id"] and a["role"] == "target" and a["type"] == "organization"])
        for m in mentions if m["status"] != "rejected"]
    affinity = evidence.Affinity({doc: [(e, kind) for _, e, kind in names]
                                  for doc, names in spans.items()})
    return mentions, link_input, affinity


def relink(store: Store) -> int:
    mentions, link_input, affinity = link_inputs(store)
    near: list[dict[str, Any]] = []
    groups, edges = link_mentions(link_input, store.judgements("link", "unlink"), affinity,
                                  rejected=near)
    members: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:  # a rejected claim belongs to no event
        if m["status"] != "rejected":
            members.setdefault(groups[m["id"]], []).append(m)
    reliability = q.reliabilities(store)
    rows, membership = [], {}
    for group in members.values():
        event_id = stable_id("e", min(m["id"] for m in group))
        summary = consensus(group, reliability)
        for m in group:
            membership[m["id"]] = event_id
        date = summary.pop("date")
        actors = _actors(group)
        documents = sorted({m["document"] for m in group})
        rows.append({"id": event_id, "type": summary["type"],
                     "title": title(summary, group, actors),
                     "date_start": date["start"] if date else None,
                     "date_end": date["end"] if date else None,
                     "disputed": bool(summary["disputed"]),
                     "places": _joined(summary["places"]),
                     "actors": _joined([a["name"] for a in actors] +
                                       [a["entity_id"] for a in actors if a["entity_id"]]),
                     "documents": _joined(documents),
                     "data": {**summary, "actors": actors,
                              "mentions": [m["id"] for m in group], "documents": documents}})
    linked = relations([{"id": r["id"], "type": r["type"], "places": r["data"]["places"],
                         "actors": r["data"]["actors"],
                         "date": {"start": r["date_start"], "end": r["date_end"]}
                         if r["date_start"] else None} for r in rows])
    why = _why(edges, near, membership)
    for r in rows:
        # a long period contains hundreds of events: the first RELATED of each kind are kept,
        # and how many there were
        by_kind: dict[str, list[dict[str, str]]] = defaultdict(list)
        for x in linked.get(r["id"], []):
            by_kind[x["type"]].append(x)
        r["data"]["relations"] = [x for kind in by_kind.values() for x in kind[:RELATED]]
        if any(len(kind) > RELATED for kind in by_kind.values()):
            r["data"]["relations_total"] = {k: len(v) for k, v in by_kind.items()}
        r["data"]["links"], r["data"]["near_misses"] = why.get(r["id"], ([], []))
    store.replace_events(rows, membership)
    return len(rows)


def _why(edges: list[dict[str, Any]], near: list[dict[str, Any]], membership: dict[str, str]
         ) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Per event: the links that joined its claims (score and its parts), and the strong
    candidates that a conflict kept out, with the reason and the event they went to, for a
    reviewer to link by hand."""
    out: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = defaultdict(
        lambda: ([], []))
    for edge in edges:
        if edge["a"] in membership:  # the parts that weighed, not the zeros
            out[membership[edge["a"]]][0].append(
                {**edge, "parts": {k: v for k, v in edge["parts"].items() if v}})
    for miss in sorted(near, key=lambda m: -m["score"]):
        a, b = membership.get(miss["a"]), membership.get(miss["b"])
        if a and b and a != b:
            for mine, other in ((a, b), (b, a)):
                if len(out[mine][1]) < NEAR_MISSES:
                    out[mine][1].append({"a": miss["a"], "b": miss["b"], "score": miss["score"],
                                         "reason": miss["reason"], "other_event": other})
    return out


RELATED = 20
NEAR_MISSES = 3  # per event, the strongest: what a reviewer may want to link by hand


def _joined(values: list[str]) -> str:
    """"|a|b|": each value fenced, so a filter matches whole values or parts of them."""
    return "|" + "|".join(values) + "|" if values else ""


_LABELS = {"execution": "Executions", "killing": "Killings", "assassination": "Assassination",
           "arrest": "Arrests", "raid": "Raid", "deportation": "Deportations",
           "torture": "Torture", "hostage_taking": "Hostage taking", "ban": "Ban",
           "decree": "Decree", "founding": "Founding", "uprising": "Uprising",
           "strike": "Strike", "attack": "Attack", "trial": "Trial", "other": "Event"}


def title(summary: dict[str, Any], group: list[dict[str, Any]],
          actors: list[dict[str, Any]]) -> str:
    """A short readable title: "Executions in Astrakhan (Cheka)"."""
    label = _LABELS.get(summary["type"], "Event")
    if summary["type"] == "assassination" and any(m["attempt"] for m in group):
        label = "Assassination attempt"
    parts = [label]
    if summary["places"]:
        parts.append("in " + ", ".join(summary["places"][:2]))
    perp = next((a["name"] for a in actors if a["role"] == "perpetrator"), None)
    targets = sorted((a for a in actors if a["role"] == "target"),
                     key=lambda a: a.get("type") != "person")
    target = targets[0]["name"] if targets else None
    if target and summary["type"] in ("assassination", "arrest", "execution", "ban", "founding"):
        parts.append(f"— {target}")
    if perp:
        parts.append(f"({perp})")
    return " ".join(parts)


def _actors(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for m in group:
        for a in m["actors"]:
            k = (a["role"], a["entity_id"] or a["name"])
            seen.setdefault(k, {"role": a["role"], "entity_id": a["entity_id"],
                                "name": a["name"], "type": a["type"], "sources": 0}
                            )["sources"] += 1
    return sorted(seen.values(), key=lambda a: -a["sources"])[:12]
