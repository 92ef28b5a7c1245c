"""A feast named with its year dates what was done for it: "Dịp Tết Giáp Thìn 2024, các
cấp Hội trồng được 5.970 cây", "Tết Nguyên đán 2024, Ủy ban MTTQ huyện trao 776 phần
quà" are of 2024. The feast falls in its first months, which the text does not give: the
year only. A year the sentence names with "năm" after the feast is read the same way
("Tết Nguyên đán Quý Mão năm 2023"), not as the whole year.

>>> [(m.year, m.from_month, m.scope) for m in with_feasts("dịp tết giáp thìn 2024, hội", 0, [])]
[(2024, None, 'year_only')]
>>> with_feasts("sau tết, năm 2024 xã trồng", 0, [])
[]
>>> with_feasts("hàng hóa dự trữ cho tết nguyên đán 2026 trị giá", 0, [])
[]
>>> [m.basis for m in with_feasts("giảm 2 vụ so với cùng kỳ tết kỷ hợi 2019", 0, [])]
[True]
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import PeriodMention, _clause_tail, _names_basis

# "tết", "tết nguyên đán", then a year of the sixty-year cycle ("giáp thìn", "quý mão").
_FEAST: Final = re.compile(
    r"\btết(?:\s+nguyên\s+đán)?(?:\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+[^\W\d_]+)?"
    r"\s+(?:năm\s+)?(\d{4})\b(?!\s*[-–/]\s*\d)"
)

# What goods or work are for ("hàng hóa dự trữ cho Tết Nguyên đán 2026") names no time.
_FOR: Final = re.compile(r"\b(?:cho|phục vụ|đón|chuẩn bị)\s+$")


def with_feasts(text: str, offset: int, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`) with each feast's year as a
    mention of that year only, in place of a year mention inside it."""
    if "tết" not in text:
        return mentions  # most sentences name no feast
    # "so với cùng kỳ Tết Kỷ Hợi 2019": a feast compared with dates no figure.
    feasts = [
        PeriodMention(m.start() + offset, m.end() + offset, int(m.group(1)), None, None,
                      "year_only", _compared(text, m.start()))
        for m in _FEAST.finditer(text)
        if 1945 <= int(m.group(1)) <= 2100
        and not _FOR.search(text, max(0, m.start() - 14), m.start())
    ]  # fmt: skip
    if not feasts:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start < f.end for f in feasts)]
    return sorted([*kept, *feasts], key=lambda m: m.start)


def _compared(text: str, start: int) -> bool:
    """Whether the words before the feast make it a comparison's basis."""
    return _names_basis(_clause_tail(text[max(0, start - 40) : start]))
