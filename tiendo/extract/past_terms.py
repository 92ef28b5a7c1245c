"""A term already over reports results, among targets too.

A congress sets the aims of its new term and looks back on the one that ended: "Tại xã
B, nhiệm kỳ 2020 - 2025 kinh tế tăng trưởng bình quân 7,5%/năm" in a text of 2025, or
"nhiệm kỳ qua tỉnh duy trì tốc độ tăng trưởng bình quân 8,98%/năm". A figure its clause
dates to a term or stage that ended by the year of the text is where things got to, not
an aim, though the list of targets is still read around it.

>>> past_term("nhiệm kỳ 2020 - 2025 kinh tế tăng trưởng bình quân ", 0, 50, 2025)
True
>>> past_term("nhiệm kỳ 2025 - 2030 kinh tế tăng trưởng bình quân ", 0, 50, 2025)
False
>>> past_term("nhiệm kỳ qua tỉnh duy trì tốc độ tăng trưởng bình quân ", 0, 54, None)
True
"""

from __future__ import annotations

import re
from typing import Final

# The term looked back on ("nhiệm kỳ qua", "giai đoạn vừa qua") or named by its years,
# not the aim for it ("đến năm 2025", "mục tiêu nhiệm kỳ 2020 - 2025").
_TERM: Final = re.compile(
    r"(?<!tiêu )(?<!hướng )(?<!đến )\b(?:nhiệm kỳ|giai đoạn)"
    r"(?: (?:vừa )?qua\b| (\d{4})\s*[-–]\s*(\d{4})\b)"
)


def past_term(low: str, start: int, end: int, document_year: int | None) -> bool:
    """True when low[start:end], the words of a figure's clause before its number, dates
    it to a term or stage over by `document_year`."""
    stretch = low[start:end]
    # A plain look-up first: most clauses name no term.
    if "nhiệm kỳ" not in stretch and "giai đoạn" not in stretch:
        return False
    # The last term named before the number is the figure's.
    matches = list(_TERM.finditer(stretch))
    if not matches:
        return False
    last = matches[-1]
    if last.group(2) is None:
        return True
    first, final = int(last.group(1)), int(last.group(2))
    return document_year is not None and first < final <= document_year
