from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiendo.documents.model import render_rows
from tiendo.extract.figure import Figure
from tiendo.extract.tables import CellValue, figures_from_table, parse_cell, parse_number


def _summary(figure: Figure) -> tuple[Any, ...]:
    return (
        figure.kind,
        figure.indicator,
        figure.value,
        figure.unit,
        figure.period.code(),
        [(c.basis, c.measure, c.percent) for c in figure.comparisons],
    )


ONE_ROW_HEADER = [
    ["Chỉ tiêu", "ĐVT", "KH năm 2023", "Ước TH 6 tháng", "So với KH (%)", "So với cùng kỳ (%)"],
    ["Tổng thu ngân sách", "tỷ đồng", "1.200", "650,5", "54,2", "112,3"],
    ["Tỷ lệ che phủ rừng", "%", "57", "56,5", "-", "x"],
]
TWO_ROW_HEADER_REPEATED = [
    ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2023", "Ước TH 6 tháng", "So sánh (%)", "So sánh (%)"],
    ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2023", "Ước TH 6 tháng", "KH", "CK"],
    ["A", "KINH TẾ", "", "", "", "", ""],
    ["1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "2.500", "1.180,4", "47,2", "108,5"],
    ["-", "Trong đó: công nghiệp chế biến", "tỷ đồng", "1.800", "850", "47,2", "110"],
]
TWO_ROW_HEADER_BLANK_SPANS = [
    ["TT", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện quý I", "So sánh (%)", ""],
    ["", "", "", "", "", "Dự toán", "Cùng kỳ"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "6=5/4", "(7)"],
    ["I", "Thu ngân sách", "", "", "", "", ""],
    ["1", "Tổng thu NSNN trên địa bàn", "tỷ đồng", "685,6", "123,4", "18", "168,4"],
]
VARIED_ORDER_UNITS_IN_INDICATOR = [
    ["Nội dung", "Lũy kế 9 tháng", "Chỉ tiêu NQ", "TH/KH (%)", "Tăng/giảm so cùng kỳ (%)"],
    ["1. Giá trị sản xuất nông nghiệp (tỷ đồng)", "2.715,4", "3.500", "77,6", "-1,6"],
    ["2. Diện tích gieo trồng (ha)", "25.271,9", "26.000", "97,2", "x"],
]
YEAR_GROUPS = [
    [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Thực hiện năm 2021",
        "Năm 2022",
        "Năm 2022",
        "So sánh (%)",
        "So sánh (%)",
    ],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2021", "KH", "Ước TH", "Ước TH/KH", "Ước TH/TH 2021"],
    ["1", "Sản lượng lương thực", "tấn", "58.000", "61.000", "60.500", "99,2", "104,3"],
]
PERIOD_HEADERS = [
    ["TT", "Tên chỉ tiêu", "ĐVT", "Thực hiện năm 2022", "TH quý I", "Tháng 10", "Ước TH năm"],
    ["1", "Khách du lịch", "lượt khách", "120.000", "30.500", "9.800", "130.000"],
]


@pytest.mark.parametrize(
    ("rows", "year", "expected"),
    [
        (
            ONE_ROW_HEADER,
            None,
            [
                ("target", "Tổng thu ngân sách", 1200.0, "tỷ đồng", "2023", []),
                (
                    "estimate",
                    "Tổng thu ngân sách",
                    650.5,
                    "tỷ đồng",
                    "2023-H1",
                    [("plan", "ratio", 54.2), ("same_period", "ratio", 112.3)],
                ),
                ("target", "Tỷ lệ che phủ rừng", 57.0, "%", "2023", []),
                ("estimate", "Tỷ lệ che phủ rừng", 56.5, "%", "2023-H1", []),
            ],
        ),
        (
            TWO_ROW_HEADER_REPEATED,
            None,
            [
                ("target", "Giá trị sản xuất công nghiệp", 2500.0, "tỷ đồng", "2023", []),
                (
                    "estimate",
                    "Giá trị sản xuất công nghiệp",
                    1180.4,
                    "tỷ đồng",
                    "2023-H1",
                    [("plan", "ratio", 47.2), ("same_period", "ratio", 108.5)],
                ),
                ("target", "công nghiệp chế biến", 1800.0, "tỷ đồng", "2023", []),
                (
                    "estimate",
                    "công nghiệp chế biến",
                    850.0,
                    "tỷ đồng",
                    "2023-H1",
                    [("plan", "ratio", 47.2), ("same_period", "ratio", 110.0)],
                ),
            ],
        ),
        (
            TWO_ROW_HEADER_BLANK_SPANS,
            None,
            [
                ("target", "Tổng thu NSNN trên địa bàn", 685.6, "tỷ đồng", "2022", []),
                (
                    "actual",
                    "Tổng thu NSNN trên địa bàn",
                    123.4,
                    "tỷ đồng",
                    "2022-Q1",
                    [("budget", "ratio", 18.0), ("same_period", "ratio", 168.4)],
                ),
            ],
        ),
        (
            VARIED_ORDER_UNITS_IN_INDICATOR,
            2022,
            [
                (
                    "actual",
                    "Giá trị sản xuất nông nghiệp",
                    2715.4,
                    "tỷ đồng",
                    "2022-9M",
                    [("plan", "ratio", 77.6), ("same_period", "change", -1.6)],
                ),
                ("target", "Giá trị sản xuất nông nghiệp", 3500.0, "tỷ đồng", "2022", []),
                (
                    "actual",
                    "Diện tích gieo trồng",
                    25271.9,
                    "ha",
                    "2022-9M",
                    [("plan", "ratio", 97.2)],
                ),
                ("target", "Diện tích gieo trồng", 26000.0, "ha", "2022", []),
            ],
        ),
        (
            PERIOD_HEADERS,
            2023,
            [
                ("actual", "Khách du lịch", 120000.0, "lượt khách", "2022", []),
                ("actual", "Khách du lịch", 30500.0, "lượt khách", "2023-Q1", []),
                ("actual", "Khách du lịch", 9800.0, "lượt khách", "2023-M10", []),
                ("estimate", "Khách du lịch", 130000.0, "lượt khách", "2023", []),
            ],
        ),
        (
            YEAR_GROUPS,
            None,
            [
                ("actual", "Sản lượng lương thực", 58000.0, "tấn", "2021", []),
                ("target", "Sản lượng lương thực", 61000.0, "tấn", "2022", []),
                (
                    "estimate",
                    "Sản lượng lương thực",
                    60500.0,
                    "tấn",
                    "2022",
                    [("plan", "ratio", 99.2), ("previous", "ratio", 104.3)],
                ),
            ],
        ),
    ],
    ids=["one-row header", "two-row header", "blank spans", "varied order", "periods", "groups"],
)
def test_report_table_layouts_give_their_figures(
    rows: list[list[str]], year: int | None, expected: list[tuple[Any, ...]]
) -> None:
    assert [_summary(figure) for figure in figures_from_table(rows, year=year)] == expected


def test_figure_offsets_point_at_the_cells_in_the_document_text() -> None:
    offset = 137
    text = "x" * offset + render_rows(TWO_ROW_HEADER_BLANK_SPANS)
    figures = figures_from_table(TWO_ROW_HEADER_BLANK_SPANS, offset=offset)
    assert [text[f.start : f.end] for f in figures] == ["685,6", "123,4"]
    data_row = " | ".join(TWO_ROW_HEADER_BLANK_SPANS[-1])
    assert all(text[f.clause_start : f.clause_end] == data_row == f.text for f in figures)


def test_row_with_only_a_comparison_gives_a_figure_without_value() -> None:
    rows = [
        ["Chỉ tiêu", "ĐVT", "Ước TH 9 tháng", "So cùng kỳ (%)"],
        ["Thu dịch vụ", "tỷ đồng", "-", "115,2"],
    ]
    [figure] = figures_from_table(rows, year=2021)
    assert (figure.value, figure.unit, figure.kind, figure.period.code()) == (
        None,
        "%",
        "estimate",
        "2021-9M",
    )
    assert [(c.basis, c.percent) for c in figure.comparisons] == [("same_period", 115.2)]


def test_bounds_and_ranges_in_plan_cells_are_kept() -> None:
    rows = [
        ["Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết năm 2024"],
        ["Tốc độ tăng trưởng kinh tế", "%", "≥ 9,5"],
        ["Thu nhập bình quân đầu người", "triệu đồng", "75 - 80"],
        ["Tỷ lệ hộ nghèo", "%", "dưới 2"],
    ]
    figures = figures_from_table(rows)
    assert [(f.value, f.value_max, f.bound) for f in figures] == [
        (9.5, None, "at_least"),
        (75.0, 80.0, None),
        (2.0, None, "at_most"),
    ]
    assert {f.kind for f in figures} == {"target"}


def test_table_without_a_known_header_gives_no_figures() -> None:
    rows = [["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Bí thư"]]
    assert figures_from_table(rows) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.234,5", 1234.5), ("123,4", 123.4), ("1.790", 1790.0), ("01", 1.0), ("12.5", 12.5)],
)
def test_vietnamese_numbers_are_parsed(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("650,5", CellValue(650.5)),
        ("23,08%", CellValue(23.08, percent=True)),
        ("9% trở lên", CellValue(9.0, bound="at_least", percent=True)),
        ("khoảng 100", CellValue(100.0, bound="about")),
        ("từ 7,5 đến 8", CellValue(7.5, 8.0)),
        ("123,4 tỷ đồng", CellValue(123.4, unit="tỷ đồng")),
        ("-", None),
        ("x", None),
        ("", None),
        ("Đạt", None),
        ("Quyết định 15/QĐ", None),
    ],
)
def test_cells_are_read_as_quantities_or_skipped(text: str, expected: CellValue | None) -> None:
    assert parse_cell(text) == expected


CELLS = st.sampled_from(
    ["", "-", "x", "Chỉ tiêu", "ĐVT", "KH", "CK", "Ước TH 6 tháng", "So sánh (%)", "1.200", "54,2",
     "tỷ đồng", "I", "Thu ngân sách (tỷ đồng)", "năm 2023", "≥ 9", "7,5 - 8"]
)  # fmt: skip


@given(st.lists(st.lists(CELLS, min_size=1, max_size=7), min_size=1, max_size=6))
def test_any_table_gives_figures_whose_spans_lie_on_their_cells(rows: list[list[str]]) -> None:
    text = render_rows(rows)
    for figure in figures_from_table(rows):
        assert 0 <= figure.start <= figure.end <= len(text)
        assert figure.text == text[figure.clause_start : figure.clause_end]
