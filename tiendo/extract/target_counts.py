"""A count of targets ("chỉ tiêu") is named by the targets and what is said of them, not by
the act or the body that set them: "Nghị quyết Đại hội đề ra 18 chỉ tiêu chủ yếu" counts
"chỉ tiêu chủ yếu". Words of attainment before them stay ("vượt chỉ tiêu", "hoàn thành
chỉ tiêu"): they say which targets are counted.

>>> counted_targets("hóa nghị quyết kỳ họp thứ 9 HĐND huyện chỉ tiêu chủ yếu")
'chỉ tiêu chủ yếu'
>>> counted_targets("Khối văn hóa - xã hội hoàn thành chỉ tiêu")
''
"""

from __future__ import annotations

import re
from typing import Final

_TARGETS: Final = "chỉ tiêu"
# Words that say which targets are counted: those reached, passed, done or missed.
_ATTAINED: Final = re.compile(
    r"\b(?:đạt|vượt|hoàn thành|về đích|tổng số|số|còn lại)\b", re.IGNORECASE
)


def counted_targets(named: str) -> str:
    """`named` from its "chỉ tiêu" on, when the words before name only who set or stated
    the targets, else ""."""
    start = named.lower().find(_TARGETS)
    if start <= 0:
        return ""
    if _ATTAINED.search(named, 0, start):
        return ""
    return named[start:]
