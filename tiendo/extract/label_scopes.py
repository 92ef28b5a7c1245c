"""A list's label narrowed to what it measures, and a label that counts the items.

"Năm 2023, tổng đàn gia súc của huyện Bảo Lâm (Cao Bằng): trâu 21.350 con, …": after the
measure the label says whose herd it is and where; the place, the owner and the time
("của huyện Bảo Lâm", "trên địa bàn tỉnh Bắc Giang", "9 tháng năm 2023", "trong tháng
5/2024") scope every item and are no part of any item's name (label_measure).

"Số phương tiện đăng ký mới trên địa bàn tỉnh Bắc Giang: ô tô 6.215 chiếc, …": "Số X …"
counts things of which the items are kinds; each item is the number of its own kind, of
which the label says the same: "số ô tô đăng ký mới" (counted_label).

>>> label_measure("tổng đàn gia súc của huyện Bảo Lâm (Cao Bằng)")
'tổng đàn gia súc'
>>> counted_label("Số cơ sở được kiểm tra an toàn thực phẩm trong tháng 5/2024", "nhà hàng")
'số nhà hàng được kiểm tra an toàn thực phẩm'
>>> counted_label("Số phương tiện đăng ký mới trên địa bàn tỉnh Bắc Giang", "ô tô")
'số ô tô đăng ký mới'
>>> counted_label("Số liệu cụ thể", "ô tô"), counted_label("Số ca mắc mới", "ca")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

# Where the scope of a label starts: an owner or place ("của huyện …", "trên địa bàn …",
# "toàn tỉnh"), a remark in brackets, or a time ("9 tháng năm 2023", "trong tháng 5/2024").
_SCOPE: Final = re.compile(
    r"\s*\(|\s+(?:(?:của|tại|ở)\s+(?:toàn\s+)?(?:huyện|tỉnh|thành phố|thị xã|xã|phường|quận"
    r"|thị trấn|cả nước)\b|trên địa bàn\b|toàn\s+(?:huyện|tỉnh|thành phố|thị xã|xã)\b"
    r"|(?:trong\s+|của\s+)?(?:\d+\s+tháng|tháng|quý|năm|giai đoạn)\s+(?:đầu\s+)?[\divx])",
    re.IGNORECASE,
)
# "Số X …": X, then what the label says of the X ("đăng ký mới", "được kiểm tra …"). The
# head is one word when a word that states of it follows, else two ("phương tiện").
_STATES: Final = (
    r"(?:được|bị|đã|đăng ký|đạt|có|tham gia|mới|phát sinh|thành lập|xảy ra|hoạt động"
    r"|khám|tiêm|xuất|nhập|cấp|hoàn thành)\b"
)
_COUNTED: Final = re.compile(
    rf"^số\s+(?!lượng\b|liệu\b|tiền\b|thu\b|chi\b|vốn\b|dư\b|km\b)"
    rf"(?P<head>[^\W\d_]+\s+(?={_STATES})|[^\W\d_]+\s+[^\W\d_]+(?:\s+|$))"
    rf"(?P<rest>(?:[^\W\d_]+(?:\s+|$)){{0,8}})$",
    re.IGNORECASE,
)


def label_measure(label: str) -> str:
    """`label` up to where its owner, place or time starts."""
    scope = _SCOPE.search(label)
    return label[: scope.start()].strip() if scope and scope.start() > 0 else label


def counted_label(label: str, item: str) -> str:
    """ "số <item> <what the label says of them>" for a label "Số X …", or ""."""
    counted = _COUNTED.match(label_measure(label))
    if counted is None or item.lower() in counted.group("head").lower().split():
        return ""  # "Số ca mắc mới …: tháng 1 có 1.720 ca": the items are times, not kinds
    return " ".join(f"số {item} {counted.group('rest')}".split())
