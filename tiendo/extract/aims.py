"""Targets told by the words around a level, and targets that open no list of targets.

A level a plan set is a target wherever it stands: named by who set it ("mức 17%/năm mà
nghị quyết đề ra"), by what the aim holds ("mục tiêu giải ngân 100% vốn") or rounded by
a bare "ước" among the targets of their year ("quy mô GRDP ước trên 367.000 tỷ đồng").
A target set beside a result ("so với chỉ tiêu 5.000 đảng viên", "...; mục tiêu đến
năm 2020 là 100.000 ha") measures that result and opens no list of targets.

>>> set_against_result(" so với chỉ tiêu "), set_against_result(", thu ngân sách ")
(True, False)
>>> aim_content("hoàn thành mục tiêu giải ngân ", 0, 30)
True
>>> aim_content("vượt kế hoạch trồng ", 0, 20)
False
>>> level_set_before("bằng 53,1% mức quốc hội cho phép là ", 36)
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# A bare "ước" with a bound after it: "about", not the verb of an estimate ("ước đạt").
_ROUGHLY: Final = re.compile(r"(?<!dự )\bước\s+(?:khoảng|trên|dưới|gần|hơn|từ)?\s*$")


def rough_target(low: str, draft: Draft, target_year: int | None) -> bool:
    """True when 'ước' only rounds a level in a list of targets for their year: "Các chỉ tiêu
    năm 2026: ...; quy mô GRDP ước trên 367.000 tỷ đồng" (not "6 tháng ước đạt ...")."""
    period = draft.period
    whole_year = period.to_month is None or period.months == 12
    own = low[max(draft.item_start, draft.anchor - 30) : draft.anchor]
    return (
        target_year is not None
        and period.year == target_year
        and whole_year
        and _ROUGHLY.search(own) is not None
    )


# A target set beside a result: "kết nạp 5.742 đảng viên so với chỉ tiêu 5.000 đảng viên",
# "đạt 1.044 triệu USD, trong khi nghị quyết đề ra 920 triệu USD"; or the level a result is
# measured by, the words of the comparison before it: "ước 6,2%, cao hơn mức 5,5% mà kế
# hoạch đặt ra", "chưa tới mức kế hoạch 7,2 - 7,5%".
_AGAINST: Final = re.compile(
    r"^[\s,;(]*(?:so với|trong khi|(?:cao|thấp|nhanh|chậm) hơn(?: so với)?(?= mức\b)"
    r"|chưa (?:tới|đạt|bằng)(?= mức\b)|vượt(?= mức\b))\b"
    # The result named again before the comparison ("Mức tăng này cao hơn mục tiêu đề ra
    # cho cả năm 2024 là từ 6,5 - 7%", "Kết quả này vượt kế hoạch là 7%"): a plan's level
    # quoted to measure it by.
    r"|^[\s,;(]*(?:mức tăng(?: trưởng)?|tốc độ tăng(?: trưởng)?|kết quả|con số) (?:này|đó|trên)"
    r" (?:(?:cao|thấp|nhanh|chậm) hơn|vượt|chưa (?:tới|đạt|bằng))(?: hẳn| nhiều)?(?: so với)?"
    r" (?:mức|mục tiêu|kế hoạch|chỉ tiêu|kịch bản)\b"
)


def set_against_result(own: str) -> bool:
    """True when the figure's own words set it against the result before it: a level to
    measure that result by, which opens no list of targets."""
    # Asked only where one of its words stands ("hơn" for the comparatives): most figures'
    # own words hold none.
    if "so với" in own or "trong khi" in own or "hơn" in own or "chưa" in own or "vượt" in own:
        return _AGAINST.match(own) is not None
    return False


# A relative clause after the level that says who set it: "mức 17%/năm mà nghị quyết đề ra".
_SET_BY: Final = re.compile(
    r"(?:\s*/\s*năm)?\s+mà\s+(?:[^\s,;:.()]+\s+){0,6}?"
    r"(?:đề ra|đặt ra|giao|xác định|đặt)\b"
)


def set_by_plan(low: str, end: int, clause_end: int) -> bool:
    """True when the words right after the number say a plan set it: the level aimed at."""
    return " mà " in low[end : end + 12] and _SET_BY.match(low, end, clause_end) is not None


# ... or a level named, before it, as the one an authority set or allows: "bằng 53,1% mức
# Quốc hội cho phép là 178.300 tỷ đồng", "thấp hơn mức trần Quốc hội cho phép là 60%",
# "bằng 105% mức HĐND tỉnh giao là 4.950 tỷ đồng".
_SET_LEVEL_BEFORE: Final = re.compile(
    r"\bmức\s+(?:trần\s+)?(?:[^\s,;:.()\d]+\s+){0,5}?"
    r"(?:giao|cho phép|đề ra|đặt ra|quy định)\s+(?:là\s+)?$"
)


def level_set_before(low: str, lead_start: int) -> bool:
    """True when the words right before the number name it as the level an authority set
    or allows ("mức Quốc hội cho phép là"): the level aimed at or bounded by, a target."""
    start = max(0, lead_start - 60)
    return low.find("mức", start, lead_start) >= 0 and (
        _SET_LEVEL_BEFORE.search(low, start, lead_start) is not None
    )


def after_results(draft: Draft, drafts: list[Draft]) -> bool:
    """True when results, done or estimated, stand before the figure in its sentence: "toàn
    tỉnh đã trồng mới 47.000 ha, ...; mục tiêu đến hết năm 2020 là 100.000 ha" names the
    aim beside them, as "ước giảm 2,4%, vượt mục tiêu là giảm từ 1,5 - 2%" does."""
    return any(d.kind != "target" and not d.in_paren for d in drafts if d.anchor < draft.anchor)


# The noun of an aim, then the words of what it aims at, right before the number: "mục
# tiêu giải ngân 100% vốn", "kế hoạch phát triển 03 sản phẩm chủ lực". A comparison
# ("vượt kế hoạch", "so với mục tiêu") or a plan carried out ("thực hiện kế hoạch") is
# no aim's content, nor is a share of a plan ("đạt 102,7% kế hoạch và trồng mới ...") or
# a programme's name ("các chương trình mục tiêu quốc gia giải ngân 327 tỷ đồng"), nor
# a conjunction that opens the next item ("10 chỉ tiêu đạt kế hoạch và 1 chỉ tiêu ...":
# the plan's noun closed its phrase). The
# aim reached for or held ("Để đạt mục tiêu tăng trưởng cả năm 6,8%", "Với mục tiêu tăng
# trưởng 7%") still holds its level: the number is what the aim is set at.
_AIM_CONTENT: Final = re.compile(
    r"(?<!vượt )(?<!bằng )(?<!so với )(?<!theo )(?<!hiện )(?<!khai )(?<!% )(?<!trình )"
    r"\b(?:mục tiêu|kế hoạch)(?!\s+(?:và|hoặc|còn|nhưng)\s)((?:\s+[^\s\d,;:.()%]+){1,6})\s+$"
)
_AIM_DONE: Final = re.compile(r"\b(?:đã|được|hoàn thành|đạt|là|với)\b")


# An aim held or reached for, opening its clause, whose content says what it sets and
# when: "Với mục tiêu tăng trưởng GRDP năm 2025 đạt 8,5%", "Để đạt mục tiêu thu ngân sách
# năm 2024 là 5.000 tỷ đồng": the content's own "đạt" or "là" and year belong to the aim.
_AIM_HELD: Final = re.compile(
    r"(?:^|[,;:(]\s*)(?:với|để đạt(?: được)?|để hoàn thành|nhằm đạt) (?:các |những )?mục tiêu"
    r"(?:\s+[^\s,;:.()%]+){1,9}?\s+(?:đạt|là|ở mức)\s+$"
)


def aim_content(low: str, start: int, end: int) -> bool:
    """True when the words right before the number say what an aim holds."""
    window = max(start, end - 40)
    # The nouns looked up plainly first: most figures follow neither, and the pattern,
    # which opens with look-behinds, is tried at every position.
    # (an aim held may open its clause further back: "Với mục tiêu ... năm 2025 đạt")
    plan = low.find("kế hoạch", window, end)
    if plan < 0 and low.find("mục tiêu", max(start, end - 70), end) < 0:
        return False
    # Every match opens with its noun: the search starts at the first in the window, not
    # at every position before it (the look-behinds still read the text before it).
    aim = low.find("mục tiêu", window, end)
    first = plan if aim < 0 else aim if plan < 0 else min(aim, plan)
    match = _AIM_CONTENT.search(low, first, end) if first >= 0 else None
    if match is not None and not _AIM_DONE.search(match.group(1)):
        return True
    return _AIM_HELD.search(low, start, end) is not None


_YEAR: Final = re.compile(r"\b(?:19|20)\d{2}\b")


def earlier_aside(low: str, sentence_start: int, paren: tuple[int, int], anchor: int) -> bool:
    """True when a remark in parentheses among targets names a time before theirs: "tổng
    vốn đầu tư cả giai đoạn 2016-2020 100.000 tỷ đồng (giai đoạn 2011-2015 là 65.000 tỷ
    đồng)" quotes where things stood, a result."""
    own = [int(year) for year in _YEAR.findall(low, paren[0], anchor)]
    before = [int(year) for year in _YEAR.findall(low, sentence_start, paren[0])]
    return bool(own and before) and max(own) < min(before)


# "Tính đến ngày 30/6, ...", "Lũy kế đến hết tháng 9, ...": how far things have come by a
# date, counted up to it ("Đến tháng 6/2026, ..." alone may set a deadline).
_TO_DATE: Final = re.compile(
    r"[\s\-–•+*]*(?:tính|lũy kế|luỹ kế)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày|tháng)\s+\d"
    # ... or with the time spent carrying the plan out: "Sau 3 năm thực hiện, ...".
    r"|[\s\-–•+*]*(?:sau|qua)\s+(?:\d+|một|hai|ba|bốn|năm|mấy)\s+(?:năm|tháng)"
    r"(?:\s+(?:thực hiện|triển khai|xây dựng))?\b"
    # ... or with the means put into carrying a programme out: "Để triển khai Chương trình
    # giảm nghèo năm 2025, tỉnh huy động 306 tỷ đồng" (an aim to reach, "Để đạt mục tiêu,
    # tỉnh huy động ...", lays down means still to come).
    r"|[\s\-–•+*]*để\s+(?:triển khai|thực hiện)\s+(?:các\s+)?(?:chương trình|đề án)\b"
)


def progress_to_date(low: str, sentence_start: int) -> bool:
    """True when the sentence opens with a date things have come to, the time spent on a
    plan, or the programme the means were put into: it reports progress (results), even
    among targets ("Kế hoạch vốn năm 2024 là 2.100 tỷ đồng. Tính đến ngày 31/12, tỉnh giải
    ngân 2.050 tỷ đồng")."""
    return _TO_DATE.match(low, sentence_start) is not None
