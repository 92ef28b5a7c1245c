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

The aim reaches past a comma to an act of the same actor with no subject of its own
("huyện phấn đấu nâng cao chất lượng các tiêu chí, xây dựng được 2 đến 3 xóm"), not to a
clause with words of its own before the verb ("..., năm 2024 xây dựng được 3 xóm"), nor
from an aim the actor already made ("đã phấn đấu vượt khó, xây dựng được 3 xóm").

>>> low = "huyện phấn đấu nâng cao chất lượng các tiêu chí, xây dựng được 3 xóm"
>>> at = low.index("phấn")
>>> governed_aim(low, at, at + 8, " nâng cao chất lượng các tiêu chí, xây dựng ")
True
>>> governed_aim(low, at, at + 8, " nâng cao chất lượng, các xã xây dựng ")
False
>>> low = "huyện đã phấn đấu vượt khó, xây dựng được 3 xóm"
>>> at = low.index("phấn")
>>> governed_aim(low, at, at + 8, " vượt khó, xây dựng ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.second_predicates import bare_act

_AIM: Final = re.compile(r"(?:phấn đấu|quyết tâm|nỗ lực|cố gắng|mục tiêu)\b")


def governed_aim(text: str, cue_start: int, cue_end: int, gap: str = "") -> bool:
    """True when the target cue at text[cue_start:cue_end] is an aim's verb or noun that
    governs the verb at the end of `gap`, the words between them (lower-case)."""
    if _AIM.search(text, cue_start, cue_end) is None:
        return False
    if "," not in gap:
        return True
    if text.endswith("đã ", 0, cue_start):
        return False  # the striving was done: what it brought is a result
    return bare_act(gap[gap.rfind(",") + 1 :])
