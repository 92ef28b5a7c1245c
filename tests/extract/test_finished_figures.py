"""The figure a finished draft gives out is filled in field by field, not built through
the __init__ @dataclass writes (finished_figures.figure_of): it must be the very figure
that __init__ would build from the same fields, with none of them left unset."""

from __future__ import annotations

import dataclasses

import pytest

from tiendo.extract import extract_figures
from tiendo.extract.figure import Figure

_PASSAGES = [
    "Thu ngân sách ước đạt 123,4 tỷ đồng, tăng 5% so với cùng kỳ và đạt 86,6% dự toán.",
    "Năm 2022, tổng vốn đầu tư toàn xã hội đạt 6.500 tỷ đồng.",
    "Tỷ lệ hộ nghèo giảm còn 2,1%; có 1.250 lao động được tạo việc làm mới.",
    "Diện tích lúa khoảng 15-16 nghìn ha, sản lượng trên 90 nghìn tấn.",
]


@pytest.mark.parametrize("text", _PASSAGES)
def test_a_finished_figure_is_the_figure_its_fields_build(text: str) -> None:
    figures = extract_figures(text, year=2022)
    assert figures
    for figure in figures:
        fields = {f.name: getattr(figure, f.name) for f in dataclasses.fields(Figure)}
        # Compiled, getattr raises on a field left unset; from the sources, a field with a
        # default would read the class's default, so the instance's own are counted.
        own = getattr(figure, "__dict__", fields)
        assert own.keys() >= fields.keys()
        built = Figure(**fields)
        assert built == figure
        assert built.signs == figure.signs  # not compared by ==
        assert repr(built) == repr(figure)
        assert built.as_dict() == figure.as_dict()
