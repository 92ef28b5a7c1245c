""" "Chỉ tiêu" as a noun of a report on results, not a cue of a target.

"chỉ tiêu" marks a target where a sentence sets one ("chỉ tiêu năm 2024 là ..."). A
report on the year speaks of its targets too, as the topic of what follows ("Về các chỉ
tiêu xã hội, tỷ lệ hộ nghèo giảm còn 2,1%"), as the subject of a result ("Các chỉ tiêu
chủ yếu đều đạt và vượt: ..."), or as the name of a measure reported for part of a year
("6 tháng đầu năm, chỉ tiêu về thu ngân sách đạt 650 tỷ đồng"). There the figures are
results.

>>> only_noun_of_results("về các chỉ tiêu xã hội, tỷ lệ hộ nghèo năm 2023 giảm còn", False)
True
>>> only_noun_of_results("các chỉ tiêu chủ yếu năm 2023 đều đạt và vượt: tổng sản phẩm", False)
True
>>> only_noun_of_results("chỉ tiêu về thu ngân sách đạt", True)
True
>>> only_noun_of_results("chỉ tiêu thu ngân sách năm 2024 là", True)
False
>>> only_noun_of_results("tuy nhiên, so với chỉ tiêu cả năm là", True)
False
>>> only_noun_of_results("về các chỉ tiêu xã hội, phấn đấu tỷ lệ hộ nghèo giảm còn", False)
False
>>> only_noun_of_results("chỉ tiêu của đợt cao điểm: điều tra, khám phá án đạt trên", True)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.kinds import has_target_cue

# The noun with the words that make it a target's cue ("chỉ tiêu chủ yếu", "chỉ tiêu về").
_NOUN: Final = re.compile(
    r"\b(?:các |những |nhóm )?chỉ tiêu(?: (?:chủ yếu|kinh tế|xã hội|về|năm \d{4}))*"
    r"(?: [^\W\d_]+){0,4}?(?=[\s,:;]|$)"
)
# The topic of a report: "Về các chỉ tiêu xã hội,", "Đối với nhóm chỉ tiêu kinh tế,".
_TOPIC: Final = re.compile(
    r"^\W*(?:về|đối với|trong)\s+(?:các |những |nhóm )?chỉ tiêu\b[^,:;]*[,:]"
)
# A label opening the sentence that names whose targets its list gives: "Chỉ tiêu của
# đợt cao điểm: điều tra, khám phá ... đạt trên 85%; ...", for part of a year too.
_WHOSE_LABEL: Final = re.compile(r"\W*(?:các |những |một số )?chỉ tiêu của [^\d.;:]{1,60}:")
# A result said of the targets: "đều đạt và vượt", "đã hoàn thành", "vượt kế hoạch".
_RESULT: Final = re.compile(
    r"\bchỉ tiêu\b[^.;:]{0,50}?(?:\bđều\b|\bđã\b|\bđạt và vượt\b|\bđạt, vượt\b"
    r"|\bhoàn thành\b|\bvượt kế hoạch\b|\bchưa đạt\b)"
)

# The noun, what it is of, and a copula right before the figure: the target's own level
# ("chỉ tiêu cả năm là"), not a result reported under its name ("chỉ tiêu về thu đạt").
_NAMES_LEVEL: Final = re.compile(r"\bchỉ tiêu(?: (?:[^\W\d_]+|\d{4})){0,6}? (?:là|:)\s*$")


def only_noun_of_results(before: str, partial_year: bool) -> bool:
    """True when the target cues in `before` (lower-case, from the sentence's start to the
    figure) are all the noun "chỉ tiêu" of a report on results."""
    if "chỉ tiêu" not in before or has_target_cue(_NOUN.sub(" ", before)):
        return False
    if _NAMES_LEVEL.search(before):
        return False  # "so với chỉ tiêu cả năm là 151.000 tấn": the level the target names
    if _WHOSE_LABEL.match(before):
        return False  # "Chỉ tiêu của đợt cao điểm: ...": the list of levels set for it
    return bool(partial_year or _TOPIC.match(before) or _RESULT.search(before))
