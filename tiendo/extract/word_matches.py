"""Matches of a pattern every match of which opens with one of a few plain words.

A pattern that opens with one of several words ("(?:trong|cả|riêng)\\s+...") has no
plain text for the engine to skip to: a search tries it at each position that opens
with one of the words' first letters, which in Vietnamese ("t", "h", "đ") are most.
Its matches open where one of the words stands, so it is tried there only.

>>> import re
>>> pattern = re.compile(r"(?:trong|cả)\\s+(năm|tháng)")
>>> [m.group() for m in matches_at_words(pattern, "cả năm, trong tháng 5", ("trong", "cả"))]
['cả năm', 'trong tháng']
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def matches_at_words(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...]
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, the same matches, for a pattern that never matches
    the empty text and every match of which opens with one of `words`.

    The pattern is tried (`match`) at each place one of the words stands, in order, after
    the last match's end. What it looks at behind a place (a word boundary, a
    look-behind) is the text's own, as in a search. A list, not a generator: a generator
    costs more to make than the searches for the words."""
    found: list[re.Match[str]] = []
    # Where each word next stands at or after `position` (-1: nowhere), found again only
    # once `position` has passed it.
    places = [text.find(word) for word in words]
    position = 0
    while True:
        start = -1
        for index, place in enumerate(places):
            if 0 <= place < position:
                place = places[index] = text.find(words[index], position)
            if place >= 0 and (start < 0 or place < start):
                start = place
        if start < 0:
            return found
        match = pattern.match(text, start)
        if match is None:
            position = start + 1
        else:
            found.append(match)
            position = match.end()


def matches_near_words(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...], lead: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the same matches, for a pattern that opens with an optional
    count (so a search tries it at every position) and every match of which holds one of
    `words` after at most `lead` characters and the blanks before it: the search starts
    there, from the next of the words, and stops once none is left.

    >>> pattern = re.compile(r"(?:\\d+\\s+)?tháng")
    >>> [m.group() for m in matches_near_words(pattern, "6 tháng, quý II, 9 tháng", ("tháng",), 3)]
    ['6 tháng', '9 tháng']
    """
    position = 0
    while True:
        word = -1
        for each in words:
            at = text.find(each, position)
            if at >= 0 and (word < 0 or at < word):
                word = at
        if word < 0:
            return
        earliest = word
        while earliest > position and text[earliest - 1].isspace():
            earliest -= 1
        match = pattern.search(text, max(position, earliest - lead))
        if match is None:
            return
        yield match
        position = match.end()
