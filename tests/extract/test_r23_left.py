"""Probe sentences for the twenty-third round's helper on constructions the round's other
helpers noticed and left: each with wordings of the helper's own and near misses that must
keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import Kinds, comparisons_read, kinds_read, name_read, period_read

# "trong 12 chỉ tiêu có 10 chỉ tiêu đạt" (no comma): "có" and a count of the same noun open
# the part's clause, so the whole's words end before "có"; a count of other things after
# "có" stays in what is counted ("3 xã có 19 tiêu chí đạt chuẩn").
_WHOLE_BEFORE_HAS = [
    ("Năm 2024, trong 12 chỉ tiêu có 10 chỉ tiêu đạt và vượt kế hoạch.", 12, "chỉ tiêu"),
    ("Trong 9 tiêu chí về môi trường có 7 tiêu chí đạt, 2 tiêu chí chưa đạt.", 9,
     "tiêu chí về môi trường"),
    ("Năm 2023, trong 30 nhiệm vụ trọng tâm có 28 nhiệm vụ hoàn thành.", 30,
     "nhiệm vụ trọng tâm"),
    ("Trong tổng số 45 xã có 40 xã đạt chuẩn nông thôn mới.", 45, "tổng số xã"),
    ("Trong tổng số 45 xã có 40 xã đạt chuẩn nông thôn mới.", 40, "xã đạt chuẩn nông thôn mới"),
    # near misses: things of another noun after "có" are what the count is of
    ("Toàn huyện có 3 xã có 19 tiêu chí đạt chuẩn.", 3, "xã có 19 tiêu chí đạt chuẩn"),
    ("Đến nay, 12 xã có 15 tiêu chí trở lên.", 12, "xã có 15 tiêu chí trở lên"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WHOLE_BEFORE_HAS)
def test_a_whole_ends_before_has_and_a_count_of_its_own_noun(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# An aim reaches past a comma to an act of the same actor with no subject of its own, "được"
# after its verb too: the level aimed at, a target.
_AIM_PAST_COMMA = [
    ("Huyện phấn đấu nâng cao chất lượng các tiêu chí, xây dựng được 2 đến 3 xóm đạt chuẩn "
     "nông thôn mới.", [(2, "target")]),
    ("Năm 2025, tỉnh phấn đấu đẩy mạnh cải cách hành chính, thu hút được 15 dự án đầu tư.",
     [(15, "target")]),
    ("Năm 2025, xã phấn đấu huy động mọi nguồn lực, cứng hóa được 12 km đường giao thông.",
     [(12, "target")]),
    ("Năm 2025, huyện phấn đấu chuyển đổi cơ cấu cây trồng, trồng mới được 300 ha cây ăn quả.",
     [(300, "target")]),
]  # fmt: skip
# Near misses: no aim, a semicolon and a time between, a striving already done, another
# subject that did it.
_AIM_NOT_PAST_COMMA = [
    ("Năm 2024, huyện tập trung nâng cao chất lượng các tiêu chí, xây dựng được 3 xóm đạt "
     "chuẩn.", [(3, "actual")]),
    ("Huyện phấn đấu nâng cao chất lượng các tiêu chí; năm 2024 xây dựng được 3 xóm đạt chuẩn.",
     [(3, "actual")]),
    ("Năm 2023, huyện đã phấn đấu vượt khó, xây dựng được 3 xóm đạt chuẩn.", [(3, "actual")]),
    ("Năm 2024, huyện phấn đấu nâng cao chất lượng các tiêu chí, các xã đã xây dựng được 3 xóm "
     "đạt chuẩn.", [(3, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _AIM_PAST_COMMA + _AIM_NOT_PAST_COMMA)
def test_an_aim_reaches_past_a_comma_to_an_act_with_no_subject(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


def test_a_new_act_after_a_comma_keeps_mới_as_its_own_word() -> None:
    text = "Năm 2025, huyện phấn đấu chuyển đổi cơ cấu cây trồng, trồng mới được 300 ha cây ăn quả."
    assert name_read(text, 300) == "diện tích trồng mới cây ăn quả"


# "phải" after a count with a verb of a plight or its remedy says what befell the things
# counted, a report of what happened, not what they must do.
_UNDERGONE = [
    ("Do mưa lũ, có 1.200 người phải sơ tán.", [(1200, "actual")]),
    ("Năm 2024, trên địa bàn huyện có 35 hộ phải di dời khẩn cấp.", [(35, "actual")]),
    ("Bão số 3 khiến 520 hộ dân phải di dời đến nơi an toàn.", [(520, "actual")]),
    ("Đợt rét đậm làm 250 con gia súc bị chết, 40 người phải nhập viện.",
     [(250, "actual"), (40, "actual")]),
    # near misses: what must be reached or done, and a plight still ahead
    ("Năm 2025, toàn tỉnh có 14 xã phải đạt chuẩn nông thôn mới.", [(14, "target")]),
    ("Năm 2024, có 3 chỉ tiêu phải phấn đấu thêm.", [(3, "target")]),
    ("Nếu mưa lớn kéo dài, 500 hộ sẽ phải di dời.", [(500, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _UNDERGONE)
def test_what_the_things_counted_had_to_undergo_is_a_result(text: str, kinds: Kinds) -> None:
    assert kinds_read(text) == kinds


# A short stretch after a comma goes on with what is counted when a time closes it, as when
# a full stop or "và" does; the time then dates the count.
_TIMED_STRETCHES = [
    ("Đã có 24 hộ thoát nghèo, thoát cận nghèo trong năm 2023.", 24,
     "hộ thoát nghèo, thoát cận nghèo", (2023, 1, 12)),
    ("Huyện đã hỗ trợ 35 hộ xây mới, sửa chữa nhà trong năm 2023.", 35,
     "hỗ trợ hộ xây mới, sửa chữa nhà", (2023, 1, 12)),
    ("Đã có 120 học sinh, sinh viên được vay vốn trong năm 2023.", 120,
     "học sinh sinh viên được vay vốn", (2023, 1, 12)),
    ("Toàn tỉnh có 45 hợp tác xã, tổ hợp tác thành lập mới vào quý III/2023.", 45,
     "hợp tác xã tổ hợp tác thành lập mới", (2023, 7, 9)),
    # near misses: a second count after the comma is an item of its own; a time with no
    # comma before it dated the count already
    ("Năm 2023, huyện có 24 hộ thoát nghèo, 15 hộ thoát cận nghèo.", 24, "hộ thoát nghèo",
     (2023, 1, 12)),
    ("Đã có 24 hộ thoát nghèo trong năm 2023.", 24, "hộ thoát nghèo", (2023, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name", "period"), _TIMED_STRETCHES)
def test_a_stretch_after_a_comma_closed_by_a_time_is_still_counted(
    text: str, value: float, name: str, period: tuple[int, int, int]
) -> None:
    assert name_read(text, value) == name
    assert period_read(text, value, 2024) == period


# A colon inside parentheses labels the part there and breaks no clause of the sentence
# around them: a rise after ")" is the figure's before the parentheses.
_RISE_AFTER_PART = [
    ("Tổng vốn đầu tư đạt 1.500 tỷ đồng (trong đó vốn ngân sách: 800 tỷ đồng), tăng 5% so với "
     "năm 2023.",
     [(1500, "tỷ đồng", [("previous", "change", 5)]), (800, "tỷ đồng", [])]),
    ("Năm 2024, tổng đàn lợn đạt 45.000 con (trong đó lợn nái: 6.000 con), giảm 3,5% so với "
     "năm 2023.", [(45000, "con", [("previous", "change", -3.5)]), (6000, "con", [])]),
    ("Năm 2024, tổng vốn đầu tư đạt 1.500 tỷ đồng (trong đó: vốn ngân sách 800 tỷ đồng, vốn "
     "doanh nghiệp 700 tỷ đồng), tăng 5% so với năm 2023.",
     [(1500, "tỷ đồng", [("previous", "change", 5)]), (800, "tỷ đồng", []),
      (700, "tỷ đồng", [])]),
    # near misses: a part after a semicolon and a colon, with no parentheses, keeps its rise;
    # so does a part with its rise inside the parentheses
    ("Năm 2024, tổng vốn đầu tư đạt 1.500 tỷ đồng; trong đó vốn ngân sách: 800 tỷ đồng, tăng "
     "5% so với năm 2023.",
     [(1500, "tỷ đồng", []), (800, "tỷ đồng", [("previous", "change", 5)])]),
    ("Năm 2024, thu ngân sách đạt 320 tỷ đồng (trong đó thu nội địa: 250 tỷ đồng, tăng 3% so "
     "với cùng kỳ), tăng 12% so với cùng kỳ.",
     [(320, "tỷ đồng", [("same_period", "change", 12)]),
      (250, "tỷ đồng", [("same_period", "change", 3)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _RISE_AFTER_PART)
def test_a_rise_after_a_part_labelled_in_parentheses_is_the_wholes(
    text: str, rows: list[tuple[float, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# A count of targets ("17 chỉ tiêu") is named by what it counts; the plan's noun, the
# counted unit here, is no plan of the measure the sentence before named.
_COUNTED_TARGETS = [
    ("Năm 2024, tổng sản lượng lương thực đạt 45.000 tấn. Phấn đấu đạt 17 chỉ tiêu.", 17,
     "chỉ tiêu đạt"),
    ("Năm 2025, thu ngân sách đạt 500 tỷ đồng. Huyện phấn đấu đạt 17 chỉ tiêu.", 17,
     "chỉ tiêu đạt"),
    ("Năm 2024, tổng sản lượng lương thực đạt 45.000 tấn. Đạt 17 chỉ tiêu.", 17, "chỉ tiêu đạt"),
    # near miss: a level named by the plan's noun alone is the plan of the measure before
    ("Năm 2024, tỷ lệ hộ nghèo còn 4,5%, chưa đạt chỉ tiêu Nghị quyết đề ra là 4%.", 4,
     "chỉ tiêu tỷ lệ hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _COUNTED_TARGETS)
def test_a_count_of_targets_is_no_plan_of_the_measure_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A rating in stars after a count ("26 sản phẩm OCOP đạt 4 sao") is never a figure and is
# part of what is counted; so the share after it ("..., chiếm 41,26% sản phẩm cấp tỉnh") is
# of what was just counted, not of the whole named after the percentage.
_STARS_COUNTED = [
    ("Toàn huyện có 63 sản phẩm OCOP, trong đó có 26 sản phẩm đạt 4 sao, chiếm 41,26% sản "
     "phẩm cấp tỉnh.", [(26, "sản phẩm đạt 4 sao"),
                       (41.26, "tỷ trọng sản phẩm đạt 4 sao trong sản phẩm cấp tỉnh")]),
    ("Năm 2024, toàn tỉnh có 15 khách sạn đạt 3 sao, chiếm 20% tổng số khách sạn.",
     [(15, "khách sạn đạt 3 sao"), (20, "tỷ lệ khách sạn đạt 3 sao")]),
    ("Năm 2024, có 9 cơ sở lưu trú xếp hạng 4 sao, chiếm 12% cơ sở lưu trú toàn tỉnh.",
     [(9, "cơ sở lưu trú xếp hạng 4 sao"),
      (12, "tỷ trọng cơ sở lưu trú xếp hạng 4 sao trong cơ sở lưu trú toàn tỉnh")]),
    # near misses: an item named before "chiếm" has its own share; a whole after "chiếm"
    # with no level before it is the whole of the count's share
    ("Thu ngân sách đạt 500 tỷ đồng, dịch vụ 120 tỷ đồng, chiếm 24%.", [(24, "tỷ trọng dịch vụ")]),
    ("Huyện có 63 sản phẩm OCOP, chiếm 41,26% sản phẩm của tỉnh.",
     [(41.26, "tỷ trọng sản phẩm OCOP trong sản phẩm của tỉnh")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), _STARS_COUNTED)
def test_a_rating_in_stars_is_part_of_what_is_counted(
    text: str, names: list[tuple[float, str]]
) -> None:
    assert [(value, name_read(text, value)) for value, _ in names] == names
