"""What money put by a bare verb of spending is for, said right after the amount.

"tỉnh chi 52,5 tỷ đồng đầu tư, duy tu 105 công trình hạ tầng tại các xã ...; chi 5,3 tỷ
đồng hỗ trợ đất ở cho 161 hộ nghèo": the verb before the number ("chi", "tạm ứng",
"dành") says only that money was spent; the purpose after the amount says what on, and
names the figure with the verb: "chi đầu tư, duy tu công trình hạ tầng". The purpose may
count things ("105 công trình") and end with a place ("tại các xã ..."): the count's
number and the place are no part of the name.

>>> purpose_after("chi 5,3 tỷ đồng hỗ trợ đất ở cho 161 hộ nghèo; chi", 15)
'hỗ trợ đất ở cho hộ nghèo'
>>> purpose_after("52,5 tỷ đồng đầu tư, duy tu 105 công trình tại các xã, ấp", 12)
'đầu tư, duy tu công trình'
>>> purpose_after("5 tỷ đồng, tăng 3%", 9)
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# Verbs that only say money went out: the figure's name is what it went to.
_SPENDING: Final = frozenset(
    ("chi", "dành", "bố trí", "trích", "tạm ứng", "cấp", "hỗ trợ", "phân bổ", "chi ra", "bỏ ra")
)
# Verbs of what money does, opening its purpose right after the amount.
_PURPOSE_VERBS: Final = (
    "đầu tư|hỗ trợ|xây dựng|xây|duy tu|sửa chữa|nâng cấp|mua sắm|mua|thực hiện|chi trả|trả|"
    "khắc phục|cải tạo|tu sửa|bồi thường|đào tạo|tặng|làm|trồng|khen thưởng"
)
_PURPOSE: Final = re.compile(
    rf"[ \t]+((?:{_PURPOSE_VERBS})(?![^\W\d_])"
    rf"(?:,[ \t]+(?:{_PURPOSE_VERBS})(?![^\W\d_]))?"  # "đầu tư, duy tu": two verbs, one object
    r"[^,;:.()\n]{0,80})"
)
# A number inside the purpose, with its bound: "cho 161 hộ", "hơn 600 hộ".
_NUMBER: Final = re.compile(r"(?:(?:hơn|trên|gần|khoảng|gần)[ \t]+)?\d[\d.,]*[ \t]*")
# A place or a time closing the purpose: where or when, not what on.
_PLACE: Final = re.compile(
    r"[ \t]+(?:tại|trong|vào|năm|(?:ở|cho)(?=[ \t]+(?:các[ \t]+)?(?:xã|huyện|tỉnh|thị|thành|"
    r"vùng|địa bàn|[A-ZĐ])))[ \t].*$"
)


def purpose_after(low: str, unit_end: int) -> str:
    """The purpose said right after the unit ending at `unit_end`, or ""."""
    found = _PURPOSE.match(low, unit_end)
    if found is None:
        return ""
    words = _NUMBER.sub("", found.group(1))
    words = _PLACE.sub("", words)
    return " ".join(words.split())


def spent_for(draft: Draft, named: str, text: tuple[str, str]) -> str:
    """'chi đầu tư, duy tu công trình hạ tầng' for a figure named 'chi', or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.tail or named.lower() not in _SPENDING:
        return ""
    low, norm = text
    purpose = purpose_after(low, quantity.unit.end)
    if not purpose:
        return ""
    # The words as written: the purpose is the same length in `norm` as in `low`.
    start = low.find(purpose.split()[0], quantity.unit.end)
    written = purpose if start < 0 else _as_written(purpose, norm, low, start)
    return f"{named} {written}"


def _as_written(purpose: str, norm: str, low: str, start: int) -> str:
    """`purpose`, read in lower case from `low` at `start`, with the capitals of `norm`."""
    out: list[str] = []
    at = start
    for word in purpose.split():
        found = low.find(word, at)
        if found < 0:
            return purpose
        out.append(norm[found : found + len(word)])
        at = found + len(word)
    return " ".join(out)
