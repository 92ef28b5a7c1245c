"""Whether the plan itself is the subject of a figure: "Tổng kế hoạch vốn đầu tư công năm
2023 là 5.200 tỷ đồng" states the plan's level, a target.

>>> plan_is_subject("tổng kế hoạch vốn đầu tư công năm 2023 là ")
True
>>> plan_is_subject("vốn kế hoạch năm 2025 giải ngân "), plan_is_subject("thu ngân sách đạt ")
(False, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.plural_lists import fold_plural_lists, without_predicate

# The plan as the subject ("Tổng kế hoạch vốn ... là") or as what is allotted ("Lào Cai
# phân bổ kế hoạch vốn đầu tư công 6.216 tỷ đồng"): the level is the plan's. "Sở Kế hoạch
# và Đầu tư cho biết ..." names an office, the source of the figure, not a plan.
_PLANNED_SUBJECT: Final = re.compile(
    r"^[\s,;:(\-–•+*]*(?:[^\W\d_]+\s+){0,4}?(?:(?:phân bổ|giao|bố trí|thông qua)\s+)?"
    r"(?:tổng\s+)?(?:kế hoạch|dự toán)\s+(?!so\b)(?!và đầu tư\b)\w"
)
# ... unless the words around the plan report it carried out ("vốn kế hoạch năm 2025
# giải ngân 9.276 tỷ đồng", "huyện thực hiện kế hoạch trồng 120 ha rừng"): the level is
# what was done with it.
# The plan allotted ("được HĐND tỉnh giao", "đã được phân bổ") is no plan carried out.
_PLAN_DONE: Final = re.compile(
    r"\b(?:giải ngân|thực hiện|đạt|hoàn thành|sử dụng|triển khai|vượt)\b"
    r"|\bđã\b(?! được (?:giao|phân bổ|bố trí|phê duyệt))"
)
# The last stretch after a comma, semicolon or colon outside parentheses.
_LAST_CHUNK: Final = re.compile(r"[,;:](?![^()]*\))")


def plan_is_subject(own: str) -> bool:
    """True when the last stretch of `own` (the lower-case words from a figure's item to its
    number) opens with the plan as its subject or what is allotted, not carried out."""
    # The plan's nouns as plain tests first: most figures name none, and the last stretch
    # is then neither cut nor matched.
    if "kế hoạch" not in own and "dự toán" not in own:
        return False
    chunks = _LAST_CHUNK.split(own)
    chunk = chunks[-1]
    if len(chunks) > 1 and ("các " in own or "những " in own):
        # "dự toán … giao cho các ban, ngành, địa phương là": the plan's stretch goes on.
        chunk = fold_plural_lists(chunks, without_predicate)[-1]
    return _PLANNED_SUBJECT.match(chunk) is not None and not _PLAN_DONE.search(chunk)
