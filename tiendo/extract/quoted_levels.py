"""A level of an earlier time quoted in parentheses after a figure is of the same measure.

"GRDP tăng 7,23% so với cùng kỳ năm 2020 (cùng kỳ tăng 6,73%)", "tổng mức bán lẻ ... đạt
27.361 tỷ đồng (cùng kỳ khoảng 25.080 tỷ đồng)", "IIP ước tăng 15,3%, mức tăng cao nhất
trong 5 năm (6 tháng năm 2023 tăng 10%)": the parenthesis opens with the time it quotes
and says nothing of what is measured, which is the measure of the figure it follows: the
name is that measure at that time ("GRDP cùng kỳ"), not a word of the remark between.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_QUOTED_TIME: Final = re.compile(
    r"\s*(?P<time>cùng kỳ(?:\s+năm\s+(?:\d{4}|trước))?|cùng kỳ\s+\d{4}"
    r"|\d{1,2}\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}|năm\s+\d{4}"
    r"|quý\s+[IV]+(?:/\d{4}|\s+năm\s+\d{4}))"
    r"(?:\s+(?:ước đạt|ước tính|ước|đạt|là|chỉ|tăng|giảm|khoảng|gần|hơn|trên))*\s*$",
    re.IGNORECASE,
)
_LONGEST: Final = 50  # the time and its verb: a longer stretch is a remark of its own


def quoted_level(draft: Draft, named: str, sentence: list[Draft], norm: str) -> str:
    """'GRDP cùng kỳ' for '(cùng kỳ tăng 6,73%)' after a GRDP figure, or '' (also when
    `named` is that measure already: the rules before read it)."""
    if not sentence:
        return ""
    anchor = draft.anchor
    opened = norm.rfind("(", max(0, anchor - _LONGEST), anchor)
    if opened < 0 or ")" in norm[opened:anchor]:  # the cheap test first
        return ""
    quoted = _QUOTED_TIME.match(norm, opened + 1, anchor)
    if quoted is None:
        return ""
    # The figure just before the parenthesis: looked for from the end, not walked whole.
    before = next(
        (d for d in reversed(sentence) if d.anchor < opened and not d.in_paren and d.indicator),
        None,
    )
    if before is None:
        return ""
    measure = before.indicator
    if named and named.lower() in measure.lower():
        return ""
    time = " ".join(quoted.group("time").split())
    if time.lower() in measure.lower():
        return measure
    return f"{measure} {time}"
