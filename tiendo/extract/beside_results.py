"""Targets named beside the results of their own year, which open no list of targets.

A report may quote a plan to measure its results by ("GRDP ước tăng 6,87%, cao hơn mức
kế hoạch đề ra (5,2%)"), or name among them the plan or an aim of the year it reports on
("Vốn đầu tư toàn xã hội ước 22.610 tỷ đồng; kế hoạch vốn đầu tư công được giao trên
3.580 tỷ đồng"). The level is a target, but the report goes on with results: neither the
sentences after it nor the items after it in its sentence are the plan's.

>>> from tiendo.extract.clauses import Draft
>>> low = "gdp ước 6,87%, cao hơn mức kế hoạch đề ra (5,2%); quy mô hơn 102.700 tỉ đồng"
>>> plan = Draft(43, 13, 0, 48, 48, kind="target")
>>> later = Draft(60, 49, 49, 77, 77)
>>> against_spans(low, [plan], later)
[(13, 43)]
"""

from __future__ import annotations

from tiendo.extract.aims import after_results, set_against_result
from tiendo.extract.clauses import Draft
from tiendo.extract.earlier_when import after_earlier_when


def against_spans(low: str, drafts: list[Draft], draft: Draft) -> list[tuple[int, int]]:
    """The own words of the targets before `draft` in its sentence that are set against a
    result ("cao hơn mức kế hoạch đề ra (5,2%)"): the cues there are those targets' own,
    and tell nothing of the figures after them."""
    return [
        (other.item_start, other.anchor)
        for other in drafts
        if other.anchor < draft.anchor
        and other.kind == "target"
        and set_against_result(low[other.item_start : other.anchor])
    ]


def _aim_of_results_year(draft: Draft, drafts: list[Draft]) -> bool:
    """True when results of the target's own year stand before it in its sentence: the
    plan they are measured by ("...; kế hoạch vốn đầu tư công được giao trên 3.580 tỷ
    đồng") or what is still striven for in that year ("...; trong tuần cuối năm, thành phố
    phấn đấu thu vượt khoảng 40% dự toán"), not the aims of a year to come."""
    year = draft.period.year
    return year is not None and any(
        d.kind != "target" and not d.in_paren and d.period.year == year
        for d in drafts
        if d.anchor < draft.anchor
    )


def beside_results(low: str, own: str, named: bool, draft: Draft, drafts: list[Draft]) -> bool:
    """True when the target `draft` is named beside results and opens no list of targets:
    set against the result before it ("...; mục tiêu đến năm 2020 là 100.000 ha"), an
    aim of the year the results are of, or a time earlier than them ("khi ...")."""
    if set_against_result(own) or (named and after_results(draft, drafts)):
        return True
    if _aim_of_results_year(draft, drafts):
        return True
    return after_earlier_when(low[max(0, draft.anchor - 120) : draft.anchor])
