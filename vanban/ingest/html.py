"""Saved web pages: the article's text, not the site's menus, sidebars and footers.

A readability-style heuristic on BeautifulSoup + lxml: drop what is never content (scripts,
styles, forms, navigation, header/footer/aside, elements whose class or id says menu, footer,
sidebar, share, comment, related…), then pick the container whose paragraphs hold the most
text that is not link text, and read its paragraphs, headings, list items and table rows in
order. Pages with no clear container fall back to all remaining paragraphs.
"""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from vanban.ingest.encoding import decode_text
from vanban.ingest.legacy_fonts import convert_blocks
from vanban.ingest.options import ExtractOptions
from vanban.ingest.syllables import syllable_share
from vanban.models import PageText

_NEVER_CONTENT = ["script", "style", "noscript", "iframe", "form", "nav", "header", "footer",
                  "aside", "button", "select", "svg", "template", "object", "embed"]  # fmt: skip
_BOILERPLATE = re.compile(
    r"(?i)menu|nav|footer|sidebar|side-bar|breadcrumb|comment|share|social|related|banner|"
    r"advert|\bads?\b|cookie|popup|modal|widget|toolbar|pagination|tags?\b|subscribe|login|search"
)
_BLOCKS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dt", "dd"]
_CONTAINERS = ["article", "main", "section", "div", "td", "body"]
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _decode(data: bytes) -> tuple[str, str]:
    """Decode by the page's declared charset when it works, else like a text file."""
    match = _CHARSET.search(data[:4096])
    if match:
        charset = match.group(1).decode("ascii").lower()
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def _strip_boilerplate(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(_NEVER_CONTENT):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body", "main", "article"):
            continue
        marks = " ".join([*(tag.get("class") or []), tag.get("id") or "", tag.get("role") or ""])
        if marks.strip() and _BOILERPLATE.search(marks):
            tag.decompose()


def _block_text(tag: Tag) -> str:
    if tag.name == "tr":
        cells = [c.get_text(" ", strip=True) for c in tag.find_all(["td", "th"], recursive=False)]
        return "\t".join(c for c in cells if c)
    return tag.get_text(" ", strip=True)


def _score(container: Tag) -> float:
    """Text in the container's own paragraphs, less link text (menus are mostly links)."""
    score = 0.0
    for p in container.find_all("p", recursive=True):
        text = len(p.get_text(strip=True))
        links = sum(len(a.get_text(strip=True)) for a in p.find_all("a"))
        score += text - 2 * links
    return score


def _main_container(soup: BeautifulSoup) -> Tag:
    body = soup.body or soup
    best, best_score = body, _score(body) * 0.7  # prefer a tighter container when close
    for tag in body.find_all(_CONTAINERS):
        score = _score(tag)
        if score > best_score or (score == best_score and tag in best.descendants):
            best, best_score = tag, score
    return best


def _blocks(container: Tag) -> list[str]:
    lines: list[str] = []
    for tag in container.find_all(_BLOCKS):
        if tag.find_parent(_BLOCKS) is not None and tag.name != "tr":
            continue  # nested block: its parent already holds its text
        text = _block_text(tag)
        if text:
            lines.append(text)
    if not lines:
        lines = [line.strip() for line in container.get_text("\n").splitlines() if line.strip()]
    return lines


def html_main_text(html: str) -> str:
    """The main text of an HTML page: one line per paragraph, heading, list item or table row."""
    soup = BeautifulSoup(html, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _strip_boilerplate(soup)
    container = _main_container(soup)
    lines = _blocks(container)
    if title and container.find(["h1", "h2"]) is None:
        lines.insert(0, title)  # the article's heading lives only in <title>
    return "\n".join(lines)


def read_html(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read a saved web page (any supported encoding) as one page of main text."""
    started = time.perf_counter()
    html, encoding = _decode(path.read_bytes())
    text, legacy = convert_blocks(unicodedata.normalize("NFC", html_main_text(html)))
    text = unicodedata.normalize("NFC", text)
    if legacy:
        encoding = "+".join([encoding, *legacy])
    return [
        PageText(
            number=1,
            text=text,
            method="converted",
            engine="beautifulsoup4+lxml",
            engine_version=_bs4_version(),
            encoding=encoding,
            quality=round(syllable_share(text), 4),
            seconds=round(time.perf_counter() - started, 4),
        )
    ]


def _bs4_version() -> str:
    import bs4

    return str(bs4.__version__)
