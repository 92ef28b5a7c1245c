"""A measure named right after an amount of money: "6 tháng cuối năm tỉnh cần đạt 305,3
nghìn tỷ đồng giá trị sản xuất công nghiệp", "phấn đấu đạt 1.200 tỷ đồng doanh thu du lịch".

The noun phrase after the currency says what the amount is; the words before the number
are the actor and its modal verb ("tỉnh cần đạt"), which name nothing measured.

>>> measure_after("305,3 nghìn tỷ đồng giá trị sản xuất công nghiệp.", 19)
'giá trị sản xuất công nghiệp'
>>> measure_after("2 tỷ usd, tăng 5%", 8)
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_OPENINGS: Final = (
    " giá trị ", " doanh thu ", " kim ngạch ", " tổng mức ", " thu nội địa", " thu ngân sách",
    " chi ngân sách", " tổng sản phẩm", " dư nợ ", " lợi nhuận", " tổng thu", " tổng chi",
)  # fmt: skip
_MEASURE: Final = re.compile(
    r"[ \t]+((?:giá trị|doanh thu|kim ngạch|tổng mức|thu nội địa|thu ngân sách|chi ngân sách"
    r"|tổng sản phẩm|dư nợ|lợi nhuận|tổng thu|tổng chi)(?:[ \t]+[^\W\d_]+){0,10}?)"
    r"(?=[ \t]*(?:[,;.:()\n]|$|và[ \t]|so[ \t]))"
)


def measure_after(low: str, unit_end: int) -> str:
    """The measure named right after the currency ending at `unit_end`, or ""."""
    if not low.startswith(_OPENINGS, unit_end):  # the cheap test first
        return ""
    found = _MEASURE.match(low, unit_end)
    return found.group(1) if found else ""


def measured_after(draft: Draft, named: str, text: tuple[str, str]) -> str:
    """The measure said after the amount, written as in the text, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.tail:
        return ""
    low, norm = text
    measure = measure_after(low, quantity.unit.end)
    if not measure or measure in named.lower():
        return ""
    start = low.find(measure, quantity.unit.end)
    return " ".join(norm[start : start + len(measure)].split())
