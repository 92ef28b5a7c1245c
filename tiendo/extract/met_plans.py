"""A plan that was set or handed down, named as what a result met, sets no target itself.

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
from typing import Final

from tiendo.extract.lexicon import at_word_start

# A verb of meeting or measuring, the plan's noun (and what it is of), then the cue. A
# result measured against the plan's level is measured the same way ("gấp 2,7 lần mức
# Nghị quyết đề ra", "cao hơn chỉ tiêu đề ra", "thấp hơn mục tiêu đặt ra"): the plan is
# named, not laid down, and what follows the clause is still reported.
# (each word before its word boundary, as a look-behind: a search skips to the words'
# first letters, where a leading "\b" had the engine try every position of the window;
# the same matches as r"\b(?:đạt|vượt(?: xa)?|...|gấp (?:đôi|ba|[\d,]+ lần))")
_MET_VERB: Final = (
    "(?:"
    + at_word_start(
        "đạt|vượt xa|vượt|bảo đảm|đảm bảo|hoàn thành|gần bằng|bằng|so với|bám sát|sát|đúng"
        "|cao hơn|thấp hơn|kém"
    )
    + r"|gấp(?<=\bgấp) (?:đôi|ba|[\d,]+ lần))\s+(?:mức\s+)?(?:(?:các|những)\s+)?"
)
# How many of the plan's items were met: "hoàn thành 18/20 chỉ tiêu Nghị quyết đề ra".
_MET_COUNT: Final = r"(?:\d+(?:\s*/\s*\d+)?\s+)?"
_MET: Final = re.compile(
    _MET_VERB + _MET_COUNT + r"(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|nghị quyết)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đã\s+|được\s+)?$"
)
# The cue names the plan itself ("đúng kế hoạch tỉnh giao"): the verb stands right before.
_MET_BEFORE: Final = re.compile(_MET_VERB + "$")
# The cues of a plan laid down or handed down ("được giao" too: "vượt kế hoạch được giao;
# trong đó thu nội địa 640 tỷ đồng" reports the parts of a result), then the plan's noun
# that opens a cue of its own ("kế hoạch tỉnh giao").
_CUE: Final = re.compile(r"(đề ra|đặt ra|được giao)\b|(?:kế hoạch|chỉ tiêu)(?: \S+){0,3}? giao\b")
# A plan's heading opens targets ("Kế hoạch năm 2025: ..."), unless the plan is what the
# results after it kept to ("bám sát kế hoạch:", "vượt kế hoạch:") or are set against: a
# review's "Thành tựu năm 2014, đặt cạnh kế hoạch: GRDP tăng 7,7% (kế hoạch 7%)" lists
# results, each with its plan in parentheses. A source for kinds.py's cue of the target.
PLAN_HEADING: Final = (
    r"(?<!vượt )(?<!đạt )(?<!với )(?<!sát )(?<!đúng )(?<!cạnh )(?<!chiếu )(?<!\bso )"
    r"(?<!sánh )(?<!soi vào )(?<!xét theo )\bkế hoạch(?: năm \d{4})?\s*:"
)
# The plan's own level, in parentheses right after it: "vượt kế hoạch đề ra (10%)".
_LEVEL_AFTER: Final = re.compile(r"\s*\(\s*(?:từ\s+|trên\s+|dưới\s+)?\d")


def met_plan(text: str, position: int) -> bool:
    """True when the cue at `position` of lower-case `text` ("đề ra", "đặt ra", "được
    giao", "kế hoạch tỉnh giao") names a plan that a verb of meeting or measuring names."""
    cue = _CUE.match(text, position)
    if cue is None:
        return False
    met = _MET if cue.group(1) is not None else _MET_BEFORE
    return (
        met.search(text, max(0, position - 50), position) is not None
        and _LEVEL_AFTER.match(text, cue.end()) is None
    )
