"""Documents a meeting passes: "đặt mục tiêu tăng trưởng 9% và thông qua 13 nghị quyết".

A session that sets targets also acts: it passes resolutions, issues documents, examines
reports. The count of what it passed, issued or examined is done at the meeting, a result,
whatever target word stood before it in the sentence.

>>> low = "đặt mục tiêu tăng trưởng đạt 9% và thông qua 13 nghị quyết"
>>> from tiendo.extract.mentions import find_quantities
>>> documents_passed(low, find_quantities(low, low, 0, len(low))[-1])
True
>>> low = "thông qua 31 chỉ tiêu"
>>> documents_passed(low, find_quantities(low, low, 0, len(low))[-1])
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.mentions import Quantity

# The verb of the act right before the number ("thông qua 13", "cho ý kiến vào 13").
_ACT_BEFORE = re.compile(
    r"\b(?:thông qua|ban hành|xem xét|cho ý kiến(?: vào)?|thảo luận|biểu quyết)\s+(?:được\s+)?$"
)
# What a meeting passes or examines: documents, not the targets it adopts.
_DOCUMENTS = (
    "nghị quyết",
    "văn bản",
    "tờ",  # "12 tờ trình" is counted in "tờ"
    "báo cáo",
    "quyết định",
    "chỉ thị",
    "đề án",
    "kết luận",
    "quy chế",
)


def documents_passed(low: str, quantity: Quantity) -> bool:
    """True when the number of `quantity` counts documents a meeting passed, issued or
    examined, the verb of that act right before it."""
    if not quantity.unit.text.startswith(_DOCUMENTS):
        return False
    start = quantity.lead_start
    return _ACT_BEFORE.search(low, max(0, start - 30), start) is not None
