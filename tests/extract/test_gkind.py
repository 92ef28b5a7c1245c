"""Kinds read from the structure of the text: parts share the estimate of their whole."""

from __future__ import annotations

import pytest

from tiendo.extract.prose import extract_figures


def _kinds(text: str) -> list[tuple[float | None, str]]:
    """Each figure's value (a rise's percentage when it has none) and kind."""
    return [
        (f.value if f.value is not None or not f.comparisons else f.comparisons[0].percent, f.kind)
        for f in extract_figures(text)
    ]


def _kind_of(text: str, value: float) -> str:
    kinds = [kind for number, kind in _kinds(text) if number == value]
    assert kinds, _kinds(text)
    return kinds[0]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The parts after "trong đó" share the estimate, whatever verb each repeats.
        (
            "Năm 2025, giá trị sản xuất nông nghiệp ước đạt 9.120 tỷ đồng, tăng 3,1%; trong đó"
            " trồng trọt đạt 5.230 tỷ đồng, chăn nuôi đạt 3.010 tỷ đồng, thủy sản đạt 880 tỷ"
            " đồng.",
            3010,
            "estimate",
        ),
        (
            "Năm 2025, giá trị sản xuất nông nghiệp ước đạt 9.120 tỷ đồng, tăng 3,1%; trong đó"
            " trồng trọt đạt 5.230 tỷ đồng, chăn nuôi đạt 3.010 tỷ đồng, thủy sản đạt 880 tỷ"
            " đồng.",
            880,
            "estimate",
        ),
        # A share said of an estimated figure is estimated too.
        (
            "Kim ngạch nhập khẩu năm 2025 ước đạt 4,2 tỷ USD, tăng 8%; trong đó máy móc đạt"
            " 1,9 tỷ USD, tăng 6%, chiếm 45,2%.",
            45.2,
            "estimate",
        ),
        # A semicolon closes the breakdown: the measure after it states its own kind.
        (
            "Năm 2025, giá trị sản xuất nông nghiệp ước đạt 9.120 tỷ đồng, trong đó trồng trọt"
            " đạt 5.230 tỷ đồng; sản lượng lúa đạt 410 nghìn tấn.",
            410,
            "actual",
        ),
        # A breakdown of a result is a result.
        (
            "Năm 2024, giá trị sản xuất nông nghiệp đạt 8.700 tỷ đồng, trong đó trồng trọt đạt"
            " 5.010 tỷ đồng, chăn nuôi đạt 2.900 tỷ đồng.",
            2900,
            "actual",
        ),
        # A sentence opened as the structure of the estimated whole shares its estimate.
        (
            "Năm 2025, GRDP của huyện ước đạt 12.400 tỷ đồng, tăng 6,8%. Trong cơ cấu kinh tế,"
            " nông nghiệp chiếm 31,5%, công nghiệp - xây dựng 38,2%, dịch vụ 30,3%.",
            31.5,
            "estimate",
        ),
        (
            "Năm 2025, lượng khách đến huyện ước đạt 410.000 lượt. Trong số này, khách quốc tế"
            " 12.300 lượt, khách lưu trú 96.000 lượt.",
            12300,
            "estimate",
        ),
        # ... but not a part that asserts its own result with a verb of its own,
        (
            "Năm 2025, sản lượng thủy sản ước đạt 61.000 tấn. Trong đó, nuôi trồng cho"
            " 40.200 tấn, tăng 4,1%.",
            40200,
            "actual",
        ),
        # nor the levels of a shift, each at its own time,
        (
            "Giai đoạn 2021-2025, kinh tế của xã ước tăng bình quân 9,4%/năm. Cơ cấu kinh tế"
            " chuyển dịch: tỷ trọng nông nghiệp giảm từ 41,2% năm 2021 xuống 30,6% năm 2025.",
            41.2,
            "actual",
        ),
        # A lead-in ending with a colon estimates its list; its time ("9 tháng") is no figure.
        (
            "Sản xuất cây công nghiệp, ước 9 tháng năm 2025: diện tích chè khoảng 3.150 ha,"
            " đạt 97% kế hoạch; hồ tiêu hơn 1.400 ha, đạt 88% kế hoạch.",
            1400,
            "estimate",
        ),
        # The sectors of the economy break down its estimated total stated just before.
        (
            "Năm 2025, GRDP của tỉnh ước tăng 7,2%. Khu vực nông, lâm nghiệp và thủy sản"
            " tăng 3,1%; khu vực công nghiệp - xây dựng tăng 11,4%.",
            11.4,
            "estimate",
        ),
        # nor a new measure in a later sentence.
        (
            "Năm 2025, GRDP của huyện ước đạt 12.400 tỷ đồng. Tổng vốn đầu tư toàn xã hội"
            " đạt 5.600 tỷ đồng.",
            5600,
            "actual",
        ),
    ],
)
def test_a_part_of_an_estimated_whole_is_estimated(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # "từ 8% trở lên" is a rise of 8% or more, not the level a shift starts from: the
        # aim goes on, and so does the list of aims after it.
        (
            "Năm 2026, tỉnh phấn đấu tổng vốn đầu tư tăng 9%, thu ngân sách tăng từ 8% trở"
            " lên. Tỷ lệ hộ nghèo giảm còn 1,5%.",
            8,
            "target",
        ),
        (
            "Năm 2026, tỉnh phấn đấu tổng vốn đầu tư tăng 9%, thu ngân sách tăng từ 8% trở"
            " lên. Tỷ lệ hộ nghèo giảm còn 1,5%.",
            1.5,
            "target",
        ),
    ],
)
def test_a_bound_after_a_level_is_no_shift(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # What a master plan lays down is a target, like what a plan or a resolution sets.
        (
            "Theo quy hoạch tỉnh thời kỳ 2021 - 2030 đã được phê duyệt, tốc độ tăng trưởng"
            " GRDP bình quân khoảng 9,2%/năm, trong đó công nghiệp tăng 12,1%/năm.",
            9.2,
            "target",
        ),
        (
            "Theo quy hoạch tỉnh thời kỳ 2021 - 2030 đã được phê duyệt, tốc độ tăng trưởng"
            " GRDP bình quân khoảng 9,2%/năm, trong đó công nghiệp tăng 12,1%/năm.",
            12.1,
            "target",
        ),
        # A work done as planned ("thực hiện theo quy hoạch") reports a result.
        (
            "Năm 2024, huyện thực hiện theo quy hoạch và đã xây mới 14 km đường giao thông.",
            14,
            "actual",
        ),
    ],
)
def test_a_master_plan_sets_targets(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_TARGETS_2027 = (
    "HĐND tỉnh thông qua các chỉ tiêu chủ yếu năm 2027: tốc độ tăng trưởng GRDP từ 8% trở"
    " lên. Quy mô GRDP ước trên 95.000 tỷ đồng; thu ngân sách nhà nước tăng 10%."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A bare "ước" before a bound only rounds a target of the targets' year,
        (_TARGETS_2027, 95000, "target"),
        (_TARGETS_2027, 10, "target"),
        # while "ước đạt" for part of that year estimates what has been done.
        (
            "Mục tiêu năm 2027 là GRDP tăng 8%. Sáu tháng đầu năm 2027, GRDP ước đạt 41.000"
            " tỷ đồng.",
            41000,
            "estimate",
        ),
    ],
)
def test_a_rough_level_among_targets_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_AGAINST_TARGETS = (
    "Nhiệm kỳ qua, huyện kết nạp 1.210 đảng viên so với chỉ tiêu 1.000 đảng viên; thu"
    " ngân sách đạt 3.450 tỷ đồng, trong khi nghị quyết đề ra 2.800 tỷ đồng. Tỷ lệ che phủ"
    " rừng đạt 46,5%."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The target a result is measured by is a target,
        (_AGAINST_TARGETS, 1000, "target"),
        (_AGAINST_TARGETS, 2800, "target"),
        # but it opens no list of targets: the results after it stay results.
        (_AGAINST_TARGETS, 3450, "actual"),
        (_AGAINST_TARGETS, 46.5, "actual"),
    ],
)
def test_a_target_set_against_a_result_opens_no_targets(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A count before the noun counts the targets; it names no target level.
        (
            "Năm 2024, trong 22 chỉ tiêu kinh tế - xã hội của huyện có 19 chỉ tiêu đạt và"
            " vượt kế hoạch.",
            19,
            "actual",
        ),
        # A year before the noun still opens the target it names.
        ("Năm 2025 chỉ tiêu là 64 tỷ đồng.", 64, "target"),
    ],
)
def test_a_count_of_targets_is_no_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A completion foreseen is an estimate, not a result.
        (
            "Dự kiến đến hết năm huyện hoàn thành 95% khối lượng công trình.",
            95,
            "estimate",
        ),
        ("Dự kiến đến cuối năm hoàn thành 12 công trình giao thông nông thôn.", 12, "estimate"),
        # A completion told is a result.
        ("Năm 2024, huyện hoàn thành 12 công trình giao thông nông thôn.", 12, "actual"),
    ],
)
def test_a_completion_foreseen_is_an_estimate(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A level followed by who set it ("mà nghị quyết đề ra") is the level aimed at.
        (
            "Năm 2024, tốc độ tăng trưởng của ngành đạt 12,4%, cao hơn mức 10%/năm mà nghị"
            " quyết đề ra.",
            10,
            "target",
        ),
        (
            "Năm 2024, tốc độ tăng trưởng của ngành đạt 12,4%, cao hơn mức 10%/năm mà nghị"
            " quyết đề ra.",
            12.4,
            "actual",
        ),
    ],
)
def test_a_level_a_plan_set_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_TWO_WHOLES = (
    "Tháng 3/2025, sản lượng lúa thu hoạch đạt 8.240 tấn, giá trị ước 61,5 tỷ đồng; trong"
    " đó lúa chất lượng cao 5.120 tấn."
)
_ESTIMATED_TONNES = (
    "Tháng 3/2025, sản lượng lúa thu hoạch ước đạt 8.240 tấn, giá trị 61,5 tỷ đồng; trong"
    " đó lúa chất lượng cao 5.120 tấn."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A part breaks down the figure counted in its own unit, not the last one.
        (_TWO_WHOLES, 5120, "actual"),
        (_ESTIMATED_TONNES, 5120, "estimate"),
    ],
)
def test_a_part_breaks_down_the_whole_of_its_unit(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A bare item takes the kind of the figure before it that states one: a result with
        # a verb of its own as well as an estimate.
        (
            "Quý I/2025, lượng khách ước 410 nghìn lượt; khách lưu trú đạt 160 nghìn lượt,"
            " công suất phòng 61,2%.",
            61.2,
            "actual",
        ),
        (
            "Quý I/2025, lượng khách ước 410 nghìn lượt, công suất phòng 61,2%.",
            61.2,
            "estimate",
        ),
    ],
)
def test_a_bare_item_follows_the_kind_stated_last(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_AIM_BESIDE_RESULTS = (
    "Sau 3 năm, toàn huyện đã trồng mới 2.300 ha cây ăn quả; mục tiêu đến năm 2026 là 3.000"
    " ha. Bưởi da xanh cho thu nhập 450 triệu đồng/ha/năm."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The aim named beside the results of its sentence is a target,
        (_AIM_BESIDE_RESULTS, 3000, "target"),
        # and the sentences after it go on reporting results.
        (_AIM_BESIDE_RESULTS, 450, "actual"),
    ],
)
def test_an_aim_named_beside_results_opens_no_targets(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The budget named before its level, as a plan or a target is.
        (
            "Năm 2024, tổng thu ngân sách đạt 5.400 tỷ đồng, vượt 8% so với dự toán HĐND tỉnh"
            " giao là 5.000 tỷ đồng.",
            5000,
            "target",
        ),
        (
            "Năm 2024, tổng thu ngân sách đạt 5.400 tỷ đồng, vượt 8% so với dự toán HĐND tỉnh"
            " giao là 5.000 tỷ đồng.",
            5400,
            "actual",
        ),
    ],
)
def test_a_budget_named_before_its_level_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A label of the tasks or the direction for a year opens targets,
        ("Phương hướng năm 2026: GRDP tăng 8,5%; thu ngân sách 7.200 tỷ đồng.", 7200, "target"),
        ("Nhiệm vụ năm 2026 là giải ngân 100% vốn đầu tư công được giao.", 100, "target"),
        # not the tasks that were carried out.
        ("Năm 2024, 96% tổ chức cơ sở đảng hoàn thành nhiệm vụ.", 96, "actual"),
    ],
)
def test_a_label_of_tasks_opens_targets(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # An aim for each year or for a term is a target.
        (
            "Đại hội thống nhất mục tiêu hằng năm 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
            95,
            "target",
        ),
        ("Mục tiêu giai đoạn 2026-2030 tăng trưởng GRDP bình quân 9%/năm.", 9, "target"),
    ],
)
def test_an_aim_for_each_year_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The words of what an aim holds, right before the number, make it the target,
        (
            "Năm 2024, huyện đã giải ngân 62% vốn, quyết tâm hoàn thành mục tiêu giải ngân"
            " 100% vốn được giao.",
            100,
            "target",
        ),
        ("Huyện xây dựng kế hoạch phát triển 05 sản phẩm OCOP mới.", 5, "target"),
        # not a plan carried out.
        ("Năm 2024, huyện thực hiện kế hoạch trồng 120 ha rừng.", 120, "actual"),
    ],
)
def test_what_an_aim_holds_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_PARALLEL_PARTS = (
    "Sản lượng thủy sản năm 2025 ước đạt 58.300 tấn, tăng 2,9%, bao gồm cá đạt 41.200 tấn,"
    " tăng 2,1%; tôm đạt 9.800 tấn, tăng 6,3%."
)
_UNPARALLEL_AFTER = (
    "Lượng khách năm 2025 ước khoảng 2,4 triệu lượt, trong đó khách quốc tế ước 0,9 triệu"
    " lượt; khách lưu trú đạt 1,1 triệu lượt."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # An item after a semicolon that repeats the first part's shape is one more part,
        (_PARALLEL_PARTS, 9800, "estimate"),
        # one of another shape starts a statement of its own.
        (_UNPARALLEL_AFTER, 1.1, "actual"),
    ],
)
def test_a_parallel_item_goes_on_with_the_breakdown(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


def test_an_earlier_year_in_a_breakdown_is_a_result() -> None:
    text = (
        "Năm 2025, GRDP của tỉnh ước tăng 7,4%. Trong đó, năm 2024 khu vực dịch vụ tăng"
        " 5,2%, khu vực công nghiệp tăng 9,8%."
    )
    assert _kind_of(text, 5.2) == "actual"
    assert _kind_of(text, 7.4) == "estimate"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The structure of what was estimated shares the estimate,
        (
            "Năm 2025, tổng vốn đầu tư toàn xã hội ước đạt 31.000 tỷ đồng. Cơ cấu vốn: vốn nhà"
            " nước chiếm 28%, vốn ngoài nhà nước chiếm 64%.",
            28,
            "estimate",
        ),
        # not the structure of something else.
        (
            "Năm 2025, tổng vốn đầu tư toàn xã hội ước đạt 31.000 tỷ đồng. Cơ cấu kinh tế"
            " chuyển dịch tích cực, tỷ trọng dịch vụ chiếm 43%.",
            43,
            "actual",
        ),
    ],
)
def test_a_structure_shares_the_estimate_of_its_whole(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_PLAN_WITH_BASELINE = (
    "HĐND tỉnh thông qua kế hoạch 5 năm 2026-2030 với các mục tiêu chủ yếu: tổng vốn đầu tư"
    " toàn xã hội cả giai đoạn 400.000 tỷ đồng (giai đoạn 2021-2025 là 260.000 tỷ đồng);"
    " tỷ lệ đô thị hóa 45%."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A remark in parentheses that names an earlier time than the targets is a result,
        (_PLAN_WITH_BASELINE, 260000, "actual"),
        # the targets around it stay targets.
        (_PLAN_WITH_BASELINE, 400000, "target"),
        (_PLAN_WITH_BASELINE, 45, "target"),
    ],
)
def test_an_earlier_level_beside_targets_is_a_result(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


def test_a_growth_rate_after_a_semicolon_states_its_own_kind() -> None:
    text = (
        "Đến cuối năm 2025, giá trị sản xuất nông nghiệp dự kiến đạt 14.200 tỷ đồng; tốc độ"
        " tăng trưởng bình quân 4,8%/năm."
    )
    assert _kind_of(text, 14200) == "estimate"
    assert _kind_of(text, 4.8) == "actual"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # The plan opening its sentence sets what follows as targets,
        (
            "Kế hoạch năm 2026, huyện thu hút 450 nghìn lượt khách, doanh thu du lịch 700 tỷ đồng.",
            700,
            "target",
        ),
        # a plan measured against, mid-sentence, does not.
        (
            "Năm 2025, thu ngân sách đạt 640 tỷ đồng, bằng 104% kế hoạch năm 2025, tăng 9%.",
            640,
            "actual",
        ),
    ],
)
def test_a_plan_opening_its_sentence_sets_targets(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # "có" inside the name of what is counted is no verb of the part's own,
        (
            "Dịp Tết, lượng khách đến tỉnh ước đạt 185.000 lượt. Trong số này, khách quốc tế"
            " 6.200 lượt, khách có lưu trú 52.000 lượt.",
            52000,
            "estimate",
        ),
        # "có" right before the number only says what the part holds (round 22, the
        # tuning parts' readers: "Trong số đó, xoài có 19.026 ha" is estimated); "đạt" or
        # "cho" is a verb of the part's own (test_r22_kind.py).
        (
            "Năm 2025, số hợp tác xã ước đạt 410 hợp tác xã. Trong đó, lĩnh vực nông nghiệp có"
            " 260 hợp tác xã.",
            260,
            "estimate",
        ),
    ],
)
def test_only_a_verb_right_before_the_number_is_the_parts_own(
    text: str, value: float, kind: str
) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # An item of an estimated list keeps the estimate when its verb does not stand
        # right before its number,
        (
            "Vụ đông xuân, toàn tỉnh ước gieo trồng 18.400 ha rau, sản lượng ước 620.000 tấn;"
            " hoa 2.900 ha, cho sản lượng 9.800 triệu cành.",
            9800,
            "estimate",
        ),
        # and a share of the estimated whole is estimated too.
        (
            "Hết năm 2025, dự kiến có 96/110 xã (chiếm 87,3%) đạt chuẩn nông thôn mới.",
            87.3,
            "estimate",
        ),
    ],
)
def test_an_estimated_list_goes_on_past_a_remote_verb(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # What a congress adopts is a target,
        ("Đại hội thông qua 25 chỉ tiêu chủ yếu cho nhiệm kỳ 2025-2030.", 25, "target"),
        (
            "HĐND tỉnh thông qua kế hoạch năm 2026 với tốc độ tăng trưởng GRDP 8,5%.",
            8.5,
            "target",
        ),
        # the documents a session passed are a result,
        ("Kỳ họp thứ 9 HĐND tỉnh đã bế mạc, thông qua 28 nghị quyết.", 28, "actual"),
        ("Kỳ họp thứ 9 HĐND tỉnh thông qua 28 nghị quyết quan trọng.", 28, "actual"),
        # and "thông qua" as the means says nothing of the kind.
        (
            "Năm 2024, thông qua các chương trình tín dụng, huyện hỗ trợ 1.250 hộ vay vốn.",
            1250,
            "actual",
        ),
    ],
)
def test_what_is_adopted_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # "sẽ" inside a forecast is its future, not an aim,
        (
            "Đến hết tháng 8, huyện đã giải ngân 48% kế hoạch vốn; dự kiến đến ngày 30/9/2025"
            " sẽ đạt 70% kế hoạch.",
            70,
            "estimate",
        ),
        # while "sẽ" alone still sets an aim.
        ("Năm 2026, huyện sẽ trồng mới 300 ha rừng.", 300, "target"),
    ],
)
def test_the_future_of_a_forecast_is_an_estimate(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


def test_the_future_of_a_forecast_may_follow_a_comma() -> None:
    text = "Dự kiến, đến cuối năm 2025, huyện sẽ giải ngân 96% kế hoạch vốn được giao."
    assert _kind_of(text, 96) == "estimate"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # What must be reached is a target,
        ("Xã nông thôn mới kiểu mẫu phải đạt thu nhập 80 triệu đồng/người trở lên.", 80, "target"),
        # what one had to undergo is a result.
        ("Năm 2024, do sạt lở, huyện phải di dời 120 hộ dân đến nơi ở mới.", 120, "actual"),
    ],
)
def test_what_must_be_reached_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A level kept is where things stood,
        ("Năm 2024, kinh tế của huyện duy trì mức tăng trưởng 7,6%.", 7.6, "actual"),
        # keeping to a bound is an aim.
        ("Tỷ lệ hộ nghèo của huyện duy trì dưới 2%.", 2, "target"),
    ],
)
def test_a_level_kept_is_a_result(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # A completion aimed at is a target,
        ("Năm 2026, huyện phấn đấu hoàn thành xây dựng 12 km đường giao thông.", 12, "target"),
        ("Huyện đặt mục tiêu hoàn thành 15 công trình trong năm 2026.", 15, "target"),
        # a completion told is a result, even after an aim in an earlier clause.
        (
            "Năm 2025, huyện phấn đấu trồng 500 ha rừng; đến nay, huyện hoàn thành trồng 410 ha.",
            410,
            "actual",
        ),
    ],
)
def test_a_completion_aimed_at_is_a_target(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


_PLAN_THEN_PROGRESS = (
    "Kế hoạch vốn đầu tư công năm 2025 được giao là 1.800 tỷ đồng. Tính đến ngày 30/9,"
    " huyện giải ngân 1.150 tỷ đồng."
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # Progress counted up to a date is a result, even after a plan,
        (_PLAN_THEN_PROGRESS, 1150, "actual"),
        (_PLAN_THEN_PROGRESS, 1800, "target"),
    ],
)
def test_progress_to_a_date_is_a_result(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # An opening estimate covers its whole sentence, "đã" clauses too,
        (
            "Ước tính đến hết tháng 9, toàn huyện đã gieo trồng 12.400 ha cây hằng năm.",
            12400,
            "estimate",
        ),
        # and a connective may lead it in.
        (
            "Nhờ đó, ước lũy kế đến 30/6/2025, huyện đã giải ngân 640 tỷ đồng vốn đầu tư công.",
            640,
            "estimate",
        ),
    ],
)
def test_an_opening_estimate_covers_its_sentence(text: str, value: float, kind: str) -> None:
    assert _kind_of(text, value) == kind
