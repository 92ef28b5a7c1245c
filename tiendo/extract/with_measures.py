"""An amount said with a measure after what it is for: "Các mô hình giảm nghèo ... được
triển khai với tổng kinh phí 2,5 tỷ đồng", "có 4 dự án ... điều chỉnh tăng vốn với tổng
vốn 11.202 tỷ đồng".

"<what> với <measure> N": the amount is that measure of what the clause before "với" is
about (the thing carried out, or the things counted), not the clause's verb: "tổng kinh
phí mô hình giảm nghèo", "tổng vốn dự án ... điều chỉnh tăng vốn".
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.money_of_acts import act_for

_WITH_MEASURE: Final = re.compile(
    r"^(?P<clause>.+?)\s+với\s+(?P<measure>tổng kinh phí|kinh phí|tổng vốn(?: đầu tư)?|số vốn"
    r"|tổng mức đầu tư)(?:\s+(?:là|khoảng|hơn|trên|gần|ước|dự kiến))*\s*$",
    re.IGNORECASE,
)
# "... được triển khai": the subject is what was carried out.
_PASSIVE: Final = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:đã|đang|sẽ)\s+)?được\s+(?:triển khai|thực hiện|đầu tư|xây dựng"
    r"|khởi công|phê duyệt)$",
    re.IGNORECASE,
)
# "... triển khai Chương trình X": the object is what was carried out.
_ACTIVE: Final = re.compile(
    r"\b(?:triển khai|thực hiện|đầu tư xây dựng|khởi công|phê duyệt)\s+(?P<what>[^\d]+)$",
    re.IGNORECASE,
)
_COUNTED: Final = re.compile(r"(?<![\d.,])\d[\d.,]*\s+(?P<what>[^\W\d][^\d,;:]*)$")
# "hỗ trợ làm nhà ở cho 350 hộ nghèo": the things counted received what the act gave.
_FOR_COUNTED: Final = re.compile(
    r"^(?P<act>.*?\scho)\s+\d[\d.,]*\s+(?P<what>[^\W\d][^\d,;:]*)$", re.IGNORECASE
)
_DETERMINERS: Final = re.compile(r"^(?:các|những)\s+", re.IGNORECASE)
_WHERE: Final = re.compile(r"\s+(?:tại|trên địa bàn)\s.*$", re.IGNORECASE)  # not "ở": "nhà ở"
_MOST_WORDS: Final = 14


def measure_with(pre: str) -> str:
    """'tổng kinh phí mô hình giảm nghèo' for the words before the amount, or ''.

    >>> measure_with("Các mô hình giảm nghèo tại Đạ Pal được triển khai với tổng kinh phí")
    'tổng kinh phí mô hình giảm nghèo'
    """
    if "với" not in pre:  # the cheap test first (the measure and its words may be long)
        return ""
    found = _WITH_MEASURE.match(pre.strip(" ,;"))
    if found is None:
        return ""
    clause = found.group("clause")
    given = _FOR_COUNTED.match(clause) if " cho " in clause else None
    if given is not None and (act := act_for(given.group("act").lower())):
        # The money is of the act ("tổng kinh phí hỗ trợ làm nhà ở cho hộ nghèo"), not of
        # the households that received it.
        what = " ".join(given.group("what").split())
        return f"{found.group('measure').lower()} {act} cho {what}"
    what = ""
    for pattern in (_PASSIVE, _ACTIVE, _COUNTED):
        matched = pattern.search(clause) if pattern is not _PASSIVE else pattern.match(clause)
        if matched is not None:
            what = matched.group("what")
            break
    what = _WHERE.sub("", _DETERMINERS.sub("", " ".join(what.split()))).strip(" ,")
    if not what or len(what.split()) > _MOST_WORDS:
        return ""
    return f"{found.group('measure').lower()} {what}"
