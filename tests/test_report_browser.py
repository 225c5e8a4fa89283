"""The report in a real browser: Debian's Chromium, headless, driven with Playwright over
the report served from 127.0.0.1, with every request that leaves 127.0.0.1 refused and
recorded. Screenshots of the overview, an article and the network are saved under the
test's temporary folder (the path is printed); CLAIMGRAPH_SCREENSHOTS=DIR also copies
them into DIR (the README's picture is made this way)."""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import pytest
from PIL import Image

from claimgraph import api

CORPUS = Path(__file__).parent / "data" / "report_corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# as quiet as this machine needs: no background requests, no first-run work, a new profile
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                "(apt-get install -y chromium; .ci/run installs it)")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, Path]:
    kg = tmp_path_factory.mktemp("browser") / "kg"
    api.build(CORPUS, kg)
    return kg, Path(api.report(kg, corpus=CORPUS).out)


@pytest.fixture(scope="module")
def served(site):
    """The report on http://127.0.0.1:PORT/ (a free port), stopped after the tests."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site[1])))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield chromium
        chromium.close()


class _Watched:
    """A page whose console errors, uncaught exceptions and requests are recorded; a
    request for anything but 127.0.0.1 (or the page's own file://) is refused."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 860})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        url = urlsplit(route.request.url)
        if url.scheme in ("data", "file") or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, url: str) -> None:
        self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")


@pytest.fixture()
def watched(browser):
    w = _Watched(browser)
    yield w
    w.context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _save(page, name: str, shots: Path, capsys, element=None) -> Path:
    path = shots / name
    (element or page).screenshot(path=str(path))
    extra = os.environ.get("CLAIMGRAPH_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(extra) / name)
    with capsys.disabled():
        print(f"\nscreenshot: {path}")
    return path


def test_every_page_loads_without_an_error_or_a_request_elsewhere(site, served, watched):
    pages = sorted(p.relative_to(site[1]).as_posix() for p in site[1].rglob("*.html"))
    assert len(pages) == 17
    for name in pages:
        watched.open(served + name)
        assert watched.page.title().endswith("claimgraph"), name
    assert watched.errors == []
    assert watched.outside == []


def test_clicking_a_claim_shows_its_speaker(served, watched, shots, capsys):
    watched.open(served + "articles/a_chips.html")
    page = watched.page
    assert page.locator("#details .detail:not([hidden])").count() == 0
    for text, speaker, rule in (("美团的配送网络仍有很大改进空间", "业内人士", "attribution.unnamed_source.v1"),
                                ("英伟达的优势很明显", "刘建华", "attribution.pronoun.v1")):
        claim = page.locator(".claim", has_text=text)
        box = page.evaluate("""(el) => { const r = document.createRange(); const t = el.lastChild;
            r.setStart(t, t.length - 1); r.setEnd(t, t.length); const b = r.getBoundingClientRect();
            return {x: b.x + b.width / 2, y: b.y + b.height / 2}; }""", claim.element_handle())
        page.mouse.click(box["x"], box["y"])  # the claim's last character: plain text, not a mention's link
        shown = page.locator("#details .detail:not([hidden])")
        assert shown.count() == 1
        assert shown.locator(".speaker").inner_text() == speaker
        assert rule in shown.inner_text() and text in shown.inner_text()
    assert page.url.endswith("a_chips.html")  # no link was followed
    _save(page, "report-article.png", shots, capsys)
    assert watched.errors == [] and watched.outside == []


def test_the_network_draws_every_node_and_opens_a_page_on_click(site, served, watched, shots, capsys):
    watched.open(served + "network.html")
    page = watched.page
    page.wait_for_selector("#network[data-drawn]")
    expected = nx.read_graphml(site[0] / "entities.graphml").number_of_nodes()
    assert page.evaluate("window.claimgraphNetwork.graph.order") == expected
    page.wait_for_timeout(300)  # sigma draws on the next animation frame
    picture = Image.open(io.BytesIO(page.locator("#network").screenshot())).convert("RGB")
    colours = picture.getcolors(maxcolors=1 << 20)
    drawn = sum(n for n, rgb in colours if rgb != (255, 255, 255))
    assert drawn > 2000, f"only {drawn} pixels drawn"
    organization = (242, 142, 43)
    assert any(all(abs(a - b) <= 8 for a, b in zip(rgb, organization, strict=True)) for _, rgb in colours)
    _save(page, "report-network.png", shots, capsys)

    page.fill("#search", "NVIDIA")
    page.press("#search", "Enter")
    page.wait_for_timeout(600)
    assert page.evaluate("""() => { const r = window.claimgraphNetwork.renderer;
        return r.getNodeDisplayData('https://w3id.org/claimgraph/id/entity/nvidia').highlighted; }""")
    point = page.evaluate("""() => { const r = window.claimgraphNetwork.renderer;
        const d = r.getNodeDisplayData('https://w3id.org/claimgraph/id/entity/nvidia');
        const p = r.framedGraphToViewport(d); const box = document.getElementById('network').getBoundingClientRect();
        return {x: box.x + p.x, y: box.y + p.y}; }""")
    with page.expect_navigation():
        page.mouse.click(point["x"], point["y"])
    assert page.url.endswith("entities/nvidia.html")
    assert page.locator("h1").inner_text() == "英伟达"
    assert watched.errors == [] and watched.outside == []


def test_the_overview_and_the_network_open_from_disk(site, watched, shots, capsys):
    watched.open((site[1] / "index.html").as_uri())
    assert watched.page.locator("#articles tbody tr").count() == 2
    _save(watched.page, "report-index.png", shots, capsys)
    watched.open((site[1] / "network.html").as_uri())
    watched.page.wait_for_selector("#network[data-drawn]")
    assert watched.page.evaluate("window.claimgraphNetwork.graph.order") > 10
    assert watched.errors == [] and watched.outside == []
