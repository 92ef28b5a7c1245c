"""Tenth round (r10): missed and spurious figures, periods, comparisons and bounds."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read
from tiendo.extract import extract_figures
from tiendo.extract.comparisons import basis_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "GRDP của tỉnh năm 2024 ước tăng 7,38%, cao hơn 2,2 điểm phần trăm so với mức "
            "tăng của năm 2023.",
            [(7.38, "%", [("previous", "change", 2.2)])],
        ),
        (
            "Năm 2022, GRDP của huyện tăng 8,1%, thấp hơn 1,3 điểm phần trăm so với năm 2021.",
            [(8.1, "%", [("previous", "change", -1.3)])],
        ),
        (
            "Riêng với Nghệ An, GRDP 6 tháng đầu năm 2021 tăng 7,58%, cao hơn cùng kỳ 2,97 "
            "điểm phần trăm.",
            [(7.58, "%", [])],
        ),
    ],
)
def test_a_rise_set_in_points_against_another_time_is_a_rate(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chỉ số sản xuất của ngành cơ khí tăng 11,6%, cao hơn 4,7 điểm phần trăm so với "
            "mức tăng chung.",
            [(None, "%", [("same_period", "change", 11.6)])],
        ),
    ],
)
def test_a_rise_set_in_points_against_the_general_rise_stays_a_change(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đến năm 2021, tỷ lệ hộ nghèo của cả nước còn 4,4%, giảm 0,4 điểm phần trăm so với "
            "năm 2020.",
            [(4.4, "%", [("previous", "change", -0.4)])],
        ),
        (
            "Năm 2024, tỷ lệ kéo giảm đạt 63,2%, vượt 13,2 điểm phần trăm so với chỉ tiêu Bộ giao.",
            [(63.2, "%", [("plan", "change", 13.2)])],
        ),
        (
            "Năm 2023, tỷ lệ che phủ rừng đạt 62,5%, tăng 0,5 điểm phần trăm so với năm trước.",
            [(62.5, "%", [("previous", "change", 0.5)])],
        ),
    ],
)
def test_a_gap_in_points_before_its_basis_is_the_rate_s_change(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


def _levels(text: str) -> list[tuple[float | None, float | None, str, str, int]]:
    return [
        (f.value, f.value_max, f.unit, f.kind, len(f.comparisons))
        for f in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2014, tỷ lệ hộ nghèo còn 4%, thấp hơn mức kế hoạch 4,5%.",
            [(4.0, None, "%", "actual", 0), (4.5, None, "%", "target", 0)],
        ),
        (
            "Năm 2023, tỷ lệ trẻ em được tiêm chủng đạt 96%, cao hơn mức kế hoạch 95%.",
            [(96.0, None, "%", "actual", 0), (95.0, None, "%", "target", 0)],
        ),
        (
            "Năm 2013, tốc độ tăng trưởng kinh tế chỉ đạt 8,6%, thấp hơn mức kế hoạch đề ra "
            "là 9,4%.",
            [(8.6, None, "%", "actual", 0), (9.4, None, "%", "target", 0)],
        ),
        (
            "Năm 2022, tỷ lệ lao động tham gia bảo hiểm xã hội đạt 38,05%, cao hơn 0,05 điểm "
            "phần trăm so với chỉ tiêu 38% mà Nghị quyết của Tỉnh ủy đề ra.",
            [(38.05, None, "%", "actual", 0), (38.0, None, "%", "target", 0)],
        ),
        (
            "Năm 2018, thu ngân sách trên địa bàn đạt 10.450 tỷ đồng, vượt xa mức kế hoạch "
            "7.966 tỷ đồng.",
            [(10450.0, None, "tỷ đồng", "actual", 0), (7966.0, None, "tỷ đồng", "target", 0)],
        ),
        (
            "Năm 2020, giá trị sản xuất đạt 290 triệu đồng/ha/năm, cao hơn chỉ tiêu 220 - 250 "
            "triệu đồng/ha/năm mà Nghị quyết đề ra.",
            [
                (290.0, None, "triệu đồng/ha/năm", "actual", 0),
                (220.0, 250.0, "triệu đồng/ha/năm", "target", 0),
            ],
        ),
        (
            "Năm 2023, tổng thu ngân sách đạt 1.200 tỷ đồng, vượt kế hoạch 8%.",
            [(1200.0, None, "tỷ đồng", "actual", 1)],
        ),
    ],
)
def test_a_plan_s_level_quoted_against_a_result_is_a_target_of_its_own(
    sentence: str, expected: list[tuple[float | None, float | None, str, str, int]]
) -> None:
    assert _levels(sentence) == expected


def _months(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    return [
        (f.value, f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2026)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tổng thu ngân sách nhà nước tháng Một ước đạt 370,7 nghìn tỷ đồng.",
            [(370.7, 2026, 1, 1)],
        ),
        ("Kim ngạch xuất khẩu tháng Hai đạt 25 tỷ USD.", [(25.0, 2026, 2, 2)]),
        ("Tổng mức bán lẻ tháng Ba năm 2024 đạt 500 nghìn tỷ đồng.", [(500.0, 2024, 3, 3)]),
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Chỉ số sản xuất tháng Mười tăng 5%.",
            [(None, 2026, 10, 10)],
        ),
        ("Thu ngân sách tháng Mười Hai đạt 200 tỷ đồng.", [(200.0, 2026, 12, 12)]),
        ("Tháng Giêng, thu ngân sách đạt 200 tỷ đồng.", [(200.0, 2026, 1, 1)]),
        ("Mỗi tháng hai lần, đoàn kiểm tra 15 cơ sở.", [(15.0, 2026, None, None)]),
    ],
)
def test_a_month_named_by_its_word_is_that_month(
    sentence: str, expected: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _months(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sáu tháng đầu năm 2017, ngành chế biến, chế tạo ước 255,8 nghìn tỷ đồng, chiếm 99% "
            "và tăng 21,3%.",
            [(255.8, "nghìn tỷ đồng", [("same_period", "change", 21.3)]), (99.0, "%", [])],
        ),
        (
            "Bảy tháng năm 2018, doanh thu bán lẻ hàng hóa đạt 22.296 tỷ đồng, chiếm 85,78% tổng "
            "mức và tăng 10,97%.",
            [(22296.0, "tỷ đồng", [("same_period", "change", 10.97)]), (85.78, "%", [])],
        ),
        (
            "Năm 2023, xuất khẩu nông sản đạt 1.200 triệu USD, chiếm 30% tổng kim ngạch, tăng 8% "
            "so với năm trước.",
            [(1200.0, "triệu usd", [("previous", "change", 8.0)]), (30.0, "%", [])],
        ),
        (
            "Năm 2023, vốn khu vực nhà nước đạt 500 tỷ đồng, chiếm gần 40% tổng vốn và giảm 5%.",
            [(500.0, "tỷ đồng", [("previous", "change", -5.0)]), (40.0, "%", [])],
        ),
        (
            "Năm 2024, công nghiệp - xây dựng chiếm 36,5%, tăng 0,06% so với năm 2023.",
            [(36.5, "%", [("previous", "change", 0.06)])],
        ),
    ],
)
def test_a_rise_after_the_share_of_an_amount_is_the_amount_s(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2018, thu thuế xuất nhập khẩu được 127 tỷ đồng, bằng 254% dự toán Trung ương và "
            "HĐND tỉnh giao, tăng 189% so với năm 2017.",
            [(127.0, "tỷ đồng", [("budget", "ratio", 254.0), ("previous", "change", 189.0)])],
        ),
        (
            "Năm 2023, thu nội địa đạt 900 tỷ đồng, bằng 110% dự toán Trung ương và HĐND tỉnh "
            "giao, tăng 8% so với năm trước.",
            [(900.0, "tỷ đồng", [("budget", "ratio", 110.0), ("previous", "change", 8.0)])],
        ),
        (
            "Năm 2022, thu ngân sách đạt 1.500 tỷ đồng, đạt 120% dự toán Chính phủ và HĐND tỉnh "
            "giao, tăng 15% so với cùng kỳ.",
            [(1500.0, "tỷ đồng", [("budget", "ratio", 120.0), ("same_period", "change", 15.0)])],
        ),
        (
            "Năm 2021, tổng thu đạt 2.000 tỷ đồng, bằng 105% kế hoạch Trung ương và UBND tỉnh "
            "giao, giảm 3% so với năm 2020.",
            [(2000.0, "tỷ đồng", [("plan", "ratio", 105.0), ("previous", "change", -3.0)])],
        ),
        (
            "Năm 2024, thu ngân sách huyện đạt 300 tỷ đồng, bằng 130% dự toán tỉnh và HĐND huyện "
            "giao, tăng 20% so với năm trước.",
            [(300.0, "tỷ đồng", [("budget", "ratio", 130.0), ("previous", "change", 20.0)])],
        ),
        (
            "Năm 2024, thu ngân sách đạt 300 tỷ đồng, bằng 130% dự toán và chi ngân sách đạt 250 "
            "tỷ đồng.",
            [(300.0, "tỷ đồng", [("budget", "ratio", 130.0)]), (250.0, "tỷ đồng", [])],
        ),
    ],
)
def test_a_plan_two_bodies_set_is_one_basis_and_the_rise_after_it_the_same_figure_s(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2020, trên địa bàn 8 tỉnh xảy ra 3.422 vụ phạm pháp về trật tự xã hội.",
            [(3422.0, "vụ")],
        ),
        ("Về ma túy, công an 8 tỉnh bắt quả tang 2.842 vụ.", [(2842.0, "vụ")]),
        ("Sáng 14/8/2024, Cụm thi đua 9 huyện, thị xã đồng bằng sơ kết 6 tháng đầu năm.", []),
        ("Năm 2023, trên địa bàn 5 xã vùng cao đã trồng mới 300 ha rừng.", [(300.0, "ha")]),
        ("Năm 2023, toàn tỉnh có 8 huyện đạt chuẩn nông thôn mới.", [(8.0, "huyện")]),
        ("Năm 2023, tỉnh công nhận thêm 5 xã đạt chuẩn.", [(5.0, "xã")]),
    ],
)
def test_a_count_of_places_after_an_area_or_its_police_only_says_where(
    sentence: str, expected: list[tuple[float | None, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(sentence, year=2024)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Năm 2020, tỷ lệ nhập siêu so với tổng kim ngạch xuất khẩu dưới 3%.", [(3.0, "%", [])]),
        ("Năm 2023, tỷ lệ nợ công so với GDP khoảng 37%.", [(37.0, "%", [])]),
        ("Năm 2023, tỷ lệ bội chi ngân sách so với GDP là 3,6%.", [(3.6, "%", [])]),
        ("Năm 2024, tỷ lệ vốn đầu tư so với GRDP đạt 33%.", [(33.0, "%", [])]),
        ("Năm 2023, tỷ lệ thu ngân sách so với GRDP đạt 18,5%.", [(18.5, "%", [])]),
        (
            "Năm 2023, tỷ lệ hộ nghèo so với năm trước giảm 1,5%.",
            [(None, "%", [("previous", "change", -1.5)])],
        ),
    ],
)
def test_a_rate_named_over_its_whole_is_a_level(sentence: str, expected: list[Row]) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tỷ lệ hộ nghèo năm 2010 là 22,8%, sau đó giảm lần lượt còn 18,22% (năm 2011), "
            "14,51% (năm 2012) và 11,58% (năm 2013).",
            [(22.8, 2010, 1, 12), (18.22, 2011, 1, 12), (14.51, 2012, 1, 12), (11.58, 2013, 1, 12)],
        ),
        (
            "Tỷ lệ che phủ rừng đạt 40% (năm 2015), 42% (năm 2018) và 45% (năm 2020).",
            [(40.0, 2015, 1, 12), (42.0, 2018, 1, 12), (45.0, 2020, 1, 12)],
        ),
        (
            "Thu nhập bình quân đầu người đạt 30 triệu đồng (năm 2018), 35 triệu đồng (năm 2019).",
            [(30.0, 2018, 1, 12), (35.0, 2019, 1, 12)],
        ),
        (
            "Số xã đạt chuẩn là 10 xã (năm 2019) và 15 xã (năm 2020).",
            [(10.0, 2019, 1, 12), (15.0, 2020, 1, 12)],
        ),
        (
            "Kim ngạch xuất khẩu đạt 1,2 tỷ USD (năm 2022) và 1,5 tỷ USD (năm 2023).",
            [(1.2, 2022, 1, 12), (1.5, 2023, 1, 12)],
        ),
    ],
)
def test_a_year_in_parentheses_after_a_level_is_the_level_s_year(
    sentence: str, expected: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _months(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đến hết tháng 11/2023, vốn Trung ương giải ngân 1.489,1 tỷ đồng, mới đạt 56,1% vốn "
            "giao.",
            [(1489.1, "tỷ đồng", [("plan", "ratio", 56.1)])],
        ),
        (
            "Năm 2023, ngân sách địa phương giải ngân 800 tỷ đồng, đạt 65% vốn Trung ương giao.",
            [(800.0, "tỷ đồng", [("plan", "ratio", 65.0)])],
        ),
        (
            "Năm 2023, tỉnh giải ngân 2.000 tỷ đồng, bằng 90% số vốn được giao.",
            [(2000.0, "tỷ đồng", [("plan", "ratio", 90.0)])],
        ),
    ],
)
def test_the_capital_a_body_assigned_is_the_plan_of_a_disbursement(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2024) == expected


@pytest.mark.parametrize(
    ("phrase", "basis"),
    [
        ("vốn giao", "plan"),
        ("vốn được giao", "plan"),
        ("tổng vốn giao", "plan"),
        ("số vốn được giao", "plan"),
        ("vốn trung ương giao", "plan"),
        ("vốn đầu tư", "other"),
    ],
)
def test_assigned_capital_names_a_plan(phrase: str, basis: str) -> None:
    assert basis_of(phrase) == basis
