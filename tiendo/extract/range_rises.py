"""A rise given as a range: "số doanh nghiệp tăng 20-30%", "dịch vụ tăng khoảng 11,5 - 12,5%".

A comparison holds one percentage, so a range of rises cannot be one; what the sentence
states is the level of the rate of growth, from one bound to the other. Readers write it
so: the figure "tốc độ tăng …", 20 to 30 %. A range compared with a named basis ("tăng
5-7% so với năm trước") stays a comparison of its first bound, as before; but a range set
against a plan after a rate ("đạt 5,3%, thấp hơn kế hoạch 7,2 - 7,8%") is the rate the
plan set, a level of its own: no rate falls short of its plan by a range.

>>> range_rise("change", None, 30.0)
True
>>> range_rise("change", "năm trước", 30.0)
False
>>> range_rise("change", None, None)
False
>>> range_rise("change", "kế hoạch", 7.8)
True
"""

from __future__ import annotations

from tiendo.extract.comparisons import basis_of


def range_rise(measure: str | None, basis_text: str | None, value_max: float | None) -> bool:
    """Whether a rise read as a comparison is a range with no basis: the rate's level."""
    if measure != "change" or value_max is None:
        return False
    return basis_text is None or basis_of(basis_text) in ("plan", "budget")
