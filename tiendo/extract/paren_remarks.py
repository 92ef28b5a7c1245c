"""Remarks in parentheses inside the text before a figure's number, blanked before the
indicator is read ("(giá so sánh 2010)", "(không gồm thu chuyển nguồn)", "(sơ bộ)"), save
where the remark says what a bare acronym leaves out.

>>> blank_remarks("GRDP (trừ dầu khí) của tỉnh ước đạt").split()
['GRDP', '(trừ', 'dầu', 'khí)', 'của', 'tỉnh', 'ước', 'đạt']
>>> blank_remarks("GRDP (giá so sánh 2010) của tỉnh ước đạt").split()
['GRDP', 'của', 'tỉnh', 'ước', 'đạt']
"""

from __future__ import annotations

import re
from typing import Final

# "(giá so sánh 2010)", "(tăng 7%)": a remark with a number says how or how much, not what.
_NUMBERED_PAREN: Final = re.compile(r"\s*\([^()]*\d[^()]*\)")
# What a measure leaves out ("(trừ dầu khí)") and what it takes in ("(kể cả ...)").
_LEAVES_OUT: Final = ("không", "chưa", "trừ", "không kể", "không tính")
_TAKES_IN: Final = ("gồm", "bao gồm", "kể cả", "tính cả")
# "(không kể dầu thô)": what the measure covers; "(sơ bộ)": how final the number is.
_SCOPE_PAREN: Final = re.compile(
    r"\s*\((?:" + "|".join((*_LEAVES_OUT, *_TAKES_IN)) + r")\b[^()]*\)"
    r"|\s*\((?:sơ bộ|ước tính|ước thực hiện|ước|dự ước|dự kiến|chính thức)\s*\)",
    re.IGNORECASE,
)
# An acronym of a measure (GRDP, GDP, IIP) written right before the parenthesis: the name
# is the one word, so what it leaves out is what tells this measure apart ("GRDP (trừ dầu
# khí)" is not GRDP), and readers keep it in the name. A price basis right after it
# ("GRDP (giá so sánh 2010)") is kept by some readers and dropped by others (and by the
# calibration part's): it stays blanked.
_ACRONYM_BEFORE: Final = re.compile(r"(?:^|\s)[A-ZĐ]{2,5}\s*$")
_QUALIFIER: Final = re.compile(r"\s*\((?:" + "|".join(_LEAVES_OUT) + r")\b[^()]*\)", re.IGNORECASE)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if _QUALIFIER.fullmatch(match.group()) and _ACRONYM_BEFORE.search(text, 0, start):
            continue
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def blank_remarks(text: str) -> str:
    """`text` with its remarks in parentheses blanked (offsets stay put)."""
    if "(" not in text:
        return text
    return _blank(_SCOPE_PAREN, _blank(_NUMBERED_PAREN, text))
