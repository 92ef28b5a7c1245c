"""The level a goal was set at, named in the clause that says the goal was met.

"hoàn thành mục tiêu mỗi năm kết nạp số đảng viên mới từ 3% trở lên" reports that a
goal was met, and states the goal in full: the number inside the goal's own words is the
level it was set at, a target, as the level of a plan a result passed or fell short of
is ("vượt mục tiêu 16,5% của nghị quyết"). Only the goal's clause: what follows a comma
or a semicolon is what was done. "hoàn thành chỉ tiêu xóa 100% nhà tạm" counts the
indicator met, and its number is the result (readers take it as done).

>>> low = "kết quả này góp phần hoàn thành mục tiêu mỗi năm kết nạp số đảng viên mới từ 3%"
>>> goal_level(low, 0, low.index("từ 3%"))
True
>>> low = "huyện hoàn thành mục tiêu đề ra; trồng mới 500 ha rừng"
>>> goal_level(low, 0, low.index("500"))
False
"""

from __future__ import annotations

import re
from typing import Final

# The goal met, then its own words up to the number, with no break of the clause between;
# "với" ends them ("hoàn thành mục tiêu đề ra với 120 đảng viên mới": the result it met by).
_GOAL_MET: Final = re.compile(r"\bhoàn thành (?:các |những )?mục tiêu\b(?:(?!\bvới\b)[^,;:.()%])*$")


def goal_level(low: str, clause_start: int, number_start: int) -> bool:
    """True when the number at `number_start` of lower-case `low` stands in the words of a
    goal its clause says was met ("hoàn thành mục tiêu ... 500 ha")."""
    # A plain look-up first: most clauses meet no goal.
    stretch = low[clause_start:number_start]
    return "hoàn thành" in stretch and _GOAL_MET.search(stretch) is not None


def goal_words(indicator: str) -> str:
    """The goal's own words of an indicator that runs through the goal met ("Kết quả này
    góp phần hoàn thành mục tiêu mỗi năm kết nạp số đảng viên mới" -> "mỗi năm kết nạp số
    đảng viên mới"): the level is the goal's, not the report's.

    >>> goal_words("Kết quả này góp phần hoàn thành mục tiêu mỗi năm kết nạp đảng viên")
    'mỗi năm kết nạp đảng viên'
    """
    at = indicator.lower().rfind("mục tiêu ")
    rest = indicator[at + len("mục tiêu ") :].strip() if at >= 0 else ""
    return rest or indicator
