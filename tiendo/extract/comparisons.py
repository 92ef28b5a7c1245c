"""Comparisons: what a percentage is measured against, and whether it is a share or a change.

"đạt 23,08% KH" is a share (ratio) of the plan; "tăng 4,06% so với cùng kỳ" a
change against the same period last year; "so với kế hoạch tỉnh giao đạt 60%"
names its basis before the number.

>>> basis_of("dự toán tỉnh giao"), basis_of("cùng kỳ năm 2021"), basis_of("năm trước")
('budget', 'same_period', 'previous')
>>> read_basis_after(" kh, giá trị", 0)
('kh', 3)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Final

from tiendo.extract.endings import ending_pattern, search_ending
from tiendo.extract.figure import Basis, Measure
from tiendo.extract.passed_leads import passed_start
from tiendo.extract.verb_first_bases import verb_first

# "kì" is an accepted spelling of "kỳ"; CK and CKN abbreviate "cùng kỳ (năm trước)".
# "cùng tháng năm trước" is the same month a year back, the same period too.
# A crop season of the year before ("đông xuân năm trước", "vụ ĐX năm trước") is the same
# season a year back: the same period, as "cùng vụ" says.
# (r"\bcùng k[ỳì]\b|\bckn?\b|…|\b(?:đông xuân|…|ht)\s+năm (?:trước|ngoái)\b" with each
# leading boundary after the first word, as a look-behind, and each alternative opening
# with a letter: a search skips to them)
_SAME_PERIOD: Final = re.compile(
    r"cùng(?<=\bcùng) k[ỳì]\b|ck(?<=\bck)n?\b|cùng(?<=\bcùng) thời điểm\b|cùng(?<=\bcùng) vụ\b"
    r"|cùng(?<=\bcùng) (?:tháng|quý) năm\b"
    + "".join(
        rf"|{season}(?<=\b{season})\s+năm (?:trước|ngoái)\b"
        for season in ("đông xuân", "hè thu", "thu đông", "xuân", "mùa", "chiêm", "đx", "ht")
    )
)
_BUDGET: Final = re.compile(r"\bdự toán\b|\bnhiệm vụ (?:thu|chi)\b")
# "vốn giao", "vốn Trung ương giao", "số vốn được giao": the capital a body assigned is the
# plan a disbursement is set against, as "kế hoạch vốn giao" is.
_PLAN: Final = re.compile(
    r"\bkế hoạch\b|\bkh\b|\bkhkt\b|\bchỉ tiêu\b|\bnghị quyết\b|\bnq\b|\bmục tiêu\b|\bkịch bản\b"
    # "so với Quyết định 1167/QĐ-TTg", "so với Quyết định số 546/QĐ-TTg": a decision named
    # by its number, as the whole basis, is the act that assigned the plan.
    r"|^quyết định\s+(?:số\s+)?\d"
    r"|\bvốn(?:\s+(?:[^\W\d_]+)){0,4}?\s+(?:được\s+)?giao\b"
)
_PREVIOUS: Final = re.compile(
    r"\b(?:năm học|niên vụ|mùa vụ|đợt|kỳ|kì|vụ|năm|tháng|quý|tuần) (?:trước|ngoái)\b|\bnăm qua\b"
    # "so với 5 năm liền kề", "so với năm liền trước": the span right before.
    r"|\b(?:năm|kỳ|kì|tháng|quý|vụ)\s+liền\s+(?:kề|trước)\b"
    r"|\bvụ trước\b|\bkì trước\b|\bnăm \d{4}\b|\b(?:19|20)\d{2}\b|\btháng \d{1,2}\b"
    r"|\bk[ỳì] báo cáo trước\b"
    r"|\bquý (?:iv|i{1,3}|[1-4])\b"
    r"|\bước thực hiện\b|\bthực hiện năm\b|\bđầu năm\b|\bđầu kỳ\b|\bcuối năm\b|\bđầu nhiệm kỳ\b"
)


# "so với cùng kỳ tháng trước", "so với cùng thời điểm tháng 11": the same point of the
# month before, named with no year, is the previous period ("cùng kỳ tháng 11 năm 2020",
# "cùng kỳ tháng 11 của năm 2020" are the same month a year back).
_SAME_POINT_LAST_MONTH: Final = re.compile(
    r"cùng(?<=\bcùng) (?:k[ỳì]|thời điểm) (?:tháng|tuần) (?:trước|\d{1,2})\b"
    r"(?![ \t]*(?:(?:của[ \t]+)?năm|/))"
)


def basis_of(phrase: str) -> Basis:
    """The basis named by a lower-case phrase such as 'kế hoạch tỉnh giao'."""
    if _SAME_POINT_LAST_MONTH.search(phrase):
        return "previous"
    if _SAME_PERIOD.search(phrase):
        return "same_period"
    if _BUDGET.search(phrase):
        return "budget"
    if _PLAN.search(phrase):
        return "plan"
    if _PREVIOUS.search(phrase):
        return "previous"
    return "other"


def names_basis(phrase: str) -> bool:
    return basis_of(phrase) != "other"


_BASIS_AFTER: Final = re.compile(
    r"[ \t]*(?:(so với|so|với)\s+)?"
    # "128,8% mức Nghị quyết HĐND tỉnh giao": the level a plan set; "145% của cả năm 2013",
    # "104% tổng thu năm 2023": the whole of an earlier year (not "mức 8% của năm 2022",
    # a level of its own).
    r"((?:mức\s+(?=(?:kế hoạch|dự toán|chỉ tiêu|nghị quyết|mục tiêu)\b)"
    r"|(?:(?:của\s+)?cả|tổng\s+(?:thu|chi)(?:\s+ngân\s+sách)?)\s+(?=năm\s+(?:\d{4}|trước|ngoái)\b))?"
    r"(?:kế hoạch|kh|khkt|dự toán|chỉ tiêu|nghị quyết|nq|mục tiêu|cùng kỳ|cùng kì|ckn|ck|năm trước"
    r"|năm ngoái|năm qua|tháng trước|quý trước|kỳ trước|vụ trước|ước thực hiện|thực hiện năm"
    r"|năm \d{4}|kịch bản"
    # "đạt 61,8% nguồn vốn tỉnh giao", "95% vốn Trung ương giao": the capital a body
    # assigned, named right after the share, is the plan it is a share of.
    r"|(?:(?:nguồn|số|tổng)\s+)?vốn(?=(?:\s+[^\W\d_]+){0,4}?\s+(?:được\s+)?giao\b))"
    r"(?![^\W_])[^,;.()\n]*)"
)
# "dự toán tỉnh giao và dự toán HĐND thị xã giao": one share of two plans named together
# goes on past the "và"; so does one plan two bodies set ("dự toán Trung ương và HĐND tỉnh
# giao": after "và", a body and the verb "giao" with no number between); any other "và"
# ends the basis. "do" names who set the plan ("kế hoạch do thành phố giao", "dự toán phấn
# đấu do Tổng cục Thuế giao") when the verb that sets it follows; else it gives a cause.
_BASIS_STOP: Final = re.compile(
    r"\s(?:và(?!\s+(?:dự toán|kế hoạch|chỉ tiêu)\b)"
    r"(?!\s+(?:hđnd|ubnd|trung ương|chính phủ|thủ tướng|tỉnh|huyện|bộ)\b[^\d,;.()%]{0,30}"
    r"\bgiao\b)|nhưng|song|tuy|trong khi|còn|đồng thời|nên"
    r"|do(?!(?:\s+(?!và\s)[^\W\d_]+){1,6}?\s+(?:giao(?!\s+(?:dịch|thông|lưu))|đề ra"
    r"|phê duyệt|thông qua)\b)|vì|với)\s"
    r"|\s\d[\d.,]*\s*%"
    r"|\s(?:tăng|giảm|bằng|đạt)\s"
)
_WINDOW: Final = 1600
# "chiếm 17,2% tổng thu năm 2022", "chiếm 25% của cả năm 2023": the whole a share is taken
# of, not a time the amount is set against; the share stays a figure of its own, as with
# "chiếm 17,2% tổng thu".
WHOLE_OF_YEAR: Final = re.compile(r"(?:của\s+)?cả\s|tổng\s+(?:thu|chi)\s")
_SHARE_BEFORE: Final = re.compile(
    r"\bchiếm\s+(?:(?:khoảng|hơn|gần|trên|tới|xấp xỉ)\s+)?[\d.,]+\s*%[ \t]*$"
)
_SO_VOI_AFTER: Final = re.compile(r"[ \t]*(?:so với|so)\s+([^,;.()\n]{2,60})")


def read_basis_after(low: str, position: int) -> tuple[str, int] | None:
    """A basis phrase starting at `position` (after a percent sign): text and end."""
    # The phrase runs to the next punctuation; a window longer than any sentence (they
    # are cut at 1,500 characters) keeps text without punctuation from being scanned to
    # its end for every percentage.
    match = _BASIS_AFTER.match(low, position, position + _WINDOW)
    if match and WHOLE_OF_YEAR.match(match.group(2)):
        shared = _SHARE_BEFORE.search(low, max(0, position - 30), position)
        match = None if shared else match
    if match:
        phrase = match.group(2)
        stop = _BASIS_STOP.search(phrase)
        if stop:
            phrase = phrase[: stop.start()]
        phrase = phrase.rstrip()
        return phrase, match.start(2) + len(phrase)
    match = _SO_VOI_AFTER.match(low, position)
    if match:
        phrase = match.group(1)
        stop = _BASIS_STOP.search(phrase)
        if stop:
            phrase = phrase[: stop.start()]
        phrase = phrase.rstrip()
        return phrase, match.start(1) + len(phrase)
    return None


_CHANGE_VERB_WORDS: Final = (
    # "..., tăng trưởng 12% so với năm trước": after a comma, the verb of a rise.
    r"((?<=, )tăng trưởng|tăng thêm|giảm thêm|tăng|giảm|cao hơn|thấp hơn|nhiều hơn"
    r"|ít hơn|chậm hơn|nhanh hơn|lớn hơn|nhỏ hơn|vượt|nhích lên|nhích|nhỉnh hơn|sụt giảm|sụt)"
    # "nhóm hàng ăn tăng cao nhất 2,29%", "nhóm giao thông tăng cao nhất với 3,85%"
    r"(?:(?:\s+(?:mạnh|nhẹ|tới|đến|thêm|nhanh|đột biến|khá|cao))?(?:\s+nhất(?:\s+với)?)?"
    # The part named before a rise that ranks, the rise after a comma: "nhóm hàng ăn tăng
    # thấp nhất, 0,14%", "giáo dục tăng nhiều nhất, với 9,21%".
    r"|\s+(?:cao|thấp|mạnh|nhiều|ít)\s+nhất\s*,(?:\s*với)?)\s*$"
)
# The verb at the start, or after a blank, a comma or "(": r"(?:^|[\s,(])" + the words,
# cut in two, so that the search skips to those characters instead of trying "^" at each.
_CHANGE_VERB_AT_START: Final = re.compile(_CHANGE_VERB_WORDS)
_CHANGE_VERB: Final = re.compile(r"[\s,(]" + _CHANGE_VERB_WORDS)
_RATIO_VERB_WORDS: Final = (
    # "kết nạp 47 đảng viên, đạt tỷ lệ hơn 55% so với chỉ tiêu": the share reached, named.
    "đạt tỷ lệ", "đạt tỉ lệ", "bằng", "đạt được", "đạt", "tương đương", "tương ứng",
    "hoàn thành", "thực hiện được", "thực hiện", "giải ngân được", "giải ngân",
    "là", "được", "chiếm",
)  # fmt: skip
# search_ending (endings.py) tries it only near the end of the words before a percentage.
_RATIO_VERB, _RATIO_VERB_REACH = ending_pattern(_RATIO_VERB_WORDS, r"(?:^|[\s,(])", 1)


_SO_VOI: Final = re.compile(r"(?:^|[\s,(])(so với|so(?!\s+sánh))\s")
_HIGHER_THAN: Final = re.compile(
    r"(?:^|[\s,(])(cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+([^,;()]{2,50}?)\s*(?:là|khoảng|gần|,)?\s*$"
)
_EXCEEDED: Final = re.compile(
    r"(?:^|[\s,(])(vượt|gấp|hoàn thành|chưa đạt|không đạt|đạt và vượt)\s+([^;()]{0,50}?)"
    r"\s*(?:\(|,)\s*(?:bằng|đạt|là|tương đương|hơn|trên|gần|khoảng)?\s*$"
)
_EXCEEDED_BY: Final = re.compile(
    r"(?:^|(?<=[\s,(]))vượt\s+((?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán|nghị quyết)"
    r"[^,;()%\d]{0,40}?)"
    r"\s*(?:là|với|khoảng|gần|hơn|trên)?\s*$"
)
_RATE_OF_CHANGE: Final = re.compile(
    r"(?:yếu tố giá|theo giá [^,;]{0,20})\s*,?\s*(?:thì\s+)?(mức\s+(tăng|giảm)|(tăng|giảm))"
    r"(?:\s+(?:là|đạt|chỉ|còn|ở mức))*\s*$"
)
_NEGATIVE: Final = frozenset(
    {"giảm", "giảm thêm", "thấp", "ít", "chậm", "nhỏ", "thấp hơn", "ít hơn", "chậm hơn", "nhỏ hơn"}
)
_TRAILING_FILLER: Final = re.compile(r"(?:\s*(?:,|thì|là|đã|mới|chỉ|vẫn|cũng))+\s*$")


@dataclass(frozen=True)
class Lead:
    """What precedes a percentage: the comparison cue and, if named, its basis."""

    cue_start: int  # offset in the searched text where the comparison's words start
    measure: Measure | None  # None when no verb says ratio or change
    negative: bool
    basis_text: str | None
    verb: str
    # "so với cùng kỳ, khu vực dịch vụ tăng": a subject of its own after the basis, so the
    # rise is not of the figure before the clause.
    subject: bool = False

    # Spelt out so that mypyc compiles it: the __init__ @dataclass generates stays
    # interpreted Python (clauses.Draft). Frozen, each field is set past __setattr__ by
    # `object.__setattr__(self, "name", ...)` written out: mypyc stores it natively.
    def __init__(
        self,
        cue_start: int,
        measure: Measure | None,
        negative: bool,
        basis_text: str | None,
        verb: str,
        subject: bool = False,
    ) -> None:
        object.__setattr__(self, "cue_start", cue_start)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "negative", negative)
        object.__setattr__(self, "basis_text", basis_text)
        object.__setattr__(self, "verb", verb)
        object.__setattr__(self, "subject", subject)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - only the last one is wanted
        pass
    return found


def is_negative(verb: str) -> bool:
    return verb in _NEGATIVE or verb.endswith(("giảm", "thấp hơn", "ít hơn", "chậm hơn"))


PERIOD_BASES: Final = ("same_period", "previous")
_CLAUSE_COMMA: Final = re.compile(r",(?!\d)")  # the one in "2,5%" is a decimal mark
# Who set a plan, listed after its first issuer: "dự toán Trung ương, HĐND tỉnh giao".
_WHEN: Final = re.compile(r",\s*khi\s")  # a clause of time after the basis: "..., khi tăng 5,9%"
_ISSUER_NEXT: Final = re.compile(
    r"\s*(?:trung ương|tw|hđnd|ubnd|tỉnh|huyện|thành phố|nghị quyết)\b"
)
# A time basis written whole, then with no comma the subject of the clause: "so với cùng kỳ
# chi ngân sách tăng 9%". Words of time, place or scope after it still belong to the basis.
_PERIOD_BASIS_THEN: Final = re.compile(
    r"(?:cùng kỳ|cùng kì|năm trước|năm ngoái|tháng trước|quý trước|vụ trước)"
    r"(?: năm (?:trước|ngoái|\d{4}))?\s+"
    r"(?!(?:năm|tháng|quý|kỳ|kì|vụ|của|trên|tại|ở|toàn|cả|các|này|đó|trước|ngoái|lũy kế)\b|\d)"
    r"(?=\w+ \w)"
)


_SO_VOI_AT_START: Final = re.compile(r"so(?: với)?\s+")


def subject_after_basis(text: str) -> int:
    """Where the subject starts in lower-case `text` that opens with a time basis followed,
    with no comma, by the clause's subject ("so với cùng kỳ chi ngân sách tăng"), or 0."""
    opening = _SO_VOI_AT_START.match(text)
    then = _PERIOD_BASIS_THEN.match(text, opening.end()) if opening else None
    return then.end() if then else 0


def read_lead(before: str) -> Lead | None:
    """The comparison words that end `before` (lower-case text up to the percentage)."""
    lead = _read_lead(before)
    if lead is None or lead.verb != "vượt":
        return lead
    start = passed_start(before, lead.cue_start)  # "tăng vượt kế hoạch 2,5%" (passed_leads)
    return lead if start == lead.cue_start else replace(lead, cue_start=start)


def _read_lead(before: str) -> Lead | None:
    # Each pattern is looked for only where a word it cannot match without stands (the
    # words go with the patterns above): most leads are a few words ("tăng", "bằng"), and
    # a search tries every position.
    rate = _RATE_OF_CHANGE.search(before) if "giá" in before else None
    if rate:
        # "loại trừ yếu tố giá, mức tăng là 6,1%": the same rise, reckoned another way.
        verb = rate.group(2) or rate.group(3)
        return Lead(rate.start(1), "change", verb == "giảm", None, verb)
    match = _HIGHER_THAN.search(before) if "hơn" in before else None
    if match and names_basis(match.group(2)):
        return Lead(match.start(1), "change", match.group(1) in _NEGATIVE, match.group(2), "hơn")
    change = _CHANGE_VERB_AT_START.match(before) or _CHANGE_VERB.search(before)
    ratio = (
        search_ending(_RATIO_VERB, before, _RATIO_VERB_REACH) if change is None else None
    )  # a change verb comes first
    verb_match = change or ratio
    verb = verb_match.group(1) if verb_match else ""
    measure: Measure | None = "change" if change else "ratio" if ratio else None
    if verb == "vượt":
        measure = "change"
    head = before[: verb_match.start(1)] if verb_match else before
    so_voi = _last(_SO_VOI.finditer(head)) if "so" in head else None
    if so_voi is not None and verb == "chiếm":
        # "gấp hơn 13 lần so với năm 2003, chiếm trên 80% dân số": the share states a
        # level of its own; the basis before it was the multiple's.
        return None
    if so_voi is not None and _WHEN.search(head, so_voi.end()):
        # "cao hơn so với quý I các năm 2011 - 2017, khi mức tăng lần lượt là 5,9% ...":
        # the clause "khi" opens speaks of the basis's own time; its numbers are not
        # compared with it.
        so_voi = None
    if so_voi is not None:
        basis = _TRAILING_FILLER.sub("", head[so_voi.end() :]).strip(" ,")
        named, *rest = _CLAUSE_COMMA.split(basis, maxsplit=1)
        after = rest[0] if rest else ""
        subject = bool(after.strip()) and basis_of(named) in PERIOD_BASES
        if not rest and ("cùng k" in named or "trước" in named or "ngoái" in named):
            then = _PERIOD_BASIS_THEN.match(named)
            if then is not None:
                named, after, subject = named[: then.end()], named[then.end() :], True
        if subject and not _ISSUER_NEXT.match(after):
            basis = named.strip()
        else:
            subject = False
        verb, measure, start = verb_first(head, so_voi.start(1), verb, measure)
        if basis and len(basis.split()) <= 9 and "%" not in basis:
            return Lead(start, measure or "ratio", is_negative(verb), basis, verb, subject)
    passed = "vượt" in before
    direct = _EXCEEDED_BY.search(before) if passed else None
    if direct and names_basis(direct.group(1)):
        # "vượt kế hoạch 1,5%", "cao hơn cùng kỳ trên 16%": by how much the basis was passed.
        return Lead(direct.start(), "change", False, direct.group(1), "vượt")
    exceeded = (
        _EXCEEDED.search(before)
        if passed or "đạt" in before or "gấp" in before or "hoàn thành" in before
        else None
    )
    if exceeded and names_basis(exceeded.group(2)):
        return Lead(exceeded.start(1), "ratio", False, exceeded.group(2), exceeded.group(1))
    if verb_match:
        return Lead(verb_match.start(1), measure, is_negative(verb), None, verb)
    return None
