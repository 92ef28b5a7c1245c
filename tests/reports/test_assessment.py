from __future__ import annotations

import pytest

from tiendo.reports.assessment import (
    Headings,
    assessment_sections,
    catch_up,
    shortfall,
    solutions,
)

HEADINGS = Headings("1. Kết quả đạt được", "2. Hạn chế, tồn tại", "Không có gì chậm.")
Q1 = {"year": 2022, "from_month": 1, "to_month": 3}
YEAR = {"year": 2022, "from_month": 1, "to_month": 12}


def target(status: str, value: float, percent: float, plan: float, **extra) -> dict:
    return {
        "indicator": "Giá trị sản xuất công nghiệp",
        "unit": "tỷ đồng",
        "status": status,
        "direction": "higher",
        "aggregation": "sum",
        "value": value,
        "value_max": None,
        "judged_against": "plan",
        "ratios": {"plan": percent},
        "ratio_decimals": {"plan": None},
        "baselines": {"plan": {"value": plan, "label": "KH"}},
        "period": Q1,
        "target_period": YEAR,
        "forecast": {"value": value * 4, "expected_share": 0.25},
        **extra,
    }


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            target("behind", 220.0, 23.08, 953.2),
            [
                "đạt 23,08% KH",
                "thấp hơn mức cần đạt theo tiến độ (25%) 1,92 điểm phần trăm",
                "dự báo cả năm khoảng 880 tỷ đồng",
                "còn thiếu khoảng 73,2 tỷ đồng",
            ],
        ),
        (
            target("not_met", 900.0, 94.42, 953.2, period=YEAR),
            ["đạt 94,42% KH", "còn thiếu 53,2 tỷ đồng so với KH"],
        ),
    ],
)
def test_a_target_behind_is_described_by_how_much_it_misses(given, expected):
    text = shortfall(given)
    for part in expected:
        assert part in text


def test_the_months_left_are_given_the_amount_they_must_bring():
    line = catch_up(target("behind", 220.0, 23.08, 953.2))
    assert "9 tháng còn lại cần thực hiện thêm 733,2 tỷ đồng" in line
    assert "bình quân 81,47 tỷ đồng/tháng" in line


def test_a_year_that_is_over_has_no_months_to_catch_up():
    assert catch_up(target("not_met", 900.0, 94.42, 953.2, period=YEAR)) == ""


def test_a_count_behind_is_written_in_whole_numbers():
    members = target("behind", 80.0, 18.4, 435.0, unit="đảng viên")
    members["forecast"] = {"value": 320.4, "expected_share": 0.25}
    assert "dự báo cả năm khoảng 320 đảng viên" in shortfall(members)
    assert ",4 đảng viên" not in catch_up(members)


def test_overdue_tasks_are_named_as_shortcomings_and_in_the_solutions():
    progress = {
        "targets": [],
        "tasks": [
            {"text": "Giải phóng mặt bằng.", "status": "overdue", "deadline_vi": "30/09/2022"},
            {"text": "Quy hoạch.", "status": "open", "deadline_vi": "31/12/2022"},
        ],
    }
    sections = assessment_sections(progress, [], HEADINGS)
    assert sections[-1].paragraphs == [
        "1 nhiệm vụ quá hạn chưa hoàn thành: “Giải phóng mặt bằng” (hạn 30/09/2022)."
    ]
    assert solutions(progress, []) == [
        "Khẩn trương hoàn thành nhiệm vụ quá hạn “Giải phóng mặt bằng” (hạn 30/09/2022)."
    ]


def test_a_period_with_nothing_behind_says_so_instead_of_inventing_problems():
    progress = {"targets": [target("on_track", 950.0, 27.4, 3467.15)], "tasks": []}
    strengths, shortcomings = assessment_sections(progress, [], HEADINGS)
    assert strengths.paragraphs == [
        "1 chỉ tiêu đúng tiến độ: Giá trị sản xuất công nghiệp (đạt 27,4% KH)."
    ]
    assert shortcomings.paragraphs == ["Không có gì chậm."]
    assert solutions(progress, []) == []


def test_data_warnings_are_shortcomings_with_a_solution():
    progress = {"targets": [], "tasks": []}
    (section,) = assessment_sections(progress, ["Tỷ lệ 18% không khớp."], HEADINGS)
    assert section.paragraphs == ["Số liệu cần rà soát: Tỷ lệ 18% không khớp."]
    assert "Rà soát" in solutions(progress, ["Tỷ lệ 18% không khớp."])[0]
