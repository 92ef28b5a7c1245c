"""Probe sentences for the twenty-fourth round's monthly-statistics helper (monthly):
monthly and quarterly releases of industry, retail, prices, transport and the budget,
read from real provincial pages.

Each table holds wordings written for these tests (in the style of provincial statistics
releases) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


def _only(text: str, value: float) -> tuple[Period, list[tuple[str, str, float]]]:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    comparisons = [(c.basis, c.measure, c.percent) for c in found[0].comparisons]
    return found[0].period, comparisons


# A span of months opened by "hơn" alone ("Hơn 9 tháng qua, …", "Trong hơn 6 tháng đầu
# năm …") is the time of the figures, the bound says only that it ran a little longer.
_BOUNDED_SPAN = [
    ("Hơn 9 tháng qua, tổng doanh thu vận tải ước đạt 2.300 tỷ đồng, tăng 6,3% so với cùng kỳ.",
     2300, Period(None, 1, 9)),
    ("Trong hơn 6 tháng đầu năm 2024, thu ngân sách trên địa bàn huyện đạt 1.250 tỷ đồng.",
     1250, Period(2024, 1, 6)),
    ("Sau hơn 5 tháng đầu năm 2023, sản lượng điện thương phẩm đạt 820 triệu kWh, tăng 7%.",
     820, Period(2023, 1, 5)),
    ("Qua hơn 8 tháng năm 2025, khối lượng hàng hóa vận chuyển đạt 14.600 nghìn tấn.",
     14600, Period(2025, 1, 8)),
]  # fmt: skip
# Near misses: "hơn" after a word that compares ("cao hơn", "so với hơn") sets the months
# against the figure; they stay its basis, not its time.
_COMPARED_SPAN = [
    ("Doanh thu đạt 500 tỷ đồng, cao hơn 6 tháng đầu năm 2023 là 12%.", 500,
     Period(None, None, None)),
    ("Năm 2024, số khách lưu trú đạt 90.000 lượt, nhiều hơn 9 tháng năm 2023.", 90000,
     Period(2024, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _BOUNDED_SPAN + _COMPARED_SPAN)
def test_a_span_of_months_opened_by_a_bound_is_the_figures_time(
    text: str, value: float, period: Period
) -> None:
    found, _ = _only(text, value)
    assert found == period


# Rises in a parenthesis that opens right after a comparison's basis gloss that rise: its
# parts are set against the same basis, not the one the whole's next rise names.
_OPENED_ON_BASIS = [
    ("Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,24% so với tháng trước (khu vực thành thị "
     "tăng 0,27%, khu vực nông thôn tăng 0,21%), tăng 2,44% so với cùng kỳ năm trước.",
     0.27, "previous"),
    ("Doanh thu bán lẻ tháng 5/2023 tăng 3,1% so với tháng trước (khu vực nhà nước tăng 2,5%; "
     "khu vực ngoài nhà nước tăng 3,4%) và tăng 12% so với cùng kỳ.", 3.4, "previous"),
    ("Chỉ số sản xuất công nghiệp tháng 6/2025 giảm 1,2% so với tháng trước (khai khoáng "
     "giảm 3%, chế biến, chế tạo giảm 0,8%), nhưng tăng 7,5% so với cùng kỳ năm trước.",
     -0.8, "previous"),
    ("Tháng 7/2024, doanh thu du lịch tăng 9% so với cùng kỳ (lưu trú tăng 6%, lữ hành tăng "
     "15%), giảm 2% so với tháng trước.", 15, "same_period"),
]  # fmt: skip
# Near misses: a parenthesis that names a basis or a time of its own keeps its reading.
_OWN_PAREN_BASIS = [
    ("Tháng 7/2024, IIP tăng 4% so với cùng kỳ (khai khoáng tăng 2% so với tháng trước), "
     "giảm 1% so với tháng trước.", 2, "previous"),
    ("Chỉ số sản xuất công nghiệp tháng 9/2024 tăng 2,1% so với tháng trước (tháng 8 tăng "
     "1,5%), tăng 8% so với cùng kỳ.", 1.5, "same_period"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "basis"), _OPENED_ON_BASIS + _OWN_PAREN_BASIS)
def test_rises_in_a_parenthesis_opened_on_a_basis_are_on_that_basis(
    text: str, percent: float, basis: str
) -> None:
    found = [
        c.basis
        for f in extract_figures(text)
        for c in f.comparisons
        if c.percent == percent and f.value is None
    ]
    assert found == [basis]


def _rises_of(text: str, value: float) -> list[float]:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return [c.percent for c in found[0].comparisons]


# Levels stated first, then for each basis a series of rises each opened by the word that
# named one of the levels ("vận chuyển tăng 0,8%, luân chuyển tăng 1,18%"): each rise is
# the level's it names, not a figure of its own or the rise of the level just before it.
_LABELLED_SERIES = [
    ("Khối lượng hành khách vận chuyển tháng 9/2018 ước đạt 2.076 nghìn người, luân chuyển "
     "đạt 169 triệu người.km; so với tháng trước, vận chuyển tăng 0,8%, luân chuyển tăng "
     "1,18%; so với cùng kỳ năm trước, vận chuyển tăng 17,02%, luân chuyển tăng 15,92%.",
     {2076: [0.8, 17.02], 169: [1.18, 15.92]}),
    ("Sáu tháng đầu năm 2023, hàng hóa vận chuyển đạt 12.500 nghìn tấn, luân chuyển đạt 980 "
     "triệu tấn.km, so với cùng kỳ năm trước vận chuyển tăng 6,2% và luân chuyển tăng 4,9%.",
     {12500: [6.2], 980: [4.9]}),
    ("Tính chung 9 tháng, vận chuyển hành khách đạt 18,16 triệu người, luân chuyển đạt 1.287 "
     "triệu người.km, so với cùng kỳ năm trước vận chuyển giảm 4,81%, luân chuyển giảm 3,31%.",
     {18.16: [-4.81], 1287: [-3.31]}),
    ("Tháng 5/2024, doanh thu đạt 500 tỷ đồng, lợi nhuận đạt 50 tỷ đồng; so với cùng kỳ, "
     "doanh thu tăng 5%, lợi nhuận tăng 7%.", {500: [5], 50: [7]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rises"), _LABELLED_SERIES)
def test_a_series_of_rises_labelled_by_the_levels_names_goes_to_those_levels(
    text: str, rises: dict[float, list[float]]
) -> None:
    for value, percents in rises.items():
        assert _rises_of(text, value) == percents
    assert all(f.value is not None for f in extract_figures(text))


# Near misses: one labelled rise alone, or a part after "trong đó", is a figure of its own.
_NOT_A_SERIES = [
    ("Tháng 8/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 3.200 tỷ đồng, tăng 9% "
     "so với cùng kỳ; trong đó bán lẻ hàng hóa tăng 8%.", 8),
    ("Năm 2023, xuất khẩu đạt 900 triệu USD, nhập khẩu đạt 700 triệu USD; so với năm trước, "
     "xuất khẩu tăng 12%.", 12),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent"), _NOT_A_SERIES)
def test_a_single_labelled_rise_stays_a_figure_of_its_own(text: str, percent: float) -> None:
    alone = [
        f for f in extract_figures(text) if f.value is None and f.comparisons[0].percent == percent
    ]
    assert len(alone) == 1


# A rise said to be "in" a branch, its size in parentheses after the branch ("giảm ở ngành
# sản xuất và phân phối điện (20,4%)"), is the branch's rise on the whole's basis (a fall,
# signed, after "giảm ở"), not a level of that size.
_LOCATED_RISES = [
    ("Tính chung 8 tháng năm 2019, chỉ số sản xuất toàn ngành công nghiệp tăng 2,01% so với "
     "cùng kỳ năm trước, trong đó tăng ở các ngành: khai khoáng (51,74%), chế biến, chế tạo "
     "(2,74%); và giảm ở ngành sản xuất và phân phối điện (20,4%).",
     20.4, ("same_period", -20.4)),
    ("Năm 2024, chỉ số sản xuất công nghiệp tăng 8% so với năm trước; tăng ở ngành chế biến "
     "(9,1%) và giảm ở ngành khai khoáng (3,5%).", 9.1, ("previous", 9.1)),
    ("Năm 2024, chỉ số sản xuất công nghiệp tăng 8% so với năm trước; tăng ở ngành chế biến "
     "(9,1%) và giảm ở ngành khai khoáng (3,5%).", 3.5, ("previous", -3.5)),
    ("So với tháng trước, CPI tháng 5/2025 tăng 0,3%, trong đó giảm ở nhóm giao thông (1,2%) "
     "và tăng ở nhóm hàng ăn và dịch vụ ăn uống (0,6%).", 1.2, ("previous", -1.2)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "size", "rise"), _LOCATED_RISES)
def test_a_rise_located_in_a_branch_with_its_size_in_parentheses_is_that_branchs(
    text: str, size: float, rise: tuple[str, float]
) -> None:
    figures = extract_figures(text)
    assert not [f for f in figures if f.value == size]
    found = [(c.basis, c.percent) for f in figures for c in f.comparisons if abs(c.percent) == size]
    assert found == [rise]


def test_a_share_held_in_a_branch_stays_a_level() -> None:
    # Near miss: no rise before "ở", so the percentage in parentheses is the share's level.
    text = "Năm 2024, công nghiệp chế biến chiếm tỷ trọng cao ở ngành dệt may (45%)."
    assert [(f.value, f.comparisons) for f in extract_figures(text)] == [(45, [])]


# Consumer prices named plainly ("giá tiêu dùng tăng 5,72%") move as the index does: a
# change on the same period (a whole year: on the year before), not a rate's level.
_PRICES_MOVE = [
    ("Chỉ số giá tiêu dùng tháng 5/2024 tăng 0,14% so với tháng 4; bình quân 5 tháng đầu năm, "
     "giá tiêu dùng tăng 5,72%.", 5.72, "same_period"),
    ("Chỉ số giá tiêu dùng tháng 5/2024 tăng 0,14% so với tháng 4; giá tiêu dùng bình quân 5 "
     "tháng tăng 5,72%.", 5.72, "same_period"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, giá tiêu dùng trên địa bàn tỉnh tăng 3,1%.", 3.1, "previous"),
]  # fmt: skip
# Near misses: a rate or an aim on prices keeps its level.
_PRICE_LEVELS = [
    "Năm 2025 phấn đấu kiềm chế tốc độ tăng giá tiêu dùng dưới 4%.",
    "Tỷ lệ tăng giá tiêu dùng năm 2024 là 3,5%.",
]


@pytest.mark.parametrize(("text", "percent", "basis"), _PRICES_MOVE)
def test_consumer_prices_named_plainly_move_as_their_index(
    text: str, percent: float, basis: str
) -> None:
    moves = [(f.value, c.basis) for f in extract_figures(text) for c in f.comparisons]
    assert (None, basis) in moves
    assert not [f for f in extract_figures(text) if f.value == percent]


@pytest.mark.parametrize("text", _PRICE_LEVELS)
def test_a_rate_or_aim_on_consumer_prices_stays_a_level(text: str) -> None:
    assert [f.comparisons for f in extract_figures(text)] == [[]]


# A sentence that opens on the contrast with the list before it ("Ở chiều ngược lại, …",
# "Ngược lại, …") goes on with that list: its rises are on the list's basis and month,
# and the link names nothing.
_CONTRAST = [
    ("Chỉ số giá tiêu dùng tháng 9/2024 tăng 0,24% so với tháng trước. Bình quân 9 tháng năm "
     "2024, CPI tăng 2,45% so với cùng kỳ. So với tháng trước, các nhóm hàng có chỉ số giá "
     "tăng gồm: giáo dục tăng 4,08%; hàng ăn và dịch vụ ăn uống tăng 0,28%. Ở chiều ngược "
     "lại, nhóm giao thông giảm 3,3%.", -3.3, ("nhóm giao thông", "previous", Period(2024, 9, 9))),
    ("Tháng 6/2024, doanh thu dịch vụ đạt 900 tỷ đồng. Tính chung 6 tháng năm 2024, doanh thu "
     "dịch vụ tăng 8% so với cùng kỳ. So với tháng trước, doanh thu lưu trú tăng 3%. Ngược "
     "lại, doanh thu lữ hành giảm 4,5%.", -4.5,
     ("doanh thu lữ hành", "previous", Period(2024, 6, 6))),
    ("Tháng 8/2025, chỉ số sản xuất công nghiệp tăng 1,2% so với tháng trước. Tính chung 8 "
     "tháng, chỉ số này tăng 9,1% so với cùng kỳ. So với tháng trước, chế biến, chế tạo tăng "
     "1,8%; khai khoáng tăng 0,6%. Ở chiều ngược lại, sản xuất và phân phối điện giảm 2,3%.",
     -2.3, ("chỉ số sản xuất ngành sản xuất và phân phối điện", "previous",
            Period(2025, 8, 8))),
    # Near miss: a rise that names its own basis keeps it.
    ("Tháng 8/2025, chỉ số sản xuất công nghiệp tăng 1,2% so với tháng trước. Tính chung 8 "
     "tháng, chỉ số này tăng 9,1% so với cùng kỳ. So với tháng trước, chế biến, chế tạo tăng "
     "1,8%. Ngược lại, khai khoáng giảm 2,3% so với cùng kỳ năm trước.", -2.3,
     ("chỉ số sản xuất ngành khai khoáng", "same_period", Period(2025, 1, 8))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "reading"), _CONTRAST)
def test_a_sentence_opening_on_the_contrast_goes_on_with_the_list_before(
    text: str, percent: float, reading: tuple[str, str, Period]
) -> None:
    found = [
        (f.indicator, c.basis, f.period)
        for f in extract_figures(text)
        for c in f.comparisons
        if c.percent == percent
    ]
    assert found == [reading]
