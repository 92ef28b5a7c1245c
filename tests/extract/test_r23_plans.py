"""Probe sentences for the twenty-third round's helper on real plans and reviews (plans):
constructions read wrong on People's Council, Party committee and department reports the
extractor had never met, written anew in several wordings, with near misses that must
keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import Kinds, comparisons_read, kinds_read, name_read

# By how much a result passed its basis, the number before the basis: "vượt 204,4 tấn so
# với kế hoạch" is a gap, no figure; the level before it keeps the comparisons after it.
_GAP_BEFORE_BASIS = [
    ("Sản lượng lương thực ước đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng "
     "99,6% so với năm trước.",
     [(40869.6, "tấn", [("previous", "ratio", 99.6)])]),
    ("Mỗi năm trồng mới được 34,5 ha chè (vượt 24,5 ha so với chỉ tiêu Nghị quyết).",
     [(34.5, "ha", [])]),
    ("Thu ngân sách đạt 1.250 tỷ đồng, vượt hơn 150 tỷ đồng so với dự toán, tăng 8% so với "
     "cùng kỳ.",
     [(1250, "tỷ đồng", [("same_period", "change", 8)])]),
    ("Kim ngạch xuất khẩu đạt 420 triệu USD, vượt 35 triệu USD so với năm 2022.",
     [(420, "triệu usd", [])]),
    ("Diện tích trồng rừng tập trung đạt 1.120 ha (vượt 120 ha so với kế hoạch năm).",
     [(1120, "ha", [])]),
]  # fmt: skip
# Near misses: a level passed with no basis after it stays a figure, at least; targets
# passed are counted; a share passed is a comparison.
_NOT_GAP = [
    ("Tổng chi ngân sách năm 2023 vượt 12.000 tỷ đồng.", [(12000, "tỷ đồng", [])]),
    ("Toàn huyện đạt và vượt 15 chỉ tiêu so với năm trước.", [(15, "chỉ tiêu", [])]),
    ("Thu ngân sách đạt 980 tỷ đồng, vượt 12% so với dự toán.",
     [(980, "tỷ đồng", [("budget", "change", 12)])]),
    ("Sản lượng thủy sản vượt 5.000 tấn, tăng 4% so với cùng kỳ.",
     [(5000, "tấn", [("same_period", "change", 4)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _GAP_BEFORE_BASIS + _NOT_GAP)
def test_a_sum_passed_over_a_basis_named_after_it_is_a_gap_not_a_level(
    text: str, expected: list[tuple[float, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2023) == expected


# A plan's list: the act adopted "với các mục tiêu chính:" heads targets as a label of the
# plan does, and an item "dự kiến" (foreseen) in it is one of the plan's levels, a target;
# the items after it stay targets.
_PLANNED_LIST = [
    ("Hội nghị thông qua nghị quyết năm 2024 với các mục tiêu chính: thu ngân sách đạt 300 "
     "tỷ đồng; tổng vốn đầu tư dự kiến đạt 4.380 tỷ đồng; tỷ lệ bao phủ bảo hiểm y tế đạt "
     "97%; kết nạp 55 đảng viên mới.",
     [(300, "target"), (4380, "target"), (97, "target"), (55, "target")]),
    ("Các chỉ tiêu chủ yếu năm 2025: tổng vốn đầu tư toàn xã hội dự kiến đạt 5.000 tỷ đồng; "
     "tỷ lệ hộ nghèo giảm 1,5%; kết nạp 120 đảng viên mới.",
     [(5000, "target"), (1.5, "target"), (120, "target")]),
    ("HĐND huyện ban hành nghị quyết với những chỉ tiêu cụ thể: tổng giá trị sản xuất dự "
     "kiến 9.500 tỷ đồng; thu nhập bình quân đầu người đạt 65 triệu đồng; tỷ lệ che phủ rừng "
     "đạt 46%.",
     [(9500, "target"), (65, "target"), (46, "target")]),
    ("Kế hoạch năm 2025 của huyện gồm: thu ngân sách 420 tỷ đồng; số khách du lịch dự kiến "
     "đạt 1,2 triệu lượt; tỷ lệ hộ nghèo giảm 1,2%.",
     [(420, "target"), (1.2, "target"), (1.2, "target")]),
]  # fmt: skip
# Near misses: "dự kiến" with no plan heading it is a forecast; a label of results, or a
# "với" that brings results, heads no targets.
_NOT_PLANNED_LIST = [
    ("Năm 2024, thu ngân sách dự kiến đạt 500 tỷ đồng; tỷ lệ bao phủ bảo hiểm y tế đạt 95%.",
     [(500, "estimate"), (95, "actual")]),
    ("Kết quả thực hiện các chỉ tiêu năm 2024: thu ngân sách ước đạt 480 tỷ đồng; vốn đầu "
     "tư dự kiến đạt 4.100 tỷ đồng.",
     [(480, "estimate"), (4100, "estimate")]),
    ("Huyện khép lại năm 2023 với các chỉ tiêu đạt khá: thu ngân sách đạt 320 tỷ đồng; kết "
     "nạp 80 đảng viên mới.",
     [(320, "actual"), (80, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _PLANNED_LIST + _NOT_PLANNED_LIST)
def test_a_plan_list_heading_makes_its_foreseen_items_and_those_after_them_targets(
    text: str, expected: Kinds
) -> None:
    assert kinds_read(text) == expected


# A share followed by the part it is of names the rate of that part, also past a "trở lên"
# that bounds the share, and after an average over the years with "có" ("Bình quân hàng
# năm có 84,2% chi bộ ...").
_RATE_OF_PART = [
    ("Năm 2023, kết nạp 55 đảng viên mới; 90% trở lên tổ chức cơ sở đảng hoàn thành tốt "
     "nhiệm vụ.", 90, "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
    ("Phấn đấu hằng năm có 85% trở lên đảng viên hoàn thành tốt nhiệm vụ.", 85,
     "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"),
    ("Bình quân hàng năm có 84,2% chi bộ hoàn thành tốt nhiệm vụ trở lên.", 84.2,
     "tỷ lệ chi bộ hoàn thành tốt nhiệm vụ"),
    ("Trung bình mỗi năm có 78% hộ gia đình đạt danh hiệu gia đình văn hóa.", 78,
     "tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa"),
]  # fmt: skip
# Near misses: a share closed by a comma, or followed by its basis or its time, keeps the
# name of its subject.
_NOT_RATE_OF_PART = [
    ("Tỷ lệ giải ngân đạt 90% trở lên, tổ chức cơ sở đảng hoàn thành nhiệm vụ.", 90,
     "Tỷ lệ giải ngân"),
    ("Tỷ lệ che phủ rừng đạt 45% trở lên vào năm 2025.", 45, "Tỷ lệ che phủ rừng"),
    ("Thu ngân sách tăng 10% trở lên so với năm 2023.", 10, "tốc độ tăng thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RATE_OF_PART + _NOT_RATE_OF_PART)
def test_a_share_names_the_part_it_is_of_past_its_bound_and_after_an_average(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Counts of targets: those drawn up or proposed are targets ("Huyện ủy xây dựng 17 chỉ tiêu
# chủ yếu"); a tally foreseen by the verb of an estimate before it is an estimate
# ("ước thực hiện có 7/10 chỉ tiêu ...", "cả năm ước đạt 12/14 chỉ tiêu").
_TARGET_COUNTS = [
    ("Trên cơ sở rà soát kết quả nhiệm kỳ 2015-2020, Huyện ủy xây dựng 17 chỉ tiêu chủ yếu "
     "cho nhiệm kỳ 2020-2025.", [(17, "target")]),
    ("Ban Thường vụ đề xuất 20 chỉ tiêu cho nhiệm kỳ mới.", [(20, "target")]),
    ("Theo dự thảo báo cáo, ước thực hiện có 7/10 chỉ tiêu kinh tế tăng trưởng cao hơn kế "
     "hoạch.", [(7, "estimate")]),
    ("Năm 2024 ước thực hiện có 15/18 chỉ tiêu đạt và vượt kế hoạch.", [(15, "estimate")]),
    ("Cả năm ước đạt 12/14 chỉ tiêu.", [(12, "estimate")]),
]  # fmt: skip
# Near misses: a tally said plainly is a result; so is a count of things built.
_NOT_TARGET_COUNTS = [
    ("Năm 2024 có 12/14 chỉ tiêu đạt kế hoạch.", [(12, "actual")]),
    ("Năm 2023 huyện thực hiện được 20/22 chỉ tiêu.", [(20, "actual")]),
    ("Toàn huyện xây dựng 17 nhà văn hóa.", [(17, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _TARGET_COUNTS + _NOT_TARGET_COUNTS)
def test_a_count_of_targets_drawn_up_is_a_target_and_one_foreseen_an_estimate(
    text: str, expected: Kinds
) -> None:
    assert kinds_read(text) == expected


# A clause after a semicolon that opens on now ("hiện", "hiện nay", "đến nay") states where
# things stand at the time of writing, and one whose place adds to its count ("toàn huyện
# có thêm") acts on its own: neither shares the estimate of the clause before.
_OWN_STATEMENT = [
    ("Năm 2020, thu nhập bình quân đầu người ước đạt 41,1 triệu đồng; hiện tỷ lệ hộ nghèo "
     "chỉ còn 0,4%.", [(41.1, "estimate"), (0.4, "actual")]),
    ("Năm 2023, sản lượng lương thực ước đạt 41.000 tấn; hiện tổng đàn trâu 3.500 con.",
     [(41000, "estimate"), (3500, "actual")]),
    ("Năm 2022, GRDP bình quân đầu người ước đạt 60 triệu đồng; hiện nay tỷ lệ lao động qua "
     "đào tạo 68%.", [(60, "estimate"), (68, "actual")]),
    ("Dự kiến đến cuối năm có thêm 1 xã được công nhận đạt chuẩn; toàn huyện có thêm 4 sản "
     "phẩm đạt OCOP 3 sao.", [(1, "estimate"), (4, "actual")]),
    ("Năm 2024, giá trị sản xuất ước đạt 5.000 tỷ đồng; toàn tỉnh có thêm 12 hợp tác xã.",
     [(5000, "estimate"), (12, "actual")]),
]  # fmt: skip
# Near misses: the parts of the estimate after "trong đó", and the items of its own list
# after a comma, share it.
_NOT_OWN_STATEMENT = [
    ("Năm 2024, giá trị sản xuất ước đạt 5.000 tỷ đồng; trong đó nông nghiệp 1.200 tỷ "
     "đồng, hiện chiếm 24%.", [(5000, "estimate"), (1200, "estimate"), (24, "estimate")]),
    ("Năm 2024, thu ngân sách ước đạt 320 tỷ đồng, tỷ lệ hộ nghèo còn 2,1%.",
     [(320, "estimate"), (2.1, "estimate")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _OWN_STATEMENT + _NOT_OWN_STATEMENT)
def test_a_clause_of_now_or_of_a_place_adding_to_its_count_keeps_no_estimate_before_it(
    text: str, expected: Kinds
) -> None:
    assert kinds_read(text) == expected


# A rise followed by a gap in per cent against a plan's or another time's rise ("giảm 4,6%
# (cao hơn 3,1% so với Nghị quyết)") is a rate, a level, and the basis is the gap's only.
_RATE_GAP = [
    ("Tỷ lệ hộ nghèo giảm chỉ còn 6,95%, trung bình mỗi năm giảm 4,6% (cao hơn 3,1% so với "
     "Nghị quyết).", [(6.95, "%", []), (4.6, "%", [("plan", "change", 3.1)])]),
    ("Năm 2023, GRDP tăng 7,5%, cao hơn 0,5% so với kế hoạch.",
     [(7.5, "%", [("plan", "change", 0.5)])]),
    ("Thu ngân sách bình quân mỗi năm tăng 12% (thấp hơn 2% so với chỉ tiêu Nghị quyết).",
     [(12, "%", [("plan", "change", -2)])]),
    ("Năm 2023, kim ngạch xuất khẩu tăng 9,2%, thấp hơn 1,3% so với năm 2022.",
     [(9.2, "%", [("previous", "change", -1.3)])]),
]  # fmt: skip
# Near misses: a gap against a whole of the same time ranks the rise; a rise with a basis
# of its own keeps it.
_NOT_RATE_GAP = [
    ("Năm 2023, GRDP tăng 7,5%, cao hơn 0,5% so với bình quân cả nước.",
     [(None, "%", [("previous", "change", 7.5), ("other", "change", 0.5)])]),
    ("Năm 2023, kim ngạch xuất khẩu tăng 9,2% so với năm 2022, cao hơn 1,3% so với kế hoạch.",
     [(None, "%", [("previous", "change", 9.2), ("plan", "change", 1.3)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _RATE_GAP + _NOT_RATE_GAP)
def test_a_rise_set_against_a_plan_or_time_by_a_gap_in_per_cent_is_a_rate(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2023) == expected


# A rate of growth after a comma with no subject of its own ("..., tăng bình quân hơn
# 10%/năm", "..., bình quân mỗi năm tăng 12%") grows the measure its clause named, also
# when that measure was stated by a comparison alone.
_GROWTH_OF_CLAUSE = [
    ("Tổng thu ngân sách Nhà nước tăng hơn 61% so với chỉ tiêu Nghị quyết, tăng bình quân "
     "hơn 10%/năm.", 10, "tốc độ tăng tổng thu ngân sách Nhà nước bình quân"),
    ("Thu ngân sách đạt 500 tỷ đồng, bình quân mỗi năm tăng 12%.", 12,
     "tốc độ tăng thu ngân sách bình quân"),
    ("Kim ngạch xuất khẩu vượt 15% so với kế hoạch, tăng bình quân 8,5%/năm.", 8.5,
     "tốc độ tăng kim ngạch xuất khẩu bình quân"),
    ("Số doanh nghiệp thành lập mới tăng 20% so với nhiệm kỳ trước, bình quân mỗi năm tăng "
     "4%.", 4, "tốc độ tăng số doanh nghiệp thành lập mới bình quân"),
]  # fmt: skip
# Near misses: after a rate, or after a multiple (no figure), nothing is named for it.
_NOT_GROWTH_OF_CLAUSE = [
    ("Tỷ lệ hộ nghèo giảm còn 3%, tăng bình quân 1%.", 1, "tăng bình quân"),
    ("Thu ngân sách tăng bình quân 12%/năm.", 12, "tốc độ tăng thu ngân sách bình quân"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _GROWTH_OF_CLAUSE + _NOT_GROWTH_OF_CLAUSE)
def test_a_bare_rate_of_growth_grows_the_measure_its_clause_named(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "được" after a verb reports what was done, unless an aim governs the verb with no break
# between ("phấn đấu xây dựng được 3 xóm"): then the number is the level aimed at.
_AIMED_DONE = [
    ("Năm 2025, huyện phấn đấu xây dựng được 3 xóm đạt chuẩn nông thôn mới kiểu mẫu.",
     [(3, "target")]),
    ("Năm 2025, tỉnh quyết tâm thu hút được 20 dự án đầu tư.", [(20, "target")]),
    ("Năm 2025, ngành y tế phấn đấu tiêm chủng được cho 98% trẻ em dưới 1 tuổi.",
     [(98, "target")]),
    ("Năm 2025, toàn tỉnh phấn đấu trồng được 5.000 ha rừng tập trung.", [(5000, "target")]),
    ("Năm 2025, huyện phấn đấu giảm được 250 hộ nghèo.", [(250, "target")]),
]  # fmt: skip
# Near misses: a comma breaks the aim's reach; a plan named as a basis governs no verb;
# an estimate keeps governing as before.
_NOT_AIMED_DONE = [
    ("Năm 2023, huyện đã phấn đấu vượt khó, xây dựng được 3 xóm đạt chuẩn.", [(3, "actual")]),
    ("So với kế hoạch, huyện xây dựng được 3 xóm đạt chuẩn.", [(3, "actual")]),
    ("Dự ước đến ngày 30-6 toàn thị xã gieo trồng được 8.871,5 ha.", [(8871.5, "estimate")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _AIMED_DONE + _NOT_AIMED_DONE)
def test_a_verb_with_duoc_governed_by_an_aim_states_a_target(text: str, expected: Kinds) -> None:
    assert kinds_read(text) == expected


# An act after a comma with no subject of its own, right before its number, measures that
# number alone; the act before it, with its own object, is no part of the name.
_ACT_AFTER_ACT = [
    ("Năm 2025, huyện phấn đấu nâng cao chất lượng các tiêu chí, xây dựng 3 xóm đạt chuẩn "
     "nông thôn mới kiểu mẫu.", 3, "xây dựng xóm đạt chuẩn nông thôn mới kiểu mẫu"),
    ("Năm 2024, tỉnh đẩy mạnh cải cách hành chính, thu hút 25 dự án đầu tư mới.", 25,
     "thu hút dự án đầu tư mới"),
    ("Năm 2024, huyện chú trọng phát triển giao thông, cứng hóa 35 km đường giao thông nông "
     "thôn.", 35, "cứng hóa đường giao thông nông thôn"),
]  # fmt: skip
# Near misses: verbs that share the object, and a sector named in a list, stay in the name.
_NOT_ACT_AFTER_ACT = [
    ("Năm 2023, tỉnh hỗ trợ xây mới, sửa chữa 3.446 căn nhà cho hộ nghèo.", 3446,
     "hỗ trợ xây mới, sửa chữa căn nhà cho hộ nghèo"),
    ("9 tháng, huyện nâng cấp, sửa chữa 29 tuyến đường giao thông.", 29,
     "nâng cấp, sửa chữa tuyến đường giao thông"),
    ("Trong đó, công nghiệp, xây dựng 40.959 tỷ đồng.", 40959, "công nghiệp, xây dựng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ACT_AFTER_ACT + _NOT_ACT_AFTER_ACT)
def test_an_act_after_a_comma_measures_its_number_without_the_act_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# The whole a tally of targets is taken out of stays the set laid down, a target, under a
# topic or label of results too ("Về các chỉ tiêu môi trường, trong tổng số 6 chỉ tiêu, còn
# 1 chỉ tiêu chưa đạt"); the counts of the tally are results.
_WHOLE_UNDER_RESULTS = [
    ("Về tổng thể, các chỉ tiêu chính đều đạt và vượt kế hoạch: trong tổng số 44 chỉ tiêu, "
     "có 39 chỉ tiêu đạt và vượt kế hoạch đề ra.", [(44, "target"), (39, "actual")]),
    ("Về chỉ tiêu kinh tế, trong 10 chỉ tiêu, 8 chỉ tiêu vượt kế hoạch.",
     [(10, "target"), (8, "actual")]),
    ("Về các chỉ tiêu môi trường, trong tổng số 6 chỉ tiêu, còn 1 chỉ tiêu chưa đạt.",
     [(6, "target"), (1, "actual")]),
    ("Về các chỉ tiêu xã hội, trong 12 chỉ tiêu có 10 chỉ tiêu đạt.",
     [(12, "target"), (10, "actual")]),
]  # fmt: skip
# Near miss: a level under a topic of results is a result, as before.
_NOT_WHOLE_UNDER_RESULTS = [
    ("Về các chỉ tiêu xã hội, tỷ lệ hộ nghèo giảm còn 2,1%; có 10 chỉ tiêu đạt.",
     [(2.1, "actual"), (10, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _WHOLE_UNDER_RESULTS + _NOT_WHOLE_UNDER_RESULTS)
def test_the_whole_of_a_tally_of_targets_stays_a_target_under_a_label_of_results(
    text: str, expected: Kinds
) -> None:
    assert kinds_read(text) == expected
