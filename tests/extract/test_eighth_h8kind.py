"""Eighth round (h8kind): the kind of a figure, from what its sentence asserts."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _kinds(sentence: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(sentence, year=2025)]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The estimate is the first item's own, after the colon: the item after the
        # semicolon, a measure of its own, is a result.
        (
            "Hội nghị nghe báo cáo cả năm: giá trị sản xuất ước 5,2 nghìn tỷ đồng, "
            "tăng 8%; tổng thu ngân sách trên 240 tỷ đồng, bằng 110% dự toán.",
            [(5.2, "estimate"), (240, "actual")],
        ),
        # The estimate stands in the heading before the colon: every item shares it.
        (
            "Ước thực hiện cả năm: giá trị sản xuất 5,2 nghìn tỷ đồng, tăng 8%; "
            "tổng thu ngân sách 240 tỷ đồng.",
            [(5.2, "estimate"), (240, "estimate")],
        ),
    ],
)
def test_a_colon_shares_only_the_estimate_its_heading_states(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # "đặt các chỉ tiêu:" sets the list after it, as "đặt ra chỉ tiêu" does.
        (
            "Nghị quyết về nhiệm vụ năm 2027 đặt các chỉ tiêu: thu nhập bình quân đạt "
            "95 triệu đồng; tỷ lệ che phủ rừng đạt 48%.",
            [(95, "target"), (48, "target")],
        ),
        # A count of the targets a resolution sets announces them: the next sentence,
        # opened by "Theo đó", lists them.
        (
            "Tỉnh ủy vừa ban hành nghị quyết về nhiệm vụ năm 2027 với 12 chỉ tiêu. "
            "Theo đó, tổng vốn đầu tư đạt 21.000 tỷ đồng; tỷ lệ hộ nghèo giảm còn 3,1%.",
            [(12, "target"), (21000, "target"), (3.1, "target")],
        ),
        # "xác định:" heads a list of targets that the next sentences go on with.
        (
            "Đại hội xác định: thu ngân sách tăng bình quân 11% mỗi năm. Hằng năm, "
            "tỷ lệ chi bộ trong sạch vững mạnh đạt từ 85% trở lên.",
            [(11, "target"), (85, "target")],
        ),
    ],
)
def test_a_resolution_that_announces_its_targets_opens_their_list(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # "hoàn thành" names the branches counted, in a list of targets; the next figure
        # of the sentence stays a target too.
        (
            "Đại hội xác định: thu ngân sách tăng 11% mỗi năm. Hằng năm, tỷ lệ chi bộ "
            "hoàn thành tốt nhiệm vụ đạt từ 90% trở lên và kết nạp từ 300 đảng viên mới.",
            [(11, "target"), (90, "target"), (300, "target")],
        ),
        # A result word right before the number is the figure's own.
        (
            "Đại hội xác định: thu ngân sách tăng 11% mỗi năm. Năm 2024, toàn tỉnh đã "
            "hoàn thành 95% kế hoạch giải ngân.",
            [(11, "target"), (None, "actual")],
        ),
    ],
)
def test_a_result_word_inside_a_rate_name_asserts_nothing(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The plan a result met ("bảo đảm kế hoạch đề ra") sets no target.
        (
            "Năm 2023, thu ngân sách trên địa bàn bảo đảm kế hoạch đề ra, trong đó riêng "
            "thu tiền sử dụng đất là 52 tỷ đồng.",
            [(52, "actual")],
        ),
        (
            "Năm 2023, sản lượng lúa vượt chỉ tiêu đã đề ra, đạt 61 nghìn tấn.",
            [(61, "actual")],
        ),
        # The plan's own level in parentheses after it is that target.
        (
            "Năm 2023, thu ngân sách đạt 40 tỷ đồng, chưa đạt mục tiêu đề ra (từ 50 tỷ "
            "đồng trở lên).",
            [(40, "actual"), (50, "target")],
        ),
        # "bám sát kế hoạch:" reports results keeping pace with the plan.
        (
            "Sáu tháng đầu năm 2023, các chỉ tiêu chủ yếu cơ bản bám sát kế hoạch: "
            "giải quyết việc làm cho 1.250 lao động, bằng 50,3% kế hoạch.",
            [(1250, "actual")],
        ),
    ],
)
def test_a_plan_named_as_what_a_result_met_sets_no_target(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The estimate governs the verb of its clause, "được" and all.
        (
            "Dự ước đến ngày 30-6 toàn huyện gieo trồng được 7.120 ha, đạt 70% kế hoạch.",
            [(7120, "estimate")],
        ),
        # A break between them leaves the verb its own result.
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Giá trị sản xuất ước tăng 6%, toàn huyện đã trồng được 350 ha rừng.",
            [(None, "estimate"), (350, "actual")],
        ),
    ],
)
def test_an_estimate_governs_the_verb_of_its_clause(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Cho giai đoạn tới, tỉnh lên kế hoạch thu ngân sách khoảng 15.000 tỷ đồng.",
         [(15000, "target")]),
        ("Huyện quyết tâm đưa tỷ lệ giải ngân cả năm lên trên 95%.", [(95, "target")]),
        ("Thành phố bám sát kịch bản tăng trưởng GRDP cả năm từ 8% trở lên.",
         [(8, "target")]),
        # A scenario that results passed is no aim.
        ("Quý I vượt kịch bản, GRDP tăng 8,2% so với cùng kỳ.", [(None, "actual")]),
    ],
)  # fmt: skip
def test_planning_resolving_and_scenarios_are_aims(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The parenthesis after a plan that a result passed gives the plan's levels.
        (
            "Năm 2022, tỷ lệ hộ nghèo giảm 3,2%, vượt chỉ tiêu Nghị quyết HĐND tỉnh "
            "(mỗi năm giảm 2%, riêng hộ dân tộc thiểu số giảm 3%).",
            [(3.2, "actual"), (2, "target"), (3, "target")],
        ),
        # A share of the plan before it makes the parenthesis a remark on the result.
        (
            "Năm 2022, thu ngân sách đạt 95% kế hoạch (tăng 5% so với cùng kỳ).",
            [(None, "actual")],
        ),
    ],
)
def test_a_parenthesis_after_a_plan_met_gives_its_levels(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A share of the plan, then "và" and a predicate of its own: no plan's level.
        (
            "Năm 2023, toàn huyện gieo cấy 9.120 ha lúa, đạt 101% kế hoạch và trồng mới "
            "1.250 ha rừng.",
            [(9120, "actual"), (1250, "actual")],
        ),
        # A policy approved for projects is a decision made, not an aim.
        (
            "Năm 2023, tỉnh chấp thuận chủ trương 14 dự án với tổng vốn 980 tỷ đồng.",
            [(14, "actual"), (980, "actual")],
        ),
    ],
)
def test_a_plan_met_or_a_policy_approved_names_no_target(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The plan allotted, or named in its noun phrase, is the level.
        ("Năm 2024, tỉnh phân bổ kế hoạch vốn đầu tư công 6.216 tỷ đồng.", [(6216, "target")]),
        ("Năm 2024, nguồn vốn kế hoạch của huyện 540 tỷ đồng.", [(540, "target")]),
        # Allotted in the passive, it is still the plan's level.
        ("Dự toán thu ngân sách năm 2024 được HĐND tỉnh giao 8.500 tỷ đồng.", [(8500, "target")]),
        ("Kế hoạch vốn năm 2024 đã được phân bổ 3.100 tỷ đồng.", [(3100, "target")]),
        # What follows the plan reports it carried out.
        ("Vốn kế hoạch năm 2023 giải ngân 9.276,11 tỷ đồng.", [(9276.11, "actual")]),
    ],
)
def test_a_plan_allotted_or_named_is_its_level(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A goal met is a result: the list after it reports, it does not aim.
        (
            "Đến tháng 6/2025, tỉnh cơ bản hoàn thành mục tiêu giai đoạn 2021-2025; "
            "85 xã đạt chuẩn nông thôn mới nâng cao.",
            [(85, "actual")],
        ),
    ],
)
def test_a_goal_met_is_no_aim(sentence: str, kinds: list[tuple[float | None, str]]) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The things counted with a verb of their own after them: a result.
        (
            "Năm 2023, giá trị sản xuất công nghiệp ước đạt 2.300 tỷ đồng, bằng 52% kế "
            "hoạch; 42 doanh nghiệp được thành lập mới.",
            [(2300, "estimate"), (42, "actual")],
        ),
        # "hiện": where things stand now.
        (
            "Năm 2023, GRDP ước đạt 21.000 tỷ đồng; thu nhập bình quân đầu người hiện "
            "trên 62 triệu đồng.",
            [(21000, "estimate"), (62, "actual")],
        ),
        # An item without either shares the estimate.
        (
            "Năm 2023, GRDP ước đạt 21.000 tỷ đồng, thu nhập bình quân đầu người 62 triệu đồng.",
            [(21000, "estimate"), (62, "estimate")],
        ),
    ],
)
def test_a_verb_after_the_count_or_now_states_its_own_result(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The index of production goes with the estimated output before it.
        (
            "Năm 2023, GRDP ước tăng 7,4% so với cùng kỳ; chỉ số sản xuất công nghiệp tăng 9,2%.",
            [(None, "estimate"), (None, "estimate")],
        ),
        # A price index is measured: a statement of its own (its move a change against the
        # same period since the twenty-third round, test_r23_stats2.py).
        (
            "Năm 2023, GRDP ước tăng 7,4% so với cùng kỳ; chỉ số giá tiêu dùng bình quân "
            "tăng 3,1%.",
            [(None, "estimate"), (None, "actual")],
        ),
    ],
)
def test_a_price_index_is_measured_a_production_index_follows_the_estimate(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A count of the targets someone set is a target; the results after it are not.
        (
            "Báo cáo nêu trong 25 chỉ tiêu năm 2023 do HĐND huyện đề ra, có 19 chỉ tiêu "
            "đạt và vượt kế hoạch. Sản lượng lúa đạt 12.400 tấn.",
            [(25, "target"), (19, "actual"), (12400, "actual")],
        ),
    ],
)
def test_a_count_of_targets_set_by_someone_is_a_target(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The whole an aim is a share of is what there is.
        (
            "Đến năm 2030, tỉnh phấn đấu có từ 60% số xã đạt chuẩn, tương đương 70 xã "
            "trong tổng số 117 xã.",
            [(60, "target"), (70, "target"), (117, "actual")],
        ),
    ],
)
def test_the_whole_an_aim_is_a_share_of_is_no_aim(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A level kept, described in words, is where things stood: no aim.
        (
            "Năm 2023, chỉ số giá tiêu dùng giữ ở mức thấp, giá trị xuất khẩu tăng 9,1% "
            "so với cùng kỳ.",
            [(None, "actual")],
        ),
    ],
)
def test_a_level_kept_in_words_is_no_aim(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


def _kinds_in(sentence: str, year: int) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(sentence, year=year)]


@pytest.mark.parametrize(
    ("sentence", "year", "kinds"),
    [
        # A year after the one the text was written in has no results yet.
        (
            "Năm 2026, thành phố thu ngân sách 21.000 tỷ đồng và trồng mới 900 ha rừng.",
            2025,
            [(21000, "target"), (900, "target")],
        ),
        # The text's own year, or an earlier one, reports results.
        (
            "Năm 2025, thành phố thu ngân sách 21.000 tỷ đồng và trồng mới 900 ha rừng.",
            2025,
            [(21000, "actual"), (900, "actual")],
        ),
        # A forecast for the later year stays an estimate.
        ("Năm 2026, GRDP dự kiến tăng 8,5% so với năm 2025.", 2025, [(None, "estimate")]),
    ],
)
def test_a_year_after_the_text_was_written_states_aims(
    sentence: str, year: int, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds_in(sentence, year) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The level right after the target's noun is the target, in a report on part of
        # a year too.
        (
            "Chín tháng đầu năm 2018, bệnh viện huyện khám bệnh cho 87.096 lượt người "
            "(chỉ tiêu 75.250 lượt), đạt 115,7% kế hoạch.",
            [(87096, "actual"), (75250, "target")],
        ),
    ],
)
def test_a_level_named_as_the_target_is_one_in_a_report_on_part_of_a_year(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # The year's total put roughly is a forecast of the result (the spec's "khoảng").
        (
            "Du lịch năm 2023: cả năm tỉnh đón khoảng 12,5 triệu lượt khách, tăng 20%.",
            [(12.5, "estimate")],
        ),
        (
            "Năm 2023, tỉnh đón khoảng 12,5 triệu lượt khách, tăng 20%.",
            [(12.5, "actual")],
        ),
    ],
)
def test_a_whole_year_put_roughly_is_an_estimate(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # Within a plan named at length, its level in parentheses is the target.
        (
            "Năm 2023, tỷ lệ tử vong do sốt rét là 0,01%, nằm trong chỉ tiêu Bộ Y tế giao "
            "tại Chương trình y tế - dân số (không quá 0,05%).",
            [(0.01, "actual"), (0.05, "target")],
        ),
    ],
)
def test_a_plan_kept_within_gives_its_level_in_parentheses(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Năm 2024, ngành cố gắng đạt sản lượng lúa 480.000 tấn.", [(480000, "target")]),
        ("Nhờ sự cố gắng của nông dân, sản lượng lúa đạt 480.000 tấn.", [(480000, "actual")]),
    ],
)  # fmt: skip
def test_striving_is_aiming_the_effort_made_is_not(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # What an inspection found opens no list of targets for the sentences after it.
        (
            "Qua kiểm tra, đoàn xác định: 15 cơ sở vi phạm. Năm 2024, toàn tỉnh xử lý 300 "
            "vụ vi phạm.",
            [(15, "target"), (300, "actual")],
        ),
    ],
)
def test_only_a_resolution_or_a_congress_lays_down_a_list_by_xac_dinh(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # Among targets, a level measured against its plan reports how the plan went.
        (
            "Các chỉ tiêu chủ yếu năm 2025: thu ngân sách 6.000 tỷ đồng; tỷ lệ che phủ "
            "rừng 52%. Tổng vốn đầu tư 21.000 tỷ đồng, bằng 110% kế hoạch.",
            [(6000, "target"), (52, "target"), (21000, "actual")],
        ),
    ],
)
def test_a_level_measured_against_its_plan_is_a_result_among_targets(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A level given as a share of its plan is the result measured against it.
        (
            "Huyện đề ra 12 chỉ tiêu năm 2024; thu ngân sách đạt 520 tỷ đồng, bằng 105% dự toán.",
            [(12, "target"), (520, "actual")],
        ),
        # A rise on the year before is no share of a plan: the target stands.
        (
            "Theo kế hoạch, năm 2024 thu ngân sách 520 tỷ đồng, bằng 105% so với năm 2023.",
            [(520, "target")],
        ),
    ],
)
def test_a_share_of_its_plan_is_a_result_whatever_target_word_came_before(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # After targets, the time spent carrying them out opens a report on results.
        (
            "Nghị quyết đề ra mục tiêu đến năm 2025 có 80 xã đạt chuẩn nông thôn mới. "
            "Sau 3 năm thực hiện, toàn tỉnh có 50 xã đạt chuẩn.",
            [(80, "target"), (50, "actual")],
        ),
    ],
)
def test_the_time_spent_carrying_targets_out_opens_results(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert [(f.value, f.kind) for f in extract_figures(sentence, year=2023)] == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A forecast opening its sentence forecasts all of it, "đã" clauses too.
        (
            "Dự kiến đến cuối năm 2024, toàn tỉnh đã giải ngân 95% kế hoạch vốn, trồng "
            "1.200 ha rừng.",
            [(None, "estimate"), (1200, "estimate")],
        ),
    ],
)
def test_a_forecast_opening_its_sentence_estimates_all_of_it(
    sentence: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert _kinds(sentence) == kinds
