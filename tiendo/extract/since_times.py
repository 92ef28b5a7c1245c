"""The year a "since" clause tells of dates an earlier event, not the figures reported.

"GRDP 6 tháng đầu năm 2019 giảm 4,29%, lần đầu tăng trưởng âm kể từ khi Samsung đi vào
hoạt động năm 2010; trong đó khu vực dịch vụ tăng 5,85%": 2010 is when the plant opened,
the point a record is reckoned from; the sectors, and the sentences after, are of the six
months of 2019. So "Xã đã về đích nông thôn mới từ năm 2015 và nay đạt 6/6 tiêu chí": the
year the commune first met the standard, a point in its past, not the time of what it
has now. A time inside a clause opened by "kể từ khi", "từ khi", "kể từ lúc", "từ lúc"
that states no number of its own, and a year "từ năm X" with no end ("đến", "tới", "-")
said after the start of its clause, are marked as no figure's period. A sentence that
opens with "Từ năm 2017, ..." may set its time, and is left as it is; so is a clause with
a number of its own ("kể từ khi nhà máy đạt 1.000 tỷ đồng năm 2015").

>>> from tiendo.extract.period_cues import find_periods
>>> text = "giảm 4,29%, thấp nhất kể từ khi nhà máy đi vào hoạt động năm 2010; dịch vụ tăng 5%"
>>> [m.basis for m in find_periods(text)]
[True]
>>> [m.basis for m in find_periods("xã đã về đích từ năm 2015 và nay đạt 6/6 tiêu chí")]
[True]
>>> [m.basis for m in find_periods("từ năm 2017, tỉnh tự cân đối ngân sách")]
[False]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tiendo.extract.event_clauses import times_in_clause

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention

# "kể từ khi", "từ khi", "kể từ lúc": a clause of its own follows, up to its end.
_SINCE_CLAUSE: Final = re.compile(r"(?:(?<=\s)|^)(?:kể\s+)?từ\s+(?:khi|lúc)\b")
_CLAUSE_END: Final = re.compile(r"[;:.()]|,(?!\d)")
# "từ năm 2015" with no end of a span after it.
_SINCE_YEAR: Final = re.compile(r"(?:(?<=\s)|^)từ\s+$")
_SPAN_END: Final = re.compile(r"\s*(?:đến|tới|-|–|trở\s+(?:đi|lại)|nay)\b|\s*[-–]")
_CLAUSE_START: Final = re.compile(r"(?:^|[,;:.(])\s*$")
_DIGIT: Final = re.compile(r"(?<![\w-])\d")


def since_times(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with the times of a "since"
    clause (see the module's text) marked as no figure's period."""
    if "từ" not in text:
        return mentions  # most sentences name no starting point
    kept = list(mentions)
    for cue in _SINCE_CLAUSE.finditer(text):
        stop = _CLAUSE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        inside, words = times_in_clause(text, kept, offset, cue.end(), end)
        if _DIGIT.search(words):
            continue  # a number of the clause's own: its time is left to the rules of figures
        for index in inside:
            kept[index] = replace(kept[index], basis=True)
    for index, mention in enumerate(kept):
        start = mention.start - offset
        if mention.basis or mention.year is None or not text.startswith("năm", start):
            continue
        before = text[max(0, start - 30) : start]
        if not _SINCE_YEAR.search(before) or _SPAN_END.match(text, mention.end - offset):
            continue
        if _CLAUSE_START.search(before[: before.rstrip().rfind("từ")]):
            continue  # "Từ năm 2017, tỉnh ...": the clause opens with its time
        kept[index] = replace(mention, basis=True)
    return kept
