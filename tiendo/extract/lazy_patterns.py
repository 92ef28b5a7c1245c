"""Patterns compiled on first use, not when their module is imported.

`re.compile` runs Python code (the sre parser and compiler): the extractor's ~750
module-level patterns are most of its start-up. Many cues are tried only when the words
that open them are present, so on a typical input most of their patterns are never used;
those are written `lazy_pattern(...)` and compiled, once, the first time they are used.
The methods take and return what the same methods of `re.Pattern` do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_END = sys.maxsize  # re.Pattern's own default for endpos


class LazyPattern:
    """An `re.Pattern[str]` compiled the first time one of its methods is called."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        pattern = self._compiled
        if pattern is None:
            pattern = self._compiled = re.compile(self.source, self.flags)
        return pattern

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled().split(string, maxsplit)


def lazy_pattern(source: str, flags: int = 0) -> LazyPattern:
    """`re.compile(source, flags)`, done when the pattern is first used."""
    return LazyPattern(source, flags)
