"""The year that projects or a plan were carried over from names which ones, not when.

"Năm 2024, ... 2 dự án chuyển tiếp từ năm 2023": the projects were begun in 2023 and go on
in 2024, the year the count is of. So "phần kế hoạch đầu tư công năm 2022 kéo dài sang năm
2023 mới giải ngân 2,2 tỷ đồng": the plan of 2022, spent in the report's own time. A year
after "chuyển tiếp từ", one of a plan, capital or budget followed by "kéo dài sang", and
the years of capital carried over that `carried_capital` reads ("vốn năm 2022 kéo dài")
are marked as no figure's period, here in one pass.

>>> from tiendo.extract.period_cues import find_periods
>>> [m.basis for m in find_periods("và 2 dự án chuyển tiếp từ năm 2023")]
[True]
>>> [m.basis for m in find_periods("kế hoạch đầu tư công năm 2022 kéo dài sang năm 2023")]
[True, True]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tiendo.extract.carried_capital import names_carried_capital

if TYPE_CHECKING:
    from tiendo.extract.period_cues import PeriodMention

# The year carried into names where they go, not the year counted either: "Năm 2023 có 8
# dự án chuyển tiếp sang năm 2024" counts the projects of 2023.
_CARRIED_FROM: Final = re.compile(r"\bchuyển tiếp\s+(?:từ\s+|sang\s+)?$")
# "kế hoạch đầu tư công năm 2022", "dự toán chi năm 2023": a plan, capital or budget...
_PLAN_BEFORE: Final = re.compile(r"\b(?:kế hoạch|vốn|dự toán|nguồn)\b[^,;.()\d]{0,30}$")
# ... then "(được) kéo dài sang / qua".
_CARRIED_INTO: Final = re.compile(r"\s+(?:được\s+)?kéo dài\s+(?:sang|qua)\b")
_REACH: Final = 45  # characters before a year read for its noun


def carried_years(text: str, mentions: list[PeriodMention], offset: int) -> list[PeriodMention]:
    """`mentions` of lower-case `text` (moved by `offset`), with the years projects, a plan
    or capital were carried over from (or into) marked as no figure's period."""
    if "chuyển tiếp" not in text and "kéo dài" not in text:
        return mentions  # most sentences carry nothing over
    kept = list(mentions)
    for index, mention in enumerate(kept):
        start, end = mention.start - offset, mention.end - offset
        if mention.basis:
            continue
        if names_carried_capital(text, start, end):
            kept[index] = replace(mention, basis=True)  # "vốn năm 2022 kéo dài sang năm 2023"
            continue
        if mention.year is None:
            continue
        before = text[max(0, start - _REACH) : start]
        if _CARRIED_FROM.search(before) or (
            _PLAN_BEFORE.search(before) and _CARRIED_INTO.match(text, end)
        ):
            kept[index] = replace(mention, basis=True)
    return kept
