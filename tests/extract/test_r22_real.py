"""Round 22, from real reports the extractor had not met (sentences restated, not copied).

Each table is sentence → what the figure of the given value must read, near misses
included: sentences that look alike and must keep what they had.
"""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _figure(text: str, value: float | None, unit: str) -> dict:
    found = [f.as_dict() for f in extract_figures(text)]
    match = [f for f in found if f["value"] == value and f["unit"] == unit]
    assert match, found
    return match[0]


# "những tháng đầu năm 2024": some months of the year, not the whole of it.
@pytest.mark.parametrize(
    "text, value, unit, period",
    [
        (
            "Những tháng đầu năm 2024, tổng mức bán lẻ hàng hóa đạt 684,5 tỷ đồng.",
            684.5,
            "tỷ đồng",
            (2024, None, None),
        ),
        (
            "Những tháng đầu năm 2025, toàn huyện trồng được 320 ha rừng tập trung.",
            320,
            "ha",
            (2025, None, None),
        ),
        (
            "Trong những tháng đầu năm 2023, thu ngân sách trên địa bàn đạt 41 tỷ đồng.",
            41,
            "tỷ đồng",
            (2023, None, None),
        ),
        (
            "Các tháng cuối năm 2023, sản lượng điện thương phẩm đạt 95 triệu kWh.",
            95,
            "triệu kwh",
            (2023, None, None),
        ),
        (
            "Mấy tháng đầu năm 2022, huyện giải quyết việc làm cho 640 lao động.",
            640,
            "lao động",
            (2022, None, None),
        ),
        # near misses: a part that names its months, and a whole year
        (
            "Quý đầu năm 2024, giá trị sản xuất công nghiệp đạt 1.150 tỷ đồng.",
            1150,
            "tỷ đồng",
            (2024, 1, 3),
        ),
        (
            "6 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa đạt 684,5 tỷ đồng.",
            684.5,
            "tỷ đồng",
            (2024, 1, 6),
        ),
        (
            "Năm 2024, tổng mức bán lẻ hàng hóa đạt 2.715,8 tỷ đồng.",
            2715.8,
            "tỷ đồng",
            (2024, 1, 12),
        ),
        (
            "Hai tháng đầu năm 2024, thu ngân sách trên địa bàn đạt 96 tỷ đồng.",
            96,
            "tỷ đồng",
            (2024, 1, 2),
        ),
    ],
)
def test_a_vague_part_of_a_named_year_gives_the_year_only(
    text: str, value: float, unit: str, period: tuple[int | None, ...]
) -> None:
    found = _figure(text, value, unit)["period"]
    assert (found["year"], found["from_month"], found["to_month"]) == period


# "phần lớn chỉ tiêu kinh tế - xã hội ... tăng trưởng cao": indicators said to have risen or
# been met open results, not a list of targets.
@pytest.mark.parametrize(
    "text, value, unit, kind",
    [
        (
            "Trong năm 2024, phần lớn chỉ tiêu kinh tế - xã hội của thị xã tăng trưởng cao so"
            " với năm trước. Cụ thể, tổng thu ngân sách đạt khoảng 760 tỷ đồng; giải ngân đạt"
            " 91,4%.",
            760,
            "tỷ đồng",
            "actual",
        ),
        (
            "Năm 2023, phần lớn chỉ tiêu kinh tế - xã hội của thị xã tăng trưởng cao so với"
            " năm 2022, tổng thu ngân sách đạt 705 tỷ đồng.",
            705,
            "tỷ đồng",
            "actual",
        ),
        (
            "Năm 2024, các chỉ tiêu chủ yếu của huyện đều tăng so với năm trước. Cụ thể, giá"
            " trị sản xuất nông nghiệp đạt 2.985 tỷ đồng.",
            2985,
            "tỷ đồng",
            "actual",
        ),
        (
            "Năm 2024, các chỉ tiêu kinh tế của thị xã đều tăng khá. Cụ thể, thu ngân sách"
            " đạt 900 tỷ đồng.",
            900,
            "tỷ đồng",
            "actual",
        ),
        (
            "Năm 2023, các chỉ tiêu xã hội chuyển biến tích cực. Cụ thể, tỷ lệ hộ nghèo giảm"
            " còn 3,2%.",
            3.2,
            "%",
            "actual",
        ),
        # near misses: the indicators set as targets
        (
            "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025: tốc độ tăng trưởng đạt 8%; thu"
            " ngân sách đạt 900 tỷ đồng.",
            900,
            "tỷ đồng",
            "target",
        ),
        (
            "Nghị quyết đề ra các chỉ tiêu kinh tế năm 2025. Cụ thể, thu ngân sách đạt 950"
            " tỷ đồng.",
            950,
            "tỷ đồng",
            "target",
        ),
        (
            "Năm 2025, các chỉ tiêu kinh tế chủ yếu như sau: thu ngân sách đạt 950 tỷ đồng;"
            " sản lượng lương thực 46.000 tấn.",
            46000,
            "tấn",
            "target",
        ),
        (
            "Các chỉ tiêu xã hội năm 2025: tỷ lệ hộ nghèo giảm còn 2,5%.",
            2.5,
            "%",
            "target",
        ),
    ],
)
def test_indicators_said_to_have_risen_open_results_not_targets(
    text: str, value: float, unit: str, kind: str
) -> None:
    assert _figure(text, value, unit)["kind"] == kind


# Organisations counted by their capitals: "2 HTX", "18 DN" are counts as "2 hợp tác xã" is.
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Quý III năm 2021, xã hình thành thêm 12 mô hình, 3 HTX, 9 DN.", 3, "htx"),
        ("Quý III năm 2021, xã hình thành thêm 12 mô hình, 3 HTX, 9 DN.", 9, "dn"),
        ("Năm 2024, huyện thành lập mới 18 DN, 5 HTX.", 5, "htx"),
        ("Năm 2023, toàn tỉnh có 41 sản phẩm OCOP, 12 HTX.", 12, "htx"),
        ("Toàn tỉnh hiện có 9 KCN và 42 CCN đã được thành lập.", 42, "ccn"),
        ("Năm 2024, thành lập mới 14 CLB dân ca.", 14, "clb"),
        ("Năm 2024, UBND huyện đã kiểm tra 120 CSSX, xử phạt 15 trường hợp.", 120, "cssx"),
        # near misses: the written-out nouns, and capitals that name no counted thing
        ("Năm 2024, huyện thành lập mới 18 doanh nghiệp, 5 hợp tác xã.", 5, "hợp tác xã"),
        ("Năm 2024, kim ngạch xuất khẩu đạt 325,7 triệu USD.", 325.7, "triệu usd"),
    ],
)
def test_organisations_counted_by_their_capitals_are_counts(
    text: str, value: float, unit: str
) -> None:
    assert _figure(text, value, unit)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp thứ 14 HĐND huyện khóa XII thông qua 10 nghị quyết.",
        "Năm 2024 UBND huyện ban hành kế hoạch.",
        "GRDP năm 2024 ước tăng 9,27% so với cùng kỳ.",
    ],
)
def test_capitals_of_bodies_and_measures_stay_no_unit(text: str) -> None:
    units = {f.as_dict()["unit"] for f in extract_figures(text)}
    assert not units & {"hđnd", "ubnd", "grdp"}


# "..., đạt tỷ lệ 55% so với chỉ tiêu": the share of a plan that a result reached, the
# result's comparison; "đạt tỷ lệ 62%" with no basis stays the rate's level.
@pytest.mark.parametrize(
    "text, value, unit, comparisons",
    [
        (
            "Sáu tháng đầu năm 2022, Đảng bộ kết nạp 47 đảng viên, đạt tỷ lệ hơn 55% so với"
            " chỉ tiêu.",
            47,
            "đảng viên",
            [("plan", "ratio", 55)],
        ),
        (
            "Năm 2024, huyện giải quyết việc làm cho 1.250 lao động, đạt tỷ lệ 104% so với"
            " kế hoạch.",
            1250,
            "lao động",
            [("plan", "ratio", 104)],
        ),
        (
            "Năm 2024, thu ngân sách đạt 512 tỷ đồng, đạt tỷ lệ 108% so với dự toán.",
            512,
            "tỷ đồng",
            [("budget", "ratio", 108)],
        ),
        (
            "Năm 2022, toàn huyện trồng mới 420 ha rừng, đạt tỉ lệ 105% so với kế hoạch.",
            420,
            "ha",
            [("plan", "ratio", 105)],
        ),
        # near misses: a rate reached with no basis is a level of its own
        (
            "Tính đến hết tháng 8, tỉnh đã giải ngân trên 2.140 tỷ đồng vốn đầu tư công,"
            " đạt tỷ lệ 58%.",
            58,
            "%",
            [],
        ),
        (
            "Đến nay toàn tỉnh có 48/90 xã hoàn thành 19/19 tiêu chí, đạt tỷ lệ 53,3%.",
            53.3,
            "%",
            [],
        ),
    ],
)
def test_a_rate_reached_against_a_plan_compares_the_result(
    text: str, value: float, unit: str, comparisons: list[tuple[str, str, float]]
) -> None:
    found = _figure(text, value, unit)["comparisons"]
    assert [(c["basis"], c["measure"], c["percent"]) for c in found] == comparisons
    assert not [f for f in extract_figures(text) if f.as_dict()["value"] is None]


# "phấn đấu hoàn thành 27 chỉ tiêu": a count of targets whose completion is striven for.
@pytest.mark.parametrize(
    "text, value, kind",
    [
        (
            "6 tháng đầu năm 2024, thành phố trồng được 850 ha. Thành phố phấn đấu hoàn thành"
            " 27 chỉ tiêu kinh tế, xã hội, quốc phòng năm 2024 đã đề ra.",
            27,
            "target",
        ),
        ("6 tháng cuối năm, huyện phấn đấu hoàn thành 25 chỉ tiêu năm 2024.", 25, "target"),
        ("Năm 2025, Đảng bộ quyết tâm đạt và vượt 28 chỉ tiêu Nghị quyết đề ra.", 28, "target"),
        (
            "Thị xã nỗ lực hoàn thành vượt mức 20 chỉ tiêu kinh tế - xã hội năm 2023.",
            20,
            "target",
        ),
        # near misses: the targets completed
        ("Năm 2024, huyện hoàn thành 32 chỉ tiêu phát triển kinh tế, xã hội.", 32, "actual"),
        (
            "Năm 2023, thị xã có 17/22 chỉ tiêu hoàn thành và vượt kế hoạch.",
            17,
            "actual",
        ),
    ],
)
def test_targets_striven_to_be_completed_are_targets(text: str, value: float, kind: str) -> None:
    assert _figure(text, value, "chỉ tiêu")["kind"] == kind


# "(634,5 tỷ/900 tỷ đồng)": a result over its plan, each with its scale, the currency once.
@pytest.mark.parametrize(
    "text, value, unit, kind",
    [
        (
            "Thu ngân sách 9 tháng năm 2022 đạt 70,5% kế hoạch tỉnh giao (634,5 tỷ/900 tỷ đồng).",
            634.5,
            "tỷ đồng",
            "actual",
        ),
        (
            "Thu ngân sách 9 tháng năm 2022 đạt 70,5% kế hoạch tỉnh giao (634,5 tỷ/900 tỷ đồng).",
            900,
            "tỷ đồng",
            "target",
        ),
        (
            "Năm 2023, giải ngân vốn đầu tư công đạt 85% kế hoạch (425 tỷ/500 tỷ đồng).",
            425,
            "tỷ đồng",
            "actual",
        ),
        (
            "Năm 2023, giải ngân vốn đầu tư công đạt 85% kế hoạch (425 tỷ/500 tỷ đồng).",
            500,
            "tỷ đồng",
            "target",
        ),
        (
            "Năm 2023, thu ngân sách đạt 96% dự toán (48 triệu/50 triệu USD).",
            48,
            "triệu usd",
            "actual",
        ),
        # near misses: the pair written with the scale once, and a rate per year
        (
            "Năm 2023, giải ngân vốn đầu tư công đạt 85% kế hoạch (425/500 tỷ đồng).",
            500,
            "tỷ đồng",
            "target",
        ),
        ("Năm 2023, thu ngân sách đạt 1.200 tỷ/năm.", 1200, "tỷ/năm", "actual"),
    ],
)
def test_a_result_over_its_plan_each_with_its_scale_is_a_pair(
    text: str, value: float, unit: str, kind: str
) -> None:
    assert _figure(text, value, unit)["kind"] == kind
