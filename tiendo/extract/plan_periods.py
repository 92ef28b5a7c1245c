"""A plan is set for the whole year: its level is of the year, not of the months the
report has reached, nor of the day it was counted up to.

"Sáu tháng đầu năm 2022, ... Kế hoạch vốn đầu tư xây dựng cơ bản của huyện trên 75 tỷ
đồng, đến hết tháng 6 khối lượng thực hiện được trên 32 tỷ đồng": the result is of the six
months, the plan (kế hoạch, dự toán, chỉ tiêu) of all of 2022. So in a report up to a day
("tính đến ngày 31/3/2024, ... giải ngân được 300,9/4.128,9 tỷ đồng"; "đạt 95,7% kế hoạch
(5.200 ha)"): the plan is of all of 2024. A plan that names its own part of the year ("kế
hoạch quý III", "chỉ tiêu 6 tháng") keeps it; a plan to reach by a year ("kế hoạch đến
năm 2025") or over a term is of no months.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.named_targets import names_target
from tiendo.extract.until_years import by_bare_year
from tiendo.periods import Period

_PLAN: Final = re.compile(
    r"(?:kế hoạch(?<=\bkế hoạch)|dự toán(?<=\bdự toán)|chỉ tiêu(?<=\bchỉ tiêu))\b"
)
# (the patterns here put each word's leading boundary after it, as a look-behind, and
# open each alternative with a letter, none with a group: a search skips to the words'
# first letters; r"\b(?:tháng|quý|đợt|vụ)\b", r"\b(?:đến|tới|vào)\s+
# (?:hết\s+|cuối\s+)?năm\b|\bgiai đoạn\b|\bnhiệm kỳ\b" and r"\bnăm (\d{4})\b" match alike)
_PART_OF_YEAR: Final = re.compile(
    r"(?:tháng(?<=\btháng)|quý(?<=\bquý)|đợt(?<=\bđợt)|vụ(?<=\bvụ))\b"
)
# A plan to reach by a year or over a term: no year's months.
_BY_YEAR: Final = re.compile(
    r"đến(?<=\bđến)\s+(?:hết\s+|cuối\s+)?năm\b|tới(?<=\btới)\s+(?:hết\s+|cuối\s+)?năm\b"
    r"|vào(?<=\bvào)\s+(?:hết\s+|cuối\s+)?năm\b"
    r"|giai đoạn(?<=\bgiai đoạn)\b|nhiệm kỳ(?<=\bnhiệm kỳ)\b"
)
# A year named whole ("mức phấn đấu năm 2019", "kế hoạch đầu năm 2022 đề ra"), not the
# months of it ("6 tháng đầu năm 2019", "quý I năm 2019").
_WHOLE_YEAR: Final = re.compile(r"năm(?<=\bnăm) (\d{4})\b")
_MONTHS_BEFORE: Final = re.compile(r"\b(?:tháng|quý [ivx\d]+)(?: đầu| cuối)?\s+$")


def plan_period(draft: Draft, low: str) -> Period:
    """The period of a figure: the whole year for a plan's own level read in a report of
    part of that year or up to a day in it, else the period it has."""
    period = draft.period
    if (
        draft.kind != "target"
        or period.year is None
        or (period.to_month is not None and period.months >= 12)
        or not (_named_plan(draft, low) or _year_named(draft, low, period.year))
    ):
        return period
    if _PART_OF_YEAR.search(low, draft.item_start, draft.extent_end):
        return period
    # "phấn đấu ... đạt 45% vào năm 2030": the year to reach by may follow the number.
    if period.to_month is None and _BY_YEAR.search(low, draft.clause_start, draft.clause_end):
        return period
    if period.to_month is None and by_bare_year(low, draft.clause_start, draft.clause_end):
        return period
    return Period(period.year, 1, 12)


def _named_plan(draft: Draft, low: str) -> bool:
    """True when the figure's name, or the words right before its number, is a plan's."""
    if _PLAN.search(draft.indicator.lower()):
        return True
    quantity = draft.quantity
    if quantity is None:
        return False
    return names_target(
        low[max(draft.clause_start, quantity.lead_start - 80) : quantity.lead_start]
    )


def _year_named(draft: Draft, low: str, year: int) -> bool:
    """True when the target's clause names its year whole, not some months of it: "so với
    mức phấn đấu năm 2019 là 155.000 tấn", "vượt mức tăng trưởng 8,42% mà kế hoạch đầu
    năm 2022 đề ra", "phấn đấu giải ngân 100% kế hoạch vốn năm 2023". An aim set for a
    year is of all of it, whatever months the report before it had reached."""
    # A plain look-up first: most clauses name no year.
    if low.find(str(year), draft.clause_start, draft.clause_end) < 0:
        return False
    for match in _WHOLE_YEAR.finditer(low, draft.clause_start, draft.clause_end):
        before = low[max(draft.clause_start, match.start() - 14) : match.start()]
        if int(match.group(1)) == year and not _MONTHS_BEFORE.search(before):
            return True
    return False
