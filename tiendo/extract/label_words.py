"""How long the name a label before a colon gives is: the time that closes it is no part.

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
"""

from __future__ import annotations

import re
from typing import Final

# The time that closes a label: its lead words, its noun and number or numeral, a range.
_CLOSING_TIME: Final = re.compile(
    r"\s+(?:(?:đến|tới|trong|cuối|hết|đầu)\s+)*(?:giai đoạn|thời kỳ|nhiệm kỳ|năm|quý|tháng)"
    r"\s+(?:\d[\d/]*|[ivx]+)(?:\s*[-–]\s*\d[\d/]*)?\s*$",
    re.IGNORECASE,
)


def name_words(label: str) -> int:
    """The number of words of `label`, the time that closes it left out."""
    closing = _CLOSING_TIME.search(label) if label[-1:].isalnum() else None
    return len((label[: closing.start()] if closing else label).split())
