"""A real browser (Debian's chromium, driven by Playwright) opens the chronicle, searches,
opens an event and accepts a claim. Screenshots go to tests/screenshots/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from kartoteka import pipeline
from kartoteka.config import Settings
from kartoteka.store import open_store
from kartoteka.web import create_app
from kartoteka.web.auth import add_user

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(__file__).parent / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path, demo_corpus: Path):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    url = f"sqlite:///{tmp_path / 'browser.db'}"
    store = open_store(url)
    pipeline.ingest(store, [demo_corpus])
    add_user(store, "ada", "correct horse battery", "reviewer")
    store.close()
    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db_url=url, secure_cookies=False)),
                            host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


def test_chronicle_search_event_and_accept(server: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server + "/")
        page.wait_for_selector(".vis-timeline")  # the interactive timeline rendered
        assert "Chronicle" in page.title()
        page.screenshot(path=str(SHOTS / "chronicle.png"))

        page.fill("header input[name=q]", "Kronstadt")
        page.press("header input[name=q]", "Enter")
        page.wait_for_selector("ol.hits li")
        page.screenshot(path=str(SHOTS / "search.png"))

        page.goto(server + "/?from=1918-08&to=1918-08&type=assassination")
        page.click("text=Assassination attempt in Moscow")
        page.wait_for_selector("article.claim")
        assert page.locator("article.claim").count() == 3
        event_url = page.url

        page.goto(server + "/login")
        page.fill("input[name=name]", "ada")
        page.fill("input[name=password]", "correct horse battery")
        page.click("form.login button")
        page.goto(event_url)
        page.locator("article.claim").first.locator("button[value=accept]").click()
        page.wait_for_selector("article.claim.status-accepted")
        page.screenshot(path=str(SHOTS / "event-accepted.png"), full_page=True)

        page.goto(server + "/map")
        page.wait_for_selector(".leaflet-interactive")
        page.screenshot(path=str(SHOTS / "map.png"))
        browser.close()
