"""A number that ends the proper name of a plant or a zone is part of the name.

"tổ máy số 1 Nhà máy Nhiệt điện Vũng Áng 1 gặp sự cố": "Vũng Áng 1" names the plant, as
"Nghi Sơn 2" or "Thái Bình 2" do; the "1" counts nothing ("gặp" is no noun counted). A
number after a two-word name elsewhere may still be a count ("thị trường Nhật Bản 240
người"), which mentions.py keeps.

>>> text = "Nhà máy Nhiệt điện Vũng Áng 1 gặp sự cố"
>>> names_facility(text.lower(), text, text.index("1"))
True
>>> text = "nhà máy thủy điện đón 120 đoàn khách"
>>> names_facility(text, text, text.index("120"))
False
"""

from __future__ import annotations

import re
from typing import Final

# The kind of a plant or a zone, then up to three words of its name before the number.
_FACILITY: Final = re.compile(
    r"\b(?:nhà máy|nhiệt điện|thủy điện|thuỷ điện|điện gió|điện mặt trời|lọc dầu|lọc hóa dầu"
    r"|khu công nghiệp|cụm công nghiệp|khu kinh tế|khu đô thị)\s+"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+$"
)


def names_facility(low: str, norm: str, first: int) -> bool:
    """True when the number at `first` ends the name of a plant or zone named before it,
    the name's words capitalised as written (`norm`: "đón 120 đoàn" names nothing)."""
    space = norm.rfind(" ", max(0, first - 16), first - 1)
    if space < 0 or not norm[space + 1 : space + 2].isupper():
        return False  # the word before the number is no capitalised name's: the cheap test
    window = low[max(0, first - 50) : first]
    if "máy" not in window and "điện" not in window and "khu" not in window and "dầu" not in window:
        return False  # no kind of plant or zone before
    match = _FACILITY.search(low, first - len(window), first)
    if match is None:
        return False
    return all(word[:1].isupper() for word in norm[match.start("name") : first].split())
