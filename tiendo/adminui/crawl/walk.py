"""Walk the admin as one staff member: start at the dashboard, follow every same-origin
admin link, and list the English messages each screen shows untranslated.

Only GET requests, and no link that changes anything on a GET or leaves the admin
(delete, unpublish, log out...). Screens that differ only in an id or a query value
("/pages/3/edit/" and "/pages/4/edit/") are one screen, visited a few times at most,
which keeps the walk short on a small machine.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.test import Client

from tiendo.adminui.crawl.english import EnglishCatalogue, english_catalogue
from tiendo.adminui.crawl.visible_text import visible_strings

# Words in a path that mean the GET shows a step towards changing or leaving.
SKIPPED_WORDS = re.compile(
    r"/(delete|unpublish|logout|dang-xuat|revert|lock|unlock|restore|disable|cancel|"
    r"approve|reject|preview|serve|jsi18n|export|download|tai-xuong|xuat|bulk|copy)([-/_]|$)"
)
# Query values that ask for a file rather than a screen.
SKIPPED_QUERY = {"export"}
ID = re.compile(r"/\d+(?=/)")
VISITS_PER_SCREEN = 2


def screen_of(url: str) -> str:
    """The screen a URL shows: its path with ids replaced (a query sorts or filters the
    same screen)."""
    return ID.sub("/<id>", urlsplit(url).path)


@dataclass
class Screen:
    url: str
    status: int
    untranslated: list[str] = field(default_factory=list)
    messages: set[str] = field(default_factory=set)
    # Links that leave the closed network.
    outside_links: set[str] = field(default_factory=set)


@dataclass
class Walk:
    screens: dict[str, Screen] = field(default_factory=dict)

    @property
    def untranslated(self) -> dict[str, list[str]]:
        return {name: screen.untranslated for name, screen in self.screens.items()}

    @property
    def messages(self) -> set[str]:
        return set().union(*(screen.messages for screen in self.screens.values()))

    @property
    def outside_links(self) -> dict[str, set[str]]:
        return {
            name: found.outside_links for name, found in self.screens.items() if found.outside_links
        }

    @property
    def total(self) -> int:
        return sum(len(screen.untranslated) for screen in self.screens.values())

    def report(self, title: str) -> str:
        lines = [f"{title}: {len(self.screens)} screens, {self.total} untranslated strings"]
        for name, screen in sorted(self.screens.items()):
            lines.append(f"  {len(screen.untranslated):4d}  {name}  ({screen.status})")
            lines.extend(f"          {text!r}" for text in screen.untranslated)
            lines.extend(f"          leaves the network: {url}" for url in screen.outside_links)
        return "\n".join(lines)


def _followed(href: str, base: str, prefixes: tuple[str, ...]) -> str | None:
    url, _ = urldefrag(urljoin(base, href.strip()))
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    if not parts.path.startswith(prefixes) or SKIPPED_WORDS.search(parts.path):
        return None
    if any(name in SKIPPED_QUERY for name, _ in parse_qsl(parts.query)):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _html_of(response) -> str | None:
    kind = response.get("Content-Type", "")
    if kind.startswith("text/html"):
        return response.content.decode(response.charset or "utf-8")
    if kind.startswith("application/json"):
        # Choosers and other modals answer with their HTML inside JSON.
        html = json.loads(response.content).get("html")
        return html if isinstance(html, str) else None
    return None


def _links(html: str) -> Iterable[str]:
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all("a", href=True):
        yield str(element["href"])
    # The sidebar menu is drawn by a script from JSON: its items' "url"s are links too.
    sidebar = soup.find("script", id="wagtail-sidebar-props")
    if sidebar is not None:
        yield from _json_urls(json.loads(sidebar.string or "null"))


def _json_urls(value) -> Iterable[str]:
    if isinstance(value, list):
        for item in value:
            yield from _json_urls(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str):
                yield item
            else:
                yield from _json_urls(item)


def walk_admin(
    client: Client,
    start: str = "/quan-tri/",
    prefixes: tuple[str, ...] = ("/quan-tri/",),
    catalogue: EnglishCatalogue | None = None,
    limit: int = 600,
) -> Walk:
    catalogue = catalogue or english_catalogue()
    walk = Walk()
    visits: dict[str, int] = {}
    seen = {start}
    queue = deque([start])
    while queue and len(seen) <= limit:
        url = queue.popleft()
        screen = screen_of(url)
        if visits.get(screen, 0) >= VISITS_PER_SCREEN:
            continue
        visits[screen] = visits.get(screen, 0) + 1
        response = client.get(url)
        html = _html_of(response) if response.status_code == 200 else None
        found = walk.screens.setdefault(screen, Screen(url, response.status_code))
        if response.status_code in (301, 302) and response.get("Location"):
            redirect = _followed(response["Location"], url, prefixes)
            if redirect is not None and redirect not in seen:
                seen.add(redirect)
                queue.append(redirect)
        if html is None:
            continue
        for text in visible_strings(html):
            message = catalogue.message_for(text)
            if message is not None and text not in found.untranslated:
                found.untranslated.append(text)
                found.messages.add(message)
        for href in _links(html):
            if urlsplit(href).netloc not in ("", "testserver"):
                found.outside_links.add(href)
            target = _followed(href, url, prefixes)
            if target is not None and target not in seen:
                seen.add(target)
                queue.append(target)
    return walk
