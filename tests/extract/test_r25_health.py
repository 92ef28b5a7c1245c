"""Probe sentences for the twenty-fifth round's health helper (health): health, population,
environment and natural-resources figures read from provincial and national reports.

Each table holds wordings written for these tests (in the style of such reports) and near
misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import Figure, extract_figures


def _one(text: str, value: float) -> Figure:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0]


# Inspection and violation reports count offenders, provinces, gangs and forces as one group
# named by two nouns joined by a comma: the count's unit is the pair.
_PAIRS = [
    ("Qua thanh tra, đã xử phạt vi phạm hành chính 544 tổ chức, cá nhân với số tiền 38 tỷ đồng.",
     544, "tổ chức, cá nhân"),
    ("Cơ quan chức năng phát hiện 139 tổ chức, cá nhân vi phạm trong khai thác khoáng sản.",
     139, "tổ chức, cá nhân"),
    ("Trong 6 tháng, có 60/63 tỉnh, thành chi vượt quỹ khám chữa bệnh được sử dụng.",
     60, "tỉnh, thành"),
    ("Lực lượng công an đã triệt phá 12 băng, nhóm tội phạm hoạt động theo kiểu xã hội đen.",
     12, "băng, nhóm"),
    ("Bộ đội biên phòng huy động 350 cán bộ, chiến sĩ giúp dân khắc phục hậu quả lũ.",
     350, "cán bộ, chiến sĩ"),
]  # fmt: skip
# Near misses: a second count, a name, or a noun outside the pairs goes on to something else.
_NOT_PAIRS = [
    ("Đã xử phạt 20 tổ chức, 35 cá nhân vi phạm về môi trường.", 20, "tổ chức"),
    ("Đoàn công tác làm việc tại 3 tỉnh, thành phố Huế và Đà Nẵng.", 3, "tỉnh"),
    ("Toàn tỉnh có 63 tỉnh, thành phố tham gia hội thao.", 63, "tỉnh, thành phố"),
    ("Hội nghị có 120 cán bộ, trong đó 45 cán bộ nữ.", 120, "cán bộ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _PAIRS + _NOT_PAIRS)
def test_two_nouns_joined_by_a_comma_count_one_group_and_other_lists_do_not(
    text: str, value: float, unit: str
) -> None:
    assert _one(text, value).unit == unit


# "bình quân" before a round population says whom a count is given for: no figure of its
# own, and the count is named per that population.
_PER_POPULATION = [
    ("Năm 2022, số bác sỹ bình quân 1 vạn dân là 15 người.", 15),
    ("Số giường bệnh bình quân 1 vạn dân năm 2023 đạt 32,5 giường.", 32.5),
    ("Bình quân 10.000 dân có 28 giường bệnh.", 28),
    ("Tính bình quân 100.000 dân có 4,1 người nhiễm HIV được phát hiện.", 4.1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _PER_POPULATION)
def test_a_round_population_after_binh_quan_is_no_figure(text: str, value: float) -> None:
    values = [f.value for f in extract_figures(text)]
    assert values == [value], values


def test_a_count_per_ten_thousand_people_is_named_so() -> None:
    figure = _one("Bình quân 10.000 dân có 28 giường bệnh.", 28)
    assert figure.indicator == "số giường bệnh trên 10.000 dân"


# Near misses: a population that is itself the level, or not round, stays a figure.
_POPULATIONS = [
    ("Dân số bình quân năm 2023 là 1.250.000 người.", 1250000),
    ("Thu nhập bình quân 75 triệu đồng/người/năm.", 75),
    ("Xã có quy mô bình quân 8.500 dân.", 8500),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _POPULATIONS)
def test_a_population_that_is_the_level_stays_a_figure(text: str, value: float) -> None:
    assert _one(text, value).value == value


# A sex ratio is written as one sex per hundred of the other: the unit holds both.
_SEX_RATIOS = [
    ("Tỷ số giới tính khi sinh là 109,4 bé trai/100 bé gái.", 109.4, "bé trai/100 bé gái"),
    ("Năm 2023, tỷ số giới tính khi sinh ở mức 110,5 trẻ trai/100 trẻ gái.", 110.5,
     "trẻ trai/100 trẻ gái"),
    ("Tỷ số giới tính của dân số là 96,1 nam/100 nữ.", 96.1, "nam/100 nữ"),
    # near misses: the rates per population keep their reading
    ("Năm 2025, cả nước đạt 15 bác sỹ/10.000 dân.", 15, "bác sỹ/10.000 dân"),
    ("Số thuê bao internet đạt 85 thuê bao/100 dân.", 85, "thuê bao/100 dân"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _SEX_RATIOS)
def test_a_sex_ratio_keeps_its_denominator_in_the_unit(text: str, value: float, unit: str) -> None:
    assert _one(text, value).unit == unit


# The money of an act said with its object before the count ("xử phạt vi phạm hành chính",
# "ra quyết định xử phạt") is named by the whole act, where the count's own name holds it.
_MONEY_OF_ACTS = [
    ("Trong 6 tháng, Sở đã xử phạt vi phạm hành chính 544 tổ chức, cá nhân với tổng số tiền "
     "trên 38 tỷ đồng.", 38, "tổng số tiền xử phạt vi phạm hành chính"),
    ("Công an huyện đã ra quyết định xử phạt vi phạm hành chính 139 tổ chức với tổng số tiền "
     "3,802 tỷ đồng.", 3.802, "tổng số tiền ra quyết định xử phạt vi phạm hành chính"),
    ("Đội quản lý thị trường đã xử phạt hành chính 12 cơ sở kinh doanh với số tiền 45 triệu "
     "đồng.", 45, "số tiền xử phạt hành chính"),
    # near misses: a short act, and an actor before it, keep their reading
    ("Ủy ban MTTQ huyện trao 776 phần quà với tổng trị giá 390 triệu đồng.", 390,
     "tổng trị giá trao phần quà"),
    ("Ngân hàng chính sách đã cho vay 320 hộ với tổng số tiền 12 tỷ đồng.", 12,
     "tổng số tiền cho vay hộ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MONEY_OF_ACTS)
def test_the_money_of_a_long_act_is_named_by_the_whole_act(
    text: str, value: float, name: str
) -> None:
    assert _one(text, value).indicator.startswith(name)


# A rate moved in points against two times, each named after its own "so với", holds both
# changes; a second clause that is no gap in points adds none.
_TWO_GAPS = [
    ("Năm 2024, tỷ lệ hộ dùng nước hợp vệ sinh là 98,7%, tăng 0,1 điểm phần trăm so với năm "
     "2023 và tăng 5,7 điểm phần trăm so với năm 2014.", 98.7,
     [("previous", 0.1), ("previous", 5.7)]),
    ("Tỷ lệ hộ nghèo còn 2,5%, giảm 0,8 điểm phần trăm so với năm 2023, giảm 4,2 điểm phần "
     "trăm so với năm 2020.", 2.5, [("previous", -0.8), ("previous", -4.2)]),
    ("Tỷ lệ lao động qua đào tạo đạt 70,5%, tăng 1,5 điểm phần trăm so với cùng kỳ và vượt "
     "0,5 điểm phần trăm so với kế hoạch.", 70.5, [("same_period", 1.5), ("plan", 0.5)]),
    # near misses
    ("Tỷ lệ hộ nghèo còn 4,4%, giảm 0,4 điểm phần trăm so với năm 2020.", 4.4,
     [("previous", -0.4)]),
    ("Tỷ lệ đô thị hóa đạt 45%, tăng 1,2 điểm phần trăm so với năm trước và cao hơn mức bình "
     "quân cả nước.", 45, [("previous", 1.2)]),
    ("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%.", 3.4,
     [("previous", -1.2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "changes"), _TWO_GAPS)
def test_each_gap_in_points_with_its_own_basis_is_a_change_of_the_rate(
    text: str, value: float, changes: list[tuple[str, float]]
) -> None:
    figure = _one(text, value)
    got = [(c.basis, c.percent) for c in figure.comparisons if c.measure == "change"]
    assert got == changes


# A range whose top is opened by a bound word ("đến trên", "đến hơn", "đến gần") is one range.
_OPEN_TOPS = [
    ("Các tỉnh đã cấp giấy chứng nhận lần đầu đạt từ 86% đến trên 99% diện tích.", 86, 99, "%"),
    ("Giá lúa dao động từ 7.000 đến hơn 8.000 đồng/kg.", 7000, 8000, "đồng/kg"),
    ("Năng suất lúa đạt từ 60 đến gần 70 tạ/ha.", 60, 70, "tạ/ha"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "low", "high", "unit"), _OPEN_TOPS)
def test_a_range_whose_top_opens_with_a_bound_word_is_one_range(
    text: str, low: float, high: float, unit: str
) -> None:
    figures = extract_figures(text)
    assert [(f.value, f.value_max, f.unit) for f in figures] == [(low, high, unit)]


# Near misses: a span of years before a count, and a fall to a bounded level, stay apart.
_NOT_RANGES = [
    ("Từ năm 2015 đến hơn 2.000 hộ đã thoát nghèo.", [(2000, None)]),
    ("Tỷ lệ hộ nghèo giảm từ 12% xuống còn dưới 5%.", [(12, None), (5, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _NOT_RANGES)
def test_a_bound_word_after_another_join_opens_no_range(
    text: str, values: list[tuple[float, float | None]]
) -> None:
    assert [(f.value, f.value_max) for f in extract_figures(text)] == values


# "trở lên" / "trở xuống" inside a name bounds a class ("có trình độ đại học trở lên", "con
# thứ 3 trở lên"): the name keeps both words, where a bare "lên"/"xuống" is a predicate's.
_CLASS_BOUNDS = [
    ("Số bác sĩ có trình độ đại học trở lên là hơn 950 người.", 950,
     "Số bác sĩ có trình độ đại học trở lên"),
    ("Tỷ lệ sinh con thứ 3 trở lên là 12,5%.", 12.5, "Tỷ lệ sinh con thứ 3 trở lên"),
    ("Số xã đạt từ 15 tiêu chí trở lên là 20 xã.", 20, "Số xã đạt từ 15 tiêu chí trở lên"),
    ("Số hộ có mức sống trung bình trở xuống là 1.200 hộ.", 1200,
     "Số hộ có mức sống trung bình trở xuống"),
    # near misses: the predicate's "lên", "xuống" still go
    ("Giá trị sản xuất tăng lên 1.200 tỷ đồng.", 1200, "Giá trị sản xuất"),
    ("Tỷ lệ hộ nghèo giảm xuống 2,1%.", 2.1, "Tỷ lệ hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _CLASS_BOUNDS)
def test_a_class_bounded_by_tro_len_keeps_both_words_in_its_name(
    text: str, value: float, name: str
) -> None:
    assert _one(text, value).indicator == name


# "chỉ tiêu môi trường" is the third group of a plan's targets, beside "chỉ tiêu kinh tế" and
# "chỉ tiêu xã hội": a list it heads lists targets; said to be met, it heads results.
_ENVIRONMENT_TARGETS = [
    ("Nghị quyết nêu các chỉ tiêu môi trường chủ yếu cho giai đoạn 2026-2030 như sau: tỷ lệ "
     "che phủ rừng giữ ổn định ở mức 42%; tỷ lệ chất thải rắn được thu gom đạt 95%.", 42,
     "target"),
    ("Nghị quyết đề cập các chỉ tiêu môi trường cho giai đoạn tới: tỷ lệ che phủ rừng 42%.", 42,
     "target"),
    ("Chương trình hành động nêu rõ chỉ tiêu môi trường: 100% chất thải y tế được xử lý.", 100,
     "target"),
    # near misses: the group said to be met, or counted, heads results
    ("Năm 2024, các chỉ tiêu môi trường đều đạt và vượt: tỷ lệ che phủ rừng đạt 42%.", 42,
     "actual"),
    ("Năm 2024, các chỉ tiêu môi trường cơ bản hoàn thành, tỷ lệ che phủ rừng đạt 42%.", 42,
     "actual"),
    ("Năm 2024, 3/3 chỉ tiêu môi trường đạt kế hoạch; tỷ lệ che phủ rừng đạt 42%.", 42,
     "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), _ENVIRONMENT_TARGETS)
def test_the_environment_targets_head_a_list_of_targets_as_the_other_groups_do(
    text: str, value: float, kind: str
) -> None:
    assert _one(text, value).kind == kind


# An aim joined by "và" to the one before, whose change names its own object after the
# percentage ("giảm 1,5% số trường hợp …"), is an aim of its own, not the change of the
# figure before it.
_JOINED_AIMS = [
    ("Năm 2013, Chi cục đặt mục tiêu giảm mức sinh 0,25‰ và giảm 1,5% số trường hợp sinh "
     "con thứ 3 trở lên.", 0.25, 1.5),
    ("Năm 2025, huyện phấn đấu trồng mới 500 ha rừng và giảm 10% số vụ cháy rừng.", 500, 10),
    ("Kế hoạch năm 2025 đặt mục tiêu thu gom 95% chất thải rắn và tăng 20% lượng rác được "
     "tái chế.", 95, 20),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first", "second"), _JOINED_AIMS)
def test_an_aim_joined_by_va_with_its_own_object_is_a_target_of_its_own(
    text: str, first: float, second: float
) -> None:
    assert _one(text, first).comparisons == []
    aim = _one(text, second)
    assert (aim.unit, aim.kind, aim.comparisons) == ("%", "target", [])


# Near misses: a rise with no object, or said of a result, stays the figure's change.
_JOINED_RISES = [
    ("Phấn đấu năm 2025 thu ngân sách đạt 500 tỷ đồng và tăng 10%.", 500, 10),
    ("Phấn đấu năm 2025 thu ngân sách đạt 500 tỷ đồng và tăng 10% so với năm 2024.", 500, 10),
    ("Tỉnh đã thu gom 1.200 tấn rác thải và tăng 15% lượng rác được xử lý.", 1200, 15),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "rise"), _JOINED_RISES)
def test_a_rise_joined_by_va_without_an_aim_of_its_own_stays_the_change(
    text: str, value: float, rise: float
) -> None:
    assert [c.percent for c in _one(text, value).comparisons] == [rise]


# "ước" right after the things counted says they are estimated to do what follows: the count
# is an estimate, as an aim there ("14 xã phấn đấu đạt chuẩn") makes it a target.
_ESTIMATED_COUNTS = [
    ("Năm 2024, toàn tỉnh có 45 xã ước đạt chuẩn nông thôn mới.", 45, "estimate"),
    ("Trong 6 tháng, có 13 tỉnh ước bội chi quỹ bảo hiểm y tế.", 13, "estimate"),
    ("Năm 2023, có 120 doanh nghiệp ước hoàn thành kế hoạch nộp thuế.", 120, "estimate"),
    ("Năm 2024, 1.200 hộ ước thoát nghèo.", 1200, "estimate"),
    # near misses: a result, a word that holds the letters ("nước"), an aim, an obligation
    ("Năm 2024, có 45 xã được công nhận đạt chuẩn nông thôn mới.", 45, "actual"),
    ("Năm 2024, có 300 hộ được cấp nước sạch.", 300, "actual"),
    ("Năm 2021 tỉnh có 14 xã phấn đấu đạt chuẩn.", 14, "target"),
    ("Có 35 hộ phải di dời khẩn cấp.", 35, "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), _ESTIMATED_COUNTS)
def test_uoc_right_after_the_things_counted_makes_the_count_an_estimate(
    text: str, value: float, kind: str
) -> None:
    assert _one(text, value).kind == kind


# A share reached ("đạt 97,5% diện tích cần cấp") is a result: the need after its noun says
# which area or which people it is a share of, and aims at nothing.
_NEEDS_OF_SHARES = [
    ("Đến nay, việc cấp giấy chứng nhận lần đầu đạt 97,5% diện tích cần cấp.", 97.5, "actual"),
    ("Năm 2023, tỷ lệ tiêm chủng mở rộng đạt 95% số trẻ cần tiêm.", 95, "actual"),
    ("Chương trình đã hỗ trợ đạt 88% số hộ cần hỗ trợ về nhà ở.", 88, "actual"),
    # near misses: a need said of the things themselves, or an aim before the share
    ("Năm 2024, 100% hộ dân cần được tuyên truyền về phòng chống dịch.", 100, "target"),
    ("Có 300 hộ cần di dời khẩn cấp.", 300, "target"),
    ("Tỷ lệ hộ dùng nước sạch phấn đấu đạt 95% hộ dân sẽ được cấp nước.", 95, "target"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), _NEEDS_OF_SHARES)
def test_a_need_after_the_noun_of_a_share_reached_aims_at_nothing(
    text: str, value: float, kind: str
) -> None:
    assert _one(text, value).kind == kind
