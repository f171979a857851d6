"""The interactive HTML view, opened in headless Chromium (Debian's `chromium` package)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

from vanban.graph import build_graph, export_graph

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium's own background services (updates, time, accounts) show up in its net log even with
# --disable-background-networking; they are not requests of the page.
BROWSER_HOSTS = ("google.com", "googleapis.com", "gstatic.com", "gvt1.com", "chromium.org")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"),
]


def chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={profile}", '--host-resolver-rules=MAP * ~NOTFOUND',
         "--window-size=1400,900", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )


@pytest.fixture(scope="module")
def page(gold_docs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "graph.html"
    export_graph(build_graph(gold_docs), out, "html")
    return out


def test_the_page_shows_every_node(page, tmp_path, gold_docs):
    dom = chromium(tmp_path, page, "--dump-dom").stdout
    assert 'data-ready="1"' in dom  # the script ran to the end
    shown = set(re.findall(r'<g class="node [a-z]+" data-id="([^"]+)"', dom))
    assert shown == set(build_graph(gold_docs).nodes)
    assert "25-NQ/TW@XI" in shown and "004_a04175e9659d6ff2" in shown


def test_the_page_makes_no_network_request(page, tmp_path):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import|fetch\(|XMLHttpRequest", html)
    log = tmp_path / "net.json"
    dom = chromium(tmp_path, page, "--dump-dom", f"--log-net-log={log}").stdout
    assert 'data-resources="0"' in dom  # the page's own resource timing: nothing fetched
    urls = set(re.findall(r'"url":"([^"]+)"', log.read_text(encoding="utf-8")))
    page_urls = {u for u in urls if not (urlparse(u).hostname or "").endswith(BROWSER_HOSTS)}
    assert {u for u in page_urls if not u.startswith(("file:", "data:"))} == set()


def test_a_lineage_page_screenshot_is_drawn(gold_docs, tmp_path):
    out = tmp_path / "lineage.html"
    export_graph(build_graph(gold_docs), out, "html", ref="25-NQ/TW")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', out.read_text(encoding="utf-8"),
                                re.S).group(1))
    assert {n["label"] for n in data["nodes"]} >= {"25-NQ/TW", "665-CT/ĐU", "07-CT/TU"}
    shot = tmp_path / "shot.png"
    chromium(tmp_path, out, f"--screenshot={shot}")
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 24) or []
    coloured = sum(n for n, (r, g, b) in colours if abs(r - g) > 60 or abs(g - b) > 60)
    assert coloured > 500  # the coloured nodes are on screen, not a blank page
