from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "rises"),
    [
        (
            "Quý II, toàn huyện xảy ra 12 vụ cháy, làm chết 2 người, thiệt hại 3 tỷ đồng; so với "
            "cùng kỳ, số vụ giảm 25%, số người chết giảm 50%.",
            {12.0: [-25.0], 2.0: [-50.0], 3.0: []},
        ),
        (
            "Năm 2023, tỉnh xảy ra 310 vụ tai nạn giao thông, làm chết 120 người, bị thương 95 "
            "người; so với năm trước, số vụ tăng 4,2%, số người bị thương giảm gần 9%.",
            {310.0: [4.2], 120.0: [], 95.0: [-9.0]},
        ),
    ],
)
def test_a_rise_that_names_its_count_again_goes_to_that_count(
    text: str, rises: dict[float, list[float]]
) -> None:
    figures = extract_figures(text, year=2023)
    assert {f.value: [c.percent for c in f.comparisons] for f in figures} == rises


def test_a_rise_of_a_count_named_by_the_sentence_before_still_goes_to_it() -> None:
    text = "Tháng 5, xảy ra 14 vụ tai nạn giao thông, làm chết 6 người. Số vụ giảm 12,5%."
    figures = extract_figures(text, year=2023)
    assert [(f.value, [c.percent for c in f.comparisons]) for f in figures] == [
        (14.0, [-12.5]),
        (6.0, []),
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Đến nay toàn tỉnh có 3 xã đạt 17 tiêu chí, 21 xã đạt từ 10 - 14 tiêu chí và 40 xã "
            "đạt dưới 10 tiêu chí.",
            [
                (3.0, "xã đạt 17 tiêu chí"),
                (21.0, "xã đạt từ 10 - 14 tiêu chí"),
                (40.0, "xã đạt dưới 10 tiêu chí"),
            ],
        ),
        # criteria met by no count of places are a figure of their own
        ("Năm 2023, xã Tân Lợi đã đạt 15/19 tiêu chí.", [(15.0, None)]),
        ("Bình quân mỗi xã đạt 14,5 tiêu chí.", [(14.5, None)]),
    ],
)
def test_criteria_met_by_a_count_of_places_name_what_is_counted(
    text: str, figures: list[tuple[float, str | None]]
) -> None:
    found = extract_figures(text, year=2023)
    assert [f.value for f in found] == [value for value, _ in figures]
    for figure, (_, indicator) in zip(found, figures, strict=True):
        assert indicator is None or figure.indicator == indicator


def test_an_amount_added_over_a_basis_is_a_difference_not_a_figure() -> None:
    text = (
        "Quy mô kinh tế theo giá hiện hành ước hơn 64.784 tỷ đồng, mở rộng thêm hơn 5.318 tỷ "
        "đồng so với cùng kỳ."
    )
    assert [f.value for f in extract_figures(text, year=2023)] == [64784.0]


@pytest.mark.parametrize(
    ("text", "rises"),
    [
        # a subject of its own after the basis: a figure of its own
        (
            "Tốc độ tăng trưởng GRDP ước đạt 7,1%; so với cùng kỳ, khu vực công nghiệp tăng "
            "10,1%, dịch vụ tăng 7,6%.",
            [("tốc độ tăng trưởng grdp", []), ("khu vực công nghiệp", [10.1]), ("dịch vụ", [7.6])],
        ),
        # the measures of the clause before, named again: theirs
        (
            "Cà phê xuất khẩu 120 nghìn tấn, trị giá 450 triệu USD; so với cùng kỳ, sản lượng "
            "tăng 5% và kim ngạch tăng 12%.",
            [("sản lượng", [5.0]), ("trị giá", [12.0])],
        ),
    ],
)
def test_a_rise_after_a_basis_is_of_the_subject_it_names(
    text: str, rises: list[tuple[str, list[float]]]
) -> None:
    figures = extract_figures(text, year=2023)
    assert len(figures) == len(rises)
    for figure, (name, percents) in zip(figures, rises, strict=True):
        assert name in figure.indicator.lower() or figure.indicator.lower().startswith(name)
        assert [c.percent for c in figure.comparisons] == percents


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tai nạn giao thông giảm cả 3 tiêu chí so với cùng kỳ.", []),
        ("Tỷ lệ hộ nghèo tại 6 xã này năm 2011 là 3,29%.", [3.29]),
        ("Tổng giá trị gia tăng của huyện đạt trên 2.200 tỷ đồng.", [2200.0]),
        # a count a target sets out to cut, or a rate restated as a count, is a figure
        ("Năm 2024, tỉnh đặt mục tiêu giảm trên 8.700 hộ nghèo.", [8700.0]),
        ("Phấn đấu giảm tỷ lệ hộ nghèo 3% (tương ứng giảm trên 4.990 hộ).", [3.0, 4990.0]),
    ],
)
def test_counts_that_state_no_figure_are_set_aside_and_counts_a_target_cuts_are_kept(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(text, year=2024)] == values


def test_villages_counted_together_are_one_unit() -> None:
    (figure,) = extract_figures("Đến nay 74/74 thôn, làng đều có tổ chức Đảng.", year=2024)
    assert (figure.value, figure.unit) == (74.0, "thôn, làng")


def test_a_rise_shared_by_two_counts_named_again_goes_to_both() -> None:
    text = (
        "Tháng 6, toàn tỉnh xảy ra 83 vụ tai nạn giao thông, làm chết 27 người, bị thương 107 "
        "người; so với tháng 5, số vụ giảm gần 48%, số người chết và số người bị thương cùng "
        "giảm trên 53%."
    )
    figures = extract_figures(text, year=2012)
    assert [[c.percent for c in f.comparisons] for f in figures] == [[-48.0], [-53.0], [-53.0]]
