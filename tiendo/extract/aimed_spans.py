"""The span of years a goal is set for names the year its levels are to be reached.

"Mục tiêu giai đoạn 2021 - 2025: tổng diện tích nuôi trồng thủy sản đạt 157.007 ha; ...":
a heading that sets goals for a span of years heads the levels to be reached by its end,
as "đến năm 2025" does; the levels below it, and the sentences after, are of 2025 (the year
only). A span named after "mục tiêu" or "phấn đấu" is read so; one a result is measured
against ("hoàn thành mục tiêu giai đoạn 2021 - 2025") or that names no goal ("Giai đoạn
2016 - 2020, GRDP tăng bình quân 7,53%/năm") is left as it is, no time of one year.

>>> [m.group(2) for m in aimed_spans("mục tiêu giai đoạn 2021 - 2025: diện tích đạt 157 ha")]
['2025']
>>> aimed_spans("giai đoạn 2016 - 2020, grdp tăng bình quân 7,53%/năm")
[]
>>> aimed_spans("cơ bản hoàn thành mục tiêu giai đoạn 2021-2025; 2.567 xã đạt chuẩn")
[]
"""

from __future__ import annotations

import re
from typing import Final

_AIMED_SPAN: Final = re.compile(
    # (not a goal met or passed: "hoàn thành mục tiêu giai đoạn 2021-2025" is a basis)
    r"(?:mục tiêu(?<=\bmục tiêu)(?<!thành mục tiêu)(?<!đạt mục tiêu)(?<!vượt mục tiêu)"
    r"|phấn đấu(?<=\bphấn đấu))\s+(?:chung\s+|chủ yếu\s+)?"
    r"(?:đến\s+|trong\s+|của\s+|cho\s+)?(?:cả\s+)?(?:giai đoạn|nhiệm kỳ)\s+"
    r"(\d{4})\s*[-–]\s*(\d{4})\b"
)


def aimed_spans(text: str) -> list[re.Match[str]]:
    """The spans of years goals are set for in lower-case `text` (group 2: the last year)."""
    if "giai đoạn" not in text and "nhiệm kỳ" not in text:
        return []
    return list(_AIMED_SPAN.finditer(text))
