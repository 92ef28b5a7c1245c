"""A crop's yield or output after the clause that names its season: "vụ lúa Đông Xuân được
mùa, năng suất bình quân đạt 62,41 tạ/ha, sản lượng 42.793 tấn".

The clause before names the crop and the season; the measures after it, named by a bare
word ("năng suất", "sản lượng"), are of that crop in that season.

>>> of_season("năng suất bình quân", "sáu tháng đầu năm, vụ lúa Đông Xuân được mùa, ")
'năng suất bình quân lúa vụ Đông Xuân'
>>> of_season("năng suất", "thu ngân sách đạt 50 tỷ đồng, ")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.name_case import lower_name

_BARE_CROP_MEASURES: Final = frozenset(
    {"năng suất", "năng suất bình quân", "sản lượng", "tổng sản lượng", "sản lượng thu hoạch",
     "diện tích", "diện tích gieo trồng", "diện tích gieo cấy", "diện tích thu hoạch"}
)  # fmt: skip
# How the season went: words of the clause that describe it, not what was done in it.
_OUTCOMES: Final = ("thắng lợi", "được mùa", "bội thu", "mất mùa", "thành công")
_CROP_SEASON: Final = re.compile(
    r"\bvụ\s+(?P<crop>lúa|ngô|bắp|lạc|đậu tương)\s+(?P<season>đông xuân|hè thu|thu đông|mùa|chiêm"
    r"|chiêm xuân)\b",
    re.IGNORECASE,
)


def of_season(named: str, before: str) -> str:
    """`named` of the crop and season the text `before` names, or ''."""
    season = _CROP_SEASON.search(before)
    if season is None:
        return ""
    return f"{named} {season.group('crop').lower()} vụ {season.group('season')}"


def season_crop(draft: Draft, named: str, sentence: list[Draft], norm: str) -> str:
    """The yield or output of the crop whose season the clause before names, or ''."""
    lowered = lower_name(named)
    if " vụ " in lowered and lowered.endswith(_OUTCOMES):
        # "năng suất vụ lúa thắng lợi": the season's clause read as the thing measured
        named = named[: lowered.index(" vụ ")]
        lowered = lower_name(named)
    if lowered not in _BARE_CROP_MEASURES or draft.quantity is None:
        return ""  # the cheap test first
    if any(d.anchor < draft.anchor and d.quantity is None for d in sentence):
        return ""
    end = draft.quantity.lead_start  # (the season's clause may open the item itself)
    before = norm[max(0, end - 160) : end]
    stop = max(before.rfind("."), before.rfind(";"), before.rfind(":"))
    return of_season(named, before[stop + 1 :])
