"""Probe sentences for the twenty-fourth round's social-sectors helper (social): education,
health, labour, poverty and culture figures read from provincial and district reports.

Each table holds wordings written for these tests (in the style of such reports) and near
misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import Figure, extract_figures
from tiendo.periods import Period


def _one(text: str, value: float) -> Figure:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0]


# "Tại/Vào/Ở thời điểm <month>" or "Thời điểm <month>" opening the clause dates the figure
# itself: a point of time, not a basis of comparison.
_OWN_POINT = [
    ("Tại thời điểm tháng 6/2021, tỷ lệ thất nghiệp chung trên địa bàn tỉnh là 0,76%.",
     0.76, Period(2021, 6, 6)),
    ("Thời điểm tháng 9/2023, toàn tỉnh có 1.250 người hưởng trợ cấp thất nghiệp.",
     1250, Period(2023, 9, 9)),
    ("Vào thời điểm cuối quý II/2022, tỷ lệ lao động có việc làm đạt 97,8%.",
     97.8, Period(2022, 4, 6)),
    ("Ở thời điểm tháng 12/2024, số người tham gia bảo hiểm xã hội tự nguyện là 8.420 người.",
     8420, Period(2024, 12, 12)),
]  # fmt: skip
# Near misses: "thời điểm" after "so với", "bằng" or "cùng" names the basis, and the figure
# keeps its own time.
_BASIS_POINT = [
    ("Năm 2023, tỷ lệ thất nghiệp là 0,9%, giảm 0,2% so với thời điểm tháng 12/2022.",
     0.9, Period(2023, 1, 12)),
    ("Tháng 6/2021, số lao động có việc làm là 5.300 người, bằng thời điểm tháng 6/2020.",
     5300, Period(2021, 6, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _OWN_POINT + _BASIS_POINT)
def test_a_point_of_time_opening_the_clause_dates_the_figure_and_a_compared_one_does_not(
    text: str, value: float, period: Period
) -> None:
    assert _one(text, value).period == period


def test_the_months_after_a_point_of_time_take_its_year() -> None:
    text = (
        "Tại thời điểm tháng 6/2021, tỷ lệ thất nghiệp chung là 0,76%. Trong 6 tháng đầu năm, "
        "tỉnh giải quyết việc làm cho 12.400 lao động."
    )
    assert _one(text, 12400).period == Period(2021, 1, 6)


# A life expectancy put as a level ("tuổi thọ ... đạt/là/lên N tuổi") is a figure in
# "tuổi"; an age elsewhere stays no figure.
_LIFE = [
    ("Tuổi thọ trung bình của người dân đạt khoảng 74,8 tuổi.", 74.8, "about", "actual"),
    ("Tuổi thọ bình quân của tỉnh năm 2023 là 73,5 tuổi.", 73.5, None, "actual"),
    ("Phấn đấu nâng tuổi thọ trung bình lên 75 tuổi.", 75, None, "target"),
    ("Năm 2024, tuổi thọ bình quân của người dân ở mức 76,2 tuổi.", 76.2, None, "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "bound", "kind"), _LIFE)
def test_a_life_expectancy_put_as_a_level_is_a_figure_in_years_of_age(
    text: str, value: float, bound: str | None, kind: str
) -> None:
    figure = _one(text, value)
    assert (figure.unit, figure.bound, figure.kind) == ("tuổi", bound, kind)
    assert "tuổi thọ" in figure.indicator.lower()


_AGES = [
    "Tuổi thọ bình quân tăng 2 tuổi so với năm 2015.",
    "Có 500 người cao tuổi từ 80 tuổi trở lên được chúc thọ.",
    "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi là 12,5%.",
    "Toàn xã có 35 cụ thọ 90 tuổi, 12 cụ thọ 100 tuổi.",
]


@pytest.mark.parametrize("text", _AGES)
def test_an_age_or_a_gap_in_years_of_age_is_no_figure(text: str) -> None:
    assert all(f.unit != "tuổi" for f in extract_figures(text))


# A bare number after "Số <noun> ... là/đạt/còn", "số" opening its clause, counts that noun
# (as "Tổng số đảng viên ... lên 41.900" already did).
_BARE_COUNTED = [
    ("Năm 2023, số xã đạt chuẩn nông thôn mới là 12.", 12, "xã"),
    ("Cấp THCS có 22 trường đạt chuẩn; số trường đạt mức độ 1 là 16.", 16, "trường"),
    ("Số hộ nghèo toàn huyện giảm còn 1.200.", 1200, "hộ nghèo"),
    ("Số bác sĩ là 320, số giường bệnh là 1.450.", 1450, "giường bệnh"),
    ("Số doanh nghiệp thành lập mới trong năm đạt 120.", 120, "doanh nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _BARE_COUNTED)
def test_a_bare_number_after_a_clause_opening_so_noun_counts_that_noun(
    text: str, value: float, unit: str
) -> None:
    figure = _one(text, value)
    assert figure.unit == unit
    assert figure.indicator.lower().startswith("số ")


# Near misses: "số" inside a word ("chỉ số", "dân số"), after a document's name, or a sum
# of money without its currency gives no figure.
_NOT_COUNTED = [
    "Chỉ số PCI của tỉnh là 65.",
    "Dân số toàn tỉnh là 1.250.000.",
    "Số vốn huy động đạt 500.",
    "Số tiền hỗ trợ là 300.",
    "Theo Nghị quyết số 26 là 12.",
]


@pytest.mark.parametrize("text", _NOT_COUNTED)
def test_so_inside_a_word_or_before_a_sum_of_money_counts_nothing(text: str) -> None:
    assert extract_figures(text) == []


# A part named by its place ("ở/tại ...") after a rate restated as a count ("tỷ lệ X là
# r%, tương đương N người"): the part's percentage is the whole's rate, not its count.
_PART_RATES = [
    ("Năm 2023, tỷ lệ thất nghiệp chung là 0,76%, tương đương 6.014 người; trong đó ở thành "
     "thị là 1,46%, tương đương 4.375 người.", 1.46, "tỷ lệ thất nghiệp chung ở thành thị"),
    ("Năm 2023, tỷ lệ hộ nghèo là 3,2%, tương đương 1.500 hộ; ở các xã vùng cao là 8,1%, "
     "tương đương 900 hộ.", 8.1, "tỷ lệ hộ nghèo ở các xã vùng cao"),
    ("Cuối năm 2022, tỷ lệ lao động qua đào tạo đạt 65%, tương đương 412.000 người; tại khu "
     "vực nông thôn đạt 58%.", 58, "tỷ lệ lao động qua đào tạo tại khu vực nông thôn"),
]  # fmt: skip
# Near misses: the part's count keeps the count's name, and a part after a count alone
# keeps it too.
_PART_COUNTS = [
    ("Năm 2023, tỷ lệ thất nghiệp chung là 0,76%, tương đương 6.014 người; trong đó ở thành "
     "thị là 1,46%, tương đương 4.375 người.", 4375, "số người thất nghiệp chung ở thành thị"),
    ("Năm 2023, tỷ lệ hộ nghèo là 3,2%, tương đương 1.500 hộ; ở các xã vùng cao là 8,1%, "
     "tương đương 900 hộ.", 900, "số hộ nghèo ở các xã vùng cao"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _PART_RATES + _PART_COUNTS)
def test_a_parts_rate_after_a_rate_restated_as_a_count_is_named_as_the_rate(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# Two counts joined by "với": the predicate of state said after the second ("có nguy cơ",
# "thuộc diện", "phải di dời") holds for the first, named by its noun alone.
_SHARED_PREDICATES = [
    ("Dịp Tết có 1.122 hộ với 4.351 khẩu có nguy cơ thiếu đói.", 1122,
     "hộ có nguy cơ thiếu đói"),
    ("Toàn huyện có 320 hộ với 1.250 nhân khẩu thuộc diện hộ nghèo.", 320,
     "hộ thuộc diện hộ nghèo"),
    ("Có 45 hộ với 180 người phải di dời khỏi vùng sạt lở.", 45,
     "hộ phải di dời khỏi vùng sạt lở"),
]  # fmt: skip
# Near misses: a first count with its own words keeps them, and a predicate that opens with
# no verb of state stays the second count's.
_OWN_PREDICATES = [
    ("Toàn tỉnh có 726 cơ sở lưu trú với 22.654 phòng.", 726, "cơ sở lưu trú"),
    ("Năm 2023 có 80 hộ với 310 khẩu tham gia mô hình.", 80, "hộ"),
    ("Dịp Tết có 1.122 hộ với 4.351 khẩu có nguy cơ thiếu đói.", 4351,
     "khẩu có nguy cơ thiếu đói"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _SHARED_PREDICATES + _OWN_PREDICATES)
def test_a_bare_count_joined_by_voi_shares_the_state_said_after_the_second(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# Levels named by nothing but their time ("cuối năm 2023", "đầu năm") in a move glossing a
# rate are levels of that rate.
_TIMED_LEVELS = [
    ("Năm 2024 tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm 6,26% (giảm từ 42,61% cuối năm 2023 "
     "xuống còn 36,35% cuối năm 2024).", 42.61, "tỷ lệ hộ nghèo đa chiều toàn tỉnh"),
    ("Năm 2024, tỷ lệ hộ nghèo giảm 1,2% (từ 5,4% đầu năm xuống 4,2% cuối năm).", 4.2,
     "tỷ lệ hộ nghèo"),
    ("Năm 2023, tỷ lệ lao động qua đào tạo tăng 2% (từ 63% đầu năm lên 65% cuối năm).", 63,
     "tỷ lệ lao động qua đào tạo"),
]  # fmt: skip
# Near misses: a level after which the time stands with its own measure keeps its name.
_OWN_TIMED = [
    ("Năm 2023 tỷ lệ trẻ em suy dinh dưỡng là 12% cuối năm.", 12, "tỷ lệ trẻ em suy dinh dưỡng"),
    ("Năm 2023, tỷ lệ hộ nghèo là 3,2%, tỷ lệ hộ cận nghèo cuối năm là 2,1%.", 2.1,
     "tỷ lệ hộ cận nghèo"),  # "cuối năm" is when, not what (twenty-fifth round)
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _TIMED_LEVELS + _OWN_TIMED)
def test_a_level_named_only_by_its_time_is_of_the_rate_before_it(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# A count restating a rate ("tương đương/tương ứng N ...") whose words add a second thing
# counted ("hộ nghèo và cận nghèo") is named by them, which the rate's name leaves out.
_RESTATING = [
    ("Năm 2024 tỷ lệ hộ nghèo toàn tỉnh giảm 6,26%, tương đương 11.710 hộ nghèo và cận "
     "nghèo.", 11710, "số hộ nghèo và cận nghèo"),
    ("Năm 2023, tỷ lệ nghèo đa chiều của huyện là 9,8%, tương ứng 3.400 hộ nghèo và hộ cận "
     "nghèo.", 3400, "số hộ nghèo và hộ cận nghèo"),
    ("Năm 2022, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%, tương ứng 12.300 trẻ em và phụ "
     "nữ mang thai.", 12300, "số trẻ em và phụ nữ mang thai"),
]  # fmt: skip
# Near misses: a count of the rate's own noun takes the rate's name as a number.
_RESTATING_RATE = [
    ("Năm 2023, tỷ lệ xã đạt chuẩn nông thôn mới là 55%, tương đương 65 xã.", 65,
     "số xã đạt chuẩn nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _RESTATING + _RESTATING_RATE)
def test_a_count_restating_a_rate_is_named_by_the_things_it_adds(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# Items of a list, each a rate then a count named by its noun alone: the count repeats the
# measure of the count in the item before, past the item's own rate.
_ITEM_COUNTS = [
    ("Năm 2024, vùng núi có tỷ lệ nghèo 14,98%, tổng số hộ nghèo và cận nghèo là 486.623 hộ; "
     "tiếp đó là Tây Nguyên với 9,45% và 152.970 hộ.", 152970, "tổng số hộ nghèo và cận nghèo"),
    ("Năm 2023, huyện A có tỷ lệ lao động qua đào tạo 70%, số lao động qua đào tạo là 12.000 "
     "người; huyện B đạt 62%, với 8.400 người.", 8400, "số lao động qua đào tạo"),
    ("Năm 2022, xã X có tỷ lệ bao phủ bảo hiểm y tế 95%, số người tham gia bảo hiểm y tế là "
     "9.100 người; xã Y 91% và 7.300 người.", 7300, "số người tham gia bảo hiểm y tế"),
]  # fmt: skip
# Near misses: a count of another noun than the one before keeps its own words.
_ITEM_OWN_COUNTS = [
    ("Huyện A có 1.200 lao động được đào tạo nghề, chiếm 45%; huyện B 38% với 900 người.",
     900, "người"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _ITEM_COUNTS + _ITEM_OWN_COUNTS)
def test_an_items_bare_count_after_its_rate_repeats_the_count_before(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# "ngành <service> (tỉnh|huyện)" acting ("huy động", "chi trả", "tổ chức"): the service is
# the actor, no part of what is measured.
_SERVICE_ACTORS = [
    ("Năm 2016, ngành y tế tỉnh huy động hơn 195 tỷ đồng để xây dựng cơ sở vật chất và mua "
     "sắm trang thiết bị y tế.", 195, "y tế tỉnh"),
    ("Năm 2023, ngành giáo dục huyện huy động 12 tỷ đồng để sửa chữa trường học.", 12,
     "giáo dục huyện"),
    ("Năm 2022, ngành lao động - thương binh và xã hội tỉnh đã chi trả 45 tỷ đồng trợ cấp cho "
     "người có công.", 45, "thương binh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "actor"), _SERVICE_ACTORS)
def test_a_public_service_that_acts_is_no_part_of_the_measure(
    text: str, value: float, actor: str
) -> None:
    assert actor not in _one(text, value).indicator.lower()


# Near misses: a sector that grows or is measured keeps its name.
_SECTORS = [
    ("Năm 2023, ngành công nghiệp tăng 8,5%.", 8.5, "công nghiệp"),
    ("Năm 2023, giá trị sản xuất ngành y tế tư nhân đạt 120 tỷ đồng.", 120, "y tế"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent_or_value", "sector"), _SECTORS)
def test_a_sector_measured_keeps_its_name(text: str, percent_or_value: float, sector: str) -> None:
    figures = extract_figures(text)
    assert len(figures) == 1
    assert sector in figures[0].indicator.lower()


# A sum joined by "với" to an act that counts things, the things going on past a comma
# ("cho hộ nghèo, hộ khó khăn với tổng kinh phí"), is the money of that act; the place that
# acted opens no part of it.
_ACT_MONEY = [
    ("Năm 2024, huyện sửa chữa 156 nhà ở cho hộ nghèo, hộ khó khăn với tổng kinh phí 7,8 tỷ "
     "đồng.", 7.8, "tổng kinh phí sửa chữa nhà ở cho hộ nghèo"),
    ("Năm 2024, huyện tặng 1.500 suất quà cho hộ nghèo, người có công với tổng số tiền 750 "
     "triệu đồng.", 750, "tổng số tiền tặng suất quà cho hộ nghèo"),
    ("Năm 2024, tỉnh hỗ trợ 320 học sinh, sinh viên với tổng kinh phí 1,2 tỷ đồng.", 1.2,
     "tổng kinh phí hỗ trợ học sinh"),
]  # fmt: skip
# Near misses: an organisation that acted keeps the verb alone, and a sum with no count
# before it keeps its words.
_OWN_MONEY = [
    ("Ủy ban MTTQ huyện trao 776 phần quà với tổng trị giá 390 triệu đồng.", 390,
     "tổng trị giá trao phần quà"),
    ("Năm 2024, Quỹ đã chi hỗ trợ với tổng số tiền 300 triệu đồng.", 300,
     "Quỹ đã chi hỗ trợ với tổng số tiền"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _ACT_MONEY + _OWN_MONEY)
def test_a_sum_after_a_list_of_things_an_act_counted_is_that_acts_money(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator


# A count of people restating a rate that names no people counts the people the rate is of.
_PEOPLE_RESTATING = [
    ("Năm 2023, tỷ lệ thất nghiệp chung là 0,76%, tương đương 6.014 người.", 6014,
     "số người thất nghiệp chung"),
    ("Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 92%, tương đương 1,2 triệu người.", 1.2,
     "số người bao phủ bảo hiểm y tế"),
    ("Năm 2022, tỷ lệ thiếu việc làm ở nông thôn là 2,3%, tương đương 5.100 lao động.", 5100,
     "số lao động thiếu việc làm ở nông thôn"),
]  # fmt: skip
# Near misses: a rate that names its people already, and a count of other things.
_NAMED_PEOPLE = [
    ("Năm 2023, tỷ lệ người dân hài lòng là 90%, tương đương 45.000 người.", 45000,
     "số người dân hài lòng"),
    ("Năm 2023, tỷ lệ xã đạt chuẩn nông thôn mới là 55%, tương đương 65 xã.", 65,
     "số xã đạt chuẩn nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), _PEOPLE_RESTATING + _NAMED_PEOPLE)
def test_a_count_of_people_restating_a_rate_counts_the_people_it_is_of(
    text: str, value: float, indicator: str
) -> None:
    assert _one(text, value).indicator == indicator
