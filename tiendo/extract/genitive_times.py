"""A time named after "của" past a sentence's last figure is a thing's time, not the report's.

"GRDP 6 tháng đầu năm 2024 ước tăng 2,7% so với cùng kỳ, chấm dứt đà giảm của quý I.
Trong đó, khu vực dịch vụ tăng 4,4%": "quý I" says whose fall ended, in a remark set off
by a comma after the figure; the report goes on with its six months, where a time named
after the last figure ("... sơ kết 6 tháng đầu năm.") frames the sentences after it. So does
one in the figure's own clause ("thông qua 25 nhóm chỉ tiêu của năm 2024 với ...") and in a
sentence holding no figure ("Kết quả của 6 tháng đầu năm 2024:").

>>> of_remark("tăng 2,7%, chấm dứt đà giảm của quý i.", 32, 9)
True
>>> of_remark("tăng 2,7%, sơ kết 6 tháng đầu năm.", 18, 9)
False
"""

from __future__ import annotations

import re
from typing import Final

# "đà giảm của quý I", "xu hướng của cả năm 2021", "con số của cùng kỳ": a noun's owner.
_GENITIVE: Final = re.compile(r"[^\W\d_]\s+của(?<=\bcủa)\s+(?:cả\s+|riêng\s+)?$")


def of_remark(low: str, start: int, last_figure: int) -> bool:
    """True where the time at `start` of lower-case `low` follows "của" after a noun, in a
    clause set off by a comma past the sentence's last figure at `last_figure`."""
    return (
        start > last_figure
        and _GENITIVE.search(low, max(0, start - 16), start) is not None
        and ", " in low[last_figure:start]
    )
