"""What a meeting does: "đặt mục tiêu tăng trưởng 9% và thông qua 13 nghị quyết".

A session that sets targets also acts: it passes resolutions, issues documents, examines
reports, elects or appoints its bodies ("Ban Chấp hành được chỉ định gồm 27 đồng chí",
"Đại hội bầu 33 đồng chí"). The count of what it passed, issued, examined or chose is done
at the meeting, a result, whatever target word stood before it in the sentence.

>>> low = "đặt mục tiêu tăng trưởng đạt 9% và thông qua 13 nghị quyết"
>>> from tiendo.extract.mentions import find_quantities
>>> documents_passed(low, find_quantities(low, low, 0, len(low))[-1])
True
>>> low = "thông qua 31 chỉ tiêu"
>>> documents_passed(low, find_quantities(low, low, 0, len(low))[-1])
False
>>> low = "ban chấp hành được chỉ định gồm 27 đồng chí"
>>> documents_passed(low, find_quantities(low, low, 0, len(low))[-1])
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.quantities import Quantity

# The verb of the act right before the number ("thông qua 13", "cho ý kiến vào 13").
_ACT_BEFORE: Final = re.compile(
    r"\b(?:thông qua|ban hành|xem xét|cho ý kiến(?: vào)?|thảo luận|biểu quyết)\s+(?:được\s+)?$"
)
# What a meeting passes or examines: documents, not the targets it adopts.
_DOCUMENTS: Final = (
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


# Choosing a body: the verb, then (within the clause) the body, then "gồm" right before
# the number; or the verb right before it ("bầu 33 đồng chí vào Ban Chấp hành").
_CHOSEN_BEFORE: Final = re.compile(
    r"\b(?:bầu|chỉ định|kiện toàn)\b(?:[^;:.\d]{0,60}?\bgồm)?\s+(?:có\s+)?$"
)
_MEMBERS: Final = ("đồng chí", "người", "đại biểu", "ủy viên", "uỷ viên", "thành viên", "vị")


def documents_passed(low: str, quantity: Quantity) -> bool:
    """True when the number of `quantity` counts documents a meeting passed, issued or
    examined, the verb of that act right before it, or the members of a body it elected
    or appointed."""
    unit = quantity.unit.text
    start = quantity.lead_start
    if unit.startswith(_DOCUMENTS):
        return _ACT_BEFORE.search(low, max(0, start - 30), start) is not None
    if not unit.startswith(_MEMBERS):
        return False
    window = low[max(0, start - 90) : start]
    # Plain look-ups first: most counts of people follow no election.
    if "bầu" not in window and "chỉ định" not in window and "kiện toàn" not in window:
        return False
    return _CHOSEN_BEFORE.search(window) is not None
