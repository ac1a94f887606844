"""Everything that differs between SQLite and PostgreSQL: pragmas and full-text search.

SQLite gets WAL and an FTS5 table; PostgreSQL gets a tsvector query over the same columns.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine


def configure(engine: Engine) -> None:
    """Per-connection settings: WAL, foreign keys and a busy timeout on SQLite."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()


def create_search(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
                          "kind UNINDEXED, ref UNINDEXED, document UNINDEXED, body, "
                          "tokenize='unicode61 remove_diacritics 2')"))
    else:
        conn.execute(text("CREATE TABLE IF NOT EXISTS search_index (kind TEXT, ref TEXT, "
                          "document TEXT, body TEXT)"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_search_body ON search_index "
                          "USING GIN (to_tsvector('simple', body))"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_search_document ON search_index (document)"))


def index_rows(conn: Connection, rows: list[dict[str, str]]) -> None:
    if rows:
        conn.execute(text("INSERT INTO search_index (kind, ref, document, body) "
                          "VALUES (:kind, :ref, :document, :body)"), rows)


def unindex_document(conn: Connection, document: str) -> None:
    conn.execute(text("DELETE FROM search_index WHERE document = :d"), {"d": document})


RANK_LIMIT = 20_000


def search(conn: Connection, query: str, limit: int = 50) -> dict[str, Any]:
    """{"total", "ranked", "items": [kind, ref, document, snippet]}. Ranking scores every
    match, so a term in more than RANK_LIMIT texts is listed in text order instead."""
    if conn.dialect.name == "sqlite":
        words = [w.replace('"', "") for w in query.split() if w.strip('"')]
        if not words:
            return {"total": 0, "ranked": True, "items": []}
        match = " ".join(f'"{w}"*' for w in words)
        total = conn.execute(text("SELECT count(*) FROM search_index WHERE search_index "
                                  "MATCH :q"), {"q": match}).scalar_one()
        order = "ORDER BY rank" if total <= RANK_LIMIT else ""
        sql = text("SELECT kind, ref, document, snippet(search_index, 3, '[[', ']]', ' … ', 16) "
                   f"AS snippet FROM search_index WHERE search_index MATCH :q {order} LIMIT :n")
        items = [dict(r._mapping) for r in conn.execute(sql, {"q": match, "n": limit})]
        return {"total": total, "ranked": total <= RANK_LIMIT, "items": items}
    where = "to_tsvector('simple', body) @@ plainto_tsquery(:q)"
    total = conn.execute(text(f"SELECT count(*) FROM search_index WHERE {where}"),
                         {"q": query}).scalar_one()
    order = ("ORDER BY ts_rank(to_tsvector('simple', body), plainto_tsquery(:q)) DESC"
             if total <= RANK_LIMIT else "")
    sql = text("SELECT kind, ref, document, ts_headline('simple', body, plainto_tsquery(:q), "
               "'StartSel=[[, StopSel=]], MaxFragments=2') AS snippet FROM search_index "
               f"WHERE {where} {order} LIMIT :n")
    items = [dict(r._mapping) for r in conn.execute(sql, {"q": query, "n": limit})]
    return {"total": total, "ranked": total <= RANK_LIMIT, "items": items}
