"""A goal as the subject of its clause: "Mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2025 đạt
17,5 tỷ USD" states the level aimed at, however long what the goal names.

"Mục tiêu X đạt N" says what X is to reach: the goal is the head of the subject and the
verb is its content, not a result ("Xuất khẩu gỗ năm 2024 đạt 16,2 tỷ USD"). A goal said
to have been met ("Mục tiêu ... năm 2023 đã đạt 14,4 tỷ USD") reports a result, and a
goal met, passed or carried out ("hoàn thành mục tiêu ...", "vượt mục tiêu ...", "thực
hiện mục tiêu ...") is no subject. "Chỉ tiêu X đạt N" is left to the verb: reports list
results by their targets' names ("Chỉ tiêu trồng rừng tập trung năm 2023 đạt 1.320 ha").

>>> import re
>>> goal = re.compile(GOAL_SUBJECT)
>>> goal.search("mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2025 đạt 17,5 tỷ usd").group()
'mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2025 đạt'
>>> goal.search("mục tiêu xuất khẩu gỗ năm 2023 đã đạt 14,4 tỷ usd") is None
True
>>> goal.search("tỉnh hoàn thành mục tiêu xuất khẩu năm 2023 đạt 14 tỷ usd") is None
True
"""

from __future__ import annotations

from typing import Final

# The goal, then up to twenty-four words of what it names (its owner, its year: "của tỉnh
# Bình Dương năm 2025"), none of them a verb of results or a comparison, then the verb of
# its level ("đạt", "là") and the number (a bound may stand before it: "đạt trên 45%").
# A clause ends the subject (",", ";", ":", "."): the goal of an earlier clause has no say.
GOAL_SUBJECT: Final = (
    r"(?<!hoàn thành )(?<!vượt )(?<!đạt )(?<!với )(?<!hơn )(?<!bằng )(?<!hiện )(?<!khai )"
    r"\bmục tiêu(?: (?!vượt\b|đạt\b|bằng\b|so\b|là\b|đã\b|được\b|hoàn thành\b|chưa\b)"
    r"[^\s,;:.()%]+){1,24}? (?:đạt|là|tăng|giảm|ở mức)"
    r"(?= (?:(?:trên|từ|dưới|hơn|khoảng|gần|tối thiểu|ít nhất|bình quân) )?\d)"
)
