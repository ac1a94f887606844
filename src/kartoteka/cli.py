"""Command line (Typer + Rich): a thin layer over `pipeline`, `store` and `export`.

Every error a user can cause is a `KartotekaError`: printed on one line, exit code 1.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from . import pipeline
from .config import Settings, database_url, default_workers
from .errors import KartotekaError
from .export import KINDS, csv, datasets, ftm, jsonl, records, timeline
from .store import Store, open_store
from .store import queries as q

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  help="kartoteka: a source-critical chronicle of political repression.")
out = Console(width=None if sys.stdout.isatty() else 140, emoji=False)  # ":X:" in a text stays text
err = Console(stderr=True, emoji=False)
F = TypeVar("F", bound=Callable[..., Any])
DEMO_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def fails_cleanly(func: F) -> F:
    """Turn a KartotekaError into one line on stderr and exit code 1."""
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KartotekaError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
    return wrapper  # type: ignore[return-value]


@app.callback()
def main(ctx: typer.Context,
         db: Annotated[str | None, typer.Option(
             "--db", help="Database path or SQLAlchemy URL (default $KARTOTEKA_DB or "
                          "./kartoteka.db).")] = None) -> None:
    ctx.obj = database_url(db)


def _store(ctx: typer.Context) -> Store:
    return open_store(ctx.obj or database_url())


@app.command()
@fails_cleanly
def ingest(ctx: typer.Context,
           paths: Annotated[list[Path], typer.Argument(help="Files or folders (recursive).")],
           extractor: Annotated[str, typer.Option(help="Registered extractor name.")] = "rules",
           workers: Annotated[int, typer.Option(
               help="Processes that read and extract (default: $KARTOTEKA_WORKERS or the "
                    "number of cores).")] = 0,
           cluster: Annotated[str | None, typer.Option(
               envvar="KARTOTEKA_CLUSTER",
               help="Extract on a Dask cluster: its scheduler's address (tcp://host:8786); "
                    "this process still writes the store.")] = None,
           ) -> None:
    """Ingest documents (txt, md, html, pdf); identical content is skipped.

    Example: kartoteka ingest ../shared/corpus/seeds --workers 2
    """
    store = _store(ctx)
    report = _ingest_with_progress(store, paths, extractor, workers or default_workers(),
                                   cluster)
    _print_report(report)
    if report.failed:
        raise typer.Exit(1)


def _ingest_with_progress(store: Store, paths: list[Path], extractor: str,
                          workers: int = 1, cluster: str | None = None) -> pipeline.IngestReport:
    files, _ = pipeline.collect(paths)
    chosen = pipeline.load_extractor(extractor)
    if len(files) <= 5 and not cluster:
        return pipeline.ingest(store, paths, chosen)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        return pipeline.ingest(store, paths, chosen, workers=workers, cluster=cluster,
                               on_file=lambda p: progress.update(task, advance=1,
                                                                 description=p.name[:40]))


def _warn_unmoved(unmoved: list[tuple[str, Any]]) -> None:
    """The judgements a new version could not carry: kept on record, not applied."""
    for name, u in unmoved:
        err.print(f"warning: {name}: the new version no longer holds the claim of judgement "
                  f"#{u.judgement} ({u.kind}): {u.quote[:80]!r}; it is kept, not applied",
                  markup=False, highlight=False, soft_wrap=True)


def _print_report(report: pipeline.IngestReport) -> None:
    for path, reason in report.failed:
        err.print(f"error: {path}: {reason}", markup=False, highlight=False, soft_wrap=True)
    table = Table(title="ingest", show_header=True)
    table.add_column("status")
    table.add_column("document")
    table.add_column("mentions", justify="right")
    for name, n in report.new:
        table.add_row("new version" if name in report.updated else "new", name, str(n))
    for name in report.unchanged:
        table.add_row("unchanged", name, "")
    for path, reason in report.failed:
        table.add_row("failed", Path(path).name, reason)
    out.print(table)
    _warn_unmoved(report.unmoved)
    t = report.totals
    out.print(f"{len(report.new)} new, {len(report.unchanged)} unchanged, {len(report.failed)} "
              f"failed — store: {t.get('documents', 0)} documents, {t.get('mentions', 0)} "
              f"mentions, {t.get('events', 0)} events, {t.get('entities', 0)} entities")


@app.command()
@fails_cleanly
def export(ctx: typer.Context,
           what: Annotated[str, typer.Argument(help="mentions | events | entities | sources")],
           format: Annotated[str, typer.Option("--format", "-f",
                                               help="jsonl | csv | timeline | acled | ucdp "
                                                    "(those three: events) | ftm (entities: "
                                                    "FollowTheMoney documents, persons, "
                                                    "bodies and events)")] = "jsonl",
           output: Annotated[Path | None, typer.Option("-o", "--output",
                                                          help="File (default stdout).")] = None,
           ) -> None:
    """Export claims and derived views.

    Example: kartoteka export events --format csv -o events.csv
    """
    if what not in KINDS:
        err.print(f"error: unknown export {what!r} (choose from {', '.join(KINDS)})")
        raise typer.Exit(2)
    writers = {"jsonl": jsonl.write, "csv": csv.write, "timeline": timeline.write,
               "acled": datasets.write_acled, "ucdp": datasets.write_ucdp, "ftm": None}
    if format not in writers or (format in ("timeline", "acled", "ucdp") and what != "events") \
            or (format == "ftm" and what != "entities"):
        err.print(f"error: unknown format {format!r} for {what}")
        raise typer.Exit(2)
    store = _store(ctx)

    def write(fh: Any) -> int:
        if format == "ftm":  # the whole graph: documents, persons, bodies, events
            return ftm.write(store, fh)
        return writers[format](records(store, what), fh)  # type: ignore[misc]

    if output is None:
        write(sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            n = write(fh)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KartotekaError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    err.print(f"{n} {what} written to {output}")


@app.command()
@fails_cleanly
def stats(ctx: typer.Context) -> None:
    """Counts of documents, mentions, events, entities and judgements.

    Example: kartoteka stats
    """
    store = _store(ctx)
    table = Table(title=store.name)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in store.counts().items():
        table.add_row(name, str(n))
    out.print(table)


def _chronicle(events: list[dict[str, Any]]) -> None:
    """One table, a section per year: date, type, title, consensus figures, sources, id."""
    table = Table(show_lines=False, box=None, pad_edge=False, header_style="bold")
    for col, style in (("date", "cyan"), ("type", "magenta"), ("event", ""), ("figures", ""),
                       ("src", ""), ("id", "dim")):
        table.add_column(col, style=style, overflow="fold",
                         no_wrap=col in ("date", "id", "src", "type"))
    for year, rows in q.years(events).items():
        table.add_row(f"[bold]{year}[/bold]", "", "", "", "", "")
        for e in rows:
            date = e["date"] or {}
            span = date.get("start", "") + (f"/{date['end']}" if date.get("end") not in
                                            (None, date.get("start")) else "")
            figs = "; ".join(f'{f["kind"]} {_range(f)}' for f in e.get("figures", []))
            flag = " [red]⚠ disputed[/red]" if e.get("disputed") else ""
            table.add_row(span, e["type"], escape(e["title"]) + flag, figs,
                          str(len(e.get("documents", []))), e["id"])
    out.print(table)


def _range(f: dict[str, Any]) -> str:
    low, high = f.get("low"), f.get("high")
    if low == high:
        return f"{low:,}" if low is not None else "?"
    return f'{f"{low:,}" if low is not None else "…"}–{f"{high:,}" if high is not None else "…"}'


@app.command()
@fails_cleanly
def events(ctx: typer.Context,
           date_from: Annotated[str | None, typer.Option("--from", help="ISO date")] = None,
           date_to: Annotated[str | None, typer.Option("--to", help="ISO date")] = None,
           type: Annotated[str | None, typer.Option(help="Event type")] = None,
           place: Annotated[str | None, typer.Option(help="Place name")] = None,
           actor: Annotated[str | None, typer.Option(help="Actor name or entity id")] = None,
           source: Annotated[str | None, typer.Option(help="Document name")] = None,
           undated: Annotated[bool, typer.Option(help="Include undated events.")] = False,
           ) -> None:
    """The chronicle: linked events by year with consensus figures and source counts.

    Example: kartoteka events --from 1918 --to 1921 --type execution
    """
    from .views import query_events

    total, rows = query_events(_store(ctx), date_from=date_from, date_to=date_to, type=type,
                               place=place, actor=actor, source=source, undated=undated)
    _chronicle(rows)
    out.print(f"{total} events")


@app.command()
@fails_cleanly
def event(ctx: typer.Context, event_id: str) -> None:
    """Every claim of one event side by side, with quotes and disputes.

    Example: kartoteka event e_3f2a…
    """
    from .views import event_detail

    detail = event_detail(_store(ctx), event_id)
    e = detail["event"]
    out.print(f"[bold]{escape(e['title'])}[/bold]  {e['id']}  type={e['type']}  date={e['date']}")
    for f in e.get("figures", []):
        out.print(f"  {f['kind']}: low={f['low']} best={f['best']} high={f['high']} "
                  f"({f['sources']} sources)")
    for d in e.get("disputes", []):
        out.print(f"  [red]disputed {d['field']}[/red]: " + " | ".join(
            f"{s['value']} ({', '.join(s['documents'])})" for s in d["sides"]))
    for link in e.get("links", []):
        parts = ", ".join(f"{k} {v}" for k, v in link["parts"].items() if v)
        out.print(f"  linked {link['a']} + {link['b']}: score {link['score']} ({parts})",
                  markup=False)
    for miss in e.get("near_misses", []):
        out.print(f"  not linked {miss['a']} + {miss['b']} (score {miss['score']}): "
                  f"{miss['reason']} → {miss['other_event']}", markup=False)
    for m in detail["mentions"]:
        date = m["date"]["as_written"] if m["date"] else "undated"
        out.print(f"\n[cyan]{m['document']}[/cyan] [{m['start']}:{m['end']}] {m['type']} "
                  f"{date} status={m['status']} id={m['id']}")
        out.print(f"  “{m['quote']}”", markup=False, highlight=False)


@app.command()
@fails_cleanly
def disputes(ctx: typer.Context, limit: int = 30) -> None:
    """Contradictions between sources, largest first.

    Example: kartoteka disputes --limit 10
    """
    from .views import ranked_disputes

    found = ranked_disputes(_store(ctx))
    if not found:
        out.print("no disputes: where two sources tell one event, they agree on its date, type, "
                  "place and figures")
    for e, d, size in found[:limit]:
        out.print(f"[bold]{escape(e['title'])}[/bold] {e['date'] and e['date']['start']} "
                  f"{e['id']} — {escape(d['field'])} (spread {size:g})")
        for s in d["sides"]:
            out.print(f"   {s['value']}: {', '.join(s['documents'])}", markup=False)


@app.command()
@fails_cleanly
def entities(ctx: typer.Context,
             query: Annotated[str | None, typer.Argument(help="Name fragment")] = None,
             type: Annotated[str | None, typer.Option(help="person | organization | group "
                                                              "| place")] = None) -> None:
    """Resolved entities with their aliases.

    Example: kartoteka entities --type organization cheka
    """
    from .views import find_entities

    table = Table()
    for col in ("name", "type", "aliases", "mentions", "documents", "id"):
        table.add_column(col, overflow="fold")
    rows = find_entities(_store(ctx), query, type)
    for e in rows:
        table.add_row(e["name"], e["type"], ", ".join(e.get("aliases", [])[:8]),
                      str(e.get("mentions", 0)), str(e.get("documents", 0)), e["id"])
    out.print(table)


@app.command()
@fails_cleanly
def entity(ctx: typer.Context, name: str) -> None:
    """One entity: every alias with the documents and the quotes behind it.

    Example: kartoteka entity Kaplan
    """
    from .views import entity_detail

    d = entity_detail(_store(ctx), name)
    e = d["entity"]
    out.print(f"[bold]{e['name']}[/bold] ({e['type']}) {e['id']}")
    if e.get("predecessor") or e.get("successor"):
        out.print(f"  predecessor: {e.get('predecessor')}  successor: {e.get('successor')}")
    for form, docs in d["forms"].items():
        out.print(f"  {form}: {', '.join(docs)}", markup=False)
    for ev in e.get("evidence", []):
        out.print(f"  alias evidence ({ev['relation']}, {ev['document']}): “{ev['quote']}”",
                  markup=False)


@app.command()
@fails_cleanly
def merge(ctx: typer.Context, a: str, b: str,
          user: Annotated[str, typer.Option(help="Who decides.")] = "cli",
          note: str | None = None) -> None:
    """Record that two names are one entity (kept across re-ingest).

    Example: kartoteka merge "Fanny Kaplan" "Feiga Roytblat"
    """
    from .views import judge_pair

    judge_pair(_store(ctx), "merge", a, b, user, note)
    out.print(f"merged {a!r} and {b!r}")


@app.command()
@fails_cleanly
def split(ctx: typer.Context, a: str, name: str,
          user: Annotated[str, typer.Option(help="Who decides.")] = "cli",
          note: str | None = None) -> None:
    """Record that NAME is not entity A (a negative judgement beats any machine evidence).

    Example: kartoteka split Kibalchich "Nikolai Kibalchich"
    """
    from .views import judge_pair

    judge_pair(_store(ctx), "split", a, name, user, note)
    out.print(f"split {name!r} from {a!r}")


@app.command()
@fails_cleanly
def link(ctx: typer.Context, a: str, b: str, unlink: bool = False,
         user: Annotated[str, typer.Option(help="Who decides.")] = "cli") -> None:
    """Record that two mentions tell the same event (or, with --unlink, different events).

    Example: kartoteka link m_1a2b… m_9f8e…
    """
    from .views import judge_pair

    judge_pair(_store(ctx), "unlink" if unlink else "link", a, b, user)
    out.print(("unlinked" if unlink else "linked") + f" {a} {b}")


@app.command()
@fails_cleanly
def review(ctx: typer.Context, mention_id: str,
           decision: Annotated[str, typer.Argument(help="accept | reject | edit")],
           type: Annotated[str | None, typer.Option(help="Corrected type (edit)")] = None,
           date: Annotated[str | None, typer.Option(help="Corrected date START[/END]")] = None,
           figure: Annotated[list[str] | None, typer.Option(
               help="Corrected figure KIND:LOW-HIGH (repeat; replaces the machine's)")] = None,
           actor: Annotated[list[str] | None, typer.Option(
               help="Corrected actor ROLE:NAME (repeat; replaces the machine's)")] = None,
           place: Annotated[list[str] | None, typer.Option(
               help="Corrected place (repeat; replaces the machine's)")] = None,
           user: Annotated[str, typer.Option(help="Who decides.")] = "cli") -> None:
    """Accept, reject or correct one machine claim.

    Example: kartoteka review m_1a2b… edit --type execution --date 1919-03-12/1919-03-14
    Example: kartoteka review m_1a2b… edit --figure killed:1200-2168 --actor "perpetrator:Petrograd Cheka" --place Kronstadt
    """
    from .views import review_mention

    review_mention(_store(ctx), mention_id, decision, user, type=type, date=date,
                   figures=figure, actors=actor, places=place)
    out.print(f"{mention_id}: {decision}")


@app.command()
@fails_cleanly
def source(ctx: typer.Context, name: str,
           reliability: Annotated[float | None, typer.Option(
               min=0.0, max=1.0, help="Your grade of this source, 0–1 (weights the consensus)")] = None,
           kind: Annotated[str | None, typer.Option(
               help="primary | secondary | encyclopedia | polemic | review | reader comment")] = None,
           versions: Annotated[bool, typer.Option(
               "--versions", help="List every version of the source, oldest first.")] = False,
           version: Annotated[int | None, typer.Option(
               min=1, help="Print the text of version N (see --versions).")] = None,
           ) -> None:
    """Show a source's metadata and mentions; grade its reliability or set its kind; read its
    earlier versions.

    Example: kartoteka source metapedia-red-terror.txt --reliability 0.3 --kind polemic
    Example: kartoteka source serge-1926-preface.md --versions
    """
    store = _store(ctx)
    if versions or version is not None:
        known = q.versions(store, name)
        if not known:
            raise KartotekaError(f"{name}: no such source")
        if version is not None:
            if version > len(known):
                raise KartotekaError(f"{name}: has {len(known)} version(s), not {version}")
            out.print(known[version - 1]["text"], markup=False, highlight=False)
            return
        table = Table(title=f"versions of {name}")
        for column in ("version", "sha256", "chars", "ingested", "replaced"):
            table.add_column(column)
        for v in known:
            table.add_row(str(v["version"]), v["sha256"][:12], str(v["chars"]), v["ingested_at"],
                          v["replaced_at"] or "current")
        out.print(table)
        return
    if reliability is not None or kind:
        current = next((s for s in q.source_rows(store) if s["document"] == name), None)
        store.set_source(name, reliability=reliability if reliability is not None else
                         (current or {}).get("reliability"), kind=kind)
        pipeline.relink(store)
    row = next((s for s in q.source_rows(store) if s["document"] == name), None)
    if row is None:
        raise KartotekaError(f"{name}: no such source")
    for key, value in row.items():
        out.print(f"{key:12s} {value}", markup=False, highlight=False)


@app.command("import")
@fails_cleanly
def import_table(ctx: typer.Context,
                 table: Annotated[Path, typer.Argument(help="A CSV of claims, one per row.")]) -> None:
    """Read a table of claims (an Uwazi or spreadsheet export: date, type, place, description,
    figure columns, source title and URL) into the same claims; every bad row is reported and
    then nothing is written. A corrected table is a new version that keeps the decisions.

    Example: kartoteka import chronicle.csv
    """
    from .imports import read_claims

    store = _store(ctx)
    doc, extraction = read_claims(table)
    if store.has_document(doc.sha256):
        out.print(f"{doc.name}: unchanged", markup=False)
        return
    saved = store.save_document(doc, extraction, "import/1")
    pipeline.rebuild(store)
    out.print(f"{doc.name}: {saved.mentions} claims{' (new version)' if saved.replaced else ''}",
              markup=False)
    _warn_unmoved([(doc.name, u) for u in saved.unmoved])


@app.command()
@fails_cleanly
def publish(ctx: typer.Context,
            output: Annotated[Path, typer.Argument(help="The new SQLite file to write.")]) -> None:
    """Write a read-only copy for Datasette or static hosting: no accounts, no reviewers'
    notes; metadata.json (titles, facets, full-text search) beside it.

    Example: kartoteka publish site/chronicle.db && datasette -i site/chronicle.db -m site/metadata.json
    """
    from .store.publish import publish as write_copy

    copied = write_copy(_store(ctx), output)
    out.print(f"{output}: {copied.get('events', 0)} events, {copied.get('mentions', 0)} claims, "
              f"{copied.get('documents', 0)} sources (read-only); {output.parent / 'metadata.json'}",
              markup=False)


@app.command()
@fails_cleanly
def relink(ctx: typer.Context) -> None:
    """Re-resolve entities and re-link events from the stored claims.

    Example: kartoteka relink
    """
    n_entities, n_events = pipeline.rebuild(_store(ctx))
    out.print(f"{n_entities} entities, {n_events} events")


@app.command()
@fails_cleanly
def search(ctx: typer.Context, query: str, limit: int = 20) -> None:
    """Full-text search over documents and quotes.

    Example: kartoteka search "Putilov"
    """
    from .views import search as run_search

    found = run_search(_store(ctx), query, limit)
    out.print(f"{found['total']} matches" + ("" if found["ranked"] else " (too common to rank)"))
    for hit in found["items"]:
        # a source's own text may hold "[/cyan]": it is printed as text, never as markup
        out.print(f"[cyan]{hit['kind']}[/cyan] {escape(hit['document'])} {escape(hit['ref'])}: "
                  f"{escape(hit['snippet'])}", highlight=False)


@app.command()
@fails_cleanly
def demo(ctx: typer.Context,
         corpus: Annotated[Path, typer.Option(help="Folder of documents.")] = DEMO_CORPUS,
         db: Annotated[Path, typer.Option(help="Fresh database to build.")] = Path("demo.db"),
         ) -> None:
    """The main job on the demo corpus: a fresh database, ingest, then the chronicle.

    Example: kartoteka demo
    """
    from .views import query_events

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_store(database_url(str(db)))
    report = _ingest_with_progress(store, [corpus], "rules")
    _print_report(report)
    _chronicle(query_events(store)[1])
    out.print(f"\nNext: kartoteka --db {db} disputes · kartoteka --db {db} entity Cheka · "
              f"kartoteka --db {db} serve")


@app.command()
@fails_cleanly
def serve(ctx: typer.Context, host: str = "127.0.0.1", port: int = 8000,
          read_only: Annotated[bool, typer.Option(help="Publish without review.")] = False,
          workers: Annotated[int, typer.Option(
              min=1, help="Server processes: readers are served in parallel (one secret key "
                          "is shared, so a login holds in every process).")] = 1,
          ) -> None:
    """The web UI and JSON API on the same database. Session cookies are sent over HTTPS
    only, except to a server on the loopback address (KARTOTEKA_SECURE_COOKIES=0|1 decides).

    Example: kartoteka serve --port 8000
    Example: kartoteka serve --host 0.0.0.0 --workers 4 --read-only
    """
    import uvicorn

    from .web import create_app

    local = host in ("127.0.0.1", "localhost", "::1")
    os.environ.setdefault("KARTOTEKA_SECURE_COOKIES", "0" if local else "1")
    os.environ["KARTOTEKA_DB"] = ctx.obj or database_url()
    os.environ.setdefault("KARTOTEKA_SECRET_KEY", secrets.token_hex(32))
    if read_only:
        os.environ["KARTOTEKA_READ_ONLY"] = "1"
    if workers > 1:  # each process builds its app from the same KARTOTEKA_* settings
        uvicorn.run("kartoteka.web:create_app", factory=True, host=host, port=port,
                    workers=workers)
    else:
        uvicorn.run(create_app(Settings()), host=host, port=port)


user_app = typer.Typer(no_args_is_help=True, help="Users of the web review workflow.")
app.add_typer(user_app, name="user")


@user_app.command("add")
@fails_cleanly
def user_add(ctx: typer.Context, name: str,
             role: Annotated[str, typer.Option(help="reader | reviewer | admin")] = "reviewer",
             password: Annotated[str, typer.Option(prompt=True, hide_input=True,
                                                   confirmation_prompt=True)] = "") -> None:
    """Add a user for the web review workflow.

    Example: kartoteka user add ada --role reviewer
    """
    from .web.auth import add_user

    add_user(_store(ctx), name, password, role)
    out.print(f"user {name} ({role}) added")


lists_app = typer.Typer(no_args_is_help=True, help="Victim lists: link persons across lists and "
                                                    "estimate how many no list recorded.")
app.add_typer(lists_app, name="lists")
_DECISIONS = {"match": "positive", "no-match": "negative", "unsure": "unsure"}


@lists_app.command("import")
@fails_cleanly
def lists_import(ctx: typer.Context,
                 table: Annotated[Path, typer.Argument(help="A CSV, one person per row.")],
                 list_name: Annotated[str, typer.Option("--list", help="The list's name.")]) -> None:
    """Import (or re-import) a victim list; every bad row is reported and then nothing is
    written. Judgements on rows that did not change are kept.

    Example: kartoteka lists import memorial_book.csv --list "Book of Memory"
    """
    from .count.records import read_list
    from .store.lists import save_list

    done = save_list(_store(ctx), list_name, read_list(table, list_name))
    out.print(f"{done.list}: {done.added} records added, {done.kept} unchanged, {done.removed} "
              f"removed", markup=False)
    if done.orphaned:
        err.print(f"warning: {done.orphaned} match judgements name removed records; kept on "
                  f"record, no longer applied", markup=False)


@lists_app.command("from-documents")
@fails_cleanly
def lists_from_documents(ctx: typer.Context) -> None:
    """Add the persons the documents name as executed or killed as one more list
    ("documents"), replacing it: the texts become a source beside the registers.

    Example: kartoteka lists from-documents
    """
    from .store.lists import DOCUMENTS_LIST, document_victims, save_list

    store = _store(ctx)
    done = save_list(store, DOCUMENTS_LIST, document_victims(store))
    out.print(f"{done.list}: {done.added} records added, {done.kept} unchanged, {done.removed} "
              f"removed", markup=False)


def _linked(store: Store) -> tuple[list[Any], Any]:
    from .count.linkage import link
    from .store.lists import load_records, match_judgements

    records = load_records(store)
    return records, link(records, match_judgements(store))


@lists_app.command("show")
@fails_cleanly
def lists_show(ctx: typer.Context) -> None:
    """The lists, their records, and how many persons each pair of lists shares.

    Example: kartoteka lists show
    """
    records, linkage = _linked(_store(ctx))
    names = sorted({r.list for r in records})
    table = Table("list", "records", *names)
    shared = {(a, b): 0 for a in names for b in names}
    for person in linkage.clusters:
        on = {records[i].list for i in person}
        for a in on:
            for b in on:
                shared[(a, b)] += 1
    for a in names:
        table.add_row(escape(a), str(sum(r.list == a for r in records)),
                      *(str(shared[(a, b)]) for b in names))
    out.print(table)
    out.print(f"{len(records)} records, {len(linkage.clusters)} persons", markup=False)


@lists_app.command("estimate")
@fails_cleanly
def lists_estimate(ctx: typer.Context,
                   by: Annotated[str | None, typer.Option(
                       help="Stratify by a field: execution_date (by year), execution_place, "
                            "sentencing_body, …")] = None,
                   select: Annotated[str, typer.Option(
                       help="Log-linear model chosen stepwise (SparseMSE), by aic or bic; or "
                            "lcmcr, the Bayesian latent-class model.")] = "stepwise",
                   event: Annotated[str | None, typer.Option(
                       help="An event id: its sources' own figures are shown beside the "
                            "estimate.")] = None,
                   as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """How many victims no list recorded: multiple systems estimation over the linked lists.

    Example: kartoteka lists estimate --by execution_date --event e_1a2b3c4d5e6f
    """
    import dataclasses
    import json

    from .count.tally import estimates

    if select not in ("stepwise", "aic", "bic", "lcmcr"):
        raise KartotekaError(f"--select {select!r} is not one of stepwise, aic, bic, lcmcr")
    store = _store(ctx)
    told = []
    if event:
        from .store.schema import events as event_table

        found = q.event_rows(store, event_table.c.id == event)
        if not found:
            raise KartotekaError(f"{event}: no such event (kartoteka events lists them)")
        told = [f for f in found[0]["figures"] if f["kind"] == "killed"]
    records, linkage = _linked(store)
    results = estimates(records, linkage, by, select)
    if as_json:
        for r in results:
            sys.stdout.write(json.dumps(dataclasses.asdict(r) if not isinstance(r, str)
                                        else {"error": r}, ensure_ascii=False) + "\n")
        if event:
            sys.stdout.write(json.dumps({"event": event, "documents_say": told}) + "\n")
        return
    for r in results:
        if isinstance(r, str):
            out.print(r, markup=False)
            continue
        out.print(f"{r.stratum or 'all'}: {r.observed} listed, estimated {r.total:,.0f} "
                  f"({r.level:.0%} interval {r.low:,.0f}–{r.high:,.0f}; not listed "
                  f"{r.dark_figure:,.0f}); model: "
                  + ("latent classes" if r.method == "lcmcr" else "main effects"
                     + (" + " + ", ".join(r.terms) if r.terms else "")), markup=False)
        for w in r.warnings:
            out.print(f"  note: {w}", markup=False)
    for f in told:  # what the documents themselves say, beside what the lists imply
        out.print(f"{event} in the documents: killed {f['low'] or '…'}–{f['high'] or '…'} "
                  f"(best {f['best']}, {f['sources']} sources)", markup=False)


@lists_app.command("match")
@fails_cleanly
def lists_match(ctx: typer.Context, first: str, second: str,
                decision: Annotated[str, typer.Option(help="match | no-match | unsure")] = "match",
                user: Annotated[str, typer.Option(help="Who decided.")] = "cli") -> None:
    """Record that two list records are (or are not) one person; kept across re-imports.

    Example: kartoteka lists match per_1a2b… per_3c4d… --decision no-match
    """
    from .store.lists import MATCH, load_records

    store = _store(ctx)
    if decision not in _DECISIONS:
        raise KartotekaError(f"decision {decision!r} is not one of {', '.join(_DECISIONS)}")
    known = {r.id for r in load_records(store)}
    for rid in (first, second):
        if rid not in known:
            raise KartotekaError(f"{rid}: no such list record (kartoteka lists persons shows ids)")
    store.add_judgement(MATCH, first, _DECISIONS[decision], user, obj=second)
    out.print(f"{first} and {second}: {decision}", markup=False)


@lists_app.command("persons")
@fails_cleanly
def lists_persons(ctx: typer.Context) -> None:
    """Every linked person as one JSON line: the records (ids, lists, names) that name them.

    Example: kartoteka lists persons > persons.jsonl
    """
    import json

    records, linkage = _linked(_store(ctx))
    for person in linkage.clusters:
        sys.stdout.write(json.dumps({"records": [
            {"id": records[i].id, "list": records[i].list, "row": records[i].row,
             "name": records[i].name, **records[i].fields} for i in person]},
            ensure_ascii=False) + "\n")


if __name__ == "__main__":
    app()
