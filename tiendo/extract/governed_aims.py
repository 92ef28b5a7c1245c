"""An aim that governs the verb after it: "huyện phấn đấu xây dựng được 3 xóm đạt chuẩn".

"được" after a verb most often reports what was done ("xây dựng được 3 xóm"), so a number
right after it reads as a result (kinds.Cues.latest). Governed by an aim with no break
between ("phấn đấu", "quyết tâm", "nỗ lực", "mục tiêu"), the same words say what is to be
done: the level aimed at, a target. Nouns of a plan ("kế hoạch", "chỉ tiêu") name a plan
a result is set against and govern no verb; they are not read so.

>>> low = "huyện phấn đấu xây dựng được 3 xóm"
>>> governed_aim(low, low.index("phấn"), low.index(" xây"))
True
>>> low = "so với kế hoạch xây dựng được 3 xóm"
>>> governed_aim(low, low.index("kế"), low.index(" xây"))
False
"""

from __future__ import annotations

import re
from typing import Final

_AIM: Final = re.compile(r"(?:phấn đấu|quyết tâm|nỗ lực|cố gắng|mục tiêu)\b")


def governed_aim(text: str, cue_start: int, cue_end: int) -> bool:
    """True when the target cue at text[cue_start:cue_end] is an aim's verb or noun."""
    return _AIM.search(text, cue_start, cue_end) is not None
