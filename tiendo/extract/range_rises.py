"""A rise given as a range: "số doanh nghiệp tăng 20-30%", "dịch vụ tăng khoảng 11,5 - 12,5%".

A comparison holds one percentage, so a range of rises cannot be one; what the sentence
states is the level of the rate of growth, from one bound to the other. Readers write it
so: the figure "tốc độ tăng …", 20 to 30 %. A range compared with a named basis ("tăng
5-7% so với năm trước") stays a comparison of its first bound, as before.

>>> range_rise("change", None, 30.0)
True
>>> range_rise("change", "năm trước", 30.0)
False
>>> range_rise("change", None, None)
False
"""

from __future__ import annotations


def range_rise(measure: str | None, basis_text: str | None, value_max: float | None) -> bool:
    """Whether a rise read as a comparison is a range with no basis: the rate's level."""
    return measure == "change" and basis_text is None and value_max is not None
