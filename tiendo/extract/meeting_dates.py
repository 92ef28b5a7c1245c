"""When a meeting met: the date that dates what it passed, issued or elected.

A meeting's acts (meeting_acts: "thông qua 13 nghị quyết", "bầu Ban Chấp hành gồm 14 đồng
chí") happen at the meeting, whatever year its targets are for or its report looks back
on. The passage names the meeting once ("Sáng 17/12/2020, HĐND huyện tổ chức Kỳ họp thứ
18", "Cuối năm 2012, HĐND nhiều địa phương họp ..."); that sentence's day dates the acts,
or, with no day, the year named before the meeting's noun.

>>> meeting_period("sáng 17/12/2020, hđnd huyện tổ chức kỳ họp thứ 18. năm 2021, ...", 60)
Period(year=2020, from_month=12, to_month=12)
>>> meeting_period("cuối năm 2012, hđnd tỉnh họp kỳ cuối năm", 40)
Period(year=2012, from_month=None, to_month=None)
>>> meeting_period("kỳ họp thứ 5 thông qua chỉ tiêu năm 2026", 40) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.periods import Period

# The noun or verb of a meeting.
_MEETING: Final = re.compile(r"\b(?:họp|đại hội|hội nghị)\b")
# A day with its month and year: the last day of a span ("26 - 27/12/2022", "14 và
# 15/1/2020", "từ ngày 5 đến 7/8/2020") is the day the meeting closed and acted.
_DAY: Final = re.compile(r"(?<![\d/.,])\d{1,2}\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\b")
_YEAR: Final = re.compile(r"\bnăm (\d{4})\b")
_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)")


def meeting_period(low: str, end: int) -> Period | None:
    """The date of the first meeting that lower-case `low` names before `end`, when the
    sentence naming it gives a day, or a year before the meeting's noun."""
    meeting = _MEETING.search(low, 0, end)
    if meeting is None:
        return None
    start = 0
    for stop in _SENTENCE_END.finditer(low, 0, meeting.start()):
        start = stop.end()
    following = _SENTENCE_END.search(low, meeting.end())
    finish = following.start() if following else len(low)
    day = _DAY.search(low, start, finish)
    if day is not None and 1 <= int(day.group(1)) <= 12:
        month = int(day.group(1))
        return Period(int(day.group(2)), month, month)
    year = _YEAR.search(low, start, meeting.start())
    return Period(int(year.group(1))) if year else None
