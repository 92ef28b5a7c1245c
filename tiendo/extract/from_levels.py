"""The time of the first level of "từ A xuống B" when the level names none.

"Từ năm 2016 đến cuối năm 2019, huyện kéo tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%": the
sentence set the span the change ran over, and the level it ran from is of the span's
first year. "Giai đoạn 2021 - 2023, số hộ nghèo giảm từ 3.586 hộ xuống 2.900 hộ" reads so
too, and the level it ran to (2.900 hộ) is of the span's last year, when it names no time
of its own (`last_level_year`). (A basis named after the change, "tức giảm 2,59% so với
năm 2016", was tried as the first level's time and left out: on the calibration part it
put one period wrong.)
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

_SPAN = re.compile(
    r"\b(?:từ\s+(?:đầu\s+)?năm\s+(\d{4})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(\d{4})"
    r"|giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4}))"
)
# "từ 53% lên 59%", "giảm từ 3.586 hộ xuống còn 2.900 hộ": the level a change ran to.
_TO_LEVEL_BEFORE = re.compile(r"(?:\blên|\bxuống(?:\s+còn)?|\bcòn)\s+(?:mức\s+)?$")
_YEAR_NAMED = re.compile(r"năm(?<=\bnăm)\s+\d{4}")
_TIME_AFTER = re.compile(r"\s*(?:năm|vào|cuối|đầu|\()")


def first_level_year(low: str, sentence_start: int, anchor: int) -> int | None:
    """The year of a first level "từ A" at `anchor` that names no time of its own, from
    the span its sentence opened with, or None."""
    found = None
    for match in _SPAN.finditer(low, sentence_start, anchor):
        found = match
    return int(found.group(1) or found.group(3)) if found is not None else None


def last_level_year(low: str, sentence_start: int, lead: int, extent_end: int) -> int | None:
    """The year of a level a change ran to ("từ 53% lên 59%"; the level's lead at `lead`,
    its words ending at `extent_end`) that names no time of its own, from the span of years
    its sentence opened with, or None."""
    if not _TO_LEVEL_BEFORE.search(low, max(sentence_start, lead - 14), lead):
        return None
    if low.find("từ", sentence_start, lead) < 0 or _TIME_AFTER.match(low, extent_end):
        return None
    found = None
    for match in _SPAN.finditer(low, sentence_start, lead):
        found = match
    if found is None or _YEAR_NAMED.search(low, found.end(), lead):
        return None  # "..., dự kiến cuối năm 2020 giảm xuống dưới 2%": a time of its own
    return int(found.group(2) or found.group(4))


def span_end_period(low: str, sentence_start: int, draft: Draft) -> Period | None:
    """The period of a level a change ran to over a span of years (`last_level_year`): the
    span's last year, in the months the figure was given; None for any other figure."""
    quantity = draft.quantity
    if quantity is None:
        return None
    year = last_level_year(low, sentence_start, quantity.lead_start, quantity.extent_end)
    if year is None or year == draft.period.year:
        return None
    return Period(year, draft.period.from_month, draft.period.to_month)
