"""Land named by how many crops it bears a year: "đất 1 vụ", "ruộng 2 vụ lúa".

In farming "vụ" is a crop season, and "chuyển đổi 120 ha đất 1 vụ sang trồng rau màu"
sorts the land converted (single-crop land), as "trang trại có doanh thu trên 2 tỷ đồng"
sorts farms (thresholds.py): the number is no figure, no count of cases ("vụ" as
incidents), and its words stay in the name of the figure before it. Only a small number
of seasons right after a word of land or of rice growing is read so; "xảy ra 1 vụ cháy",
"khởi tố 2 vụ" count cases.

>>> low = "chuyển đổi 120 ha đất 1 vụ sang trồng rau màu"
>>> crop_seasons_at(low, low.find("1 vụ")), crop_seasons_at(low, low.find("120"))
(True, False)
>>> low = "xảy ra 1 vụ cháy"
>>> crop_seasons_at(low, low.find("1 vụ"))
False
"""

from __future__ import annotations

import re
from typing import Final

_LAND_BEFORE: Final = re.compile(
    r"(?:^|[\s,(])(?:đất|ruộng|chân ruộng|đất lúa|lúa|cấy|gieo cấy|canh tác)\s+$"
)
_SEASONS: Final = re.compile(r"[1-4]\s+vụ(?![^\W\d_])")


def crop_seasons_at(low: str, first: int) -> bool:
    """True when the number at low[first] counts the crop seasons of land named before it."""
    if _SEASONS.match(low, first) is None:
        return False
    return _LAND_BEFORE.search(low, max(0, first - 16), first) is not None
