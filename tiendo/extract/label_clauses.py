"""The parts of a list's label that say nothing of the list: who passed it and when.

A label before a colon is a noun phrase with its predicate ("Kế hoạch năm 2025 của huyện
Tam Nông gồm: ..."), and between the two may stand a clause that only says who adopted
the plan or how it came about: "được HĐND huyện khóa XX thông qua tại kỳ họp thứ 12",
"mà UBND tỉnh Kon Tum trình kỳ họp thứ 7 HĐND tỉnh khóa XII", ", được Ban Thường vụ
Huyện ủy thống nhất sau khi đánh giá 5 năm thực hiện Nghị quyết số 05-NQ/HU,". The words
of such a clause ("thực hiện", "đánh giá") do not make the label report results, and the
number of a session ("kỳ họp thứ 12") is no figure of the label.

>>> main_clause("kế hoạch năm 2025 được hđnd thông qua tại kỳ họp thứ 12 gồm").split()
['kế', 'hoạch', 'năm', '2025', 'gồm']
>>> main_clause("các chỉ tiêu được giao đều đạt và vượt").split()
['các', 'chỉ', 'tiêu', 'đều', 'đạt', 'và', 'vượt']
>>> label_figure("ước thực hiện năm 2023 mà ubnd trình kỳ họp thứ 7 hđnd tỉnh")
False
>>> label_figure("kế hoạch vốn năm 2025 là 500 tỷ đồng, trong đó")
True
"""

from __future__ import annotations

import re
from typing import Final

# A clause set inside the label: passive "(đã) được <ai> thông qua", relative "mà <ai>
# trình", and "sau khi đánh giá ...". It ends at a comma or where the label's own predicate
# starts: a verb of listing ("gồm", "như sau", "là") or a word of results ("Các chỉ tiêu
# được giao đều đạt:", "... đã hoàn thành:", "... cơ bản đạt:"), which stays in the label.
_INNER: Final = re.compile(
    r"\b(?:(?:đã\s+)?được|mà|sau khi)\s"
    r"(?:(?!\b(?:bao gồm|gồm|như sau|cụ thể|là|với|đã(?!\s+được)|đều|đạt|vượt|hoàn thành"
    r"|chưa|không|vẫn|còn|cơ bản|ước|so với)\b)[^,])*"
)
# No figures: times ("năm 2025", "giai đoạn 2026 - 2030", "6 tháng"), ordinals of a
# session or a congress ("kỳ họp thứ 12") and document numbers ("Nghị quyết số
# 05-NQ/HU", "Kế hoạch 45/KH-UBND").
_NOT_FIGURES: Final = re.compile(
    r"\b(?:19|20)\d{2}\b(?![.,]\d)|\b(?:năm|tháng|quý)\s+[\d/]+|\b\d+\s+(?:tháng|quý|năm)\b"
    r"|\bthứ\s+\d+\b"
    r"|\bsố\s+\d\S*|\b\d+[-/][a-zđ]\S*"
)


def label_before(low: str, start: int, colon: int) -> str:
    """The label that ends at `colon`: from the start, a semicolon or a line break."""
    opening = max(start, low.rfind(";", start, colon) + 1, low.rfind("\n", start, colon) + 1)
    return low[opening:colon]


def main_clause(label: str) -> str:
    """The label with the clauses set inside it blanked out (offsets kept)."""
    return _INNER.sub(lambda match: " " * len(match.group()), label)


def label_figure(label: str) -> bool:
    """True when the label holds a number that is no time, ordinal or document number: the
    colon then opens the breakdown of that figure, not a list ("Kế hoạch vốn năm 2025 là
    500 tỷ đồng, trong đó: ...")."""
    return any(char.isdigit() for char in _NOT_FIGURES.sub("", label))
