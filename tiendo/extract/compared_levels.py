"""A level a figure is set against, named after the comparative: "..., mức cao nhất trong
5 năm và cao hơn mục tiêu tăng trưởng 6,2% mà Chính phủ đặt ra", "vượt mức tăng trưởng
8,42% mà kế hoạch đề ra".

After "cao hơn", "thấp hơn" or "vượt", the noun phrase of a level ("mức ...", "mục tiêu
...", "chỉ tiêu ...", "kế hoạch ...", "kịch bản ...") names the number that follows it;
the comparative and the words before it belong to the figure that was compared. An
average ("mức bình quân", "mức chung") is of the measure compared, named elsewhere.

>>> compared_level("mức cao nhất trong 5 năm trở lại đây và cao hơn mục tiêu tăng trưởng")
'mục tiêu tăng trưởng'
>>> compared_level("vượt mức tăng bình quân cả nước")
'mức tăng bình quân cả nước'
>>> compared_level("vượt kế hoạch")  # the plan alone: a share of it, named elsewhere
''
>>> compared_level("thấp hơn mức bình quân")  # an average: of the measure compared
''
>>> compared_level("Tăng trưởng vượt kịch bản dự tính")  # names no measure of its own
''
>>> compared_level("Mức tăng này cao hơn mục tiêu đề ra")  # the growth named again
'mục tiêu tăng trưởng đề ra'

A level noun alone right before the number ("…, xếp thứ 3 và cao hơn mục tiêu 7,5%",
"vượt xa mức tăng 3,56% của năm trước") still names the number: it is that level, not the
rank or the comparative before it.

>>> compared_level("xếp thứ 3/14 tỉnh miền núi và cao hơn mục tiêu")
'mục tiêu'
>>> compared_level("tốc độ tăng vượt xa")  # "vượt xa mức tăng", made a rate of growth
'mức tăng'
>>> compared_level("tốc độ tăng cao")  # "cao hơn mức tăng", its "hơn" dropped so
'mức tăng'
>>> compared_level("chỉ tiêu đạt và vượt kế hoạch")  # plain "vượt": a count of targets met
''
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from tiendo.extract.breakdowns import names_measure

if TYPE_CHECKING:  # clauses imports modules that import the steps
    from tiendo.extract.clauses import Draft

_COMPARED: Final = re.compile(
    r"(?:^|\s)(?:cao hơn|thấp hơn|vượt xa|vượt)\s+"
    r"(?P<level>(?!mức\s+(?:bình quân|chung)\b)(?:mức|mục tiêu|chỉ tiêu|kế hoạch|kịch bản)\s+"
    r"[^\d,;:()]{2,60})$",
    re.IGNORECASE,
)

# The growth of the sentence before, named again as the subject: "Mức tăng này", "Tốc độ
# tăng trưởng đó".
_GROWTH_AGAIN: Final = re.compile(
    r"^(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?\s+(?:này|đó|trên)\s", re.IGNORECASE
)

# A bare level noun after a marked comparative (not plain "vượt", whose "vượt kế hoạch"
# ends the names of counts of targets met), or that rise already renamed a rate of growth
# of the comparative ("tốc độ tăng vượt xa", "tốc độ tăng cao" from "cao hơn mức tăng").
_BARE_LEVEL: Final = re.compile(
    r"(?:^|\s)(?:cao hơn|thấp hơn|vượt xa)\s+"
    r"(?P<level>mức tăng(?: trưởng)?|mục tiêu|chỉ tiêu|kịch bản)$"
    r"|^tốc độ tăng(?P<rate> trưởng)?\s+(?:cao|thấp|vượt xa)(?:\s+hơn)?$",
    re.IGNORECASE,
)

# What the bare levels are named by, the measure added after them (rise_of_measure).
BARE_LEVELS: Final = ("mức tăng", "mức tăng trưởng", "mục tiêu", "chỉ tiêu", "kịch bản")

_LEVEL_HEAD: Final = re.compile(r"mức|mục tiêu|chỉ tiêu|kế hoạch|kịch bản", re.IGNORECASE)


def compared_level(named: str) -> str:
    """The level named after a comparative at the end of `named`, or ""."""
    if "hơn" not in named and "vượt" not in named and not named.startswith("tốc độ tăng"):
        return ""  # the cheap test
    match = _COMPARED.search(named)
    if match is None:
        bare = _BARE_LEVEL.search(named)
        if bare is None:
            return ""
        return bare.group("level") or f"mức tăng{bare.group('rate') or ''}"
    level = match.group("level").strip()
    if " tăng" in level or names_measure(level):
        return level
    # "Mức tăng này cao hơn mục tiêu đề ra": the growth named again is the measure the plan
    # sets, "mục tiêu tăng trưởng đề ra"; otherwise ("vượt kịch bản dự tính") a plan that
    # names no measure is the plan of the one compared, named elsewhere.
    if _GROWTH_AGAIN.match(named) is None:
        return ""
    head = _LEVEL_HEAD.match(level)
    if head is None:
        return ""
    return f"{head.group()} tăng trưởng{level[head.end() :]}"


def rise_of_measure(rise: str, draft: Draft, sentence: list[Draft]) -> str:
    """'mức tăng GRDP' for a bare "mức tăng" (or "mục tiêu") quoted after a comparative:
    the level of the measure stated first before it in the sentence, or `rise` when none is."""
    for earlier in sentence:
        if earlier.anchor >= draft.anchor:
            break
        if earlier.in_paren or not earlier.indicator:
            continue
        measure = earlier.indicator
        if rise.startswith("mức") and measure.lower().startswith(
            ("tốc độ tăng", "mức tăng", "tăng trưởng")
        ):
            return measure  # a rate already: the rise of the same measure
        return f"{rise} {measure}"
    return rise
