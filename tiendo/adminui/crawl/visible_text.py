"""The text a staff member sees on an admin screen, as a list of strings.

Included: every text node and the whole text of each small element (a message such as
"5 Pages created in …" spans several nodes), the attributes a browser shows or reads
aloud (title, placeholder, alt, aria-label, the values of input buttons, tooltips), the contents of
<template> (shown when a button adds a form), and the labels in Wagtail's JSON data
(the sidebar menu and the bulk-action strings are drawn from it by scripts).
Scripts' code and styles are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from tiendo.adminui.crawl.english import normalise

SHOWN_ATTRIBUTES = ("title", "placeholder", "alt", "aria-label", "aria-description")
BUTTON_INPUT_TYPES = {"submit", "button", "reset"}
# The JSON blocks whose strings the admin's scripts put on the screen.
JSON_DATA_IDS = {"wagtail-sidebar-props", "wagtail-config"}
JSON_SKIPPED_KEYS = {"_type", "url", "name", "icon_name", "classname", "CSRF_TOKEN"}
# An element's whole text is looked at when it is short: longer ones are containers
# whose pieces are looked at one by one.
WHOLE_TEXT_LIMIT = 300


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in JSON_SKIPPED_KEYS:
                yield from _json_strings(item)


def _attribute_strings(element: Tag) -> Iterator[str]:
    for name in SHOWN_ATTRIBUTES:
        if element.has_attr(name):
            yield str(element[name])
    for name, value in element.attrs.items():
        # Stimulus controllers' text: data-w-tooltip-content-value and the like.
        if name.startswith("data-") and name.endswith(("-content-value", "-label-value")):
            yield str(value)
    if element.name == "input" and str(element.get("type", "")).lower() in BUTTON_INPUT_TYPES:
        yield str(element.get("value", ""))


def visible_strings(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found: list[str] = []
    for script in soup.find_all("script"):
        if script.get("id") in JSON_DATA_IDS:
            found.extend(_json_strings(json.loads(script.string or "null")))
        script.decompose()
    for style in soup.find_all("style"):
        style.decompose()
    for hidden in soup.find_all(attrs={"hidden": True}):
        # Wagtail's empty counters read "None" (a Python value, not a message): scripts
        # put the number in before showing them.
        if hidden.get_text().strip() == "None":
            hidden.decompose()
    for node in soup.descendants:
        if isinstance(node, PreformattedString):  # comments, doctype
            continue
        if isinstance(node, NavigableString):
            found.append(str(node))
        elif isinstance(node, Tag):
            found.extend(_attribute_strings(node))
            whole = node.get_text(" ")
            if len(whole) <= WHOLE_TEXT_LIMIT:
                found.append(whole)
    texts = (normalise(text) for text in found)
    return list(dict.fromkeys(text for text in texts if text))
