"""Sentences for the twenty-eighth round's helper fig: figures missed and figures read
where there are none.

A city counted among the places a province holds ("07 huyện, 01 thành phố"); a number
after a word that names a section ("tổ 5", "lớp 10") when "mỗi"/"từng" makes that word a
common noun ("mỗi lớp 30 học sinh"); a bare year before the place that is its clause's
subject ("Bính Thân 2016 thành phố đón …"); an urban district named by its number
("Quận 3 thành phố …"); a count inside what a finding rests on ("dựa trên khảo sát 180
thành phố").

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures


def _values_units(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, year=2024)]


# "thành" opens "thành phố" but alone is a word no number counts ("hoàn thành"): the city
# was dropped as no noun at all; it is counted as "huyện" and "xã" are.
_CITIES_COUNTED = [
    ("Năm 2023, tỉnh có 9 huyện, 01 thành phố và 142 xã.", (1.0, "thành phố")),
    ("Vùng này gồm 12 thành phố trực thuộc tỉnh.", (12.0, "thành phố")),
    ("Đến năm 2030, cả nước phấn đấu có 5 thành phố thông minh.", (5.0, "thành phố")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), _CITIES_COUNTED)
def test_a_number_before_thanh_pho_counts_cities(text: str, figure: tuple[float, str]) -> None:
    assert figure in _values_units(text)


# Near misses: a city named after the word ("thành phố Huế") is no second body of the
# provinces counted; a bare year before the city dates its clause; a district named by its
# number ("Quận 3") counts nothing.
_CITIES_NOT_COUNTED = [
    ("Năm 2022, có 3 tỉnh, thành phố Huế đạt chỉ tiêu này.", (3.0, "tỉnh")),
    ("Dịp Tết Nguyên đán Giáp Thìn 2024 thành phố đón 180.500 lượt khách.",
     (180500.0, "lượt khách")),
    ("Năm 2024, Quận 3 thành phố Hồ Chí Minh thu ngân sách 900 tỷ đồng.", (900.0, "tỷ đồng")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), _CITIES_NOT_COUNTED)
def test_a_year_or_a_name_before_thanh_pho_counts_no_city(
    text: str, figure: tuple[float, str]
) -> None:
    assert _values_units(text) == [figure]


# "tổ", "lớp", "thôn" before a number name a section ("tổ 5", "lớp 10", "thôn 3"); after
# "mỗi" or "từng" they are common nouns, and the number counts what each one holds.
_EACH_ONE_HOLDS = [
    ("Năm 2024, trường có 12 lớp, mỗi lớp 35 học sinh.", (35.0, "học sinh")),
    ("Năm 2024, xã lập 6 tổ tự quản, mỗi tổ 10 hộ.", (10.0, "hộ")),
    ("Năm 2023, huyện cử cán bộ về từng thôn 2 người để hướng dẫn.", (2.0, "người")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), _EACH_ONE_HOLDS)
def test_a_count_after_moi_and_a_section_word_is_a_figure(
    text: str, figure: tuple[float, str]
) -> None:
    assert figure in _values_units(text)


# Near misses: the section named by its number stays a name; "mỗi năm" before a year is
# still a date.
_SECTIONS_NAMED = [
    "Ông Nguyễn Văn A ở tổ 5 phường 3.",
    "Học sinh lớp 12 ôn thi tốt nghiệp.",
    "Mỗi năm 2024 và 2025 đều có lễ hội.",
]


@pytest.mark.parametrize("text", _SECTIONS_NAMED)
def test_a_section_named_by_its_number_is_no_figure(text: str) -> None:
    assert _values_units(text) == []


# "…, dựa trên khảo sát 180 thành phố": what a finding rests on is an adjunct of its own,
# and the things it counts are named there, not by the finding before the comma.
_RESTING_ON = [
    ("Hãng công bố Đà Lạt là điểm đến rẻ nhất năm 2024, dựa trên khảo sát 150 thành phố.",
     150, "dựa trên khảo sát thành phố"),
    ("Năm 2023, tỉnh xếp hạng chỉ số năng lực, căn cứ vào phiếu của 1.200 doanh nghiệp.",
     1200, "căn cứ vào phiếu của doanh nghiệp"),
    ("Năm 2024, báo cáo đánh giá mức độ hài lòng, trên cơ sở ý kiến của 800 người dân.",
     800, "trên cơ sở ý kiến của người dân"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RESTING_ON)
def test_a_count_in_what_a_finding_rests_on_is_named_there(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Near misses: a count in a clause with a subject of its own keeps it; a count with no
# comma before it keeps its clause whole.
_OWN_CLAUSES = [
    ("Năm 2024, tỉnh thu hút nhiều khách, toàn tỉnh có 120 cơ sở lưu trú.", 120,
     "cơ sở lưu trú"),
    ("Năm 2024, hãng đã khảo sát 180 doanh nghiệp.", 180, "hãng đã khảo sát doanh nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OWN_CLAUSES)
def test_a_count_in_a_clause_of_its_own_keeps_its_name(text: str, value: float, name: str) -> None:
    assert name_read(text, value).lower() == name


# A headline sums its article up in round figures: "trên 30 ngàn lao động" above "trên
# 31.039 lao động", "hơn 2,5 tỷ USD" above "2 tỷ 514 triệu USD". The round number is the
# body's figure said again, not a figure of its own.
_ROUNDED_HEADLINES = [
    "Tỉnh X giải quyết việc làm cho trên 40 ngàn lao động năm 2024\n"
    "Cả năm 2024, toàn tỉnh có 41.250 lao động được giải quyết việc làm.",
    "Tỉnh Y thu hút hơn 1,2 tỷ USD vốn FDI năm 2023\n"
    "Năm 2023, tỉnh đã thu hút được 1 tỷ 260 triệu USD vốn đầu tư trực tiếp nước ngoài.",
    "Huyện Z đón gần 500 nghìn lượt khách trong năm 2022\n"
    "Năm 2022, huyện đón 489.300 lượt khách, tăng 12% so với năm 2021.",
]


@pytest.mark.parametrize("text", _ROUNDED_HEADLINES)
def test_a_headline_rounding_the_bodys_figure_adds_no_figure(text: str) -> None:
    headline = text.split("\n")[0]
    assert [f for f in extract_figures(text, year=2024) if f.text in headline] == []


# Near misses: a headline's round number far from any the body writes, or with another
# noun, or exact with no bound, is kept where the body does not write it again.
_HEADLINES_KEPT = [
    ("Tỉnh X đón hơn 2 triệu lượt khách năm 2023\nNăm 2023, tỉnh đón 2,6 triệu lượt khách.",
     2.0),
    ("Tỉnh Y kết nạp trên 1.000 đảng viên năm 2023\nNăm 2023, tỉnh đã đào tạo 1.050 học viên.",
     1000.0),
    ("Huyện Z thu ngân sách 450 tỷ đồng năm 2022\nNăm 2022, huyện chi 460 tỷ đồng cho đầu tư.",
     450.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), _HEADLINES_KEPT)
def test_a_headline_number_the_body_does_not_round_is_kept(text: str, value: float) -> None:
    assert value in [f.value for f in extract_figures(text, year=2024)]


# A percentage followed by the noun of what it counts ("trên 75% tổ chức cơ sở đảng trong
# sạch, vững mạnh") is a share of those counted, a level of its own, also after a rise or
# a share of a plan earlier in the sentence, which it does not continue.
_SHARES_OF_COUNTED = [
    "Huyện phấn đấu thu ngân sách mỗi năm vượt kế hoạch từ 5% trở lên; hằng năm trên 80% "
    "tổ chức cơ sở đảng trong sạch, vững mạnh.",
    "Năm 2023, thu ngân sách vượt dự toán 12%; hằng năm 96% đảng viên hoàn thành tốt nhiệm vụ.",
    "Năm 2022, xã thu ngân sách vượt kế hoạch 15%; hằng năm 92% hộ gia đình đạt danh hiệu văn hóa.",
]


@pytest.mark.parametrize("text", _SHARES_OF_COUNTED)
def test_a_percentage_before_a_counted_noun_is_a_level(text: str) -> None:
    shares = [f for f in extract_figures(text, year=2024) if f.value is not None and f.unit == "%"]
    assert len(shares) == 1 and shares[0].comparisons == []


# Near misses: bare percentages listed after a rise with nothing counted after them stay
# rises of their items.
_LISTED_RISES = [
    ("Năm 2024, chỉ số sản xuất tăng 12,5% so với cùng kỳ, trong đó khai khoáng 10,1%, "
     "chế biến 14,2%.", [12.5, 10.1, 14.2]),
    ("Năm 2023, vốn giải ngân đạt 64% kế hoạch, trong đó vốn tỉnh 58%, vốn Trung ương 71%.",
     [64.0, 58.0, 71.0]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percents"), _LISTED_RISES)
def test_bare_percentages_after_a_rise_stay_its_items(text: str, percents: list[float]) -> None:
    read = [c.percent for f in extract_figures(text, year=2024) for c in f.comparisons]
    assert [f.value for f in extract_figures(text, year=2024)] == [None, None, None]
    assert read == percents


# "vốn đăng ký mới và tăng thêm 11.614 tỷ đồng": registered capital, of new projects and
# added to old ones, is one measure; "tăng thêm" is a word of its name, not a rise that
# would make the amount a difference, and the name keeps "mới và".
_NEW_AND_ADDED = [
    ("9 tháng năm 2024, tỉnh có 85 dự án được chấp thuận, vốn đăng ký mới và tăng thêm "
     "9.870 tỷ đồng.", 9870.0, "vốn đăng ký mới và tăng thêm"),
    ("Năm 2023, vốn đăng ký cấp mới và tăng thêm đạt 412,5 triệu USD.", 412.5,
     "vốn đăng ký cấp mới và tăng thêm"),
    ("Năm 2022, huyện thu hút 14 dự án, vốn đầu tư mới và tăng thêm khoảng 1.120 tỷ đồng.",
     1120.0, "vốn đầu tư mới và tăng thêm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _NEW_AND_ADDED)
def test_capital_new_and_added_is_one_measure(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# Near misses: capital that grew against a basis stays a change; a count of new projects
# "tăng thêm" more stays a difference, no figure.
def test_capital_that_grew_against_a_basis_stays_a_change() -> None:
    text = "Năm 2023, tổng vốn đầu tư tăng 500 tỷ đồng so với năm trước."
    assert [f.value for f in extract_figures(text, year=2024)] == []


def test_new_projects_added_stay_a_difference() -> None:
    text = "Năm 2023, số dự án mới tăng thêm 12 dự án so với năm 2022."
    assert [f.value for f in extract_figures(text, year=2024)] == []


# "Trong số 64 dự án được bố trí vốn, …" opening a clause counts what the clause is about,
# among which the rest is said; "số" there is no document's number ("Nghị quyết số 64").
_AMONG_OPENING = [
    ("Năm 2018, trong số 64 dự án được bố trí vốn khởi công mới, mới có 1 dự án hoàn thành.",
     64.0, "dự án được bố trí vốn khởi công mới"),
    ("Đến cuối năm 2023, huyện có 20 xã đạt chuẩn. Trong số 12 xã còn lại, 8 xã đạt từ 15 "
     "tiêu chí.", 12.0, "xã còn lại"),
    ("Năm 2022; trong số 30 doanh nghiệp được khảo sát, 18 doanh nghiệp có lãi.", 30.0,
     "doanh nghiệp được khảo sát"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _AMONG_OPENING)
def test_trong_so_opening_a_clause_counts(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# Near misses: the total after a count or a share ("294 trong số 1.167 doanh nghiệp",
# "100% trong số 12 chính sách") and a document's number stay no figure.
_AMONG_INSIDE = [
    ("Đến nay, thành phố có 294 trong số 1.167 doanh nghiệp đã hoạt động trở lại.", 1167.0),
    ("Năm 2020, tỉnh hoàn thành 100% trong số 12 chính sách hỗ trợ.", 12.0),
    ("Theo Nghị quyết số 64 của HĐND tỉnh, năm 2024 có 12 xã đạt chuẩn.", 64.0),
]


@pytest.mark.parametrize(("text", "value"), _AMONG_INSIDE)
def test_trong_so_inside_a_clause_is_no_count(text: str, value: float) -> None:
    assert value not in [f.value for f in extract_figures(text, year=2024)]
