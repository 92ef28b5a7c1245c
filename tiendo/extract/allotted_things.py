"""Things counted that were allotted something: "64 dự án được bố trí vốn".

"được bố trí", "được phân bổ" and "được giao" say an amount is planned when the subject
receives it ("Huyện được bố trí 73 tỷ đồng"). Right after a count and its noun they only
describe the things counted ("Trong số 64 dự án được bố trí vốn năm 2018, mới có 1 dự án
hoàn thành"): a relative clause, not the sentence's predicate, so it sets no target for
the figures after it.

>>> describes_counted("trong số 64 dự án được bố trí vốn", 18)
True
>>> describes_counted("kế hoạch vốn năm 2023 của tỉnh được giao 4.000 tỷ đồng", 34)
False
>>> describes_counted("huyện được bố trí 73 tỷ đồng", 6)
False
"""

from __future__ import annotations

import re
from typing import Final

# A count (no year, date or share) and one to three words of its noun, ending where the
# cue starts; "của" would make the words a body's name ("năm 2023 của tỉnh").
_COUNTED_BEFORE: Final = re.compile(
    r"(?<![\d.,/])(?<!năm )(?<!tháng )(?<!quý )(?<!ngày )(?!(?:19|20)\d\d\b)\d+(?:\.\d{3})*"
    r"(?:\s+(?!của\b)[^\W\d_]+){1,3}\s+$"
)
_CUES: Final = ("được bố trí", "được phân bổ", "được giao")
# Every match of _COUNTED_BEFORE holds a digit: a search for one (which skips to it) first.
_DIGIT: Final = re.compile(r"\d")


def describes_counted(text: str, position: int) -> bool:
    """True when the cue at `position` of lower-case `text` ("được bố trí", "được phân
    bổ", "được giao") follows a count and its noun, which it describes."""
    if not text.startswith(_CUES, position):
        return False
    start = max(0, position - 40)
    if _DIGIT.search(text, start, position) is None:
        return False  # the cheap test first: no count before the cue
    return _COUNTED_BEFORE.search(text, start, position) is not None
