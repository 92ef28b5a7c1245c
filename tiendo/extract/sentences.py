"""Sentence spans of a text: a full stop followed by a capital, a line break, ./. endings.

>>> text = "Thu đạt 1.790 tỷ đồng. Chi đạt 2,5 tỷ đồng.\\nHết"
>>> [text[s:e] for s, e in sentence_spans(text)]
['Thu đạt 1.790 tỷ đồng.', 'Chi đạt 2,5 tỷ đồng.', 'Hết']
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.abbreviations import ends_abbreviation
from tiendo.extract.char_scans import after_blanks

# Stops then closing quotes then blanks, or a line break (what _break_end reads).
_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*[\"”’)]*[ \t]+)")
# The characters a break opens with, and those that may follow a stop in one ("1.790"
# has a digit after its full stop: no break, and no call to the pattern).
_BREAK_OPENINGS: Final = ".\n!?…"
_AFTER_STOP: Final = frozenset('.!?…"”’) \t')


def _break_end(text: str, index: int) -> int:
    """Where a match of _BREAK at `index` (a line break or a stop) ends, or -1 for none:
    read code point by code point, where the pattern cost a call into the engine at
    every candidate. The three sets the match runs through share no character, so each
    is taken whole and nothing is given back."""
    if ord(text[index]) == 0x0A:  # "\n"
        return index + 1
    length = len(text)
    at = index + 1
    while at < length and ord(text[at]) in (0x2E, 0x21, 0x3F, 0x2026):  # . ! ? …
        at += 1
    while at < length and ord(text[at]) in (0x22, 0x201D, 0x2019, 0x29):  # " ” ’ )
        at += 1
    end = after_blanks(text, at, length)
    return end if end > at else -1


def _breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of _BREAK in `text`, as its finditer gives them. The
    engine scans for the set of opening characters one character at a time; str.find
    looks for one character far faster, so each opening is found on its own, and a break
    is read (_break_end) only where one stands (and, after a stop, only where what follows
    could go on with it). Tried in order, a candidate inside an earlier break is passed
    over, as finditer does."""
    candidates: list[int] = []
    last = len(text) - 1
    for opening in _BREAK_OPENINGS:
        index = text.find(opening)
        while index >= 0:
            if opening == "\n" or (index < last and text[index + 1] in _AFTER_STOP):
                candidates.append(index)
            index = text.find(opening, index + 1)
    candidates.sort()
    found: list[tuple[int, int]] = []
    done = 0
    for index in candidates:
        if index < done:
            continue
        end = _break_end(text, index)
        if end >= 0:
            done = end
            found.append((index, done))
    return found


# Real sentences are far shorter; longer runs (lists without full stops, garbage)
# are cut so that the work per sentence stays bounded.
MAX_SENTENCE: Final = 1500


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    for break_start, end in _breaks(text):
        newline = text[end - 1] == "\n"  # every other break ends with a blank
        if not newline:
            following = text[end] if end < length else ""
            opens = following.isupper() or following.isdigit() or following in "\"“'(-–•+"
            if following and not opens:
                continue
            if text[break_start] == "." and ends_abbreviation(text, break_start):
                continue  # "TP. Hồ Chí Minh"
        stop = break_start if newline else end
        first, last = _trim(text, start, stop)
        if last - first > MAX_SENTENCE:
            spans.extend(_bounded(text, first, last))
        elif first < last:  # not blank; no copy of the sentence is needed to tell
            spans.append((first, last))
        start = end
    first, last = _trim(text, start, length)
    if first < last:
        spans.extend(_bounded(text, first, last))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an overlong span at a semicolon, comma or space near the limit."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window_start, cut = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        window = text[window_start:cut]
        best = max(window.rfind("; "), window.rfind(", "))
        if best < 0:
            best = max(window.rfind(" "), window.rfind("\t"))
        if best >= 0:
            cut = window_start + best + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # most spans: a break's blanks are already behind the start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
