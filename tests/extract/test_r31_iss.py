"""Round 31 (the issue's error shapes): a plan passed after a verb, a count named by its
noun alone across scale words, and a plan set with "đặt ra".

- "tăng vượt kế hoạch 2,5%", "hoàn thành vượt kế hoạch 4,2%", "tăng vượt 8,5% so với dự
  toán": the verb before "vượt" belongs to the comparison's words, so after a level the
  rate is that level's comparison, not a figure of its own (passed_leads.py);
- "A và B đạt 120 nghìn lượt và 1,85 triệu lượt": the second count names nothing but its
  noun, the same noun as the count before under another scale word, so it is the same
  measure (naming: counted nouns compared without "nghìn", "triệu");
- "chỉ tiêu Nghị quyết đặt ra là 60 triệu đồng", "mức kế hoạch đặt ra là 7,5%": "đặt ra"
  sets a plan as "đề ra" does, so the level is the plan of the measure just named
  (measures._PLAN_ONLY, late_names._PLAN_LEVEL).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giá trị sản xuất công nghiệp quý I/2024 ước đạt 6.820 tỷ đồng, tăng vượt kế hoạch "
            "quý 2,5%.",
            [(6820, "tỷ đồng", [("plan", "change", 2.5)])],
        ),
        (
            "Doanh thu du lịch năm 2024 đạt 500 tỷ đồng, hoàn thành vượt kế hoạch 4,2%.",
            [(500, "tỷ đồng", [("plan", "change", 4.2)])],
        ),
        (
            "Thu ngân sách năm 2024 đạt 1.320 tỷ đồng, tăng vượt 8,5% so với dự toán.",
            [(1320, "tỷ đồng", [("budget", "change", 8.5)])],
        ),
        # near misses: a plain "vượt", or "đạt và vượt", was already the level's comparison
        (
            "Sản lượng lúa năm 2024 đạt 52.000 tấn, vượt kế hoạch 1,5%.",
            [(52000, "tấn", [("plan", "change", 1.5)])],
        ),
        (
            "Kim ngạch xuất khẩu năm 2024 đạt 410 triệu USD, đạt và vượt kế hoạch 2,3%.",
            [(410, "triệu usd", [("plan", "change", 2.3)])],
        ),
    ],
)
def test_a_verb_before_vuot_leaves_the_rate_with_the_level_it_follows(
    text: str, expected: list[tuple[float, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Năm 2024, khách quốc tế và khách nội địa đạt 120 lượt và 1,85 triệu lượt.",
            1.85,
            "khách quốc tế và khách nội địa",
        ),
        (
            "Quý III/2024, lượng khách quốc tế và khách nội địa đạt 120 nghìn lượt và 1,85 "
            "triệu lượt.",
            1.85,
            "lượng khách quốc tế và khách nội địa",
        ),
        (
            "Năm 2024, số hộ nghèo và hộ cận nghèo còn 950 hộ và 1,2 nghìn hộ.",
            1.2,
            "số hộ nghèo và hộ cận nghèo",
        ),
        # near misses: the same unit written alike, or another noun, as before
        (
            "Năm 2024, khách quốc tế và khách nội địa đạt 120.000 lượt và 1.850.000 lượt.",
            1850000,
            "khách quốc tế và khách nội địa",
        ),
        ("Năm 2024, tỉnh có 1.245 hợp tác xã và 3,2 nghìn tổ hợp tác.", 3.2, "tổ hợp tác"),
    ],
)
def test_a_count_named_by_its_noun_under_another_scale_word_is_the_measure_before(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Năm 2024, thu nhập bình quân đầu người đạt 62 triệu đồng, trong khi chỉ tiêu Nghị "
            "quyết đặt ra là 60 triệu đồng.",
            60,
            "chỉ tiêu thu nhập bình quân đầu người",
        ),
        (
            "Tốc độ tăng trưởng kinh tế năm 2024 đạt 7,1%, thấp hơn mức kế hoạch đặt ra là 7,5%.",
            7.5,
            "chỉ tiêu Tốc độ tăng trưởng kinh tế",
        ),
        (
            "Năm 2024, tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng, kế hoạch đặt ra là "
            "45.000 tỷ đồng.",
            45000,
            "chỉ tiêu tổng vốn đầu tư toàn xã hội",
        ),
        # near misses: "đề ra" was read so already; a plan that names its own measure keeps it
        (
            "Năm 2024, thu nhập bình quân đầu người đạt 62 triệu đồng, chỉ tiêu đề ra là 60 "
            "triệu đồng.",
            60,
            "chỉ tiêu thu nhập bình quân đầu người",
        ),
        ("Năm 2024, tỉnh đặt ra chỉ tiêu trồng mới 500 ha rừng.", 500, "diện tích trồng mới rừng"),
    ],
)
def test_a_plan_set_with_dat_ra_is_the_plan_of_the_measure_just_named(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected
