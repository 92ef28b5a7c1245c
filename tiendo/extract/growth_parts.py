"""The rises listed after a growth rate stated as a level are the growth rates of the parts.

"Tốc độ tăng trưởng GRDP năm 2023 ước đạt 7,03%; khu vực công nghiệp - xây dựng tăng
5,12%, dịch vụ tăng 8,64%": once a report gives the economy's growth as a level (a rate
the text names as growth, "tốc độ tăng trưởng", "tăng trưởng kinh tế"), the rises that
follow without a basis break that growth down, and each is the growth rate of its part,
a level of its own like the whole, not a change of something named before. The report
goes on so into its next sentences while it names parts of the economy and states no
other quantity. A list that names its basis ("so với cùng kỳ, khu vực công nghiệp tăng
10,12%") compares, and stays a list of changes.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aims import set_against_result
from tiendo.extract.earlier_when import after_earlier_when
from tiendo.extract.kinds import latest_cue

# The subject of a growth rate read as a level: "tốc độ tăng trưởng GRDP", "tăng trưởng
# kinh tế", "mức tăng trưởng", "tốc độ tăng GRDP".
_GROWTH: Final = re.compile(r"\btăng trưởng\b|\btốc độ tăng\b")
# Parts of the economy a growth rate breaks down into (the sectors of GRDP).
_SECTOR: Final = re.compile(
    r"\b(?:khu vực|nông|lâm|thủy sản|thuỷ sản|công nghiệp|xây dựng|dịch vụ|thuế sản phẩm"
    r"|grdp|gdp|tổng sản phẩm)\b"
)
# Words that name a basis: a gap holding one compares, and the growth is left behind.
_BASIS_WORDS: Final = ("so với", "so cùng kỳ", "kế hoạch", "dự toán", "chỉ tiêu")
_NUMBER: Final = re.compile(r"\d[\d.,]*")
_PLAN_RATE: Final = re.compile(
    r"\b(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+là)?\s+[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*%"
)
_DATE_BEFORE: Final = re.compile(r"(?:tháng|quý|ngày|năm|/)\s*$")
# A count of provinces beside a growth ranks it among them, and states no quantity of its
# own: "xếp thứ 8/63", "nằm trong nhóm 26 tỉnh, thành phố đạt mục tiêu".
_RANKING: Final = re.compile(r"\s+(?:tỉnh|tỉnh, thành|địa phương)\b")
_SENTENCE_END: Final = re.compile(r"\.(?!\d)")
_BREAKDOWN: Final = re.compile(r"\b(?:trong đó|riêng|gồm|cụ thể)\b")
MAX_GAP: Final = 400  # characters between the growth (or its last part) and the next part


def names_growth(subject: str) -> bool:
    """True when `subject`, the words before a rate, name it as growth: not a plan's level
    quoted to measure a growth named again ("Tốc độ tăng này vượt mục tiêu cả năm là")."""
    named = "tăng" in subject and _GROWTH.search(subject) is not None
    return named and not set_against_result(subject.lower())


def only_rates_between(low: str, start: int, end: int) -> bool:
    """True when low[start:end] states no other quantity than rates and dates, and no
    basis: the growth read before still heads what follows."""
    if end - start > MAX_GAP or end < start:
        return False
    gap = _PLAN_RATE.sub(" ", low[start:end])  # "(kế hoạch 5,1 - 5,2%)": a level, no basis
    if any(word in gap for word in _BASIS_WORDS):
        return False
    for match in _NUMBER.finditer(gap):
        after = gap[match.end() : match.end() + 4].lstrip(" -–0123456789.,")
        if after.startswith("%") or gap.startswith("/", match.end()):
            continue
        if _DATE_BEFORE.search(gap, 0, match.start()):
            continue
        if _RANKING.match(gap, match.end()):
            continue  # "đưa tỉnh vào nhóm 26 tỉnh, thành phố ...": where the growth ranks
        digits = match.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # a year said on its own ("Năm 2024, ...")
        return False
    return True


def is_growth_part(low: str, growth: tuple[int, int], subject_start: int, lead_start: int) -> bool:
    """True when the rise whose subject spans low[subject_start:lead_start] is a part of
    the growth `growth` (where the growth ends, where its last part ends): nothing else
    was stated between them, and the rise names a part of the economy or follows the
    growth's own "trong đó"."""
    head_end, growth_end = growth
    if growth_end < 0 or not only_rates_between(low, growth_end, subject_start):
        return False
    if _SECTOR.search(low, subject_start, lead_start) is not None:
        return True
    # Any other subject only in the growth's own breakdown ("…, trong đó A tăng 3%").
    return _SENTENCE_END.search(low, head_end, subject_start) is None and (
        _BREAKDOWN.search(low, head_end, lead_start) is not None
    )


_AIM_REACH: Final = 400  # characters of its sentence read back for the cue of a rise's kind


def rise_aimed_at(low: str, lead_start: int, target_mode: bool) -> bool:
    """True when a rise stated with no basis and no figure before it, at `lead_start`, is
    aimed at: the passage lists targets, or a target cue ("phấn đấu", "mục tiêu") opens its
    sentence. "Phấn đấu năm 2026 thu ngân sách tăng 10%" sets the rate to reach, a level;
    there is no result yet for the rise to be measured against."""
    before = low[max(0, lead_start - _AIM_REACH) : lead_start]
    if after_earlier_when(before):
        return False  # "..., cao hơn cùng kỳ năm 2023, khi GRDP chỉ tăng 5,03%": a past rise
    if target_mode:
        return True
    before = before[before.rfind(". ") + 1 :]
    return latest_cue(before) == "target"


def least_rise_aimed(
    low: str, bound: str | None, basis_text: str | None, lead_start: int, target_mode: bool
) -> bool:
    """True when a rise set as an aim with a floor ("thu ngân sách tăng tối thiểu 10%",
    "tỷ lệ hộ nghèo giảm trên 4% so với năm trước") is the least rate to reach: a level.
    A floor has no sense for a change already measured; and "so với năm trước", the year
    before whichever year it is, only says the rate is yearly, as "mỗi năm" does. A basis
    that names its own year or period ("so với năm 2020", "so với cùng kỳ") compares."""
    if bound != "at_least":
        return False
    if basis_text is not None and not basis_text.strip().startswith(
        ("năm trước", "năm liền trước")
    ):
        return False
    return rise_aimed_at(low, lead_start, target_mode)


# (each word's leading boundary put after it, as a look-behind: a search skips to the
# words' first letters, where r"\b(?:tốc độ|...)" was tried at every position)
_RISE_RATE: Final = re.compile(
    r"(?:tốc độ(?<=\btốc độ)|tỷ lệ(?<=\btỷ lệ)|tỉ lệ(?<=\btỉ lệ)|mức(?<=\bmức)) (?:tăng|giảm)\b"
)


def names_rise_rate(before: str) -> bool:
    """True when the words before a percentage name it as a rate of rise ("tỷ lệ tăng thu
    ngân sách so với năm trước từ 10%"): the rate is the level, whatever basis it names."""
    return ("tăng" in before or "giảm" in before) and _RISE_RATE.search(before) is not None


# "(cùng kỳ giảm 7,5%)", "(cùng kỳ năm 2022 tăng 6,1%)": the rate of the same period before.
_QUOTED_SAME_PERIOD: Final = re.compile(
    r"\(\s*cùng k[ỳì](?:\s+năm(?:\s+(?:trước|\d{4}))?|\s+\d{4})?\s*$"
)


def quoted_part_rate(low: str, growth_end: int, lead_start: int, end: int) -> bool:
    """True when the rise at `lead_start` is the same period's rate quoted in parentheses
    right after a part of a growth read as a level: a remark on that part."""
    opening = low.rfind("(", growth_end, lead_start)
    if opening < 0 or low[growth_end:opening].strip():
        return False
    return _QUOTED_SAME_PERIOD.search(low, opening, lead_start) is not None and low[
        end : end + 2
    ].lstrip().startswith(")")
