"""HTML pages: chronicle, event, entity, source, search, map, review, login.

Each page calls the same query functions (`views`, `store.queries`) as the JSON API.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .. import views
from ..errors import NotFoundError
from ..extract.places import gazetteer
from ..models import EVENT_TYPES
from ..store import queries as q
from ..store.schema import documents, events, mentions
from . import auth
from .deps import ReviewerDep, StoreDep, UserDep
from .templating import templates

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)  # pages, not API


def render(request: Request, name: str, user: dict[str, Any] | None, **context: Any) -> Response:
    refresher = getattr(request.app.state, "refresher", None)
    context |= {"user": user, "csrf": auth.csrf_token(request.session),
                "can_review": auth.can(user, "reviewer") and
                not request.app.state.settings.read_only,
                "updating": refresher is not None and refresher.busy()}
    return templates.TemplateResponse(request, name, context)


PAGE = 100
TIMELINE = 5000


@router.get("/")
def chronicle(request: Request, store: StoreDep, user: UserDep,
              date_from: Annotated[str | None, Query(alias="from")] = None,
              date_to: Annotated[str | None, Query(alias="to")] = None,
              type: str | None = None, place: str | None = None, actor: str | None = None,
              source: str | None = None, page: Annotated[int, Query(ge=1, le=10**6)] = 1) -> Response:
    params = {"date_from": date_from or None, "date_to": date_to or None, "type": type or None,
              "place": place or None, "actor": actor or None, "source": source or None}
    total, rows = views.query_events(store, PAGE, (page - 1) * PAGE, **params)
    by_month: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for e in rows:
        start = e["date"]["start"]
        by_month[start[:4]][start[5:7] or "—"].append(e)
    top = max((f.get("high") or f.get("low") or 0 for e in rows for f in e.get("figures", [])),
              default=1) or 1
    # the timeline draws every event that matches, not this page's (up to TIMELINE)
    _, matching = views.query_events(store, TIMELINE, 0, **params) if total > len(rows) \
        else (total, rows)
    timeline = views.timeline_items(matching)
    query = "&".join(f"{k}={v}" for k, v in (("from", date_from), ("to", date_to), ("type", type),
                                               ("place", place), ("actor", actor),
                                               ("source", source)) if v)
    return render(request, "chronicle.html", user, years=by_month, count=total, top=top,
                  params=params, types=EVENT_TYPES, timeline=timeline, page=page,
                  pages=max(1, -(-total // PAGE)), query_string=query)


@router.get("/events/{event_id}")
def event(request: Request, event_id: str, store: StoreDep, user: UserDep) -> Response:
    detail = views.event_detail(store, event_id)
    texts = {m["document"]: (q.document_text(store, m["document"]) or {}).get("text", "")
             for m in detail["mentions"]}
    related = views.related_events(store, detail["event"])
    ids = [r["event"] for r in detail["event"].get("relations", [])]
    titles = {e["id"]: f'{(e["date"] or {}).get("start", "undated")} — {e["title"]}'
              for e in q.event_rows(store, events.c.id.in_(ids))} if ids else {}
    return render(request, "event.html", user, event=detail["event"],
                  mentions=detail["mentions"], texts=texts, related=related, types=EVENT_TYPES,
                  relation_titles=titles)


@router.get("/entities")
def entity_list(request: Request, store: StoreDep, user: UserDep, q_: Annotated[
        str | None, Query(alias="q")] = None, type: str | None = None) -> Response:
    return render(request, "entities.html", user, entities=views.find_entities(store, q_, type),
                  query=q_ or "", type=type or "")


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: str, store: StoreDep, user: UserDep) -> Response:
    d = views.entity_detail(store, entity_id)
    by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in d["events"]:
        for a in e.get("actors", []):
            if a["entity_id"] == d["entity"]["id"]:
                by_role[a["role"]].append(e)
                break
    names = {e["name"]: e["id"] for e in q.entity_rows(store)}
    return render(request, "entity.html", user, entity=d["entity"], forms=d["forms"],
                  by_role=dict(by_role), names=names)


@router.get("/sources")
def source_list(request: Request, store: StoreDep, user: UserDep) -> Response:
    return render(request, "sources.html", user, sources=q.source_rows(store))


@router.get("/sources/{name}")
def source(request: Request, name: str, store: StoreDep, user: UserDep) -> Response:
    doc = q.document_text(store, name)
    if doc is None:
        raise NotFoundError(f"no source {name!r}")
    spans = q.mention_dicts(store, documents.c.name == name)
    return render(request, "source.html", user, doc=doc, spans=spans)


@router.get("/search")
def search(request: Request, store: StoreDep, user: UserDep,
           q_: Annotated[str, Query(alias="q")] = "", kind: str | None = None,
           document: str | None = None) -> Response:
    found: dict[str, Any] = (views.search(store, q_, 100) if q_.strip()
                             else {"total": 0, "ranked": True, "items": []})
    hits: list[dict[str, Any]] = found["items"]
    facets: dict[str, dict[str, int]] = {"kind": defaultdict(int), "document": defaultdict(int)}
    for h in hits:
        facets["kind"][h["kind"]] += 1
        facets["document"][h["document"]] += 1
    shown = [h for h in hits if (not kind or h["kind"] == kind)
             and (not document or h["document"] == document)]
    mention_events = q.mention_events(store, [h["ref"] for h in shown if h["kind"] == "mention"])
    return render(request, "search.html", user, query=q_, hits=shown, facets=facets,
                  total=found["total"], ranked=found["ranked"],
                  kind=kind, document=document, mention_events=mention_events)


@router.get("/map")
def map_page(request: Request, store: StoreDep, user: UserDep) -> Response:
    return render(request, "map.html", user, points=event_points(store))


def event_points(store: StoreDep) -> list[dict[str, Any]]:
    """One point per known place, with the events that happened there."""
    places = gazetteer()
    points: dict[str, dict[str, Any]] = {}
    for e in q.event_rows(store):
        for name in e.get("places", []):
            place = places.get(name)
            if place and place.lat is not None:
                point = points.setdefault(name, {"place": name, "lat": place.lat,
                                                 "lon": place.lon, "events": []})
                point["events"].append({"id": e["id"], "title": e["title"],
                                        "date": (e.get("date") or {}).get("start")})
                break
    return list(points.values())


@router.get("/review")
def review_queue(request: Request, store: StoreDep, user: UserDep) -> Response:
    queue = sorted((m for m in q.mention_dicts(store, mentions.c.status == "machine")),
                   key=lambda m: m["confidence"])[:50]
    return render(request, "review.html", user, queue=queue, types=EVENT_TYPES,
                  decisions=list(reversed(store.judgements("mention", "merge", "split", "link",
                                                           "unlink")))[:30])


@router.post("/review/mention/{mention_id}")
def review_mention(request: Request, mention_id: str, store: StoreDep, user: ReviewerDep,
                   decision: Annotated[str, Form()], type: Annotated[str | None, Form()] = None,
                   date: Annotated[str | None, Form()] = None,
                   note: Annotated[str | None, Form()] = None,
                   figures: Annotated[str | None, Form()] = None,
                   actors: Annotated[str | None, Form()] = None,
                   places: Annotated[str | None, Form()] = None) -> Response:
    """Accept, reject or correct a claim; figures, actors and places are "; "-separated
    ("killed:1200-2168; wounded:300", "perpetrator:Petrograd Cheka")."""
    views.review_mention(store, mention_id, decision, user["name"], type=type or None,
                         date=date or None, note=note or None,
                         refresh=request.app.state.refresher.request,
                         figures=views.listed(figures) or None,
                         actors=views.listed(actors) or None, places=views.listed(places) or None)
    if request.headers.get("HX-Request"):
        # htmx: answer with the updated claim only; without JavaScript the page reloads
        (m,) = q.mention_dicts(store, mentions.c.id == mention_id)
        texts = {m["document"]: (q.document_text(store, m["document"]) or {}).get("text", "")}
        return render(request, "_claim.html", user, m=m, texts=texts, types=EVENT_TYPES)
    return RedirectResponse(_back(request), status_code=303)


@router.post("/review/bulk")
def review_bulk(request: Request, store: StoreDep, user: ReviewerDep,
                decision: Annotated[str, Form()],
                ids: Annotated[list[str] | None, Form()] = None) -> Response:
    """Accept or reject every claim ticked in the queue."""
    views.review_many(store, ids or [], decision, user["name"],
                      refresh=request.app.state.refresher.request)
    return RedirectResponse("/review", status_code=303)


@router.post("/review/pair")
def review_pair(request: Request, store: StoreDep, user: ReviewerDep,
                action: Annotated[str, Form()], a: Annotated[str, Form()],
                b: Annotated[str, Form()]) -> Response:
    """Merge / split two names, link / unlink two mentions."""
    views.judge_pair(store, action, a, b, user["name"], refresh=request.app.state.refresher.request)
    return RedirectResponse(_back(request), status_code=303)


@router.post("/review/source/{name}")
def review_source(request: Request, name: str, store: StoreDep, user: ReviewerDep,
                  reliability: Annotated[float, Form(ge=0, le=1)],
                  kind: Annotated[str | None, Form()] = None) -> Response:
    store.set_source(name, reliability=reliability, kind=kind or None)
    request.app.state.refresher.request()
    return RedirectResponse(f"/sources/{name}", status_code=303)


@router.get("/login")
def login_form(request: Request, user: UserDep, error: str | None = None) -> Response:
    return render(request, "login.html", user, error=error)


@router.post("/login")
def login(request: Request, store: StoreDep, name: Annotated[str, Form()],
          password: Annotated[str, Form()], csrf: Annotated[str | None, Form()] = None
          ) -> Response:
    if not auth.csrf_ok(request.session, csrf):
        return RedirectResponse("/login?error=expired+form", status_code=303)
    found = auth.authenticate(store, name, password)
    if not found:
        return RedirectResponse("/login?error=wrong+name+or+password", status_code=303)
    request.session["user"] = found
    return RedirectResponse("/review", status_code=303)


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str | None, Form()] = None) -> Response:
    if not auth.csrf_ok(request.session, csrf):
        raise HTTPException(403, "invalid or missing CSRF token; reload the page")
    request.session.clear()
    return RedirectResponse("/", status_code=303)


def _back(request: Request) -> str:
    """Where a form goes back to: the page it came from on this site, never another site."""
    referer = urlsplit(request.headers.get("referer") or "")
    if referer.netloc and referer.netloc != request.url.netloc or not referer.path.startswith("/") \
            or referer.path.startswith("//"):
        return "/review"
    return referer.path + (f"?{referer.query}" if referer.query else "")
