"""A span of a few days names the month it falls in: "Từ ngày 3 đến 8/9/2013, các đảng bộ
... tổ chức trao tặng Huy hiệu Đảng", "Dịp nghỉ lễ 30/4 - 1/5/2024, Tuyên Quang đón trên
154.000 lượt khách".

What is counted over those days (the badges handed out, the visitors of the holiday)
happened in that month, or in the two months a span across a month's end touches; readers
give the figure those months, from the first of a month too ("từ ngày 1 đến 3/5/2024").
A span of whole dates ("từ 1/1/2023 đến 30/6/2023") is dates_span's (below), and a
single date names when something happened, not a period: neither is read here. Nor are
the days of a meeting ("Đại hội ... từ ngày 5 đến 7/8/2020", "kỳ họp ... ngày 26 -
27/12/2022"): the report heard there speaks of the year or the term before it, not of
those days.

>>> [tuple(s) for s in day_spans("từ ngày 3 đến 8/9/2013, các")]
[(0, 22, 2013, 9, 9)]
>>> [(s.year, s.from_month, s.to_month) for s in day_spans("dịp nghỉ lễ 30/4 - 1/5/2024, tỉnh")]
[(2024, 4, 5)]
>>> [(s.from_month, s.to_month) for s in day_spans("từ ngày 1 đến 3/5/2024, tỉnh đón")]
[(5, 5)]
>>> day_spans("từ ngày 5 đến 7/8/2020, đảng bộ huyện tổ chức đại hội")
[]

A span that leaves its year out ("từ ngày 4 đến 6/8, mưa lớn ...") names its months alone;
the year is the passage's.

>>> [(s.year, s.from_month, s.to_month) for s in day_spans("từ ngày 4 đến 6/8, mưa lớn làm")]
[(None, 8, 8)]
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

# "từ ngày 3 đến 8/9/2013", "30/4 - 1/5/2024", "ngày 26 - 27/12/2022": the first day (and
# its month when it differs), then the last day, its month and year.
# Two days joined by "và" ("ngày 21 và 22/1/2023": a holiday's two days) are read alike.
_SPAN: Final = re.compile(
    r"(?<![\d/])(?:từ\s+)?(?:ngày\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?\s*(?:đến|tới|-|–|và)\s*"
    r"(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
)
# What every match of _SPAN holds: the word or dash before the last day, then that day, its
# month and its year. A search for it skips most positions on its first character (the
# span's own pattern, opening with a look-behind and optional words, is tried at each).
_LAST_DAY: Final = re.compile(r"(?:đến|tới|-|–|và)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}")
# Meetings, whose days are when figures were reported, not the time they cover.
_MEETING: Final = re.compile(r"\b(?:đại hội|kỳ họp|kì họp|hội nghị|phiên họp|cuộc họp|họp)\b")

# "từ ngày 16/12/2014 đến 15/8/2015": a span of whole dates, read by dates_span; the first
# date may leave its year to the last ("từ ngày 1/7 đến ngày 19/8/2025": July to August).
DATES_SPAN: Final = re.compile(
    r"từ(?<=\btừ)\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*"
    r"(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
)


class DaySpan(NamedTuple):
    start: int
    end: int
    year: int | None
    from_month: int
    to_month: int


def day_spans(text: str) -> list[DaySpan]:
    """The spans of a few days in the lower-case sentence `text`, with their months."""
    found: list[DaySpan] = []
    if _LAST_DAY.search(text) is None:
        return found  # the cheap test first: no last day of a span
    matches = list(_SPAN.finditer(text))
    if not matches or _MEETING.search(text):
        return found  # none, or a sentence of a meeting: its days are when it was held
    for match in matches:
        first_day, last_day, last_month = (int(match.group(i)) for i in (1, 3, 4))
        first_month = int(match.group(2)) if match.group(2) else last_month
        if not (1 <= first_month <= 12 and 1 <= last_month <= 12 and 1 <= first_day <= 31):
            continue
        if first_month == last_month:
            if first_day >= last_day:
                continue  # no span of days
        elif first_month != last_month - 1 or first_day < last_day:
            continue  # more than a few days: a span of months, read elsewhere
        year = int(match.group(5)) if match.group(5) else None
        found.append(DaySpan(match.start(), match.end(), year, first_month, last_month))
    return found


def dates_span(
    first_day: int, first_month: int, first_year: int, last_month: int, last_year: int
) -> tuple[int, int, int] | None:
    """The months a span of days covers: from the first of a month ("từ 1/1/2023 đến
    30/6/2023": January to June), or a year reckoned from mid-December before it, as
    traffic safety and some sector reports count ("từ 16/12/2014 đến 15/8/2015": the
    eight months of 2015). Other spans name no months of a year. A first year of 0 is
    one the text left out: the last date's, or the year before it for a December."""
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12):
        return None
    if not first_year:
        first_year = last_year - 1 if first_month > last_month else last_year
    if first_year == last_year and first_day == 1 and first_month <= last_month:
        return last_year, first_month, last_month
    if first_year == last_year - 1 and first_month == 12 and first_day >= 15:
        return last_year, 1, last_month
    return None


# The hour before a date ("tính đến 8 giờ sáng 14/9/2024", "đến 17h ngày 27/6"): a time of
# that day, which leaves the date what it is.
CLOCK: Final = (
    r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?)?"
)

# A calendar date dates an event, not a figure's period: found to keep it out of names
# (period_cues). A time of day stands for "ngày" before a date ("Chiều 26-5-2016, Ủy ban
# Bầu cử ..."): the passage is of the date's year as well, and so is it of the year of a
# meeting's days ("Trong hai ngày 27 và 28-7-2016, Hội ... tổ chức Đại hội").
EVENT_DATE: Final = re.compile(
    r"(?:ngày(?<=\bngày)|sáng(?<=\bsáng)|chiều(?<=\bchiều)|trưa(?<=\btrưa)|tối(?<=\btối)"
    r"|đêm(?<=\bđêm))\s+(?:\d{1,2}\s*(?:và|-|–)\s*)?\d{1,2}\s*[/-]\s*\d{1,2}"
    r"(?!\d)(?:\s*[/-]\s*(\d{4}))?|"
    + "|".join(
        rf"{words}(?<=\b{words})\s+\d{{4}}\s*[-–]\s*\d{{4}}"
        for words in ("năm học", "niên vụ", "giai đoạn", "nhiệm kỳ", "niên khóa", "niên khoá")
    )
)
# The words EVENT_DATE's matches open with (word_matches.matches_at_words)
DATE_WORDS: Final = (
    "ngày", "sáng", "chiều", "trưa", "tối", "đêm", "năm học", "niên", "giai đoạn", "nhiệm kỳ"
)  # fmt: skip

# "Sau gần 2 tháng vận hành", "qua 3 tháng triển khai", "qua hai tháng cao điểm": how long
# something has run, not the first months of a year ("Sau 10 tháng năm 2025" still is).
_SPENT_BEFORE: Final = re.compile(r"(?:sau|qua)\s+(?:(?:gần|hơn|khoảng|chưa đầy|trên)\s+)?$")
_SPENT_AFTER: Final = re.compile(
    r"\s+(?:vận hành|triển khai|thực hiện|hoạt động|đi vào|cao điểm|ra quân|thí điểm|áp dụng|"
    r"sáp nhập|sắp xếp|thành lập|ra mắt)\b"
)


# A class of length, no time: "đào tạo sơ cấp và dưới 3 tháng", "lao động qua đào tạo từ 3
# tháng trở lên".
_UNDER_BEFORE: Final = re.compile(r"(?:^|\s)dưới\s+$")
_FROM_BEFORE: Final = re.compile(r"(?:^|\s)từ\s+$")
_UP_AFTER: Final = re.compile(r"\s+trở lên\b")


def spent_months(text: str, start: int, end: int) -> bool:
    """Whether the count of months at `start`..`end` of the lower-case `text` (its count
    first) is how long something ran: after "sau" or "qua", before the act that ran; or a
    class of length ("dưới 3 tháng", "từ 3 tháng trở lên"), which dates nothing."""
    before = max(0, start - 20)
    if _UNDER_BEFORE.search(text, before, start) or (
        _UP_AFTER.match(text, end) and _FROM_BEFORE.search(text, before, start)
    ):
        return True
    return (
        _SPENT_AFTER.match(text, end) is not None
        and _SPENT_BEFORE.search(text, before, start) is not None
    )
