"""Review of the tenth round: sentences near the shapes its rules read, read as before."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, hồ sơ được giải quyết đúng yêu cầu, đạt 95%.", [(95, "actual")]),
        (
            "Năm 2023, hồ sơ được giải quyết kịp thời theo đúng yêu cầu, 1.200 hồ sơ trả đúng hạn.",
            [(1200, "actual")],
        ),
        (
            "Năm 2023, 100% hồ sơ đúng yêu cầu, 95% đáp ứng được yêu cầu.",
            [(100, "actual"), (95, "actual")],
        ),
    ],
)
def test_work_done_as_required_is_a_result_not_a_requirement(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == expected


def test_a_goal_met_by_a_count_after_with_is_not_named_by_the_words_after_the_goal() -> None:
    (figure,) = extract_figures(
        "Huyện hoàn thành mục tiêu đề ra với 120 đảng viên mới được kết nạp.", year=2024
    )
    assert not figure.indicator.startswith("đề ra")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Năm 2023, tỉnh đưa 400 lao động đi làm việc ở nước ngoài, trong đó thị trường "
            "Nhật Bản 240 người, Hàn Quốc 70 người, Úc 20 người.",
            "thị trường Úc",
        ),
        (
            "Năm 2023, tỉnh đưa 400 lao động đi làm việc ở nước ngoài, trong đó Ả Rập Xê Út "
            "240 người, Đài Loan 70 người.",
            "Ả Rập Xê Út",
        ),
    ],
)
def test_a_place_whose_capital_is_accented_names_its_part_of_the_count(
    text: str, place: str
) -> None:
    names = [f.indicator for f in extract_figures(text, year=2024)]
    assert any(name.endswith("ở nước ngoài " + place) for name in names)
    assert not any("Nhật Bản Úc" in name for name in names)


def test_a_few_days_from_the_first_of_a_month_are_that_month() -> None:
    (figure,) = extract_figures("Từ ngày 1 đến 3/5/2024, tỉnh đón 50.000 lượt khách.", year=2024)
    assert (figure.period.year, figure.period.from_month, figure.period.to_month) == (2024, 5, 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Năm 2023, thu ngân sách đạt 3.000 tỷ đồng, tăng trưởng kinh tế đạt 7,5%, cao hơn "
            "mức 5,05% của cả nước.",
            "tăng trưởng kinh tế cả nước",
        ),
        (
            "Năm 2023, GRDP bình quân đầu người đạt 80 triệu đồng; tốc độ tăng GRDP đạt 7,5%, "
            "cao hơn mức tăng chung của cả nước (5,05%).",
            "tốc độ tăng GRDP của cả nước",
        ),
    ],
)
def test_the_countrys_level_is_of_the_rate_before_it_not_of_an_amount_said_first(
    text: str, name: str
) -> None:
    assert extract_figures(text, year=2024)[-1].indicator == name
