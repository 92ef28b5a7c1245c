"""How far an estimate said once carries: to the items of its list, to the sentence that
breaks it down, and not past a new statement, a new paragraph, or a heading that dates its
list to now.

A report says once that a figure is estimated ("GRDP ước tăng 8,16%") and goes on with
its parts, in the same sentence ("trong đó công nghiệp tăng 13,49%, dịch vụ 5,73%") or in
the next one ("Trong đó, khách quốc tế 50.242 lượt"); those share the estimate. A measure
that heads a statement of its own after a semicolon ("...; tổng thu ngân sách 109.800 tỷ
đồng") or is set against the figure by "còn" does not. A plan quoted in parentheses
beside the estimate ("ước tăng 8,68% (kế hoạch cả năm 8,2%)") is a remark on it, not
the last figure the next sentence goes on from.

>>> plan_aside_kind("target", True), plan_aside_kind("target", False)
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdown_kinds import own_verb
from tiendo.extract.clauses import Draft, without_asides
from tiendo.extract.figure import Kind
from tiendo.extract.lexicon import BREAKDOWN_MARKERS
from tiendo.extract.statements import own_estimate

# A sentence that breaks down the one before ("Chia theo ngành, ...", "Phân theo khu vực,
# ..."), or sums it up ("Như vậy, ..."), shares its estimate.
_BREAKDOWN_START: Final = re.compile(
    rf"[\s,;:(]*(?:{BREAKDOWN_MARKERS}|riêng|trong mức tăng(?: chung| trưởng)?"
    r"|(?:chia|phân|xét) theo (?:ngành|khu vực|lĩnh vực|loại hình|thành phần)"
    r"|như vậy|nhìn chung|tóm lại)\b"
)
ELABORATION_START: Final = re.compile(rf"^[\s,;:(]*(?:{BREAKDOWN_MARKERS})\b")
# Measures that head a statement of their own, not an item of the list before them
# ("...; tổng thu ngân sách 109.800 tỷ đồng" after "GRDP ước đạt ..."). A price index is
# measured, a statement of its own; the index of production goes with the estimated
# output before it ("GRDP ước tăng 8,1%, ...; chỉ số sản xuất công nghiệp tăng 9,03%").
_HEADS: Final = "tổng|thu ngân sách|chi ngân sách|kim ngạch|vốn đầu tư|tổng mức|tốc độ"
_STATEMENT_HEAD: Final = re.compile(rf"(?:{_HEADS}|chỉ số giá)\b")
# After "còn", which sets it against the figure before, any index heads its own statement.
_SET_AGAINST_HEAD: Final = re.compile(rf"(?:{_HEADS}|chỉ số)\b")
# "Các cây màu vụ mùa so với cùng kỳ: ngô 3,5 nghìn ha, ...": a label and a colon that open
# a sentence of bare items.
_HEADING: Final = re.compile(r"[^:.;\d]{3,80}:")
_HEADING_VERB: Final = re.compile(r"\b(?:đạt|là|được|chiếm|thực hiện|có)\b")
# "Các khoản thu lần lượt là:": a copula that ends the heading only introduces its list;
# it states no figure of the heading's own.
_LIST_COPULA: Final = re.compile(r"(?:\s+lần lượt)?\s+là\s*:$")
# "Lao động đi làm việc ở nước ngoài từ đầu năm đến nay chia theo thị trường:": a list dated
# to now counts what has been done so far, not the year's forecast before it.
_TO_NOW: Final = re.compile(r"\b(?:đến|hiện) nay\b")
_ITEM_VERB: Final = re.compile(r"\b(?:đạt|là|được|chiếm|có|tăng|giảm|xuống|lên|còn|từ)\b")


# A clause whose subject is the place or the sector, acting ("toàn tỉnh gieo cấy 18.419
# ha lúa", "ngành du lịch đón 1,91 triệu lượt khách"): a statement of its own, not an item
# of the estimated list before it.
_ACTING_SUBJECT: Final = re.compile(
    r"[\s,;]*(?:toàn |cả )?(?:tỉnh|huyện|thành phố|thị xã|xã|ngành(?: [^\W\d_]+){1,3}?)"
    r"\s+(?:đã\s+)?(?:đón|gieo cấy|gieo trồng|trồng mới|thu hút|cấp mới|cấp phép|tiếp nhận"
    r"|kết nạp|giải quyết việc làm|tạo việc làm|có thêm)\b"
)
# A clause after a semicolon that opens on now ("...; hiện tỷ lệ hộ nghèo chỉ còn 0,4%")
# states where things stand at the time of writing, not the forecast before it.
_NOW_OPENING: Final = re.compile(r"[\s,;]*(?:hiện nay|hiện|đến nay|tính đến nay)\b")
# An average over a term ("năng suất lao động giai đoạn 2016 - 2020 tăng bình quân
# 5,7%/năm", "kinh tế tăng bình quân hằng năm 10,9%"): a rate of the whole term, not of
# the year an estimate before the semicolon forecasts. "Bình quân đầu người" is a level
# per person, not an average over years.
_TERM_AVERAGE: Final = re.compile(r"\bbình quân\b(?! (?:đầu người|mỗi người|một người|trên người))")
_OVER_YEARS: Final = re.compile(
    r"\b(?:hằng năm|hàng năm|mỗi năm|giai đoạn|nhiệm kỳ)\b|%\s*/\s*năm\b"
)
# The level a measure has come down to ("tỷ lệ hộ nghèo còn 15,6%", "giảm xuống còn
# 24%"): where it stands, said right before the number.
_REMAINING: Final = re.compile(r"(?<!\w)còn(?: (?:khoảng|dưới|gần|hơn|trên))?\s*$")


def _acting_after_semicolon(low: str, cued: Draft, draft: Draft) -> bool:
    """True when a semicolon after the estimated figure opens a clause whose subject, the
    place or a sector, acts, and the figure stands in that clause."""
    # Looked for in the words just before the figure: a long list costs no more per figure.
    semicolon = low.rfind(";", max(cued.anchor, draft.item_start - 300), draft.item_start + 1)
    if semicolon < 0 or ":" in low[semicolon : draft.anchor]:
        return False
    return (
        _ACTING_SUBJECT.match(low, semicolon + 1) is not None
        or _NOW_OPENING.match(low, semicolon + 1) is not None
    )


def under_heading(low: str, sentence_start: int, item_start: int, anchor: int) -> bool:
    """True when the figure is an item of a list its sentence opens with a heading: such a
    sentence goes on with the report before it, and shares its estimate."""
    heading = _HEADING.match(low, sentence_start)
    # A heading with a verb of its own ("... đạt sản lượng cao:") states its own kind, and
    # so does an item with its own verb ("tỷ trọng A giảm từ 33,1% xuống 26,9%").
    return (
        heading is not None
        and heading.end() <= item_start
        and not _HEADING_VERB.search(_LIST_COPULA.sub(":", heading.group()))
        and not ("nay" in heading.group() and _TO_NOW.search(heading.group()))
        and not _ITEM_VERB.search(low, item_start, anchor)
    )


def set_against(own: str) -> bool:
    """'..., còn chỉ số giá tiêu dùng tăng 3,1%': a measure of its own, set against the
    figure before, which does not share its kind."""
    opening = own.lstrip(" ,;(")
    return opening.startswith("còn ") and _SET_AGAINST_HEAD.match(opening[4:]) is not None


def plan_aside_kind(kind: Kind, in_paren: bool) -> bool:
    """True for a plan quoted in parentheses: "(kế hoạch cả năm 8,2%)" remarks on the
    estimate before it; the sentence after goes on from the estimate, not from the plan."""
    return in_paren and kind == "target"


def own_verb_of(low: str, draft: Draft) -> bool:
    """True when an uncued result outside parentheses has a verb of its own."""
    own = without_asides(low[draft.item_start : draft.anchor])
    return not draft.in_paren and own_verb(own)


def estimate_in_force(
    low: str,
    draft: Draft,
    sentence_start: int,
    drafts: list[Draft],
    previous: list[Draft],
) -> Kind | None:
    """'estimate' where the list the figure belongs to is estimated: `drafts` are the
    figures of its sentence, `previous` those of the sentence before."""
    # "..., khách lưu trú đạt 1,08 triệu lượt, công suất phòng 68,38%": a figure with a
    # verb of its own states its kind as surely as a cue does.
    # A plan quoted in parentheses beside an estimate its sentence states ("ước 6,87%, cao
    # hơn mức kế hoạch đề ra (5,2%); quy mô kinh tế hơn 102.700 tỉ đồng") is a remark on
    # it: the list goes on from the estimate. (One carried from the sentence before ends
    # at the first such remark.)
    cued = [
        d
        for d in drafts
        if d.anchor < draft.anchor
        and (d.kind_cued or own_verb_of(low, d))
        and not (
            plan_aside_kind(d.kind, d.in_paren)
            and _estimated_before(low, sentence_start, d, drafts)
        )
    ]
    if not cued and (
        _BREAKDOWN_START.match(low, sentence_start)
        or under_heading(low, sentence_start, draft.item_start, draft.anchor)
    ):
        # "Trong đó, khách quốc tế 50.242 lượt", "Trong mức tăng chung, ...": a sentence
        # that breaks down the one before shares its estimate.
        cued = [d for d in previous if d.kind_cued and not plan_aside_kind(d.kind, d.in_paren)]
        if cued and "\n" in low[cued[-1].anchor : sentence_start]:
            # A new paragraph opens a statement of its own ("... ước hơn 60.000 tỉ đồng.⏎
            # Thủy sản giữ vai trò mũi nhọn: diện tích nuôi tôm 8.720 ha"), whatever it lists.
            cued = []
    if cued and cued[-1].kind == "estimate" and not _new_statement(low, draft, cued[-1]):
        if _said_of_a_later_measure(low, draft, cued[-1], drafts):
            return None
        return "estimate"
    return None


def _estimated_before(low: str, sentence_start: int, aside: Draft, drafts: list[Draft]) -> bool:
    """True when the sentence states an estimate up to the figure a plan quoted in
    parentheses (`aside`) remarks on: the last one before it outside parentheses."""
    remarked = [d.anchor for d in drafts if d.anchor < aside.anchor and not d.in_paren]
    end = max([aside.item_start, *remarked])
    return own_estimate(low, sentence_start, end)


def _remaining_after_semicolon(low: str, draft: Draft, cued: Draft) -> bool:
    """True when a clause after a semicolon that follows the estimated figure gives the
    level the figure's measure has come down to: "Tốc độ tăng trưởng ước 13,2%; tỷ lệ hộ
    nghèo còn 15,6%" states where poverty stands, a clause of its own, not an item of the
    forecast. A list a colon opened before the estimate keeps its heading's estimate."""
    start = max(0, draft.anchor - 24)
    # A plain look-up first: "còn" stands before few numbers.
    if low.find("còn", start, draft.anchor) < 0:
        return False
    semicolon = _semicolon_after(low, cued, draft)
    if semicolon < 0 or _REMAINING.search(low, max(start, semicolon), draft.anchor) is None:
        return False
    return not _listed_under_heading(low, cued, semicolon)


def _said_of_a_later_measure(low: str, draft: Draft, cued: Draft, drafts: list[Draft]) -> bool:
    """True when the estimate is said of the second measure of an item whose first figure
    is not estimated, and a semicolon closes that item before the figure: "trong đó nhãn
    5.120 ha, sản lượng ước 61.400 tấn; vải 1.380 ha" estimates the longan's output, not
    the list; the next item goes on from the area."""
    if _semicolon_after(low, cued, draft) < 0:
        return False
    opened = max(low.rfind(";", 0, cued.anchor), low.rfind(":", 0, cued.anchor))
    return any(
        opened < other.anchor < cued.anchor and other.kind != "estimate" and not other.in_paren
        for other in drafts
    )


def _new_statement(low: str, draft: Draft, cued: Draft) -> bool:
    """True when the figure starts a statement of its own after the estimated one: a
    clause after a semicolon that no colon opened as a list ("...; chỉ số giá tiêu
    dùng tăng 2,47%"), or a subject set against it by "còn" ("..., còn chỉ số ...")."""
    if draft.sentence != cued.sentence:
        return False
    if _acting_after_semicolon(low, cued, draft):
        return True
    opening = low[draft.item_start : draft.anchor].lstrip(" ,;(")
    if ELABORATION_START.match(opening):
        return False
    if set_against(opening):
        return True
    if _term_average_after_semicolon(low, draft, cued) or _remaining_after_semicolon(
        low, draft, cued
    ):
        return True
    if not (draft.clause_start > cued.clause_start and low[draft.clause_start - 1] == ";"):
        return False
    # A colon before the estimated clause opens a list whose items share an estimate
    # its heading states ("Ước cả năm: ...; ..."), not one an item states of itself
    # ("báo cáo năm 2022: tổng giá trị ước 3,6 ngàn tỷ đồng; tổng thu ... 123 tỷ đồng").
    if _listed_under_heading(low, cued, draft.clause_start):
        return False
    return _STATEMENT_HEAD.match(opening) is not None


def _term_average_after_semicolon(low: str, draft: Draft, cued: Draft) -> bool:
    """True when a semicolon after the estimated figure opens a clause that averages a
    rate over a term, and the figure stands in it: "GRDP năm 2020 ước 12.840 tỷ đồng;
    kinh tế tăng bình quân hằng năm 10,9%" states what the term did, not the forecast.
    A list a colon opened before the estimate ("Ước thực hiện giai đoạn: ...; ...") keeps
    its heading's estimate."""
    semicolon = _semicolon_after(low, cued, draft)
    if semicolon < 0:
        return False
    end = min(draft.extent_end + 8, draft.clause_end)
    # A plain look-up first: most clauses after a semicolon average nothing.
    if low.find("bình quân", semicolon, end) < 0:
        return False
    if _listed_under_heading(low, cued, semicolon):
        return False
    return (
        _TERM_AVERAGE.search(low, semicolon, end) is not None
        and _OVER_YEARS.search(low, semicolon, end) is not None
    )


def _semicolon_after(low: str, cued: Draft, draft: Draft) -> int:
    """Where the last semicolon between the estimated figure and the item of `draft`
    stands, or -1: the clause break the rules above read the figure's clause from."""
    return low.rfind(";", cued.anchor, draft.item_start + 1)


def _listed_under_heading(low: str, cued: Draft, end: int) -> bool:
    """True when a colon before `end` opened the estimated clause as an item of a list
    whose heading states the estimate ("Ước cả năm: ...; ..."), not the item itself."""
    return ":" in low[cued.clause_start - 1 : end] and not own_estimate(
        low, cued.clause_start, cued.anchor
    )
