"""An item of a list of targets that opens with the change it aims at.

"Kế hoạch năm 2024 đặt các mục tiêu: xây dựng thêm 12 phòng học kiên cố; giảm 15% lượng
thuốc bảo vệ thực vật hóa học sử dụng; ...": the verb opening the item after the semicolon
starts an aim of its own, the cut to reach, not a change of the item before it; a
"giảm 15%" said with no basis has no result yet to be measured against. With its own basis
("kéo giảm 10% số vụ tai nạn giao thông so với năm 2024") it still compares.

>>> opens_item("mục tiêu: xây dựng thêm 12 phòng học; giảm ", 38)
True
>>> opens_item("mục tiêu: kéo giảm ", 14)
True
>>> opens_item("đạt 12 tỷ đồng, giảm ", 16)
False
>>> opens_item("trồng 500 ha rừng và giảm 10% số vụ cháy rừng", 21)
True
"""

from __future__ import annotations

import re
from typing import Final

# Where an item of a list starts: a colon, a semicolon or a line, with its bullet or number
# ("- ", "(1) ", "a) "); points.py reads a count's verb after it too.
ITEM_START: Final = r"(?:^|[:;\n])\s*(?:[-–•+*]\s*|\(?\d{1,2}[.)]\s*|[a-zđ]\)\s*)?"
# ... right before the verb, with "kéo" of "kéo giảm".
_ITEM_OPENING: Final = re.compile(ITEM_START + r"(?:kéo\s+)?$")


# An aim joined to the one before by "và" opens an item too when the change names its own
# object after the percentage: "đặt mục tiêu giảm mức sinh 0,25‰ và giảm 1,5% số trường hợp
# sinh con thứ 3 trở lên", "trồng mới 500 ha rừng và giảm 10% số vụ cháy rừng".
_JOINED: Final = re.compile(r"(?:^|[\s,])và\s*$")
_CHANGE_OF_OBJECT: Final = re.compile(
    r"(?:kéo\s+)?(?:tăng|giảm)(?:\s+(?:thêm|trên|hơn|khoảng|ít nhất|tối thiểu))?\s+[\d.,]+\s*%"
    r"\s+(?:số|lượng|tổng số|giá trị|sản lượng|diện tích|kim ngạch|doanh thu|tỷ lệ|tỉ lệ)\s"
)


def opens_item(low: str, lead_start: int) -> bool:
    """True when the change verb at `lead_start` opens an item of a list."""
    if _ITEM_OPENING.search(low, max(0, lead_start - 16), lead_start) is not None:
        return True
    return (
        _JOINED.search(low, max(0, lead_start - 6), lead_start) is not None
        and _CHANGE_OF_OBJECT.match(low, lead_start) is not None
    )
