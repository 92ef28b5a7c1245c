from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "values", "name_of_count"),
    [
        (
            "Năm 2024, có 18 doanh nghiệp sử dụng từ 1.000 lao động trở lên.",
            [18],
            "doanh nghiệp sử dụng từ 1.000 lao động trở lên",
        ),
        (
            "Năm 2024, toàn tỉnh có trên 320 cánh đồng lớn quy mô từ 50 ha trở lên.",
            [320],
            "cánh đồng lớn quy mô từ 50 ha trở lên",
        ),
        (
            "Năm 2023, tỉnh có 1.920 tàu cá có chiều dài từ 15 m trở lên được lắp thiết bị"
            " giám sát hành trình.",
            [1920],
            "tàu cá có chiều dài từ 15 m trở lên được lắp thiết bị giám sát hành trình",
        ),
        (
            "Năm 2024, toàn tỉnh có 45 hợp tác xã nông nghiệp có doanh thu trên 5 tỷ đồng/năm.",
            [45],
            "hợp tác xã nông nghiệp có doanh thu trên 5 tỷ đồng/năm",
        ),
        (
            "Năm 2024, toàn tỉnh có 60 trang trại quy mô trên 1.000 con.",
            [60],
            "trang trại quy mô trên 1.000 con",
        ),
        # near misses: a total of the counted things, what they employ, or a second act
        # joined by "và", is a figure
        (
            "Nhiệm kỳ mới, xã phấn đấu hoàn thành 19/19 tiêu chí nông thôn mới và kết nạp từ 30"
            " đảng viên trở lên.",
            [19, 30],
            "hoàn thành tiêu chí nông thôn mới",
        ),
        (
            "Năm 2024, huyện có 1.500 hộ nuôi tôm với tổng diện tích hơn 800 ha.",
            [1500, 800],
            "hộ nuôi tôm",
        ),
        (
            "Năm 2024, có 18 doanh nghiệp sử dụng 12.000 lao động.",
            [18, 12000],
            "doanh nghiệp sử dụng",
        ),
    ],
)
def test_a_size_that_sorts_the_counted_things_is_no_figure_and_names_the_count(
    sentence: str, values: list[float], name_of_count: str
) -> None:
    figures = extract_figures(sentence, year=2024)
    assert [f.value for f in figures] == values
    assert figures[0].indicator == name_of_count


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        (
            "Năm 2023, tỉnh có 1.920 tàu cá có chiều dài từ 15 m trở lên được lắp thiết bị"
            " giám sát hành trình, đạt 99,6% số tàu thuộc diện phải lắp.",
            99.6,
        ),
        # near miss: with no size in the noun phrase the share was already the count's
        (
            "Năm 2023, tỉnh có 1.920 tàu cá được lắp thiết bị giám sát hành trình, đạt 99,6%"
            " số tàu thuộc diện phải lắp.",
            99.6,
        ),
    ],
)
def test_a_share_after_a_count_sorted_by_size_is_the_counts_ratio(
    sentence: str, percent: float
) -> None:
    figures = extract_figures(sentence, year=2024)
    assert [f.value for f in figures] == [1920]
    assert [(c.basis, c.measure, c.percent) for c in figures[0].comparisons] == [
        ("other", "ratio", percent)
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        # near misses: the measure's own level after "có" stays a figure
        ("Năm 2024, số lao động có việc làm trên 500 nghìn người.", 500, "nghìn người"),
        ("Năm 2024, thu nhập bình quân đạt trên 60 triệu đồng.", 60, "triệu đồng"),
    ],
)
def test_a_level_of_the_measure_itself_stays_a_figure(
    sentence: str, value: float, unit: str
) -> None:
    figures = extract_figures(sentence, year=2024)
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Năm 2023, tổng đàn gia súc của huyện Bảo Lâm (Cao Bằng): trâu 21.350 con; bò"
            " 15.820 con.",
            ["tổng đàn trâu", "tổng đàn bò"],
        ),
        (
            "Kim ngạch xuất khẩu của tỉnh Cà Mau 6 tháng đầu năm 2024: tôm 312 triệu USD; cua"
            " 42 triệu USD.",
            ["Kim ngạch xuất khẩu tôm", "Kim ngạch xuất khẩu cua"],
        ),
        (
            "Số phương tiện đăng ký mới trên địa bàn tỉnh Bắc Giang 9 tháng năm 2023: xe máy"
            " điện 1.936 chiếc; ô tô 6.215 chiếc.",
            ["số xe máy điện đăng ký mới", "số ô tô đăng ký mới"],
        ),
        (
            "Số cơ sở được kiểm tra an toàn thực phẩm trong tháng 5/2024: bếp ăn tập thể 312"
            " cơ sở; khách sạn 186 cơ sở.",
            [
                "số bếp ăn tập thể được kiểm tra an toàn thực phẩm",
                "số khách sạn được kiểm tra an toàn thực phẩm",
            ],
        ),
        # near miss: the items of a count by month are times, not kinds of what it counts
        (
            "Số ca mắc mới giảm dần qua từng tháng: tháng 1 có 1.720 ca, tháng 2 còn 660 ca.",
            ["Số ca mắc mới giảm dần qua từng tháng", "Số ca mắc mới giảm dần qua từng tháng"],
        ),
    ],
)
def test_a_list_label_names_its_items_without_its_owner_place_or_time(
    sentence: str, names: list[str]
) -> None:
    figures = extract_figures(sentence, year=2024)
    assert [f.indicator for f in figures] == names
