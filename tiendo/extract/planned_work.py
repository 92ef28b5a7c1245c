"""What a plan is for, named after its noun, names a share of the plan that has no subject.

"Năm 2023, huyện hoàn thành 105% kế hoạch trồng rừng": the district is who did it and
"hoàn thành" how far; what the 105% measures is the planting the plan is for, so the
figure is "trồng rừng" (value null, a share of the plan), as "chỉ tiêu trồng rừng phân
tán đã hoàn thành 100% kế hoạch" is. Two plans of that kind in one clause are two
figures: "toàn tỉnh đạt 98% kế hoạch xây dựng nhà ở cho hộ nghèo và 110% kế hoạch đào
tạo nghề".

Most words after a plan's noun say which plan, not what it is for: its time ("kế hoạch
năm", "kế hoạch vụ"), who set it ("kế hoạch tỉnh giao", "chỉ tiêu Nghị quyết đề ra",
"kế hoạch của UBND tỉnh", "dự toán HĐND tỉnh giao", "kế hoạch được giao"), or its money
("kế hoạch vốn", "dự toán ngân sách"): those name nothing here. Capital disbursed is named
by its verb: "giải ngân 100% kế hoạch vốn đầu tư công" is "giải ngân vốn đầu tư công".

>>> planned_work("kế hoạch trồng rừng"), planned_work("chỉ tiêu tiêm chủng mở rộng năm 2023")
('trồng rừng', 'tiêm chủng mở rộng')
>>> planned_work("kế hoạch tỉnh giao"), planned_work("kế hoạch năm"), planned_work("kế hoạch vốn")
('', '', '')
>>> planned_work("kế hoạch trở lên")
''
>>> planned_work("kế hoạch trồng cây phân tán huyện giao")
'trồng cây phân tán'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.actors import agent_length
from tiendo.extract.clauses import Draft
from tiendo.extract.figure import Comparison

_PLAN_NOUN: Final = re.compile(r"(?:kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu)\s+(?=[^\W\d_])")
# Who sets plans ("tỉnh giao", "UBND huyện giao", "Thủ tướng Chính phủ giao").
_BODIES: Final = (
    r"tỉnh|huyện|xã|thị xã|thành phố|tp|quận|phường|thị trấn|trung ương|chính phủ|thủ tướng"
    r"|bộ|sở|ngành|ubnd|hđnd|ủy ban|uỷ ban|nghị quyết|nq|đại hội|cấp trên|địa phương|đảng bộ"
)
# A first word that says which plan: its time, its setter, how it was set, its money.
_WHICH_PLAN: Final = re.compile(
    rf"(?:năm|quý|tháng|vụ|cả|giai đoạn|đầu|cuối|kỳ|kì|của|do|theo|mà|được|đã|đề ra|đặt ra"
    rf"|giao|ban đầu|điều chỉnh|bổ sung|phấn đấu|so|và|vốn|ngân sách|chung|này|đó|trên|là"
    rf"|kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu|nhiệm vụ"
    # the bound of the share itself ("từ 95% kế hoạch trở lên"): the figure's, not the plan's
    rf"|trở lên|trở xuống"
    rf"|{_BODIES})(?![^\W_])"
)
# Where the plan's own words resume after what it is for: its time, "của", who set it
# ("trồng rừng huyện giao"); a later plan's noun or "là" ends it too.
_PLAN_TAIL: Final = re.compile(
    r"\s+(?:(?:năm|giai đoạn|vụ|quý|tháng|của|do|theo|mà|đã|được|đề ra|đặt ra|trong|tại|là"
    r"|kế hoạch|chỉ tiêu|dự toán|mục tiêu)"
    rf"(?![^\W_])|(?:{_BODIES})(?:\s+[^\s,]+){{0,4}}?\s+giao$)"
)
# A verb that only says how far a share of a plan got: the plan names what was done.
_SHARE_VERBS: Final = (
    "hoàn thành", "đạt", "đạt được", "thực hiện", "thực hiện được", "thực hiện đạt",
    "đạt và vượt", "vượt", "bằng", "",
)  # fmt: skip
# Words between the actor and the verb that name nothing ("huyện đã hoàn thành").
_AUXILIARIES: Final = frozenset({"đã", "đều", "cũng", "mới", "chỉ", "cơ", "bản", "và"})


def planned_work(basis_text: str) -> str:
    """What a plan named by `basis_text` ("kế hoạch trồng rừng") is for, or ""."""
    noun = _PLAN_NOUN.match(basis_text)
    if noun is None or _WHICH_PLAN.match(basis_text, noun.end()):
        return ""
    return _up_to_tail(basis_text[noun.end() :])


def _capital(basis_text: str) -> str:
    """The capital a plan holds ("kế hoạch vốn đầu tư công" gives "vốn đầu tư công"), or
    the capital assigned named bare ("vốn được giao", "nguồn vốn Trung ương giao" give
    "vốn")."""
    bare = _BARE_CAPITAL.match(basis_text)
    if bare is not None:
        return _up_to_tail(basis_text[bare.end() :])
    noun = _PLAN_NOUN.match(basis_text)
    if noun is None or not basis_text.startswith("vốn", noun.end()):
        return ""
    return _up_to_tail(basis_text[noun.end() :])


_BARE_CAPITAL: Final = re.compile(r"(?:(?:nguồn|số|tổng)\s+)?(?=vốn\b)")


def _up_to_tail(words: str) -> str:
    """The words after a plan's noun up to where the plan's own words resume."""
    tail = _PLAN_TAIL.search(words)
    return (words[: tail.start()] if tail else words).strip()


def separate_plans(host: Draft, item: Comparison) -> bool:
    """True when `item`, a share of a plan for work of its own, follows a share of another
    such plan in `host`: "98% kế hoạch xây dựng nhà ở ... và 110% kế hoạch đào tạo nghề"
    are two figures."""
    # The last few of the host's comparisons are asked: a share of a plan for work is
    # named right after the shares before it, and a run-on list stays linear.
    return bool(planned_work(item.basis_text)) and any(
        planned_work(comparison.basis_text) for comparison in host.comparisons[-4:]
    )


def _subject_names_nothing(before: str) -> bool:
    """True when the words before a share's verb name only who acted: "huyện", "toàn
    tỉnh", "ngành y tế", "UBND huyện đã", or nothing after a comma or "và"."""
    clause = before.rsplit(",", 1)[-1].split()
    while clause and clause[-1] in _AUXILIARIES:
        clause.pop()
    return not clause or agent_length(clause) > 0


def name_planned_work(drafts: list[Draft], low: str) -> None:
    """Name each share of a plan with no level and no subject by what the plan is for."""
    for draft in drafts:
        if draft.quantity is not None or not draft.comparisons or draft.named:
            continue
        verb = low[draft.anchor : draft.number_start].strip()
        if not _subject_names_nothing(low[draft.item_start : draft.anchor]):
            continue
        for comparison in draft.comparisons:
            if comparison.basis not in ("plan", "budget"):
                continue
            work = planned_work(comparison.basis_text)
            if work and verb in _SHARE_VERBS:
                draft.indicator = work
                break
            capital = _capital(comparison.basis_text)
            if capital and verb.startswith("giải ngân"):
                draft.indicator = f"giải ngân {capital}"  # "giải ngân 100% kế hoạch vốn ..."
                break
