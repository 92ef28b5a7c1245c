"""Which count the things counted "với" after it belong to: "toàn tỉnh có 420 cơ sở lưu
trú du lịch, trong đó có 2 khách sạn 5 sao và 2 khách sạn 4 sao, với khoảng 7.240 buồng".

The rooms after ", với" are the rooms of the establishments the sentence counted whole, not
of the last part its breakdown named ("2 khách sạn 4 sao"): the parts after "trong đó" are
an aside the comma closes, and "với" goes on with the whole they break down. ("15 cơ sở từ 3
sao trở lên với khoảng 1.300 phòng", with no comma, are the last part's rooms: the caller
asks only after a comma.)

>>> low = "có 420 cơ sở, trong đó có 2 khách sạn 5 sao và 2 khách sạn 4 sao, với 7.240 buồng"
>>> part_list_opened(low, low.index(","), low.index("2 khách"))
True
>>> part_list_opened(low, low.index(" và"), low.rindex("2 khách"))
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# A breakdown opened right after a count: its parts are an aside of the whole.
_PARTS_OPEN: Final = re.compile(r"[\s,;(]*(?:trong đó|bao gồm|gồm)(?![^\W\d_])")
# Between two parts of one breakdown: a comma or "và" (the parts run on).
_PARTS_GO_ON: Final = re.compile(r"[\s,]*(?:và\s+)?(?:có\s+)?$")


def part_list_opened(low: str, end: int, next_start: int) -> bool:
    """True when the words between a count's end and the next count open a breakdown."""
    return _PARTS_OPEN.match(low, end, next_start) is not None


def whole_owner(drafts: list[Draft], owner: Draft, low: str) -> Draft:
    """The count a breakdown that `owner` closes breaks down, or `owner` itself."""
    index = next((i for i, d in enumerate(drafts) if d is owner), -1)
    while index > 0:
        earlier, later = drafts[index - 1], drafts[index]
        if earlier.quantity is None or later.quantity is None:
            return owner
        if earlier.quantity.unit.kind != "count":
            return owner
        gap_start, gap_end = earlier.quantity.extent_end, later.quantity.lead_start
        if gap_start > gap_end:
            return owner
        if part_list_opened(low, gap_start, gap_end):
            return earlier
        if _PARTS_GO_ON.match(low, gap_start, gap_end) is None:
            return owner  # words of their own between: no run of parts
        index -= 1
    return owner
