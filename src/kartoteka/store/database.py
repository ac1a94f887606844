"""Store: open and migrate the database, write one document per transaction, rebuild the
derived tables (entities, events) and re-apply human judgements."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import bindparam, create_engine, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ..errors import NotFoundError, StoreError
from ..models import Document, Extraction, stable_id
from . import dialect, versions
from .schema import (
    actors,
    alias_claims,
    document_versions,
    documents,
    entities,
    events,
    figures,
    judgements,
    mentions,
    names,
    state,
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("kartoteka.store").joinpath("migrations")))
    cfg.attributes["connection"] = conn
    return cfg


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """An exclusive lock beside a SQLite file while its schema is checked and created
    (SQLite runs DDL outside transactions, so two new stores would race)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_writable(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    path = Path(parsed.database)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise StoreError(f"{path}: cannot create database (folder {parent} does not exist)")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: cannot write database (permission denied)")
    if not path.exists() and not os.access(parent, os.W_OK):
        raise StoreError(f"{path}: cannot create database (folder {parent} is not writable)")


@dataclass
class Saved:
    """What saving a document did: claims written, whether it replaced an earlier version,
    and the judgements that could not follow their claims into it."""

    mentions: int
    replaced: bool
    unmoved: list[versions.Unmoved]


class Store:
    """A kartoteka database. Create with `open_store(url)`."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    # -- lifecycle ---------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest revision; refuse a database from a newer kartoteka.
        One process migrates at a time (two first ingests into a new store both land)."""
        with _migration_lock(self.engine), self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7245190)"))
            cfg = _alembic_config(conn)
            script = ScriptDirectory.from_config(cfg)
            current = MigrationContext.configure(conn).get_current_revision()
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise StoreError(f"{self.name}: database schema revision {current!r} is newer than "
                                 f"this kartoteka knows (upgrade kartoteka)")
            if current != script.get_current_head():
                command.upgrade(cfg, "head")

    @property
    def name(self) -> str:
        """The file of a SQLite store; the URL, password hidden, of a server."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or self.url
        return url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            reason = " ".join(str(exc.orig).split())
            raise StoreError(f"{self.name}: database error ({reason})") from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    # -- documents ---------------------------------------------------------------------------
    def has_document(self, sha256: str) -> bool:
        with self.read() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)
                                ).first() is not None

    def save_document(self, doc: Document, extraction: Extraction, extractor: str) -> Saved:
        """Write a document and its claims in one transaction. A document already stored
        under the same path is an earlier version: it is kept in `document_versions`, its
        claims' judgements move to the new claims (versions.carry_judgements), and the ones
        that cannot move are returned."""
        with self.transaction() as conn:
            earlier = conn.execute(select(documents).where(documents.c.path == doc.path)).first()
            lineage = (earlier.lineage or earlier.sha256) if earlier else doc.sha256
            old_claims = [dict(r._mapping) for r in conn.execute(
                select(mentions.c.id, mentions.c.quote, mentions.c.start)
                .where(mentions.c.document_id == earlier.id))] if earlier else []
            # a document keeps its name across versions; a second file of the same name in
            # another folder is told apart by its folder ("b/notes.txt")
            doc.name = earlier.name if earlier else _free_name(conn, doc)
            if earlier:
                conn.execute(insert(document_versions).values(
                    path=earlier.path, name=earlier.name, sha256=earlier.sha256,
                    chars=earlier.chars, text=earlier.text, ingested_at=earlier.ingested_at,
                    replaced_at=now()))
                dialect.unindex_document(conn, earlier.name)
                conn.execute(delete(documents).where(documents.c.id == earlier.id))
            doc_id = conn.execute(insert(documents).values(
                sha256=doc.sha256, name=doc.name, path=doc.path, format=doc.format,
                title=doc.title, url=doc.url, author=doc.author, date=doc.date, kind=doc.kind,
                chars=len(doc.text), text=doc.text, meta=doc.meta, extractor=extractor,
                ingested_at=now(), lineage=lineage)).inserted_primary_key[0]  # type: ignore[index]
            unmoved = self._write_claims(conn, doc, doc_id, extraction, lineage, old_claims,
                                            earlier.chars if earlier else 0)
            self._set_state(conn, "derived_stale", "1")
        return Saved(len(extraction.mentions), earlier is not None, unmoved)

    def _write_claims(self, conn: Connection, doc: Document, doc_id: int,
                      extraction: Extraction, lineage: str, old_claims: list[dict[str, Any]],
                      old_chars: int) -> list[versions.Unmoved]:
        mention_rows: list[dict[str, Any]] = []
        figure_rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for m in extraction.mentions:
            m.id = m.key(lineage)
            n = 1
            while m.id in seen:  # two events of one type and date in one sentence
                n += 1
                m.id = stable_id("m", m.key(lineage), n)
            seen.add(m.id)
            mention_rows.append(dict(
                id=m.id, document_id=doc_id, start=m.start, end=m.end, quote=m.quote,
                type=m.type, attempt=m.attempt, modality=m.modality,
                date_start=m.date.start if m.date else None,
                date_end=m.date.end if m.date else None,
                date_as_written=m.date.as_written if m.date else None,
                calendar=m.date.calendar if m.date else None,
                date_carried=bool(m.date and m.date.carried), places=m.places,
                places_carried=m.places_carried,
                period={"start": m.period.start, "end": m.period.end,
                        "as_written": m.period.as_written} if m.period else None,
                extractor=m.extractor, extractor_version=m.extractor_version,
                confidence=m.confidence, section=m.section, status="machine"))
            figure_rows += [dict(mention_id=m.id, kind=f.kind, low=f.low, high=f.high,
                                 approximate=f.approximate, quote=f.quote, start=f.start,
                                 end=f.end) for f in m.figures]
            actor_rows += [dict(mention_id=m.id, role=a.role, name=a.name.form, type=a.name.type,
                                start=a.name.start, end=a.name.end) for a in m.actors]
        for table, rows in ((mentions, mention_rows), (figures, figure_rows), (actors, actor_rows)):
            if rows:
                conn.execute(insert(table), rows)
        if extraction.names:
            conn.execute(insert(names), [dict(document_id=doc_id, form=n.form, type=n.type,
                                              start=n.start, end=n.end) for n in extraction.names])
        if extraction.aliases:
            conn.execute(insert(alias_claims), [
                dict(document_id=doc_id, form=a.form, alias=a.alias, relation=a.relation,
                     quote=a.quote, start=a.start, end=a.end) for a in extraction.aliases])
        dialect.index_rows(conn, [dict(kind="document", ref=doc.name, document=doc.name,
                                       body=doc.text)] +
                           [dict(kind="mention", ref=r["id"], document=doc.name, body=r["quote"])
                            for r in mention_rows])
        unmoved = versions.carry_judgements(conn, old_claims, mention_rows, old_chars,
                                            len(doc.text)) if old_claims else []
        self.apply_mention_judgements(conn, [r["id"] for r in mention_rows])
        return unmoved

    def set_source(self, name: str, reliability: float | None = None,
                   kind: str | None = None) -> None:
        """A user's grade of a source (0–1) and its kind; consensus weights by the grade."""
        values: dict[str, Any] = {"reliability": reliability}
        if kind:
            values["kind"] = kind
        with self.transaction() as conn:
            if not conn.execute(update(documents).where(documents.c.name == name)
                                .values(**values)).rowcount:
                raise NotFoundError(f"no source {name!r}")

    # -- state ---------------------------------------------------------------------------------
    def _set_state(self, conn: Connection, key: str, value: str) -> None:
        conn.execute(delete(state).where(state.c.key == key))
        conn.execute(insert(state).values(key=key, value=value))

    def derived_stale(self) -> bool:
        """True when documents changed since entities and events were last rebuilt (an
        interrupted run leaves this set, so the next run finishes the job)."""
        with self.read() as conn:
            value = conn.execute(select(state.c.value).where(state.c.key == "derived_stale")
                                 ).scalar_one_or_none()
        return value == "1"

    def _lock_derived(self, conn: Connection) -> None:
        """Writers of derived rows take turns: what one reads before it writes is still true
        when it writes (two processes rebuilding at once never insert the same row twice)."""
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7245191)"))
        else:  # a first write takes SQLite's write lock for the whole transaction
            self._set_state(conn, "derived_written", now())

    def mark_stale(self) -> None:
        """Events and entities lag behind the claims or judgements until the next rebuild."""
        with self.transaction() as conn:
            self._set_state(conn, "derived_stale", "1")

    def mark_rebuilt(self) -> None:
        with self.transaction() as conn:
            self._set_state(conn, "derived_stale", "0")

    # -- judgements --------------------------------------------------------------------------
    def add_judgement(self, kind: str, subject: str, decision: str, user: str,
                      obj: str | None = None, value: dict[str, Any] | None = None,
                      note: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute(insert(judgements).values(kind=kind, subject=subject, object=obj,
                                                   decision=decision, value=value, user=user,
                                                   created_at=now(), note=note))
            if kind == "mention":
                self.apply_mention_judgements(conn, [subject])

    def judgements(self, *kinds: str) -> list[dict[str, Any]]:
        with self.read() as conn:
            rows = conn.execute(select(judgements).where(judgements.c.kind.in_(kinds))
                                .order_by(judgements.c.id))
            return [dict(r._mapping) for r in rows]

    def apply_mention_judgements(self, conn: Connection, ids: list[str]) -> None:
        """The latest review decision on each mention wins; edits overwrite machine fields."""
        if not ids:
            return
        latest: dict[str, Any] = {}
        for row in conn.execute(select(judgements).where(judgements.c.kind == "mention",
                                                         judgements.c.subject.in_(ids))
                                .order_by(judgements.c.id)):
            latest[row.subject] = row
        editable = {"type", "date_start", "date_end", "places", "attempt", "modality"}
        for mention_id, row in latest.items():
            values: dict[str, Any] = {"status": row.decision}
            if row.decision == "edited" and row.value:
                values |= {k: v for k, v in row.value.items() if k in editable}
                if "places" in row.value:
                    values["places_carried"] = False  # a reviewer's place is stated
                self._replace_parts(conn, mention_id, row.value)
            conn.execute(update(mentions).where(mentions.c.id == mention_id).values(**values))

    def _replace_parts(self, conn: Connection, mention_id: str, value: dict[str, Any]) -> None:
        """A reviewer's figures and actors replace the machine's; they hold the claim's own
        span (a reviewer reads the whole quote)."""
        span = conn.execute(select(mentions.c.start, mentions.c.end)
                            .where(mentions.c.id == mention_id)).first()
        if span is None:
            return
        if "figures" in value:
            conn.execute(delete(figures).where(figures.c.mention_id == mention_id))
            if value["figures"]:
                conn.execute(insert(figures), [
                    dict(mention_id=mention_id, kind=f["kind"], low=f["low"], high=f["high"],
                         approximate=False, quote="", start=span.start, end=span.end)
                    for f in value["figures"]])
        if "actors" in value:
            conn.execute(delete(actors).where(actors.c.mention_id == mention_id))
            if value["actors"]:
                conn.execute(insert(actors), [
                    dict(mention_id=mention_id, role=a["role"], name=a["name"],
                         type=a["type"], start=span.start, end=span.end)
                    for a in value["actors"]])

    # -- derived tables ----------------------------------------------------------------------
    def replace_entities(self, rows: list[dict[str, Any]],
                         assignment: dict[tuple[int, str], str]) -> None:
        """Bring entities to `rows` and point names and actors at them ((document id, form)
        -> id), writing only the rows that change: a new document or decision rewrites the
        few entities it touched, not the whole table."""
        with self.transaction() as conn:
            self._lock_derived(conn)
            _sync(conn, entities, rows)
            name_rows = conn.execute(select(names.c.id, names.c.document_id, names.c.form,
                                            names.c.entity_id)).all()
            _bulk_set(conn, names, [(r.id, assignment.get((r.document_id, r.form)))
                                    for r in name_rows
                                    if r.entity_id != assignment.get((r.document_id, r.form))])
            actor_rows = conn.execute(
                select(actors.c.id, mentions.c.document_id, actors.c.name, actors.c.entity_id)
                .join(mentions, mentions.c.id == actors.c.mention_id)).all()
            _bulk_set(conn, actors, [(r.id, assignment.get((r.document_id, r.name)))
                                     for r in actor_rows
                                     if r.entity_id != assignment.get((r.document_id, r.name))])

    def replace_events(self, rows: list[dict[str, Any]], membership: dict[str, str]) -> None:
        """Bring events to `rows` and mentions to their events, writing only what changes."""
        with self.transaction() as conn:
            self._lock_derived(conn)
            _sync(conn, events, rows)
            changed = [{"_id": r.id, "_event": membership.get(r.id)} for r in conn.execute(
                select(mentions.c.id, mentions.c.event_id)) if r.event_id != membership.get(r.id)]
            if changed:
                conn.execute(update(mentions).where(mentions.c.id == bindparam("_id"))
                             .values(event_id=bindparam("_event")), changed)

    def counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (documents, mentions, events, entities, judgements)}


def _free_name(conn: Connection, doc: Document) -> str:
    """The file's name, or as many of its folders before it as make it unique in the store."""
    parts = Path(doc.path).parts
    for depth in range(1, len(parts) + 1):
        name = "/".join(parts[-depth:]) if depth > 1 else doc.name
        if conn.execute(select(documents.c.id).where(documents.c.name == name)).first() is None:
            return name
    return doc.path


def _sync(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Make `table` hold exactly `rows` (keyed by "id"): delete the rows gone or changed,
    insert the new and changed ones, leave equal rows untouched."""
    wanted = {r["id"]: r for r in rows}
    columns = [c.name for c in table.columns]
    stale = []
    for row in conn.execute(select(table)):
        have = dict(row._mapping)
        new = wanted.get(have["id"])
        if new is not None and all(new.get(c) == have[c] for c in columns):
            del wanted[have["id"]]
        else:
            stale.append(have["id"])
    for i in range(0, len(stale), 500):
        conn.execute(delete(table).where(table.c.id.in_(stale[i:i + 500])))
    if wanted:
        conn.execute(insert(table), list(wanted.values()))


def _bulk_set(conn: Connection, table: Any, pairs: list[tuple[int, str | None]]) -> None:
    if pairs:
        conn.execute(update(table).where(table.c.id == bindparam("_id"))
                     .values(entity_id=bindparam("_entity")),
                     [{"_id": i, "_entity": e} for i, e in pairs])


def open_store(url: str) -> Store:
    """Open (creating and migrating if needed) the database at `url`."""
    _check_writable(url)
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"{url}: cannot open database ({exc})") from exc
    dialect.configure(engine)
    store = Store(engine, url)
    try:
        store.migrate()
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreError(f"{store.name}: cannot open database ({reason})") from exc
    return store
