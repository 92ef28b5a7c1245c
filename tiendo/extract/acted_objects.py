"""What an act with no actor before it works on: "Năm 2020 trồng mới 565 ha rừng tập
trung", "...; thu hoạch 5.000 ha lúa". With an actor ("Huyện trồng mới 565 ha rừng tập
trung") the measure is named from the act and its object ("diện tích trồng rừng tập
trung"); with none the object is named too, after the act: "diện tích trồng mới rừng tập
trung", not "diện tích trồng mới".

>>> acted_on("trồng mới", "measure", "rừng tập trung"), acted_on("gieo trồng", "measure", "")
(True, False)
>>> acted_on("lúa", "measure", "vụ mùa"), acted_on("thu hoạch", "measure", "cho sản lượng")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

# Acts on land, crops, roads, forests and goods that reports measure by what they work on.
_ACTS: Final = (
    "trồng", "gieo", "cấy", "xuống giống", "thu hoạch", "chăm sóc", "khoanh nuôi", "cải tạo",
    "chuyển đổi", "cứng hóa", "cứng hoá", "bê tông hóa", "bê tông hoá", "nâng cấp", "làm mới",
    "sửa chữa", "khai thác", "nuôi", "đánh bắt", "tiêu thụ", "thu mua", "phun", "dồn điền",
)  # fmt: skip


def acted_on(lower: str, unit_kind: str, tail: str) -> bool:
    """True when `lower`, the words before an amount, is only an act (a few words opening
    on one of _ACTS) and the words after its unit (`tail`) name what it works on."""
    if unit_kind != "measure" or not tail or len(lower.split()) > 3:
        return False
    if tail.split()[0].lower() in _NO_OBJECT:
        return False  # "thu hoạch 1.000 ha cho sản lượng ...": what it gave, not worked on
    return lower.startswith(_ACTS)


# Words after the unit that open no object: a purpose, a yield, a place, a comparison.
_NO_OBJECT: Final = frozenset(
    {"cho", "với", "để", "so", "tại", "ở", "của", "trong", "và", "đạt", "bằng", "tăng", "giảm"}
)


# "<holder> có 185 ha cao su": what the holder has is named after the unit; "<maker> làm
# ra 272 nghìn tấn thức ăn gia súc": what the maker made or brought in.
_HAS: Final = re.compile(
    r"(?:^|\s)(?:hiện\s+|đã\s+|còn\s+)?(?:có|làm ra|đưa|sản xuất được|thực hiện)\s*$",
    re.IGNORECASE,
)


def held_thing(pre: str, unit_kind: str, tail: str) -> bool:
    """True when `pre`, the words before an amount in a unit of measure, ends with "có"
    (has), or a verb of making or bringing in, and `tail`, the words after the unit, names
    what is had: the area of the rubber a region has, not of the region ("Vùng đồng bào
    dân tộc thiểu số có 185 ha cao su"), the output of the feed the firms made."""
    if unit_kind != "measure" or not tail or tail.split()[0].lower() in _NO_OBJECT:
        return False
    return _HAS.search(pre) is not None
