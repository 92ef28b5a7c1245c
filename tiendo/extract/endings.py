r"""Searches for patterns that only match at the end of a text ("(?:ngày|tháng)\s*$").

A search from the start of the text tries such a pattern at every position, though a
match can only start a few characters before the text's last word: the search is
started there instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def ending_pattern(
    words: Sequence[str], opening: str = "", opening_width: int = 0
) -> tuple[re.Pattern[str], int]:
    r"""The pattern `opening(word|word|...)\s*$` and its reach for search_ending: the
    longest word, after the `opening_width` characters `opening` matches at most."""
    pattern = re.compile(rf"{opening}({'|'.join(words)})\s*$")
    return pattern, opening_width + max(len(word) for word in words)


def search_ending(pattern: re.Pattern[str], text: str, reach: int) -> re.Match[str] | None:
    r"""`pattern.search(text)`, the same match, for a pattern each match of which is at
    most `reach` characters long but for the "\s*$" it ends with. A match's own last
    character is no blank, so it ends where the text's blanks at the end begin (str.rstrip
    strips what "\s" matches), and none starts more than `reach` characters before."""
    return pattern.search(text, max(0, len(text.rstrip()) - reach))
