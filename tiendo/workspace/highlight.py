"""Cut a text into plain, clause and number segments so that a template can show
each figure's words highlighted, escaping every piece as usual: no HTML is built
here, so nothing needs to be marked safe.

>>> cut = segments("Thu đạt 12 tỷ.", [Span(0, 8, 10, 0, 13)])
>>> [(s.text, s.figure, s.tag) for s in cut]
[('Thu đạt ', None, ''), ('12', 0, ''), ('', None, '1'), (' tỷ', None, ''), ('.', None, '')]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    figure: int
    start: int
    end: int
    clause_start: int
    clause_end: int


@dataclass(frozen=True)
class Segment:
    text: str
    in_clause: bool
    # The figure whose number these characters are, if any.
    figure: int | None = None
    # Set on the empty marker placed right after a figure's number: "1", "2", ...
    tag: str = ""


def segments(text: str, spans: Sequence[Span]) -> list[Segment]:
    size = len(text)

    def clamp(value: int) -> int:
        return max(0, min(size, value))

    cuts = {0, size}
    for span in spans:
        cuts.update(clamp(v) for v in (span.start, span.end, span.clause_start, span.clause_end))
    ordered = sorted(cuts)
    ends_at: dict[int, list[int]] = {}
    for span in spans:
        if span.end > span.start:
            ends_at.setdefault(clamp(span.end), []).append(span.figure)
    out: list[Segment] = []
    for a, b in itertools.pairwise(ordered):
        in_clause = any(s.clause_start <= a and b <= s.clause_end for s in spans)
        owner = next((s.figure for s in spans if s.start <= a and b <= s.end), None)
        out.append(Segment(text[a:b], in_clause, owner))
        for figure in ends_at.get(b, []):
            out.append(Segment("", in_clause, None, tag=str(figure + 1)))
    return out


def page_segments(text: str, spans: Sequence[Span], start: int, end: int) -> list[Segment]:
    """The segments of `text[start:end]` (one page of a scan), figures numbered as in
    the whole text.

    >>> cut = page_segments("ab\\nThu 12 tỷ", [Span(0, 7, 9, 3, 12)], 3, 12)
    >>> [(s.text, s.figure) for s in cut if s.text]
    [('Thu ', None), ('12', 0), (' tỷ', None)]
    """
    shifted = [
        Span(s.figure, s.start - start, s.end - start, s.clause_start - start, s.clause_end - start)
        for s in spans
        if start <= s.start < end
    ]
    return segments(text[start:end], shifted)
