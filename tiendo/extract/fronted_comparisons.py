"""A subject written after a comparison that stands before it.

"So với kế hoạch, thu ngân sách đạt 95%"; "Ở nông nghiệp, so cùng kỳ, sản lượng thủy sản
khai thác tăng 2,1%"; "Trong khu vực nông, lâm nghiệp và thủy sản, so với cùng kỳ năm
trước, nông nghiệp tăng 1,38%". A figure stated only by its comparison has its first word
at the comparison; when the comparison is set off before the clause, the clause's subject
sits between the comparison and the number. What comes before the comparison is a topic
or a scope ("Ở nông nghiệp", "Trong khu vực ..."), closed by its comma: no subject.
"""

from __future__ import annotations

from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import subject_after_basis
from tiendo.extract.indicator import subject_indicator
from tiendo.extract.period_cues import PeriodMention


def inner_subject(
    norm: str, draft: Draft, periods: list[PeriodMention], pre: str, named: str
) -> str:
    """The subject between a fronted comparison and the number of a comparison-only
    figure, when the words before the comparison name none of their own (`named` is
    empty), or close with a comma before a comparison ("so với ...,") set off by one;
    else `named`."""
    inner = norm[draft.anchor : draft.number_start]
    if named and not (pre.rstrip().endswith(",") and inner[:2].lower() == "so" and "," in inner):
        # "..., thấp hơn quý I/2022 là 1,09%": a comparison inside the predicate
        return named
    # "so với cùng kỳ chi ngân sách tăng 9%": the basis, with no comma, before the subject.
    cut = subject_after_basis(inner.lower()) if "," not in inner else 0
    inner = inner[cut:]
    spans = [
        (m.start - draft.anchor - cut, m.end - draft.anchor - cut)
        for m in periods
        if draft.anchor + cut <= m.start < draft.number_start
    ]
    found = subject_indicator(inner, unit="%", unit_kind="percent", tail="", periods=spans)
    return found or named
