"""The times a clause names, and its words besides them.

A clause that tells of an event ("do nắng hạn trong tháng 5", "kể từ khi nhà máy đi vào
hoạt động năm 2010") dates that event only when it states no number of its own: both
cause_times and since_times look for one in the clause's words with its times cut out.

>>> from tiendo.extract.period_cues import find_periods
>>> from tiendo.extract.event_clauses import times_in_clause
>>> text = "do nắng hạn trong tháng 5, năng suất lúa đạt 48,6 tạ/ha"
>>> times_in_clause(text, find_periods(text), 0, 3, text.index(","))
([0], 'nắng hạn trong ')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention


def times_in_clause(
    text: str, mentions: list[PeriodMention], offset: int, start: int, end: int
) -> tuple[list[int], str]:
    """The indices of `mentions` (moved by `offset`) that lie within `text[start:end]`,
    and that stretch of `text` with those times cut out."""
    inside = [
        index
        for index, mention in enumerate(mentions)
        if start <= mention.start - offset and mention.end - offset <= end
    ]
    words = text[start:end]
    for index in reversed(inside):
        first = mentions[index].start - offset - start
        words = words[:first] + words[mentions[index].end - offset - start :]
    return inside, words
