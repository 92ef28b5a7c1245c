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
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.periods import Period

# The span in any of the words offices name one by: "giai đoạn", "thời kỳ", "nhiệm kỳ",
# "trong 5 năm" (not "kế hoạch 5 năm 2021 - 2025": a plan's term), with "-" or "đến"
# between its years; or "từ (năm) ... đến (năm) ...". A term ("nhiệm kỳ") is a span only
# where it opens the sentence: after a name ("Đại hội ... nhiệm kỳ 2020 - 2025") it is the
# congress's label, and "từ 90 đến 100" after it is a range.
_SPAN: Final = re.compile(
    r"\b(?:từ\s+(?:đầu\s+)?(?:năm\s+)?(\d{4})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?"
    r"(\d{4})|(?:giai đoạn|thời kỳ|nhiệm kỳ|(?:trong|qua|sau)\s+\d{1,2}\s+năm)\s+(?:từ\s+)?"
    r"(?:năm\s+)?(\d{4})\s*(?:[-–]|đến|tới)\s*(?:năm\s+)?(\d{4}))\b"
)

# "từ 53% lên 59%", "giảm từ 3.586 hộ xuống còn 2.900 hộ": the level a change ran to.
_TO_LEVEL_BEFORE: Final = re.compile(r"(?:\blên|\bxuống(?:\s+còn)?|\bcòn)\s+(?:mức\s+)?$")
# A basis of one year opening the sentence, before its comma: "So với năm 2022, …" (not
# "so với cùng kỳ năm 2022": the same months, which a level "từ A" does not name).
_OPENING_BASIS: Final = re.compile(r"so\s+(?:với\s+)?năm\s+(\d{4})\s*,")
_MOVED_TO: Final = re.compile(r"\s(?:lên|xuống|còn)\s")
_YEAR_NAMED: Final = re.compile(r"năm(?<=\bnăm)\s+\d{4}")
_TIME_AFTER: Final = re.compile(r"\s*(?:năm|vào|cuối|đầu|\()")


def _span_years(low: str, sentence_start: int, match: re.Match[str]) -> tuple[int, int] | None:
    """The first and last years of a span, or None for numbers that are no years ("từ
    2000 đến 2500 tấn") and for a term named inside its sentence."""
    if low.startswith("nhiệm", match.start()) and low[sentence_start : match.start()].strip(
        " ,"
    ) not in ("", "trong"):
        return None
    first = int(match.group(1) or match.group(3))
    last = int(match.group(2) or match.group(4))
    return (first, last) if 1900 < first < last <= first + 30 else None


def _opening_basis_year(low: str, sentence_start: int, anchor: int) -> int | None:
    """The year of a basis the sentence opens with ("So với năm 2022, tỷ lệ … giảm từ 16%
    còn 11%"): every change of the sentence ran from that year, so the level it ran from
    is of it; None where the sentence opens otherwise."""
    opened = sentence_start
    while opened < anchor and low[opened] in " \t-–+•":
        opened += 1
    if not low.startswith("so", opened):
        return None
    basis = _OPENING_BASIS.match(low, opened, anchor)
    if basis is None:
        return None
    # Only a level moved from: "từ 500 đến 600 tỷ đồng" after the basis is a range.
    moved = _MOVED_TO.search(low, anchor, min(len(low), anchor + 40))
    return int(basis.group(1)) if moved else None


def first_level_year(low: str, sentence_start: int, anchor: int) -> int | None:
    """The year of a first level "từ A" at `anchor` that names no time of its own, from
    the span its sentence opened with, or None."""
    found = None
    for match in _SPAN.finditer(low, sentence_start, anchor):
        years = _span_years(low, sentence_start, match)
        found = (match.end(), years[0]) if years else found
    if found is None:
        return _opening_basis_year(low, sentence_start, anchor)
    if _YEAR_NAMED.search(low, found[0], anchor):
        return None  # "..., đặt chỉ tiêu năm 2024: ... từ 9,5%": a time of its own
    return found[1]


def last_level_year(low: str, sentence_start: int, lead: int, extent_end: int) -> int | None:
    """The year of a level a change ran to ("từ 53% lên 59%"; the level's lead at `lead`,
    its words ending at `extent_end`) that names no time of its own, from the span of years
    its sentence opened with, or None."""
    window = max(sentence_start, lead - 14)
    # Every match holds one of its three words: plain look-ups first, as the pattern, an
    # alternation after a word boundary, is tried at every position of the window.
    if (
        low.find("lên", window, lead) < 0
        and low.find("còn", window, lead) < 0
        and low.find("xuống", window, lead) < 0
    ) or not _TO_LEVEL_BEFORE.search(low, window, lead):
        return None
    if low.find("từ", sentence_start, lead) < 0 or _TIME_AFTER.match(low, extent_end):
        return None
    found = None
    for match in _SPAN.finditer(low, sentence_start, lead):
        years = _span_years(low, sentence_start, match)
        found = (match.end(), years[1]) if years else found
    if found is None or _YEAR_NAMED.search(low, found[0], lead):
        return None  # "..., dự kiến cuối năm 2020 giảm xuống dưới 2%": a time of its own
    return found[1]


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
