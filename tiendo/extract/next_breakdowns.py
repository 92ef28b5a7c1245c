"""A breakdown stated in the sentence after its whole.

"Chỉ số sản xuất công nghiệp tăng 14,3%. Theo nhóm ngành, chế biến, chế tạo tăng 14,3%;
khai khoáng tăng 29,9%": a sentence that opens "by branch" breaks down the measure the
sentence before stated, so each bare part rises in that measure ("chỉ số sản xuất
công nghiệp khai khoáng"), as the parts after "trong đó" do within one sentence.

>>> opens_breakdown("theo nhóm ngành, khai khoáng tăng 29,9%", 0)
True
>>> opens_breakdown("theo kế hoạch, sản lượng đạt 95%", 0)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

# "Theo nhóm ngành,", "Chia theo khu vực kinh tế,", "Xét theo lĩnh vực:": the sentence
# opens with the axis its parts are listed along. ("Trong mức tăng chung, khu vực dịch vụ
# tăng ...": each sector's own growth, which readers name by the sector alone.)
_OPENER: Final = re.compile(
    r"[\s\-–•+*]*(?:(?:chia |xét |phân |tính )?theo\s+(?:nhóm\s+|các\s+)?"
    r"(?:ngành|khu vực|lĩnh vực|loại hình|thành phần|thị trường|nhóm hàng|mặt hàng|đối tác)"
    r"\b[^,:;.]{0,40})"
    r"\s*[,:]"
)
_ABBREVIATION: Final = re.compile(r"\s*\([A-ZĐ][A-ZĐ0-9]*\)")
# "chỉ số sản xuất công nghiệp của tỉnh": the place the whole is of is not the parts' measure.
_OF_PLACE: Final = re.compile(r"\s+(?:của|trên địa bàn|toàn)\s.*$", re.IGNORECASE)


def opens_breakdown(low: str, sentence_start: int) -> bool:
    """True when the sentence at `sentence_start` opens with the axis of a breakdown."""
    return _OPENER.match(low, sentence_start) is not None


def whole_before(low: str, draft: Draft, sentence_start: int, previous: list[Draft]) -> str:
    """The measure of the whole the sentence before stated, for a bare part, or ""."""
    if draft.quantity is not None or not previous or not opens_breakdown(low, sentence_start):
        return ""
    # The whole is the first rise the sentence before states; the rises after it are
    # its other periods or its parts.
    rises = [d for d in previous if d.quantity is None and not d.in_paren and not d.carried]
    if not rises:
        return ""
    # The whole's own name, not the head of a list it may open ("tính chung, chỉ số ...").
    named = _OF_PLACE.sub("", _ABBREVIATION.sub("", rises[0].indicator or rises[0].head))
    if not names_measure(named):
        return ""
    # The parts after this one are listed under the same whole ("châu Âu" after "châu Á").
    draft.head = named
    return named
