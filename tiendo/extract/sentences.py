"""Sentence spans of a text: a full stop followed by a capital, a line break, ./. endings.

>>> text = "Thu đạt 1.790 tỷ đồng. Chi đạt 2,5 tỷ đồng.\\nHết"
>>> [text[s:e] for s, e in sentence_spans(text)]
['Thu đạt 1.790 tỷ đồng.', 'Chi đạt 2,5 tỷ đồng.', 'Hết']
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"[.!?…]+[\"”’)]*[ \t]+|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    for match in _BREAK.finditer(text):
        end = match.end()
        if match.group() != "\n":
            following = text[end] if end < length else ""
            opens = following.isupper() or following.isdigit() or following in "\"“'(-–•+"
            if following and not opens:
                continue
        stop = match.start() if match.group() == "\n" else match.end()
        if text[start:stop].strip():
            spans.append(_trim(text, start, stop))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, length))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
