"""Counts whose verb names nothing measured, and totals raised to a new level.

"..., đại diện cho hơn 7,2 vạn đảng viên": a congress speaks for the members; what is
counted is the members, not an act of representing.

"Có thêm 1 xã đạt chuẩn nông thôn mới, nâng tổng số lên 33 xã": the total is raised
to 33, the total of what the count before counted ("tổng số xã đạt chuẩn nông thôn
mới"); "nâng lũy kế lên 33 xã" names the running total the same way.

>>> spoken_for("đại diện cho hơn")
True
>>> raised_total("nâng tổng số đến hết năm lên")
'tổng số'
>>> raised_total("nâng tổng số xã đạt chuẩn lên")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft, same_unit_before
from tiendo.extract.units import counted_noun, read_unit

_BOUND: Final = r"(?:\s+(?:hơn|trên|gần|khoảng|gần như|xấp xỉ))?"
_SPOKEN_FOR: Final = re.compile(
    rf"^[\s,]*(?:đại diện|thay mặt)(?:\s+cho)?{_BOUND}\s*$", re.IGNORECASE
)
# "nâng tổng số (toàn tỉnh) (đến hết năm) lên": the words between name no noun of their own.
_RAISED: Final = re.compile(
    rf"\bnâng\s+(?P<total>tổng số|lũy kế|luỹ kế|tổng)(?P<between>[^,;:]*?)\s+lên{_BOUND}\s*$",
    re.IGNORECASE,
)
# "..., nâng lên 32 xã": the count before is raised, its total left unnamed.
_RAISED_BARE: Final = re.compile(rf"^[\s,;]*nâng\s+lên{_BOUND}\s*$", re.IGNORECASE)
_NO_NOUN: Final = re.compile(
    r"^(?:\s+(?:đến|tới|hết|trong|năm|tháng|quý|nay|hiện|cuối|đầu|toàn|tỉnh|huyện|thành|"
    r"phố|xã|cả|\d[\d/]*))*\s*$",
    re.IGNORECASE,
)


def spoken_for(pre: str) -> bool:
    """True when the words before a count are only 'đại diện cho', 'thay mặt cho'."""
    return _SPOKEN_FOR.match(pre) is not None


def raised_total(pre: str) -> str:
    """'tổng số' or 'lũy kế' when the words before a count raise a bare total, else ""."""
    raised = _RAISED.search(pre)
    if raised is None or not _NO_NOUN.match(raised.group("between")):
        return ""
    return raised.group("total").lower().replace("luỹ", "lũy")


def count_phrase(draft: Draft, named: str, earlier: list[Draft], norm: str) -> str:
    """The name of a count read from its verb phrase, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count":
        return ""
    pre = norm[draft.item_start : quantity.lead_start]
    if "đại diện" in pre or "thay mặt" in pre:
        noun = counted_noun(quantity.unit.text)
        return f"{noun} {quantity.tail}".strip() if spoken_for(pre) else ""
    if "nâng" not in pre:
        return ""
    same = same_unit_before(draft, earlier)
    total = raised_total(pre)
    if not total and same and _RAISED_BARE.match(pre):
        total = "tổng số"  # "thêm 11 xã đạt chuẩn, nâng lên 32 xã": the total, unnamed
    if not total:
        return ""
    noun = counted_noun(quantity.unit.text)
    # What the count before counted, with its own words ("xã đạt chuẩn nông thôn mới").
    tail = quantity.tail or (same[-1].quantity.tail if same and same[-1].quantity else "")
    if tail.lower() == "mới":
        tail = ""  # "kết nạp 120 đảng viên mới, nâng tổng số lên ...": the total is not new
    counted = f"{noun} {tail}".strip()
    return f"{counted} lũy kế" if total == "lũy kế" else f"{total} {counted}"


_TOTAL_OR_ALL: Final = re.compile(r"^(?:tổng số|toàn bộ|cả)\s+", re.IGNORECASE)
_AND_ONLY: Final = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|và|cùng)\s*$")
# ", 3 " or " và 3 " right after a count's words: the list goes on with a count of its own.
_NEXT_NUMBER: Final = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)\d[\d.,]*\s")


def _list_goes_on(quantity_end: int, noun: str, low: str) -> bool:
    """True when another count of other things follows the count's words ("17 chỉ tiêu,
    5 nhiệm vụ trọng tâm và 3 khâu đột phá"): then each item of the list says its own
    words, and those of the middle one ("trọng tâm") are no predicate of the list."""
    after = _NEXT_NUMBER.match(low, quantity_end)
    if after is None:
        return False
    unit = read_unit(low, after.end() - 1, low)
    return unit is not None and unit.kind == "count" and counted_noun(unit.text) != noun


def share_predicate(draft: Draft, named: str, earlier: list[Draft], low: str) -> None:
    """'25 tổ chức và 832 cá nhân nuôi tôm siêu thâm canh': the words after the last of
    two coordinated counts say what both are; the first, named by its noun alone, takes
    them too. A remark in parentheses may stand between ("106/116 xã (chiếm 91,4%) và 3
    huyện ... đạt chuẩn nông thôn mới")."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count":
        return
    noun = counted_noun(quantity.unit.text)
    own = _TOTAL_OR_ALL.sub("", named)  # "tổng số xã ...", "toàn bộ thôn ..."
    what = own[len(noun) :].strip() if own.lower().startswith(noun.lower()) else ""
    if not what or not what[:1].islower():
        return  # "3 huyện Hoa Lư, Yên Khánh": names, not what the counts share
    before = [d for d in earlier if d.anchor < draft.anchor and not d.in_paren]
    first = before[-1].quantity if before else None
    if first is None or first.unit.kind != "count" or first.tail or first.unit == quantity.unit:
        return
    first_noun = counted_noun(first.unit.text).lower()
    # "nâng tổng số lên 80 xã và 113 khu dân cư đạt chuẩn": a raised total shares them too,
    # and so does a count of all ("toàn bộ 47/47 xã, 315/315 thôn ra khỏi diện ...").
    heads = (first_noun, f"tổng số {first_noun}", f"toàn bộ {first_noun}", f"cả {first_noun}")
    if before[-1].indicator.lower() not in heads:
        return
    if not _AND_ONLY.match(low[first.extent_end : quantity.lead_start]):
        return
    if _list_goes_on(quantity.extent_end, noun, low):
        return
    bare = before[-1].indicator
    before[-1].indicator = f"{bare} {what}"
    for remark in earlier:  # "(chiếm 91,4%)": the share of the same things
        if before[-1].anchor < remark.anchor < draft.anchor and remark.indicator.lower() in (
            f"tỷ lệ {bare}".lower(),
            f"tỷ trọng {bare}".lower(),
        ):
            remark.indicator = f"{remark.indicator} {what}"


# "1 xã đạt 16 tiêu chí": the verb after the count takes a number of its own as object.
_VERB_BEFORE_NUMBER: Final = re.compile(
    r"\b(?:đạt|đạt từ|đạt được|hoàn thành|đáp ứng|có|từ|với|trên|dưới)$", re.IGNORECASE
)


def number_in_what_is_counted(draft: Draft, earlier: list[Draft], norm: str) -> None:
    """'1 xã đạt 16 tiêu chí, 17 xã đạt từ 10 - 14 tiêu chí': the count before is of
    things that meet the level that follows it, so that level is part of its name."""
    quantity = draft.quantity
    before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
    counted = before[-1].quantity if before else None
    if quantity is None or counted is None or counted.unit.kind != "count":
        return
    if norm[counted.extent_end : quantity.lead_start].strip():
        return
    name = before[-1].indicator
    if not counted.tail or not name.endswith(counted.tail):
        return
    if not _VERB_BEFORE_NUMBER.search(counted.tail):
        return
    level = " ".join(norm[quantity.lead_start : quantity.extent_end].split())
    if level.split(" ", 1)[0].lower() == name.rsplit(" ", 1)[-1].lower():
        level = level.split(" ", 1)[-1]  # "đạt từ" + "từ 10 - 14 tiêu chí": "từ" once
    before[-1].indicator = f"{name} {level}"


# "Đại hội đại biểu Đảng bộ tỉnh ... khai mạc với 339 đại biểu": an event, then who took
# part; what is counted is those present at it ("đại biểu dự Đại hội").
# The event may follow a lead that says when or by whose account ("Chiều 9/10/2025,",
# "Theo Tỉnh ủy,"): the lead is no subject of the clause.
_EVENT: Final = re.compile(
    r"^(?:[^,;:]{0,40},\s*)?\W*(?P<event>đại hội|hội nghị|kỳ họp|hội thảo)\b", re.IGNORECASE
)
_WITH: Final = re.compile(
    r"(?:\b(?:khai mạc|diễn ra|bế mạc|được tổ chức|tổ chức)(?:\s+\S+){0,4}?\s+)?"
    r"\b(?:với|có)(?:\s+(?:sự tham dự của|sự tham gia của))?(?:\s+(?:hơn|gần|khoảng|trên))?\s*$",
    re.IGNORECASE,
)


def present_at(draft: Draft, norm: str) -> str:
    """Those counted at an event the clause opens with, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or quantity.tail:
        return ""
    pre = norm[draft.item_start : quantity.lead_start]
    event = _EVENT.match(pre)
    if event is None or not _WITH.search(pre):
        return ""
    return f"{counted_noun(quantity.unit.text)} dự {event.group('event')}"


# "xã đã đạt 11/19 tiêu chí", "cả 4 xã đều hoàn thành 19/19 tiêu chí": criteria are counted
# as met, so the verb that meets them is part of what is counted.
_CRITERIA: Final = re.compile(r"^(?:cả\s+)?(tiêu chí|chỉ tiêu)$", re.IGNORECASE)
_MET: Final = re.compile(r"\b(đạt được|đạt|hoàn thành|đáp ứng)(?:\s+(?:từ|trên|dưới|gần|hơn))?\s*$")


# "xã Nam Đà đã đạt 11/19 tiêu chí, xã Đắk Drô đạt 6/19": the place that met them says
# whose criteria each count is (its name in capitals, checked word by word).
_PLACE_MEETS: Final = re.compile(
    r"(?:^|\s)((?:xã|phường|thị trấn|huyện|thị xã|thôn|bản|ấp|làng)(?:\s+[^\W\d_]+)+?)"
    r"\s+(?:(?:đã|cũng|mới)\s+)*$"
)


def place_criteria(draft: Draft, named: str, text: tuple[str, str]) -> str:
    """'tiêu chí xã Nam Đà đạt' for 'xã Nam Đà đã đạt 11/19 tiêu chí', or ""; read after
    the rest, for a later count of criteria in the list is first named as the one before."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "tiêu chí" or not named.startswith("tiêu chí"):
        return ""
    low, norm = text
    met = _MET.search(low, max(0, quantity.lead_start - 30), quantity.lead_start)
    if met is None:
        return ""
    place = _place_meeting(norm[max(0, met.start() - 60) : met.start()])
    return f"tiêu chí {place} {met.group(1)}" if place else ""


def _place_meeting(before: str) -> str:
    """The place named right before the verb that meets the criteria, or ""."""
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    place = _PLACE_MEETS.search(clause)
    if place is None:
        return ""
    name = place.group(1).split()[1:]
    if name[:1] in (["xã"], ["thị"]):
        name = name[1:]  # "thị trấn", "thị xã"
    return place.group(1) if name and all(w[:1].isupper() for w in name) else ""


def criteria_met(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """The name of a count of criteria met, or ""."""
    quantity = draft.quantity
    criteria = _CRITERIA.match(named.strip())
    if quantity is None or criteria is None:
        return ""
    met = _MET.search(low, draft.item_start, quantity.lead_start)
    if met is None:
        before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
        counted = before[-1].quantity if before else None
        if counted is None or low[counted.extent_end : quantity.lead_start].strip():
            return ""
        met = _MET.search(counted.tail)  # "4 xã đều hoàn thành" + "19/19 tiêu chí"
    return f"{criteria.group(1)} {met.group(1)}" if met else ""


# "3 huyện Hoa Lư, Yên Khánh, Gia Viễn đạt chuẩn nông thôn mới": names of the things
# counted, then what they are; the names say which, the words after them what is counted.
_NAMES_THEN: Final = re.compile(
    r"(?:\s*(?:,|và)?\s*[A-ZĐÀ-Ỹ][^\s,;.()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;.()]*)*)+"
    r"\s+(?P<what>(?:đạt|được|có|đã|hoàn thành|thuộc)\b[^,;.()]{2,60})"
)


def after_names(draft: Draft, named: str, norm: str) -> str:
    """The name of a count whose things are listed by name before what they are, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or not quantity.tail[:1].isupper():
        return ""
    start = norm.find(quantity.tail, quantity.end)
    found = _NAMES_THEN.match(norm, start) if start >= 0 else None
    if found is None:
        return ""
    return f"{counted_noun(quantity.unit.text)} {' '.join(found.group('what').split())}"


_PHRASE_END: Final = re.compile(
    r"\s(?:của|đạt|có|với|tại|ở|trên|được|là|gồm|theo|trong|nhưng|chỉ|đã|để|từ|vào|năm|"
    r"tháng|quý|và|thì)\b|[,;:(]|\d"
)


def named_before_in_clause(draft: Draft, named: str, norm: str, sentence_start: int) -> str:
    """'đội tàu khai thác xa bờ ... đạt bình quân 7 tấn/tàu với 25 tàu': a count named by
    its noun alone counts the things its clause named in full before ("tàu khai thác xa
    bờ"), or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count" or quantity.tail:
        return ""
    noun = counted_noun(quantity.unit.text)
    if named.lower() != noun.lower():
        return ""
    opens = max(norm.rfind(";", sentence_start, quantity.lead_start) + 1, sentence_start)
    clause = norm[opens : quantity.lead_start]
    at = clause.lower().find(f"{noun.lower()} ")
    if at < 0 or (at > 0 and clause[at - 1].isalpha()):
        return ""
    rest = clause[at + len(noun) :]
    end = _PHRASE_END.search(rest)
    thing = " ".join(rest[: end.start() if end else len(rest)].split())
    if not thing or not thing[:1].islower() or len(thing.split()) > 5:
        return ""
    return f"{noun} {thing}"


# "bình quân một vạn dân có 40 giường bệnh và 13,5 bác sĩ": counts per unit of population
# ("bình quân mỗi xã đạt 15 tiêu chí" keeps its own words: readers name it so).
_PER_UNIT: Final = re.compile(
    # (its leading boundary after "bình quân", as a look-behind: a search skips to "b")
    r"bình quân(?<=\bbình quân)\s+"
    r"(?P<per>(?:một|1)\s+(?:vạn|nghìn|ngàn|triệu|trăm)\s+dân"
    r"|10{0,2}(?:\.000)+\s+dân|10{1,2}\s+dân)"
    r"\s+(?:có|đạt|được)"
    r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*(?:[\d.,]+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+và\s+)?$"
)


def per_unit(draft: Draft, low: str, sentence_start: int) -> str:
    """'số giường bệnh trên vạn dân' for a count given per unit of population, or "".
    `low` is the passage in lower case (lowering it here, for each count, made a long
    text's reading grow with the square of its length)."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count":
        return ""
    near = max(sentence_start, quantity.lead_start - 80)
    per = _PER_UNIT.search(low, near, quantity.lead_start)
    if per is None:
        return ""
    per_words = per.group("per")
    if per_words.startswith(("1 ", "một ")):  # "một vạn dân" is named "vạn dân"
        per_words = per_words.split(None, 1)[1]
    return f"số {counted_noun(quantity.unit.text)} trên {per_words}"
