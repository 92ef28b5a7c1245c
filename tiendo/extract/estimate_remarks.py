"""An estimate's cue inside a subject, before a remark on the estimate or its cause.

"Tổng thiệt hại ước tính ban đầu khoảng 130 tỷ đồng", "Tổng thiệt hại ước tính do bão gây
ra là 27,87 tỷ đồng": "ước tính" says how the amount is known, and the words after it
("ban đầu", "do bão gây ra") remark on that or name the cause; the measure is the subject
before the cue. The cue is blanked, so that the subject reads on past it and offsets into
the words stay put ("Thiệt hại về tài sản ước tính 26,89 tỷ đồng", with nothing after the
cue, already reads the subject before it).

>>> without_estimate_remark("Tổng thiệt hại ước tính ban đầu khoảng")
'Tổng thiệt hại          ban đầu khoảng'
>>> without_estimate_remark("Tổng thiệt hại ước tính do bão gây ra là")
'Tổng thiệt hại          do bão gây ra là'
>>> without_estimate_remark("Doanh thu ước tính đạt")
'Doanh thu ước tính đạt'
"""

from __future__ import annotations

import re
from typing import Final

_REMARKED: Final = re.compile(
    r"\s(ước tính|ước)\s+(?:ban đầu|sơ bộ|bước đầu|do\s+[^,;:()]{1,40}?\s+gây ra)"
    r"(?:\s+(?:là|khoảng|gần|hơn|trên|lên tới|lên đến|có thể lên tới))*\s*$",
    re.IGNORECASE,
)


def without_estimate_remark(text: str) -> str:
    """`text` (the words before a number) with an estimate's cue blanked where a remark on
    the estimate or its cause follows it, else `text` itself."""
    if "ước" not in text:
        return text
    remarked = _REMARKED.search(text)
    if remarked is None:
        return text
    start, end = remarked.span(1)
    return text[:start] + " " * (end - start) + text[end:]
