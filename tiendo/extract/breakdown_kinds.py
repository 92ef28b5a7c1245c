"""The kind a breakdown shares with the estimated whole it breaks down.

A report states once that a total is estimated ("GRDP ước đạt 14.900 tỷ đồng") and then
gives its parts: after "trong đó", "trong số này", "bao gồm", "chia ra", "cụ thể", "trong
cơ cấu" in the same sentence, with verbs of their own ("trong đó khu vực A đạt 2.700 tỷ
đồng, khu vực B đạt 4.000 tỷ đồng"), until a semicolon closes the breakdown (a colon
after the marker, or an item of the first part's shape, keeps it open); a share said of
an estimated figure (", chiếm 7,1%"); or a next sentence opened as the breakdown of that
total ("Trong số này, ...", "Cơ cấu kinh tế: A chiếm 31%, ...", the sectors after an
estimated GRDP), whose parts share the estimate unless a verb stands right before their
number ("Trong đó, nuôi nước ngọt cho 57.024 tấn" tells a result). A part breaks down
the figure counted in its own unit. A new measure ("Chỉ số sản xuất công nghiệp tăng
7,4%" in a later sentence, "...; tổng thu từ du lịch ...") is no part and keeps its kind.

>>> marker_end("gdp ước đạt 100 tỷ, trong đó a đạt 40 tỷ, b đạt 60 tỷ", 0, 43)
28
>>> still_open("a đạt 40 tỷ; b đạt ") , still_open(": a đạt 40 tỷ; b đạt ")
(False, True)
>>> opens_breakdown("trong cơ cấu kinh tế, a chiếm 30%"), opens_breakdown("chỉ số tăng 7%")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.branch_sentences import branches_of_index
from tiendo.extract.clauses import Draft, without_asides
from tiendo.extract.figure import Kind
from tiendo.extract.narrowed_openings import narrows_estimate

# The words that open the parts of the figure just stated ("trong số này" = of these).
_MARKER: Final = re.compile(
    r"\b(?:trong đó|trong số (?:này|đó)|bao gồm|chia ra|cụ thể|(?:trong|về) cơ cấu)\b"
)
# A sentence opened as the breakdown of the one before: by a marker, by "riêng" (the one
# part singled out) or by the structure of the whole ("Cơ cấu kinh tế: ...").
_OPENING: Final = re.compile(
    r"[\s,;:(\-–•+*]*(?:trong đó|trong số (?:này|đó)|bao gồm|gồm|chia ra|cụ thể|riêng"
    r"|(?:trong |về )?cơ cấu)\b"
)
# Verbs that assert a figure of their own ("chiếm" only gives the part's share), and only
# right before the number: "khách có lưu trú 85.042 lượt" names the guests who stayed.
# (each verb before the look-behind of its leading boundary: a search skips to the verbs'
# first letters; the same matches as r"\b(?:đạt|là|…|(?:xuống|lên)(?:\s+còn)?)…"); "giảm
# còn" moves to a level as "xuống còn" does ("tỷ lệ hộ nghèo giảm còn 1,2%").
_OWN_VERB: Final = re.compile(
    r"(?:đạt(?<=\bđạt)|là(?<=\blà)|được(?<=\bđược)|thực hiện(?<=\bthực hiện)|có(?<=\bcó)"
    r"|với(?<=\bvới)|cho(?<=\bcho)|xuống(?<=\bxuống)(?:\s+còn)?|lên(?<=\blên)(?:\s+còn)?"
    r"|giảm(?<=\bgiảm) còn|hạ(?<=\bhạ) còn)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|tới|đến|mức))?\s*$"
)
# "có" before a part's number only says what the part holds ("Trong số đó, xoài có 19.026
# ha"): the part of an estimated whole is still reckoned with it, where "đạt" or "cho"
# reports a level of its own.
_HAS: Final = re.compile(r"\bcó(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*$")
# The sectors of an economy ("Khu vực nông, lâm nghiệp và thủy sản tăng 3,28%; ...") open
# the breakdown of the economy's total stated just before.
_SECTOR: Final = re.compile(
    r"[\s,;:(\-–•+*]*(?:so (?:với|sánh với) [^\W\d][^,;:.\d]{2,30}(?:\d{4})?,\s*)?"
    r"khu vực (?:i|ii|iii|nông|công nghiệp|dịch vụ)\b"
)
_ECONOMY: Final = re.compile(
    r"\b(?:grdp|gdp|tổng sản phẩm|tăng trưởng kinh tế|giá trị tăng thêm)\b"
)
# The levels of a shift ("giảm từ 33,1% xuống 26,9%"): points in time, not parts.
_SHIFT: Final = re.compile(r"\b(?:từ|xuống|lên)(?:\s+(?:mức|còn))?\s*$")
# A share said of the figure just before it ("..., tăng 15,4%, chiếm 7,1%").
_SHARE: Final = re.compile(r"^[\s,]*(?:và\s+)?chiếm(?:\s+tỷ (?:trọng|lệ))?\s*$")
# Measures that head a statement of their own after a semicolon, not a part of the
# breakdown before it ("...; tổng thu từ du lịch 247 tỷ đồng").
_STATEMENT_HEAD: Final = re.compile(
    r"[\s,;]*(?:tổng|chỉ số|thu ngân sách|chi ngân sách|kim ngạch|vốn đầu tư|doanh thu|tốc độ)\b"
)


def marker_end(low: str, start: int, end: int) -> int | None:
    """Where the last breakdown marker of low[start:end] ends, if any."""
    stretch = low[start:end]
    if not any(word in stretch for word in ("trong", "gồm", "chia ra", "cụ thể", "cơ cấu")):
        return None  # most stretches hold none of the markers' words
    ends = [match.end() for match in _MARKER.finditer(low, start, end)]
    return ends[-1] if ends else None


def still_open(between: str) -> bool:
    """True when the words between a marker and a figure leave the breakdown open: no ";"
    has closed it, unless a colon opened a list whose items ";" separates."""
    semicolon = between.find(";")
    return semicolon < 0 or ":" in between[:semicolon]


def own_verb(own: str) -> bool:
    """True when a verb stands right before the number: the figure states its own kind."""
    return _OWN_VERB.search(own) is not None


# "thu trên địa bàn huyện được 24 tỷ đồng", "lúa được 3.200 ha, ngô 900 ha": the parts'
# verb of gain, with no word in their clause that dates them as done ("đã", "kết quả").
_GAINED: Final = re.compile(r"\bđược\b")
_DONE: Final = re.compile(r"\b(?:đã|kết quả|hoàn thành|ghi nhận|thực hiện|đạt được|có được)\b")


def gained_part(cue: str | None, clause: str) -> bool:
    """True when a figure is read as a result only for a "được" in its clause: a part of a
    breakdown says so of its share of the whole ("tổng thu ước thực hiện được 285 tỷ
    đồng; trong đó, thu trên địa bàn được 24 tỷ đồng"), and takes the whole's kind.
    >>> gained_part("actual", "trong đó, thu trên địa bàn huyện được ")
    True
    >>> gained_part("actual", "trong đó, thu đã được "), gained_part(None, "thu được ")
    (False, False)
    """
    return cue == "actual" and _GAINED.search(clause) is not None and not _DONE.search(clause)


def opens_breakdown(sentence: str) -> bool:
    """True when lower-case `sentence` opens as the breakdown of what came before."""
    return _OPENING.match(sentence) is not None


def whole_of(draft: Draft, before: list[Draft]) -> Draft | None:
    """The figure a part breaks down, among the figures `before` it: the last one counted
    in the part's own unit ("sản lượng đạt 12.159 tấn, giá trị ước 237 tỷ đồng; trong đó
    khai thác biển 11.638 tấn" breaks down the tonnes), else the last one."""
    if not before:
        return None
    quantity = draft.quantity
    if quantity is not None and quantity.unit.kind != "percent":
        unit = quantity.unit.text
        same = [d for d in before if d.quantity is not None and d.quantity.unit.text == unit]
        if same:
            return same[-1]
    return before[-1]


_LAST_WORD: Final = re.compile(r"(\S+)\s+(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|gần như)\s+)?$")


def parallel(low: str, first: Draft, draft: Draft) -> bool:
    """True when the figure repeats the shape of the first part of the breakdown: the same
    verb right before a number in the same unit ("bao gồm cá đạt 4.423,9 nghìn tấn, ...;
    tôm đạt 744,6 nghìn tấn"), a further item of the same list after a semicolon."""
    one, other = first.quantity, draft.quantity
    if one is None or other is None or one.unit.text != other.unit.text:
        return False
    return _same_verb(low, first, draft)


def _same_verb(low: str, one: Draft, other: Draft) -> bool:
    """True when the same word stands right before both figures' numbers."""
    verbs = [
        _LAST_WORD.search(low, max(d.item_start, d.anchor - 30), d.anchor) for d in (one, other)
    ]
    return all(verbs) and verbs[0].group(1) == verbs[1].group(1)  # type: ignore[union-attr]


def _verb_repeated(low: str, cued: list[Draft], before: list[Draft], draft: Draft) -> bool:
    """True when the part repeats the verb of the estimated whole it breaks down ("GRDP
    ước đạt 17.379 tỷ đồng. Trong đó, khu vực dịch vụ đạt 7.488 tỷ đồng"): the estimate
    word is left out of the repetition, not denied. Not once an earlier part of the
    sentence was read as a result ("Trong đó, nuôi nước ngọt cho 57.024 tấn; tôm ... đạt
    7.280 tấn"): the parts of one breakdown are of one kind."""
    if not cued or cued[-1].kind != "estimate" or any(d.kind != "estimate" for d in before):
        return False
    return _same_verb(low, cued[-1], draft)


# "Cơ cấu kinh tế: ...", "Trong cơ cấu GRDP theo giá hiện hành, ...": the structure of what.
_STRUCTURE: Final = re.compile(
    r"[\s,;:(\-–•+*]*(?:trong |về )?cơ cấu\b((?:\s+[^\s,;:.()\d]+){0,4})"
)
_OF_ECONOMY: Final = re.compile(r"\b(?:kinh tế|grdp|gdp)\b")
# The economy's total and its sectors, as an estimate names them.
_ECONOMY_OR_SECTOR: Final = re.compile(
    r"\b(?:grdp|gdp|tổng sản phẩm|kinh tế|giá trị tăng thêm|giá trị sản xuất|khu vực)\b"
)


def structure_of_estimate(opening: str, previous: list[Draft]) -> bool:
    """False when a sentence opened by a structure ("Cơ cấu kinh tế: ...") gives the
    structure of something no estimate of the sentence before was of: the structure of the
    economy after an estimated economy or sector, that of "vốn" after estimated "vốn"."""
    structure = _STRUCTURE.match(opening)
    if structure is None:
        return True
    words = structure.group(1)
    estimated = [d.indicator.lower() for d in previous if d.kind == "estimate"]
    if _OF_ECONOMY.search(words):
        return any(_ECONOMY_OR_SECTOR.search(indicator) for indicator in estimated)
    named = set(words.split())
    return any(named & set(indicator.split()) for indicator in estimated)


def _economy_estimated(cued: list[Draft]) -> bool:
    """True when the sentence before estimated the economy's total, the last figure it
    stated the kind of being that total or one of its parts ("GRDP ước tăng 5%; trong đó
    dịch vụ tăng 6,1%")."""
    return (
        bool(cued)
        and cued[-1].kind == "estimate"
        and any(_ECONOMY.search(d.indicator.lower()) for d in cued if d.kind == "estimate")
    )


_APART: Final = re.compile(r"[\s,;]*riêng\b")
# "…, với 10.052 nghìn lượt khách": what a part's level came with (the passengers behind
# its revenue), of that level's kind, not a level the part states anew.
_ALONG: Final = re.compile(r"^[\s,]*với\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$")


def _level_of_its_own(outside: str) -> bool:
    """True when a verb right before the number (asides set aside) states a level of the
    part's own: "đạt", "cho", not "có", which only says what the part holds."""
    return _OWN_VERB.search(outside) is not None and _HAS.search(outside) is None


def apart_in_sentence(low: str, sentence_start: int, draft: Draft, outside: str) -> bool:
    """True when the figure's clause, after another one of its sentence, opens with
    "riêng" and its words before the number (`outside`, asides set aside) state no level
    of its own."""
    if draft.clause_start <= sentence_start or not _APART.match(low, draft.clause_start):
        return False
    return not _level_of_its_own(outside)


def breakdown_kind(
    low: str, sentence_start: int, draft: Draft, drafts: list[Draft], previous: list[Draft]
) -> Kind | None:
    """'estimate' when the figure is a part of an estimated whole stated before it."""
    before = [d for d in drafts if d.anchor < draft.anchor]
    own = low[draft.item_start : draft.anchor]
    if before and _SHARE.match(own) and before[-1].clause_start == draft.clause_start:
        # "nhóm nông sản 21,4 tỉ USD, tăng 15,4%, chiếm 7,1%": the share of that figure.
        return "estimate" if before[-1].kind == "estimate" else None
    end = marker_end(low, sentence_start, draft.anchor)
    if end is not None:
        whole = whole_of(draft, [d for d in before if d.anchor < end])
        if whole is not None:
            # "GRDP ước đạt X, trong đó A đạt Y, B đạt Z": the parts of the whole before.
            parts = [d for d in before if d.anchor > end]
            opened = whole.kind == "estimate" and (
                still_open(low[end : draft.item_start])
                or bool(parts and parallel(low, parts[0], draft))
            )
            return "estimate" if opened else None
    outside = without_asides(own)
    if apart_in_sentence(low, sentence_start, draft, outside):
        # "tổng vốn ... ước thực hiện 3.250 tỷ đồng; riêng vốn ngân sách có 1.180 tỷ đồng":
        # the part set apart after the whole's clause is reckoned with it.
        whole = whole_of(draft, before)
        if whole is not None and whole.kind == "estimate":
            return "estimate"
    cued = [d for d in previous if d.kind_cued]
    opening = low[sentence_start : draft.anchor]
    # A rise after its fronted basis is anchored at the basis ("So với cùng kỳ, khu vực
    # dịch vụ tăng 5,8%"): the sector is read up to its number.
    sector = _SECTOR.match(low, sentence_start, max(draft.anchor, draft.number_start))
    # "Nhiều ngành tăng khá: ..." after an estimated index: the index's branches.
    branches = branches_of_index(low, sentence_start, previous)
    narrowed = narrows_estimate(low, sentence_start, draft, previous)
    economy = bool(sector) and _economy_estimated(cued)
    if not (opens_breakdown(opening) or narrowed or economy or branches):
        return None
    if before and before[-1].kind == "estimate" and _ALONG.search(outside):
        return "estimate"  # "vận tải hành khách đạt 610 tỷ đồng, với 10.052 nghìn lượt khách"
    if _level_of_its_own(outside) and not _verb_repeated(low, cued, before, draft):
        return None  # "Trong đó, nuôi nước ngọt cho 57.024 tấn": a verb of its own
    if not structure_of_estimate(opening, previous):
        return None  # "Tổng vốn đầu tư ước đạt ... . Cơ cấu kinh tế chuyển dịch, ..."
    if _SHIFT.search(low, max(sentence_start, draft.anchor - 20), draft.anchor):
        return None  # "tỷ trọng A giảm từ 33,1% năm 2016 xuống 26,9%": where it stood, then
    if any(d.kind_cued and d.kind != "estimate" for d in before):
        return None
    if (not cued or cued[-1].kind != "estimate") and not branches:
        return None
    clause = low[draft.clause_start : draft.anchor]
    if draft.clause_start > sentence_start and _STATEMENT_HEAD.match(clause):
        return None  # "Trong số này, ...; tổng thu từ du lịch 247 tỷ đồng": a new measure
    return "estimate"
