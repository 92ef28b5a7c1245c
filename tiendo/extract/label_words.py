"""How long the name a label before a colon gives is: the time that closes it is no part,
nor is the number of the list's item it opens with.

"Tổng vốn đầu tư phát triển huy động giai đoạn 2021 - 2025: 5.000 tỷ đồng" names the
capital raised; the term it covers, said last ("giai đoạn 2021 - 2025", "đến hết năm
2025"), says when, and a label is not too long to be a name because it says when at
length. A time that opens the label ("Riêng năm 2020, tai nạn giao thông giảm ...:") is
an adverbial of a clause, and counts with it.

>>> name_words("Tổng vốn đầu tư phát triển huy động giai đoạn 2021 - 2025")
8
>>> name_words("Thu nhập bình quân đầu người đến hết năm 2025")
6
>>> name_words("Riêng năm 2020, tai nạn giao thông giảm sâu nhất trong 10 năm")
13
>>> name_words("(5) Tỷ lệ người dân tham gia bảo hiểm y tế hằng năm")
10
"""

from __future__ import annotations

import re
from typing import Final

# The time that closes a label: its lead words, its noun and number or numeral, a range;
# or how often it is measured ("hằng năm").
_CLOSING_TIME: Final = re.compile(
    r"\s+(?:(?:(?:đến|tới|trong|cuối|hết|đầu)\s+)*(?:giai đoạn|thời kỳ|nhiệm kỳ|năm|quý|tháng)"
    r"\s+(?:\d[\d/]*|[ivx]+)(?:\s*[-–]\s*\d[\d/]*)?|(?:hằng|hàng|mỗi) năm)\s*$",
    re.IGNORECASE,
)
# The number of a list's item that opens the label ("(5) Tỷ lệ ...", "3. ...", "b) ...").
_ITEM_NUMBER: Final = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))\s+")


def name_words(label: str) -> int:
    """The number of words of `label`, its item's number and the time that closes it left
    out."""
    label = _ITEM_NUMBER.sub("", label)
    closing = _CLOSING_TIME.search(label) if label[-1:].isalnum() else None
    return len((label[: closing.start()] if closing else label).split())
