"""A measure written once as the label of a list: "Giá trị sản xuất: nông nghiệp đạt
6.120 tỷ đồng, tăng 2,8%; lâm nghiệp đạt 980 tỷ đồng; thủy sản đạt 1.350 tỷ đồng".

The label before the colon names a measure and nothing it is of; each item after it,
up to the end of the sentence and whatever semicolons part the items, names only what
is measured (a sector, a crop, a product). Each item is that measure of its own thing,
not the bare noun.

>>> low = "giá trị sản xuất: nông nghiệp đạt 6.120 tỷ đồng; lâm nghiệp đạt 980 tỷ đồng"
>>> measure_label(low, low, 0, low.index("lâm"), "lâm nghiệp")
'giá trị sản xuất lâm nghiệp'
>>> measure_label(low, low, 0, low.index("lâm"), "giá trị lâm nghiệp")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.herds import herd_of
from tiendo.extract.label_scopes import counted_label, label_measure
from tiendo.extract.time_labels import names_only_time
from tiendo.extract.units import counted_noun

# "Tổng đàn gia súc: trâu 1.200 con, bò 3.400 con": the label's herd is of the class of
# livestock each item is a kind of, so each item is a herd of its own ("tổng đàn trâu").
_HERDS_OF_KINDS: Final = re.compile(
    r"^((?:tổng )?đàn) (?:gia súc|gia cầm|vật nuôi|gia súc, gia cầm|gia súc và gia cầm)$",
    re.IGNORECASE,
)
# A label that is a measure with at most two words after it ("Kim ngạch xuất khẩu").
_MEASURE_LABEL: Final = re.compile(
    r"^(?:tổng\s+)?(?:giá trị sản xuất|giá trị|doanh thu|sản lượng|diện tích gieo trồng|"
    r"diện tích|năng suất|kim ngạch|tổng mức|tổng đàn|số lượng|khối lượng|vốn đầu tư"
    r"|chỉ số sản xuất|chỉ số)"
    r"(?:\s+[^\W\d_]+){0,2}$"
)
# The kind of the items a label names after its measure: "… một số ngành", "… các sản phẩm".
_KINDS_OF_ITEMS: Final = re.compile(
    r"\s+(?:của\s+)?(?:một số|các|những)\s+(?:ngành|sản phẩm|mặt hàng|lĩnh vực|nhóm hàng)"
    r"(?:\s+(?:chủ yếu|chính|chủ lực))?$",
    re.IGNORECASE,
)
# What opens a label without belonging to it: a dash, a bullet, "Về".
_LEAD: Final = re.compile(r"^[\s\-–•+*]*(?:về\s+)?")
# An item that counts on its own ("số lượt khách 1.200 lượt", "tổng số 2.150 hộ").
_OWN_COUNT: Final = re.compile(r"(?:số|tổng|tỷ lệ|tỉ lệ|lượt)\b", re.IGNORECASE)
# Subjects that are actors or places, not what a measure is of.
_ACTOR: Final = re.compile(r"^(?:toàn|huyện|tỉnh|thành phố|thị xã|xã|phường|quận|các|người)\b")


def measure_label(low: str, norm: str, sentence_start: int, clause_start: int, item: str) -> str:
    """The item's measure named by the label of the list it stands in, or ""."""
    colon = low.rfind(":", sentence_start, clause_start)
    if colon < 0 or not item:
        return ""
    items = low[colon + 1 : clause_start]
    if items.strip() and not items.rstrip().endswith(";"):
        return ""  # an item stands after the colon or after a semicolon of the list only
    label_start = max(low.rfind(";", sentence_start, colon) + 1, sentence_start)
    label = _LEAD.sub("", " ".join(norm[label_start:colon].split()))
    opening, comma, rest = label.rpartition(",")
    if comma and names_only_time(opening):
        label = rest.strip()  # "Năm 2022, tổng đàn: trâu 12.500 con": the time dates it
    label = _KINDS_OF_ITEMS.sub("", label)  # "Chỉ số sản xuất một số ngành": the measure
    words = item.split()
    if len(words) > 6 or _ACTOR.match(item.lower()) or any(c.isdigit() for c in item):
        return ""
    # "tổng đàn gia súc của huyện Bảo Lâm (Cao Bằng)": whose and where scope every item.
    measure = label_measure(label)
    herds = _HERDS_OF_KINDS.match(measure)
    if herds and herd_of(item):
        return f"{herds.group(1)} {item}"  # "tổng đàn gia súc: trâu …": the buffalo herd
    if _MEASURE_LABEL.match(measure.lower()):
        return "" if names_measure(item.lower()) else f"{measure} {item}"
    if _OWN_COUNT.match(item):
        return ""
    # "Số phương tiện đăng ký mới: ô tô …": the items are kinds of what it counts, and
    # "khách sạn" is one of them, not the visitors' count.
    return counted_label(label, item)


def uncounted(item: str, unit: str) -> str:
    """`item` without the counted noun the rules put after a bare item, so that a label's
    measure goes before the item itself.

    >>> uncounted("trâu con", "con"), uncounted("xã đạt chuẩn", "xã")
    ('trâu', 'xã đạt chuẩn')
    >>> uncounted("đàn trâu", "con")
    'trâu'

    """
    noun = counted_noun(unit)
    if noun and item.lower().endswith(f" {noun.lower()}"):
        return item[: -len(noun)].strip()
    if noun == "con" and item[:4].lower() == "đàn " and herd_of(item[4:]):
        return item[4:]  # "đàn trâu", the herd a bare "trâu 12.500 con" was named
    return item
