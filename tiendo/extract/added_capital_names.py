"""Capital added to projects already licensed, named as the capital, not as the act
(`added_capital` reads the amount as a level; this names it).

"điều chỉnh tăng vốn 42 dự án, vốn tăng thêm 616 triệu USD", "25 dự án điều chỉnh tăng vốn
với số vốn tăng thêm hơn 503 triệu USD", "777 doanh nghiệp điều chỉnh tăng vốn thêm 18.533
tỷ đồng": the amount is the capital the projects added ("vốn tăng thêm"), where the words
before it leave the act ("tăng vốn") or a bare "số vốn" as its name.

>>> added_capital_name("có 25 dự án điều chỉnh tăng vốn với số vốn tăng thêm hơn ")
'vốn tăng thêm'
>>> added_capital_name("777 doanh nghiệp điều chỉnh tăng vốn thêm ")
'vốn tăng thêm'
>>> added_capital_name("12 dự án tăng vốn với tổng vốn đăng ký tăng thêm ")
'vốn đăng ký tăng thêm'
>>> added_capital_name("92 dự án được chấp thuận, vốn đăng ký mới và tăng thêm ")
'vốn đăng ký mới và tăng thêm'
>>> added_capital_name("tổng vốn đầu tư tăng ")
''
"""

from __future__ import annotations

import re
from typing import Final

# The words right before the amount: the capital that grew ("(số|tổng) vốn (đăng ký)
# tăng (thêm)"), or the act with "thêm" after it ("tăng vốn (đầu tư) thêm").
_ADDED: Final = re.compile(
    r"(?:\b(?:số |tổng )?vốn(?:(?P<what> đăng ký| đầu tư)(?P<new> (?:cấp )?mới và)?)?"
    r"(?: điều chỉnh)? tăng(?P<more> thêm)?"
    r"|\btăng vốn(?: đăng ký| đầu tư)?(?P<after> thêm)?)"
    r"(?:\s+(?:hơn|gần|khoảng|trên|xấp xỉ|là|đạt))?\s*$"
)


def added_capital_name(words: str) -> str:
    """'vốn tăng thêm' when `words` (the figure's clause up to its amount, lower-cased)
    give the amount as capital added to projects, else ""."""
    if "vốn" not in words or "tăng" not in words:  # the cheap test first
        return ""
    found = _ADDED.search(words)
    if found is None:
        return ""
    # A capital that merely grew ("tổng vốn đầu tư tăng 500 tỷ đồng so với năm trước") is a
    # change of that capital: only "thêm" or an act of raising the capital in the same
    # clause ("điều chỉnh tăng vốn ... với số vốn tăng") makes the amount the capital added.
    added = found.group("more") or found.group("after")
    if not added and "tăng vốn" not in words[: found.start()]:
        return ""
    # "vốn đăng ký mới và tăng thêm": registered capital, of new projects and added, one
    # measure; a bare "vốn cấp mới và tăng thêm" is left to the owner named before it
    # ("Công nghiệp chế biến, chế tạo có 25 dự án đăng ký mới, tổng vốn cấp mới và …").
    return f"vốn{found.group('what') or ''}{found.group('new') or ''} tăng thêm"
