"""An index's value is a number with no unit: "chỉ số chuyển đổi số (DTI) đạt 0,7955",
"chỉ số phát triển con người (HDI) khoảng 0,75", "hệ số Gini là 0,38", and the value of
the year before in parentheses ("tăng 8,6% so với năm 2023 (0,7326)"). Such indexes are
fractions of one; a number with no unit was otherwise no figure, and the rise after it
became a rise with no level.

It is read only where the sentence names an index before it ("chỉ số", "hệ số", or the
letters of one) and the number is a fraction of one, right after a verb of level, a
bound, the index's name or an opening parenthesis, with no word after it: "đạt 0,5 lần"
is a multiple, "đạt 0,8 triệu" a scale, "tăng 0,5" a gap.

>>> low = "chỉ số dti năm 2024 đạt 0,7955, tăng 8,6%"
>>> index_value(low, 0, low.index("0,7"), low.index(", t"), 0.7955).text
''
>>> low = "chỉ số phát triển con người (hdi) khoảng 0,75."
>>> index_value(low, 0, low.index("0,7"), low.index("."), 0.75).kind
'measure'
>>> low = "tỷ lệ hộ nghèo đạt 0,75, giảm 1%"
>>> index_value(low, 0, low.index("0,7"), low.index(", g"), 0.75) is None
True
>>> low = "hệ số sử dụng đất 0,5 lần"
>>> index_value(low, 0, low.index("0,5"), low.index(" lần"), 0.5) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.units import UnitMatch

# The names of an index in the clause before the number.
_INDEX_NAME: Final = re.compile(r"\b(?:chỉ số|hệ số|hdi|dti|gini)\b")
# Right before the number: a verb of level, a bound, the index's letters or a parenthesis.
_LEAD: Final = re.compile(
    r"(?:\b(?:đạt|là|ở mức|bằng|(?:hdi|dti|gini)\)?)|\()"
    r"(?:\s+(?:khoảng|gần|xấp xỉ|trên|hơn|dưới))?\s*$"
)
# After the number: no word, only the clause's end, a comma or a closing parenthesis.
_NO_WORD_AFTER: Final = re.compile(r"\s*(?:[,;.)]|$)")


def index_value(
    low: str, floor: int, first: int, unit_start: int, value: float
) -> UnitMatch | None:
    """The empty unit of an index's value for the number from `first` to `unit_start` of
    lower-case `low` (its sentence opening at `floor`), or None."""
    if not 0 < value < 1 or _NO_WORD_AFTER.match(low, unit_start) is None:
        return None
    if _LEAD.search(low, max(floor, first - 20), first) is None:
        return None
    # The parts of an index listed after it name it once: "giá trị DTI bình quân đạt
    # 0,6961, …; trong đó chính quyền số đạt 0,7582".
    if _INDEX_NAME.search(low, max(floor, first - 240), first) is None:
        return None
    return UnitMatch("", "measure", unit_start)
