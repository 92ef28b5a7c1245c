"""A plan passed with a verb before "vượt": "tăng vượt kế hoạch 2,5%", "hoàn thành vượt
2,5% so với kế hoạch".

"tăng vượt" and "hoàn thành vượt" say no more than "vượt": by how much the result passed
its basis. The verb before belongs to the comparison's words, not to a subject of their
own, so after a level ("ước đạt 6.820 tỷ đồng, tăng vượt kế hoạch quý 2,5%") the rate is
that level's comparison, as after a plain "vượt".

>>> passed_start("doanh thu đạt 500 tỷ đồng, tăng vượt kế hoạch ", 32)
27
>>> passed_start("doanh thu đạt 500 tỷ đồng, hoàn thành vượt kế hoạch ", 38)
27
>>> passed_start("doanh thu đạt 500 tỷ đồng, vượt kế hoạch ", 27)
27
"""

from __future__ import annotations

import re
from typing import Final

# The verb right before "vượt", after a comma, a blank or "(".
_VERB_BEFORE: Final = re.compile(r"(?:(?<=[\s,(])|^)(?:tăng|hoàn thành|đạt và)\s+$")


def passed_start(before: str, cue_start: int) -> int:
    """Where the comparison's words start when `before` (lower-case) has "vượt" at
    `cue_start`: at the verb that goes with it, if one stands right before."""
    if not before.startswith("vượt", cue_start):
        return cue_start
    verb = _VERB_BEFORE.search(before, max(0, cue_start - 16), cue_start)
    return verb.start() if verb else cue_start
