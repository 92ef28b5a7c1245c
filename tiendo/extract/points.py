"""Signed numbers that are figures.

Contributions to growth in percentage points: "khu vực dịch vụ đóng góp 4,04 điểm phần
trăm". A contribution is a level of its own (in points), unlike a gap between two rates
("tỷ lệ hộ nghèo giảm 2,1 điểm phần trăm"), which is an absolute difference and no figure.

Statistics releases list the contributions of the sectors in one sentence and write the verb
once: "nông nghiệp đóng góp -0,19 điểm phần trăm, công nghiệp - xây dựng đóng góp 1,53 điểm
phần trăm, dịch vụ 3,34 điểm phần trăm". A sector that shrank contributes a negative number,
written with its sign; the last item leaves the verb out.

A change restated in parentheses after an absolute difference keeps its sign there: "tai
nạn giao thông giảm 24 vụ (-14,63%)"; so does a change written after a named item in a
sentence that compares: "So với tháng trước, … mạnh nhất là thuốc và dịch vụ y tế (+10,07%)".
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aimed_items import ITEM_START
from tiendo.extract.char_scans import after_blanks, has_word_at
from tiendo.extract.comparisons import basis_of
from tiendo.extract.units import UnitMatch

# "điểm phần trăm", or "điểm %" as some releases write it; the unit is kept as written.
_POINTS: Final = re.compile(r"[ \t]*(điểm phần trăm(?![^\W_])|điểm[ \t]*%)")
# The verb right before the number, with a bound or the sign of a fall between them.
_CONTRIBUTES: Final = re.compile(r"\b(?:đóng góp|góp)\s*(?:khoảng|gần|hơn|trên)?\s*[-−]?\s*$")
# Words that make a later item a gap or a rate of its own, not one more contribution.
_OWN_VERB: Final = re.compile(
    r"\b(?:tăng|giảm|cao hơn|thấp hơn|hơn|kém|chiếm|đạt|bằng|so với|nâng|hạ)\b|[;:.]"
)
_MINUS: Final = "-−"
# Numbers listed without a unit up to "điểm phần trăm" written once after the last:
# "0,31; 3,85 và 2,44 điểm phần trăm" (the unit matched after the last number).
_NUMBER: Final = r"[-−]?\d[\d.,]*"
_LIST_GAP: Final = r"(?:[ \t]*[;,][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
_LISTED_UP_TO_POINTS: Final = re.compile(rf"(?:{_LIST_GAP}{_NUMBER})+")
# The verb before such a list, and the numbers of the list before this one.
_CONTRIBUTE_LIST: Final = re.compile(
    rf"\b(?:đóng góp|góp)(?:\s+lần lượt)?\s+{_NUMBER}(?:{_LIST_GAP}{_NUMBER})*{_LIST_GAP}$"
)
# "làm giảm 0,24 điểm phần trăm (mức tăng chung)": a contribution that pulled growth down.
_PULLS_DOWN: Final = re.compile(r"\blàm giảm\s*(?:khoảng|gần|hơn|trên)?\s*$")
_OF_GROWTH: Final = re.compile(r"\s*(?:của\s+|vào\s+)?(?:mức|tốc độ)\s+tăng")
# What opens the next item after a contribution: a comma, a semicolon or "và".
_NEXT_ITEM: Final = re.compile(r"^\s*(?:[,;]|và\b)")


def contribution(low: str, sentence_start: int, first: int, unit_start: int) -> UnitMatch | None:
    """The unit "điểm phần trăm" when the number at `first` is a contribution to growth: the
    verb "đóng góp" right before it, or an item listed after an earlier contribution of the
    same sentence with nothing of its own in between ("..., dịch vụ 3,34 điểm phần trăm"),
    or one of numbers listed after the verb with the unit written once at their end
    ("lần lượt đóng góp 0,31; 3,85 và 2,44 điểm phần trăm")."""
    points = _POINTS.match(low, unit_start)
    if points is None:
        listed = (
            _LISTED_UP_TO_POINTS.match(low, unit_start)
            if "điểm" in low[unit_start : unit_start + 90]
            else None
        )
        if listed is None or not _CONTRIBUTE_LIST.search(
            low, max(sentence_start, first - 90), first
        ):
            return None
        points = _POINTS.match(low, listed.end())
        if points is None:
            return None
        return UnitMatch(
            " ".join(points.group(1).replace("%", " %").split()), "measure", unit_start
        )
    unit = UnitMatch(" ".join(points.group(1).replace("%", " %").split()), "measure", points.end())
    if _CONTRIBUTES.search(low, max(sentence_start, first - 40), first):
        return unit
    if _CONTRIBUTE_LIST.search(low, max(sentence_start, first - 90), first):
        return unit  # the last of the numbers listed after the verb
    if pulled_down(low, sentence_start, first, unit.end):
        return unit
    verb = low.rfind("đóng góp", sentence_start, first)
    earlier = -1
    for match in _POINTS.finditer(low, verb, first) if verb >= 0 else ():
        earlier = match.end()
    if earlier < 0:
        return None
    between = low[earlier:first]
    if not _NEXT_ITEM.match(between) or _OWN_VERB.search(between):
        return None
    return unit


def pulled_down(low: str, sentence_start: int, first: int, unit_end: int) -> bool:
    """True for "…, dịch vụ đóng góp 0,96 điểm phần trăm, còn nông nghiệp làm giảm 0,24 điểm
    phần trăm", "làm giảm 0,33 điểm phần trăm mức tăng trưởng chung": a sector that pulled
    growth down contributes too; its points are no gap between two rates."""
    if not _PULLS_DOWN.search(low, max(sentence_start, first - 20), first):
        return False
    return low.find("đóng góp", sentence_start, first) >= 0 or bool(_OF_GROWTH.match(low, unit_end))


def negative_contribution(low: str, floor: int, first: int, last: int) -> bool:
    """True for "đóng góp -0,19 điểm phần trăm": the sign of a sector that pulled growth down,
    where a number glued to a dash is otherwise a difference ("(-673 ha)") or a date."""
    if first - 1 < floor or low[first - 1] not in _MINUS:
        return False
    if first - 2 >= floor and not low[first - 2].isspace():
        return False
    return (
        _POINTS.match(low, last) is not None
        and _CONTRIBUTES.search(low, max(floor, first - 40), first) is not None
    )


_PERCENT: Final = re.compile(r"[ \t]*%")
# An absolute difference right before the parentheses: "giảm 24 vụ (", its noun kept.
_DIFFERENCE_BEFORE: Final = re.compile(
    r"\b(?:tăng|giảm)\s+(?:thêm\s+)?[\d.,]+\s*([^\s\d(),;]+)(?:\s+[^\s\d(),;]+){0,4}"
    r"\s*\(\s*[-−+]?\s*$"
)


def signed_restatement(low: str, floor: int, first: int, last: int) -> bool:
    """True for "giảm 24 vụ (-14,63%)": a change restated with its sign in parentheses
    after an absolute difference, where a number glued to a dash is otherwise no figure."""
    if first - 2 < floor or low[first - 1] not in "-−+" or low[first - 2] != "(":
        return False
    return _PERCENT.match(low, last) is not None and (
        _QUANTITY_BEFORE.search(low, max(floor, first - 50), first) is not None
        # "Các sản phẩm giảm so với cùng kỳ: phân bón (-4,5%), …": an item's own change.
        or _CHANGE_LIST_BEFORE.search(low, max(floor, first - 160), first) is not None
        or named_signed_change(low, floor, first - 1)
    )


# A name right before the parentheses: "thuốc và dịch vụ y tế (+", "nhóm giáo dục (-".
_NAME_BEFORE_SIGN: Final = re.compile(r"[^\W\d_]\s*\(\s*[-−+]$")
# What makes a signed share a change: a basis or a rise or fall said before it.
_CHANGE_SAID: Final = re.compile(r"\bso\s+(?:với\s+)?|\b(?:tăng|giảm)\b")


def named_signed_change(low: str, floor: int, sign: int) -> bool:
    """True for "mạnh nhất là thuốc và dịch vụ y tế (+10,07%)" after "So với tháng trước":
    a percentage with its sign in parentheses after a named item, in a sentence that
    compares, is that item's change. (A signed number is otherwise no figure.)"""
    return (
        sign - 1 >= floor
        and _NAME_BEFORE_SIGN.search(low, max(floor, sign - 4), sign + 1) is not None
        and _CHANGE_SAID.search(low, max(floor, sign - 240), sign) is not None
    )


# A list after a heading that states a change: "… giảm so với cùng kỳ: phân bón (-".
_CHANGE_LIST_BEFORE: Final = re.compile(r"\b(?:tăng|giảm)\b[^:;%\d]{0,60}:[^:;]*\(\s*[-−+]$")


def signed_change(low: str, floor: int, lead_start: int) -> bool | None:
    """The fall (True) or rise (False) a sign in parentheses before a percentage states
    after a level or a difference ("ngô 2.100 ha (-5,2%)"), or None when there is none."""
    if lead_start - 2 < floor or low[lead_start - 2] != "(" or low[lead_start - 1] not in "-−+":
        return None
    # The level stands before the segment the percentage is read in, or an item is named.
    if _QUANTITY_BEFORE.search(
        low, max(0, lead_start - 50), lead_start
    ) is None and not _NAME_BEFORE_SIGN.search(low, max(floor, lead_start - 5), lead_start):
        # (A number glued to a sign after a name was read only where its sentence compares:
        # named_signed_change.)
        return None
    return low[lead_start - 1] != "+"


# A level or a difference right before the parentheses: "2.100 ha (", "giảm 24 vụ (".
_QUANTITY_BEFORE: Final = re.compile(
    r"\d[\d.,]*\s*[^\s\d(),;%]+(?:\s+[^\s\d(),;%]+){0,3}\s*\(\s*[-−+]\s*$"
)


def difference_noun(low: str, floor: int, number_start: int) -> str:
    """The noun of the absolute difference a change in parentheses restates: "vụ" for
    "giảm 24 vụ (-14,63%)", or ""."""
    before = _DIFFERENCE_BEFORE.search(low, floor, number_start)
    return before.group(1) if before else ""


# An actor or a place right before the verb: "toàn tỉnh giảm 1.500 hộ nghèo". A place
# after "của" owns the measure before it, it acts on nothing: "tổng đàn trâu của huyện
# giảm 350 con", "PCI của tỉnh giảm 0,88 điểm" are the measure's gaps.
# So is a count a target sets out to add or cut ("đặt mục tiêu giảm trên 8.710 hộ nghèo"),
# and one that restates a rate in the things counted ("(tương ứng giảm 4.990 hộ)"), and a
# result the actor's act before brought ("giao tự chủ cho 9 đơn vị, qua đó giảm 1.077 biên
# chế"): the link gives the verb the same actor, with no measure of its own to change.
_ACTOR_BEFORE: Final = re.compile(
    r"(?:(?:^|[\s,])(?<!số )(?<!các )(?<!của )(?:toàn\s+)?"
    r"(?:tỉnh|huyện|thành phố|thị xã|xã|quận|phường|cả nước|toàn quốc)"
    r"|(?:^|[\s,(])(?:mục tiêu|phấn đấu|kế hoạch|tương ứng|tương đương|qua đó|nhờ đó|từ đó))"
    # ... with the time the aim is for between ("phấn đấu năm 2025 giảm 1.500 hộ nghèo",
    # "phấn đấu đến năm 2030 tăng thêm 20 xã", "phấn đấu mỗi năm giảm 300 hộ").
    r"(?:\s+(?:đến\s+(?:hết\s+|cuối\s+)?)?(?:năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|mỗi năm|hằng năm|hàng năm|bình quân mỗi năm),?)?"
    r"\s+(?:đã\s+|sẽ\s+)?(tăng thêm|giảm thêm|tăng|giảm)(?:\s+(?:trên|hơn|gần|khoảng))?\s*$"
)
# A verb that opens its item in a list ("Mục tiêu cụ thể như sau: giảm 1.500 hộ nghèo; hỗ
# trợ 300 nhà ở", "- Giảm 1.500 hộ nghèo."): what the list's subject adds or cuts, a count
# of its own, where nothing before it in the sentence names a basis ("So với cùng kỳ: giảm
# 5 vụ" lists differences).
_ITEM_VERB: Final = re.compile(
    ITEM_START
    + r"(tăng thêm|giảm thêm|tăng|giảm)(?:\s+(?:trên|hơn|gần|khoảng|ít nhất|tối thiểu))?\s*$"
)
_BASIS_BEFORE: Final = re.compile(r"\bso\s+(?:với\s+)?|\bcùng kỳ\b")
_BASIS_AFTER: Final = re.compile(r"[^,;.()]{0,40}\bso\b")


# "mỗi xã tăng thêm từ 2 tiêu chí": a gain set for each of the things counted, a count of
# its own whatever it is measured from (a time is no such thing: "mỗi năm tăng").
_EACH_BEFORE: Final = re.compile(
    r"(?:^|[\s,])mỗi\s+(?!năm|tháng|quý|ngày|tuần|kỳ|giai)[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"\s+(?:đều\s+)?(?:tăng thêm|tăng|giảm thêm|giảm)"
    r"(?:\s+(?:từ|ít nhất|tối thiểu|trên|hơn|khoảng))?\s*$"
)


def actors_change(low: str, floor: int, first: int, unit_end: int) -> bool:
    """True for "toàn tỉnh giảm 1.500 hộ nghèo", "tỉnh giảm 248 đơn vị sự nghiệp": what an
    actor added or cut is a count of its own, not a difference between two levels (which
    names a basis: "số hộ nghèo giảm 1.500 hộ so với năm trước")."""
    window = low[max(floor, first - 40) : first]
    if "mỗi" in window and _EACH_BEFORE.search(window):
        return True
    if _BASIS_AFTER.match(low, unit_end):
        return False
    if "tăng" not in window and "giảm" not in window:
        return False
    return _ACTOR_BEFORE.search(window) is not None or _item_verb(low, floor, first) is not None


def _item_verb(low: str, floor: int, first: int) -> re.Match[str] | None:
    """The verb opening the list item of the count at `first`, with no basis before it."""
    before = low[floor:first]  # a slice: "^" is its start, the sentence's
    found = _ITEM_VERB.search(before)
    if found is None or _BASIS_BEFORE.search(before, 0, found.start()):
        return None
    return found


def actors_verb(low: str, floor: int, first: int) -> str:
    """The verb of an actor's change right before the count at `first` ("giảm"), or ""."""
    window = low[max(floor, first - 40) : first]
    if "tăng" not in window and "giảm" not in window:
        return ""
    found = _ACTOR_BEFORE.search(window) or _item_verb(low, floor, first)
    return found.group(1) if found else ""


# "tăng từ 25.055 tỷ đồng năm 2019 lên 27.372 tỷ đồng": the level the change started from.
_FROM_BEFORE: Final = re.compile(
    r"\b(?:tăng|giảm)\s+từ(?:\s+(?:mức|trên|hơn|khoảng|gần|dưới))?\s*$"
)
# "trở lên" after the level is its bound ("tăng từ 6,5% trở lên" = by 6.5% or more).
# "giảm từ 3.586 hộ, chiếm 10,74%, xuống còn 2.900 hộ": the share of the first level
# stands between it and the second, or in parentheses after it ("giảm từ 75.639 hộ (tỉ lệ
# 24,31%) năm 2010 xuống còn 28.200 hộ").
_TO_AFTER: Final = re.compile(
    r"(?:[^;.%]{0,25}?|(?:,?\s*(?:chiếm|tỷ lệ|tỉ lệ)\s+[\d.,]+\s*%"
    r"|\s*\(\s*(?:(?:chiếm|tỷ lệ|tỉ lệ)\s+)?[\d.,]+\s*%\s*\))[^;.%]{0,12}?)"
    r"\b(?<!trở )(?:lên|xuống)\b"
)


# "nâng tỷ lệ che phủ rừng từ 41% lên 45%", "đưa số xã đạt chuẩn từ 12 xã lên 15 xã": a
# verb that moves its object, the object, then the level it is moved from.
_MOVED_FROM: Final = re.compile(
    r"\b(?:nâng|đưa|kéo|hạ|giảm|tăng)(?:\s+[^\W\d_]+){1,8}\s+từ"
    r"(?:\s+(?:mức|trên|hơn|khoảng|gần|dưới))?\s*$"
)


def from_level(low: str, floor: int, first: int, unit_end: int) -> bool:
    """True for the first level of "tăng từ A năm 2019 lên B" or "nâng tỷ lệ X từ A lên
    B": a level of its own, where the measure stands, not a difference nor an aim."""
    if "từ" not in low[max(floor, first - 20) : first]:
        return False
    if _TO_AFTER.match(low, unit_end) is None:
        return False
    return (
        _FROM_BEFORE.search(low, max(floor, first - 30), first) is not None
        or _MOVED_FROM.search(low, max(floor, first - 80), first) is not None
    )


_ADDED: Final = re.compile(r"thêm(?<=\bthêm)\s*$")  # (r"\bthêm\s*$"; a search skips to "t")
_OVER_BASIS: Final = re.compile(r"[ \t]*(?:so với|so)\s")


def added_over(low: str, floor: int, lead_start: int, unit_end: int) -> int | None:
    """'mở rộng thêm hơn 5.318 tỷ đồng so với cùng kỳ': an amount added over a basis is a
    difference; where its words start, or None."""
    added = _ADDED.search(low, max(floor, lead_start - 12), lead_start)
    return added.start() if added and _OVER_BASIS.match(low, unit_end) else None


# "vượt mục tiêu Nghị quyết 36,7 nghìn tấn", "vượt kế hoạch năm 2023 là 500 tỷ đồng": by
# how much a basis was exceeded, a difference.
_EXCEEDED_BY: Final = re.compile(
    r"(?:^|[\s,(])(?:vượt|hụt|thiếu)\s+((?:[^\W\d_]+|\d{4})(?:\s+(?:[^\W\d_]+|\d{4})){0,9})\s*$"
)
_FRACTION_AT: Final = re.compile(r"\d[\d.,]*\s*/\s*\d")
# A conjunction after the basis closes it: "vượt kế hoạch và 3 xã đạt chuẩn" opens a count.
_JOINS: Final = ("và", "còn", "nhưng", "hoặc")
# The last word of a plan's name that shows the number after it is no gap (mypyc wants the
# tuple whole, not unpacked inside a test).
_NOT_A_GAP_AFTER: Final = ("với", "đạt", "mức", "lên", "ở", "là", *_JOINS)


def exceeded_by(low: str, window_start: int, lead_start: int, first: int) -> int | None:
    """Where the words of "vượt kế hoạch 300 tấn" (by how much a plan was passed, a
    difference) start before the number at `first`, or None. "vượt xa chỉ tiêu với hơn 690
    ha" states the level itself; so does a fraction ("đạt và vượt kế hoạch 16/24 chỉ
    tiêu": how many of the targets were reached, a count)."""
    window = low[window_start:lead_start]
    if "vượt" not in window and "hụt" not in window and "thiếu" not in window:
        return None
    exceeded = _EXCEEDED_BY.search(window)
    if (
        exceeded is None
        or basis_of(exceeded.group(1)) == "other"
        or exceeded.group(1).split()[-1] in _NOT_A_GAP_AFTER
        or _FRACTION_AT.match(low, first)
    ):
        return None
    return window_start + exceeded.start()


# "214 ha đất để sản xuất nông nghiệp quy mô lớn, đạt 85,6% kế hoạch": what the land is
# for, up to the clause's comma.
_PURPOSE: Final = re.compile(r"[ \t]+(?:để|nhằm)[ \t]+[^,;:.()%\d]{1,60}(?=[,;.]|$)")


def _purpose_opens(low: str, at: int, ceiling: int) -> bool:
    """True where _PURPOSE is asked at `at`: blanks, then "để" or "nhằm" within the seven
    characters the words were looked for in (read in place; most amounts and counts are
    followed by neither)."""
    opened = after_blanks(low, at, ceiling)
    if opened == at:
        return False
    if has_word_at(low, opened, "để"):
        return opened + 2 <= at + 7
    return has_word_at(low, opened, "nhằm") and opened + 4 <= at + 7


def purpose_end(low: str, extent_end: int, ceiling: int, kind: str) -> int:
    """Where what an amount or a count is for ends ("... để sản xuất ..."), so that the
    comparisons after it are still the amount's; `extent_end` when no purpose follows."""
    if kind not in ("measure", "count", "money"):
        return extent_end
    if not _purpose_opens(low, extent_end, ceiling):
        return extent_end
    purpose = _PURPOSE.match(low, extent_end, ceiling)
    return purpose.end() if purpose else extent_end
