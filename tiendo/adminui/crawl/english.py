"""The English messages of Wagtail's and Django's catalogues, read from the installed
packages' `locale/en` files, so that a screen can be checked for text left in English.

A message with placeholders ("%(total)s Pages created in %(site_name)s") becomes a
pattern in which each placeholder stands for any text; markup inside a message is
dropped, since the screen shows its text only.
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

# The packages whose English catalogues are checked: Wagtail and Django, and the tag
# field Wagtail's editor shows.
CATALOGUE_PACKAGES = ("wagtail", "django", "taggit")

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
NUMBER_PLACEHOLDER = re.compile(r"%(\(\w+\))?[di]")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-z]{2,}")


def normalise(text: str) -> str:
    return " ".join(text.split())


def _has_enough_words(text: str) -> bool:
    """A message worth looking for: at least one English word of three letters.
    "%(count)s" or "%s: %s" alone would match anything."""
    return any(len(word) >= 3 for word in WORD.findall(PLACEHOLDER.sub(" ", text)))


@dataclass
class EnglishCatalogue:
    exact: set[str] = field(default_factory=set)
    # (pattern, message) indexed by the longest word of the message's fixed text.
    patterns: dict[str, list[tuple[re.Pattern[str], str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # The catalogue entries (context, ids) each message comes from: what a translation
    # must name.
    origins: dict[str, set[tuple[str | None, tuple[str, ...]]]] = field(
        default_factory=lambda: defaultdict(set)
    )

    def add(self, message: str, origin: tuple[str | None, tuple[str, ...]] | None = None) -> None:
        text = normalise(TAG.sub(" ", message))
        if not _has_enough_words(text):
            return
        self.origins[text].add(origin or (None, (message,)))
        self.origins[text[:1].upper() + text[1:]].add(origin or (None, (message,)))
        if not PLACEHOLDER.search(text):
            self.exact.add(text)
            # Django shows field names and model names with a capital first letter.
            self.exact.add(text[:1].upper() + text[1:])
            return
        pieces = PLACEHOLDER.split(text)
        holes = [
            r"[\d.,]+" if NUMBER_PLACEHOLDER.fullmatch(hole) else ".+?"
            for hole in PLACEHOLDER.findall(text)
        ]
        body = "".join(
            re.escape(piece) + hole for piece, hole in zip(pieces, [*holes, ""], strict=True)
        )
        pattern = re.compile(body, re.DOTALL)
        key = max(WORD.findall(" ".join(pieces)), key=len)
        self.patterns[key].append((pattern, text))

    def message_for(self, text: str) -> str | None:
        """The English message `text` shows unchanged, or None."""
        if text in self.exact or text in self.origins:
            # Shown as written, placeholders and all: scripts fill them in later.
            return text
        for word in set(WORD.findall(text)):
            for pattern, message in self.patterns.get(word, ()):
                if pattern.fullmatch(text):
                    return message
        return None

    def __len__(self) -> int:
        return len(self.exact) + sum(len(found) for found in self.patterns.values())


def catalogue_files(packages: tuple[str, ...] = CATALOGUE_PACKAGES) -> list[Path]:
    files: list[Path] = []
    for package in packages:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        root = Path(spec.origin).parent
        files.extend(sorted(root.glob("**/locale/en/LC_MESSAGES/*.po")))
    return files


@cache
def english_catalogue() -> EnglishCatalogue:
    catalogue = EnglishCatalogue()
    for path in catalogue_files():
        with path.open("rb") as handle:
            for message in read_po(handle):
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                for text in ids:
                    if text:
                        catalogue.add(text, (message.context, ids))
    return catalogue
