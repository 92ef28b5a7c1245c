"""A rise read as the level of a rate, by the words around it rather than the text's bases.

A rise stated with no basis of its own is a change on the basis its passage named
(unstated_bases.py), unless what stands around it says it is a rate reached:

- the rate its plan set, quoted beside it in parentheses: "GRDP tăng 7,7% (kế hoạch tăng
  7% - 7,5%)", "dịch vụ tăng 7,2% (kế hoạch 9 - 10%)". A result set against the rate its
  plan set is a rate, as the plan's is. Counted over the readable golds, such a rise is a
  level 6 times of 6 where no basis is stated in its sentence nor carried into it from the
  sentence before ("…so với cùng kỳ. Trong đó, …"). A sentence that compared a total on a
  basis before its parts keeps them changes ("tăng 11,5% so với năm 2015 (kế hoạch tăng
  10 - 11%); trong đó khu vực nông, lâm, thủy sản tăng 16,4% (kế hoạch 12 - 13%)", 2 of 2);
  a carried basis is left to the list: the one readable gold of that shape reads a level,
  but reading it so lowered the calibration part's score, which is too little to go on.
- growth named as what reaches the number, after a basis fronted in the sentence: "So
  với cùng kỳ năm trước, tăng trưởng kinh tế (GRDP) đạt 8,1%". "Tăng trưởng … đạt x%"
  is a level in 38 of the 39 readable golds (the one change names its basis after it).
- a rate's subject words ("tỷ lệ", "tốc độ", "mức", …), but not "mức" that is the rise's
  own noun after "với": "Sản xuất linh kiện điện tử dẫn đầu với mức tăng 43,09%" is a rise
  like "tăng 43,09%" (1 of 1 golds, where the text names a basis).

>>> low = "grdp tăng 7,7% (kế hoạch tăng 7% - 7,5%)."
>>> plan_beside(low, low.index("%") + 1, 0, 0)
True
>>> low = "tăng 11,5% so với năm 2015; trong đó dịch vụ tăng 6,4% (kế hoạch 6%)."
>>> plan_beside(low, low.index("%", 40) + 1, 0, low.index("dịch"))
False
>>> low = "grdp tăng 7,7% (kế hoạch 7%) so với năm 2023."
>>> plan_beside(low, low.index("%") + 1, 0, 0)
False
>>> rate_subject("sản xuất linh kiện điện tử dẫn đầu với mức ")
False
>>> rate_subject("tỷ lệ hộ nghèo ")
True
>>> rate_subject("grdp tăng 7,86%, vượt xa mức ")
True
>>> reaches_rate("so với cùng kỳ năm trước, tăng trưởng kinh tế (grdp) đạt ", 0)
True
>>> reaches_rate("so với cùng kỳ năm trước, doanh thu đạt ", 0)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.growth_parts import names_growth
from tiendo.extract.period_cues import find_periods

RATE_SUBJECT: Final = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|cơ cấu|(?<!tổng )mức(?! tăng)|lãi suất|chỉ số giá"
    r"|mỗi năm|hằng năm|hàng năm|bình quân)\b|^\s*(?:và\s*)?$"
)
# "với mức" right before the rise's verb names the rise itself ("với mức tăng 43,09%"): the
# words up to the verb end there, so RATE_SUBJECT's look-ahead cannot see the verb. A rise
# set against ("vượt xa mức tăng 3,56% của nửa đầu năm 2021") or held at ("ở mức tăng")
# is still a rate's level.
_RISE_NOUN: Final = re.compile(r"\bvới\s+mức\s*$")

# The plan's noun (with the time or body that set it) opening a parenthesis right after
# the rise, then the plan's own rise or level: "(kế hoạch 9,4%)", "(KH tăng 7% - 7,5%)",
# "(kế hoạch cả năm tăng từ 8%)".
_PLAN_RATE_BESIDE: Final = re.compile(
    r"[ \t]*\(\s*(?:kế hoạch|kh|mục tiêu|chỉ tiêu|nghị quyết)"
    r"(?:\s+(?:cả năm|năm|đề ra|đặt ra|giao|được giao|\d{4}))*\s*(?:là\s+)?"
    r"(?:(?:tăng trưởng|tăng)\s+)?(?:(?:từ|trên|khoảng|hơn)\s+)?"
    r"\d[\d.,]*\s*%?(?:\s*[-–]\s*\d[\d.,]*)?\s*%\s*\)"
)
# A basis the sentence named before the rise: "tăng 11,5% so với năm 2015 (…); trong đó".
_STATED_BASIS: Final = re.compile(r"\bso\s+(?!sánh)(?:với\s+)?[^\W\d]")
# A basis named right after the plan's parenthesis is the rise's own: "GRDP tăng 7,7% (kế
# hoạch 7%) so với năm 2023" is a change, as "tăng 7,7% so với năm 2023" is.
_BASIS_AFTER: Final = re.compile(r"[ \t]*so\s+(?!sánh)(?:với\s+)?[^\W\d]")


def plan_beside(low: str, unit_end: int, sentence_start: int, subject_start: int) -> bool:
    """True when the bare rise whose unit ends at `unit_end` has its plan's rate quoted in
    parentheses right after it, and its sentence named no basis before its subject (which
    starts at `subject_start`) nor right after the parenthesis: the rise is the rate
    reached."""
    beside = _PLAN_RATE_BESIDE.match(low, unit_end)
    if beside is None or _BASIS_AFTER.match(low, beside.end()):
        return False
    return _STATED_BASIS.search(low, sentence_start, subject_start) is None


def rate_subject(words: str) -> bool:
    """True when `words`, up to a rise's verb, name a rate (the rise is that rate's level)."""
    return RATE_SUBJECT.search(_RISE_NOUN.sub("với ", words)) is not None


def reaches_rate(before: str, cue_start: int) -> bool:
    """True when the words of `before` from `cue_start` to the number name a rate, or name
    growth, as what "đạt" reaches: "so với cùng kỳ, tăng trưởng kinh tế đạt 8,1%"."""
    if RATE_SUBJECT.search(before, cue_start) is not None:
        return True
    # The words after the fronted basis: "so với …" itself would read as set against a result.
    return names_growth(before[cue_start:].rsplit(",", 1)[-1])


# A clause that opens with a rate's noun: its subject is that rate however long it runs.
_RATE_OPENS: Final = re.compile(r"[\s,;:]*(?:(?:và|còn|riêng)\s+)?(?:tỷ|tỉ) (?:lệ|trọng)\b")


def names_rate(low: str, segment_start: int, lead_start: int) -> bool:
    """True when the words before a share's verb name a rate: in the 80 characters before
    the verb, or at the clause's opening ("tỷ lệ giải ngân vốn ngân sách trung ương … thực
    hiện các chương trình mục tiêu quốc gia đạt 20,7%", a rate's level: "tỷ lệ … đạt x%"
    with no basis after it is a level in every readable gold)."""
    window = low[max(segment_start, lead_start - 80) : lead_start]
    return RATE_SUBJECT.search(window) is not None or bool(_RATE_OPENS.match(low, segment_start))


def own_time(text: str) -> bool:
    """True when `text` names a time of its own, not only a comparison's basis."""
    return any(not mention.basis for mention in find_periods(text))
