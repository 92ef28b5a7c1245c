"""A plan that was set, named as what a result met, sets no target itself.

"đề ra" and "đặt ra" set a target where a sentence lays one down ("Huyện đề ra 25 chỉ
tiêu"). After a plan's noun that a result is measured against ("bảo đảm kế hoạch đề
ra", "vượt chỉ tiêu đã đề ra", "hoàn thành các mục tiêu đặt ra") the words only say
which plan: the clause reports a result, and the figures in it are results.

>>> text = "thu ngân sách bảo đảm kế hoạch đề ra, trong đó thu tiền đất là 37 tỷ đồng"
>>> met_plan(text, text.index("đề ra"))
True
>>> text = "huyện đề ra 25 chỉ tiêu"
>>> met_plan(text, text.index("đề ra"))
False
>>> text = "chưa đạt mục tiêu đề ra (từ 50% trở lên)"
>>> met_plan(text, text.index("đề ra"))
False
>>> text = "nghị quyết về các chỉ tiêu kế hoạch đề ra"
>>> met_plan(text, text.index("đề ra"))
False
"""

from __future__ import annotations

import re

# A verb of meeting or measuring, the plan's noun (and what it is of), then the cue. A
# result measured against the plan's level is measured the same way ("gấp 2,7 lần mức
# Nghị quyết đề ra", "cao hơn chỉ tiêu đề ra", "thấp hơn mục tiêu đặt ra"): the plan is
# named, not laid down, and what follows the clause is still reported.
_MET = re.compile(
    r"\b(?:đạt|vượt(?: xa)?|bảo đảm|đảm bảo|hoàn thành|(?:gần )?bằng|so với|bám sát|sát|đúng"
    r"|cao hơn|thấp hơn|kém|gấp (?:đôi|ba|[\d,]+ lần))\s+"
    r"(?:mức\s+)?(?:(?:các|những)\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|nghị quyết)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đã\s+|được\s+)?$"
)
# A plan's heading opens targets ("Kế hoạch năm 2025: ..."), unless the plan is what the
# results after it kept to ("bám sát kế hoạch:", "vượt kế hoạch:") or are set against: a
# review's "Thành tựu năm 2014, đặt cạnh kế hoạch: GRDP tăng 7,7% (kế hoạch 7%)" lists
# results, each with its plan in parentheses. A source for kinds.py's cue of the target.
PLAN_HEADING = (
    r"(?<!vượt )(?<!đạt )(?<!với )(?<!sát )(?<!đúng )(?<!cạnh )(?<!chiếu )(?<!\bso )"
    r"(?<!sánh )(?<!soi vào )(?<!xét theo )\bkế hoạch(?: năm \d{4})?\s*:"
)
# The plan's own level, in parentheses right after it: "vượt kế hoạch đề ra (10%)".
_LEVEL_AFTER = re.compile(r"\s*\(\s*(?:từ\s+|trên\s+|dưới\s+)?\d")


def met_plan(text: str, position: int) -> bool:
    """True when the cue at `position` of lower-case `text` ("đề ra", "đặt ra") follows
    the noun of a plan that a verb of meeting or measuring names."""
    return (
        _MET.search(text, max(0, position - 50), position) is not None
        # Both cues end on "ra", the first one after the cue's first letter.
        and _LEVEL_AFTER.match(text, text.find("ra", position + 1) + 2) is None
    )
