"""Probe sentences for the twelfth round's helper on which numbers are figures (GN): a
plan written in parentheses as a bare number after its result is a target figure of its
own, counting what the result counts."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "result", "plan", "unit"),
    [
        ("Năm 2022, huyện thành lập 8 hợp tác xã (kế hoạch 6) và 3 tổ hợp tác.", 8, 6,
         "hợp tác xã"),
        ("Toàn tỉnh đưa 350 lao động đi làm việc ở nước ngoài (kế hoạch 300), tăng 12% so "
         "với năm trước.", 350, 300, "lao động"),
        ("Năm 2023, xã xây mới 14 nhà văn hóa thôn (kế hoạch 10).", 14, 10, "nhà"),
        ("Huyện kết nạp được 180 đảng viên (chỉ tiêu 150), đạt 120% kế hoạch.", 180, 150,
         "đảng viên"),
        ("Thu ngân sách đạt 520 tỷ đồng (dự toán 480), tăng 8%.", 520, 480, "tỷ đồng"),
        ("Xã trồng mới 35 ha rừng (KH: 30) trong năm 2022.", 35, 30, "ha"),
    ],
)  # fmt: skip
def test_a_bare_plan_in_parentheses_counts_what_its_result_counts(
    text: str, result: float, plan: float, unit: str
) -> None:
    figures = {(f.value, f.unit): f for f in extract_figures(text)}
    assert figures[(result, unit)].kind != "target"
    assert figures[(plan, unit)].kind == "target"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, huyện đã thành lập 8 hợp tác xã (kế hoạch 6 tháng đầu năm).",
        "Toàn tỉnh có 42 xã đạt chuẩn (theo kế hoạch 2021).",
    ],
)
def test_a_number_in_parentheses_that_is_no_bare_plan_lends_no_unit(text: str) -> None:
    values = [f.value for f in extract_figures(text)]
    assert 6 not in values and 2021 not in values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("GRDP ước gần 52 ngàn 300 tỷ đồng, tăng 3,1% so với năm trước.", 52300, "tỷ đồng"),
        ("Tổng vốn đầu tư toàn xã hội đạt 18 nghìn 650 tỷ đồng, bằng 102% kế hoạch.", 18650,
         "tỷ đồng"),
        ("Doanh thu bán lẻ hàng hóa ước 7 ngàn 45 tỷ đồng.", 7045, "tỷ đồng"),
        ("Tổng dư nợ tín dụng khoảng 120 nghìn 500 tỷ đồng, tăng 9% so với đầu năm.", 120500,
         "tỷ đồng"),
        ("Kim ngạch xuất khẩu đạt 3 nghìn 210 triệu USD.", 3210, "triệu usd"),
    ],
)  # fmt: skip
def test_thousands_of_a_larger_scale_are_one_amount(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(value, unit)]


def test_thousands_of_a_counted_noun_stay_apart_from_the_next_count() -> None:
    text = "Huyện có 12 nghìn hộ, 300 hộ nghèo."
    assert [f.value for f in extract_figures(text)] == [12, 300]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Khách lưu trú bình quân 3,5 ngày.", 3.5),
        ("Mỗi du khách lưu lại bình quân khoảng 2,4 ngày, tăng 0,3 ngày so với năm trước.", 2.4),
        ("Năm 2022, khách quốc tế lưu trú trung bình 4,2 ngày.", 4.2),
        ("Du khách đến tỉnh ở lại trung bình hơn 2 ngày.", 2),
        ("Số ngày khách lưu trú bình quân đạt 2,6 ngày.", 2.6),
    ],
)
def test_the_mean_length_of_a_stay_is_a_figure_in_days(text: str, value: float) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(value, "ngày")]


def test_a_stay_of_some_days_with_no_mean_is_no_figure() -> None:
    assert extract_figures("Khách lưu trú tại tỉnh trong 3 ngày được miễn phí vé tham quan.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2023, các xã phấn đấu mỗi xã tăng thêm từ 2 tiêu chí trở lên.", 2),
        ("Các xã còn lại mỗi xã tăng thêm từ 1-3 tiêu chí so với năm 2015.", 1),
        ("Huyện đặt mục tiêu mỗi xã tăng ít nhất 1 tiêu chí so với năm 2022.", 1),
        ("Đến năm 2025, mỗi thôn tăng thêm tối thiểu 2 tiêu chí thôn nông thôn mới.", 2),
        ("Kế hoạch năm 2024: mỗi xã đều tăng thêm 1 tiêu chí trở lên.", 1),
    ],
)
def test_a_gain_set_for_each_place_is_a_count_of_its_own(text: str, value: float) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(value, "tiêu chí")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Bình quân mỗi xã đạt 10,7 tiêu chí, tăng 1,07 tiêu chí so với năm 2015.", [10.7]),
        ("Số hộ nghèo mỗi năm giảm 1.200 hộ so với năm trước.", []),
    ],
)
def test_a_gain_after_a_level_or_in_a_year_stays_a_difference(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Có 5 huyện giải ngân trên 60%, ngược lại 8 đơn vị còn dưới 15%.", [5, 8]),
        ("Toàn tỉnh còn 6/98 xã có tỷ lệ hộ nghèo trên 25%.", [6]),
        ("Hiện có 12 trường có tỷ lệ học sinh khá giỏi từ 70% trở lên.", [12]),
        ("Có 9 xã tỷ lệ che phủ rừng dưới 40%.", [9]),
        ("Cả tỉnh có 4 huyện tỷ lệ tiêm chủng hơn 95% và 2 huyện dưới 80%.", [4, 2]),
    ],
)
def test_a_share_that_says_which_places_are_counted_is_no_figure(
    text: str, counts: list[float]
) -> None:
    figures = extract_figures(text)
    assert [f.value for f in figures] == counts
    assert all("%" in f.indicator for f in figures)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Toàn tỉnh có 12 xã đạt chuẩn, chiếm trên 50% tổng số xã.", 50),
        ("Huyện có 1.500 hộ đạt trên 90% kế hoạch.", 90),
    ],
)
def test_a_share_of_the_count_is_still_read(text: str, share: float) -> None:
    figures = extract_figures(text)
    assert any(f.value == share for f in figures) or any(
        c.percent == share for f in figures for c in f.comparisons
    )


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Chia theo nhóm: nhóm đạt 15-18 tiêu chí có 14 xã; nhóm đạt 10-14 tiêu chí có 20 xã.",
         [14, 20]),
        ("Còn 3 xã thuộc nhóm đạt 05-09 tiêu chí.", [3]),
        ("Huyện có 6 xã thuộc nhóm xã đạt từ 15 tiêu chí trở lên.", [6]),
        ("Nhóm đạt dưới 10 tiêu chí còn 4 xã.", [4]),
        ("Đến nay, 8 xã nằm trong nhóm hoàn thành 12 - 14 tiêu chí.", [8]),
    ],
)  # fmt: skip
def test_criteria_that_name_a_group_of_communes_are_no_figure(
    text: str, counts: list[float]
) -> None:
    figures = extract_figures(text)
    assert [f.value for f in figures] == counts
    assert all("tiêu chí" in f.indicator for f in figures)


@pytest.mark.parametrize(
    ("text", "amount", "percent"),
    [
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2023 có 15 dự án đầu tư mới với tổng vốn đăng ký 2.300 tỷ đồng (vốn tăng 12%, "
         "số dự án tăng 25%).", 2300, 12),
        ("So với năm trước, 8 dự án FDI được cấp phép, tổng vốn đầu tư 150 triệu USD (vốn "
         "giảm 5,4%, số dự án tăng 14%).", 150, -5.4),
        ("Khu công nghiệp thu hút 21 dự án, vốn đăng ký 410 triệu USD; so với cùng kỳ, số dự "
         "án tăng 10,5% và vốn tăng 18%.", 410, 18),
        ("Huyện giải ngân 120 tỷ đồng vốn đầu tư công, vốn tăng 8% so với cùng kỳ.", 120, 8),
        ("Trong quý I, 40 doanh nghiệp thành lập mới với số vốn 900 tỷ đồng; so với cùng kỳ, "
         "số doanh nghiệp tăng 5%, số vốn tăng 22%.", 900, 22),
    ],
)  # fmt: skip
def test_a_rise_of_capital_named_again_is_of_the_amount_of_capital(
    text: str, amount: float, percent: float
) -> None:
    figures = extract_figures(text)
    assert all(f.value is not None for f in figures)
    [money] = [f for f in figures if f.value == amount]
    assert [c.percent for c in money.comparisons] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2020 tỉnh giảm nghèo mạnh. Trong 10 địa phương giảm nghèo nhanh nhất giai đoạn "
        "2016 - 2020, Hà Giang đứng thứ hai.",
        "Trong 5 tỉnh có tốc độ tăng trưởng cao nhất vùng, Quảng Ninh tăng 10,2%.",
        "Trong số 7 huyện có tỷ lệ hộ nghèo thấp nhất, huyện A chỉ còn 1,2%.",
        "Trong 12 xã giải ngân chậm nhất, 4 xã chưa giải ngân đồng nào.",
        "Kết quả khả quan. Trong 6 địa phương thu ngân sách nhiều nhất, thành phố đạt 900 tỷ đồng.",
    ],
)
def test_the_places_a_ranking_picks_out_are_no_count(text: str) -> None:
    assert all(f.unit not in ("địa phương", "tỉnh", "huyện") for f in extract_figures(text))
    assert not any(f.value in (10, 5, 7, 12, 6) for f in extract_figures(text))


def test_places_framed_with_no_ranking_are_still_counted() -> None:
    text = "Năm 2021 tỷ lệ còn 4,4%. Trong 12 xã, có 8 xã đạt chuẩn nông thôn mới."
    assert [f.value for f in extract_figures(text)] == [4.4, 12, 8]
