"""A breakdown a marker opens at the head of the sentence after its whole.

"Chỉ số sản xuất công nghiệp tăng 5,17% so với cùng kỳ. Trong đó, ngành khai khoáng tăng
1,45%; chế biến, chế tạo tăng 4,2%": "Trong đó", "Cụ thể" or "Trong các ngành cấp I"
opening a sentence says its bare parts break down the measure the sentence before stated,
as the parts after "trong đó" do within one sentence. An opening basis may stand between
the marker and the parts ("Cụ thể, so với tháng trước: ngành khai khoáng tăng 1,75%").

>>> opens_marked("trong đó, so với cùng kỳ, ngành khai khoáng tăng 1,45%", 0)
True
>>> opens_marked("trong các ngành cấp i, khai khoáng tăng 2%", 0)
True
>>> opens_marked("trong tháng, khai khoáng tăng 2%", 0)
False
>>> measure_of("sản xuất công nghiệp phát triển ổn định, chỉ số sản xuất toàn ngành")
'chỉ số sản xuất toàn ngành'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

# The marker, then an optional basis the parts share: "Trong đó, so với cùng kỳ,".
# "Trong các ngành (cấp I)," / "Trong số các ngành" name the axis of the parts.
# "Theo thị trường, Hàn Quốc tăng 9%" / "Xét theo đối tác, …": the axis of the parts.
_OPENER: Final = re.compile(
    r"[\s\-–•+*]*(?:trong đó|cụ thể|trong (?:số )?các (?:nhóm )?ngành(?: [^,:;.]{0,20})?"
    r"|(?:xét |chia |phân )?theo (?:thị trường|đối tác|nhóm hàng|địa bàn|khu vực))"
    r"\s*[,:]"
    r"(?:\s*so (?:với|cùng) [^,:;.]{2,40}[,:])?"
)
# Measures of production a branch breaks down ("chỉ số sản xuất công nghiệp").
_BRANCHED: Final = ("chỉ số sản xuất", "giá trị sản xuất", "iip")
_ABBREVIATION: Final = re.compile(r"\s*\([A-ZĐ][A-ZĐ0-9]*\)")
# "chỉ số sản xuất công nghiệp của tỉnh": the place the whole is of is not the parts' measure.
_OF_PLACE: Final = re.compile(r"\s+(?:của|trên địa bàn)\s.*$", re.IGNORECASE)


def opens_marked(low: str, sentence_start: int) -> bool:
    """True when the sentence at `sentence_start` opens with a breakdown marker."""
    # Cheap test first: every opener starts with "trong" or "cụ thể".
    head = low[sentence_start : sentence_start + 12].lstrip(" -–•+*")
    if not head.startswith(("trong", "cụ thể", "theo", "xét", "chia", "phân")):
        return False
    return _OPENER.match(low, sentence_start) is not None


def measure_of(named: str) -> str:
    """The measure a whole's name states: the last comma-separated part that names one."""
    named = _OF_PLACE.sub("", _ABBREVIATION.sub("", named)).strip()
    # "sản xuất công nghiệp phát triển ổn định, chỉ số sản xuất toàn ngành": a remark
    # before the comma is no part of the measure the parts share.
    if ", " in named:
        last = named.rsplit(", ", 1)[1]
        if names_measure(last):
            return last
    return named


def whole_marked(
    low: str, draft: Draft, part: str, sentence_start: int, previous: list[Draft]
) -> str:
    """The measure of the whole the sentence before stated, for a bare rise named `part`
    in a sentence a breakdown marker opens, or ""."""
    if draft.quantity is not None or not previous or not opens_marked(low, sentence_start):
        return ""
    # The whole is the first rise the sentence before states; the rises after it are its
    # other periods or bases.
    rises = [d for d in previous if d.quantity is None and not d.in_paren and not d.carried]
    if not rises:
        return ""
    named = measure_of(rises[0].indicator or rises[0].head)
    # Only a measure of production broken down by branch: readers name the sectors of
    # GRDP ("khu vực dịch vụ tăng 9,69%") by the sector alone, and a sector ("khu vực …")
    # under an index of industry is a part of growth, not of the index.
    if not named.lower().startswith(_BRANCHED) or part.lower().startswith("khu vực"):
        return ""
    return named


def level_whole(low: str, draft: Draft, sentence_start: int, previous: list[Draft]) -> str:
    """The measure of the first level the sentence before stated in the unit of `draft`,
    when a breakdown marker opens the sentence of `draft` ("Kim ngạch xuất khẩu ước 19 tỷ
    USD, xuất siêu 6,1 tỷ USD. Trong đó, thị trường Mỹ 6,5 tỷ USD": of the exports, the
    whole the marker breaks down, not the surplus stated after it), or ""."""
    quantity = draft.quantity
    if not previous or not opens_marked(low, sentence_start):
        return ""
    stated = [d for d in previous if not d.in_paren and not d.carried]
    if quantity is None:
        # "… 2,5 tỷ USD, tăng 12%. Theo thị trường, Hàn Quốc tăng 9%": a named part's bare
        # rise is of the whole whose rise the sentence before stated first.
        wholes = [d for d in stated if any(c.measure == "change" for c in d.comparisons)]
    else:
        unit = quantity.unit
        wholes = [d for d in stated if d.quantity is not None and d.quantity.unit.text == unit.text]
        if not wholes and unit.kind == "money":
            # "... 2,5 tỷ USD. Trong đó, Hàn Quốc 800 triệu USD": money in another scale.
            wholes = [
                d for d in stated if d.quantity is not None and d.quantity.unit.kind == "money"
            ]
    if not wholes or not names_measure(wholes[0].indicator):
        return ""
    return measure_of(wholes[0].indicator)


def joined(whole: str, part: str) -> str:
    """The part in the whole's measure, without the word they share said twice:
    "chỉ số sản xuất công nghiệp" and "công nghiệp khai khoáng"."""
    last = whole.rsplit(" ", 1)[-1].lower()
    if len(whole.split()) > 2 and part.lower().startswith(last + " "):
        return f"{whole} {part[len(last) + 1 :]}"
    return f"{whole} {part}"
