"""What a change said verb first names after its percentage.

"kéo giảm 10% số vụ tai nạn giao thông so với năm 2024", "tỉnh phấn đấu giảm 10% số vụ
tai nạn giao thông so với năm 2024": the verb comes before the percentage and what falls
is its object after it, up to the basis, so the object names the figure ("số vụ tai nạn
giao thông"), not the words before the verb ("kéo"). A subject before the verb ("số vụ
tai nạn giao thông giảm 10% so với năm 2023") has no object after the percentage.

>>> text = "kéo giảm 10% số vụ tai nạn giao thông so với năm 2024; giảm 5%"
>>> changed_object(text, text, 9)
'số vụ tai nạn giao thông'
>>> text = "số vụ tai nạn giảm 10% so với năm 2023"
>>> changed_object(text, text, 18)
''
>>> text = "mục tiêu: xây dựng 12 phòng học; giảm 15% lượng thuốc bảo vệ thực vật; cấp"
>>> aimed_change(text, text, 38)
'giảm lượng thuốc bảo vệ thực vật'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aimed_items import opens_item

_VERB_BEFORE: Final = re.compile(
    r"\b(tăng|giảm)(?:\s+(?:thêm|trên|hơn|khoảng|ít nhất|tối thiểu))?\s*$"
)
# The object: a measure's noun ("số", "lượng", "tổng", ...) and what it is of, up to the
# basis ("so với", "cùng kỳ") or the end of the item.
_OBJECT_AFTER: Final = re.compile(
    r"[\d.,]*\s*%\s+((?:số|lượng|tổng số|tổng|giá trị|sản lượng|diện tích|kim ngạch"
    r"|doanh thu)\s[^,;:.()%\d]*?)\s*(?=\bso\b|\bcùng kỳ\b|[,;:.()]|$)"
)


def changed_object(low: str, norm: str, number_start: int) -> str:
    """The object named after the percentage at `number_start`, of a verb before it."""
    if not _VERB_BEFORE.search(low, max(0, number_start - 24), number_start):
        return ""
    found = _OBJECT_AFTER.match(low, number_start)
    return " ".join(norm[found.start(1) : found.end(1)].split()) if found else ""


def aimed_change(low: str, norm: str, number_start: int) -> str:
    """'giảm lượng thuốc bảo vệ thực vật' for a percentage of an aimed item that opens with
    its verb ("mục tiêu: ...; giảm 15% lượng thuốc bảo vệ thực vật hóa học sử dụng"): the
    cut to reach, named by its verb and its object; or ""."""
    verb = _VERB_BEFORE.search(low, max(0, number_start - 24), number_start)
    if verb is None or not opens_item(low, verb.start()):
        return ""
    changed = changed_object(low, norm, number_start)
    return f"{verb.group(1)} {changed}" if changed else ""
