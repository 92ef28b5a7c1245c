"""Sentences for the twenty-eighth round's helper ind: the names of figures in a unit of
measure (tấn, ha, %) that grammar bounds: the crop a bare output or yield is of, a branch
of industry given as a share of its basis, and a scope "riêng" sets before a clause's list.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures


def _named_at(text: str, percent: float) -> list[str]:
    """The names of the figures whose level, or one of whose comparisons, is `percent`."""
    return [
        f.indicator
        for f in extract_figures(text, year=2024)
        if f.value == percent or percent in [abs(c.percent) for c in f.comparisons]
    ]


# A bare output after an area named with its crop, or with two crops joined by "và", or
# after a count of hectares of a crop that "gives" (cho) it: the output is of that crop.
_CROP_BEFORE = [
    ("Năm 2023, tổng diện tích chè và cây dược liệu đạt 4.210 ha, sản lượng ước 31.500 "
     "tấn.", 31500, "sản lượng chè và cây dược liệu"),
    ("Hiện tỉnh có 12.400 ha cây có múi các loại, cho sản lượng khoảng 96.000 tấn mỗi năm.",
     96000, "sản lượng cây có múi các loại"),
    ("Năm 2022, diện tích mía và sắn đạt 850 ha, sản lượng đạt 41.000 tấn.", 41000,
     "sản lượng mía và sắn"),
]  # fmt: skip
# Near misses: a single crop reads as before; an area of land, not of a crop, gives its
# output no crop; a long clause after the hectares is no crop's name.
_NO_CROP_BEFORE = [
    ("Huyện có 300 ha bưởi, cho sản lượng 4.000 tấn.", 4000, "sản lượng bưởi"),
    ("Diện tích gieo trồng đạt 6.200 ha, sản lượng 40.000 tấn.", 40000, "sản lượng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _CROP_BEFORE + _NO_CROP_BEFORE)
def test_a_bare_output_after_an_area_is_of_the_crops_that_area_names(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sentence that opens with the crop it sowed gives its later bare output and yield to that
# crop, not to the last thing a sentence before weighed in tonnes.
_SOWN_CROP = [
    ("Cá nuôi thu hoạch đạt 12.300 tấn. Ngô đã gieo trồng 5.120 ha, thu hoạch 3.200 ha, "
     "sản lượng ước 18.400 tấn.", 18400, "sản lượng Ngô"),
    ("Thủy sản khai thác đạt 7.800 tấn. Trong đó, lạc xuân gieo trồng được 900 ha; đến nay "
     "đã thu hoạch 610 ha; năng suất ước 24,5 tạ/ha, sản lượng ước 1.490 tấn.", 1490,
     "sản lượng lạc xuân"),
    ("Thủy sản khai thác đạt 7.800 tấn. Trong đó, lạc xuân gieo trồng được 900 ha; đến nay "
     "đã thu hoạch 610 ha; năng suất ước 24,5 tạ/ha, sản lượng ước 1.490 tấn.", 24.5,
     "năng suất lạc xuân"),
]  # fmt: skip
# Near misses: an output in a sentence of its own keeps the whole the passage named; an area
# with no crop ("diện tích thu hoạch") names none.
_NO_SOWN_CROP = [
    ("Sản lượng lương thực có hạt đạt 52.000 tấn. Sáu tháng đầu năm, sản lượng đạt 30.100 "
     "tấn.", 30100, "Sản lượng lương thực có hạt"),
    ("Toàn huyện đã thu hoạch 2.300 ha, sản lượng 13.800 tấn.", 13800, "sản lượng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SOWN_CROP + _NO_SOWN_CROP)
def test_a_bare_output_is_of_the_crop_its_sentence_sowed(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A bare output right after a bare yield is of the crop of that yield, which no sentence
# before named in tonnes: the last item weighed there is not its name.
_AFTER_BARE_YIELD = [
    ("Trong đó, cá 5.600 tấn, tôm 1.200 tấn, mực 830 tấn. Vụ hè thu gieo trồng 41.000 ha. "
     "Năng suất ước 5,8 tấn/ha, sản lượng ước 237.800 tấn.", 237800, "sản lượng"),
    ("Riêng cua 320 tấn, ốc 150 tấn. Vụ mùa xuống giống 9.100 ha. Năng suất đạt 52 tạ/ha, "
     "sản lượng đạt 47.320 tấn.", 47320, "sản lượng"),
    ("Cá lóc 600 tấn, cá tra 9.000 tấn. Vụ đông xuân thắng lợi. Năng suất ước 60 tạ/ha, "
     "sản lượng ước 70.000 tấn.", 70000, "sản lượng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _AFTER_BARE_YIELD)
def test_a_bare_output_after_a_bare_yield_takes_no_item_of_a_sentence_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A branch of industry given "bằng x%" under an index of production is a share of the
# index's basis: it is named by the index, as a branch given as a rise is.
_BRANCH_SHARES = [
    ("Chỉ số sản xuất công nghiệp tháng 4 tăng 6,2% so với cùng kỳ; trong đó ngành khai "
     "khoáng bằng 92,4%.", 92.4, "chỉ số sản xuất ngành khai khoáng"),
    ("So với tháng trước, chỉ số sản xuất công nghiệp tăng 1,1%, trong đó ngành chế biến, "
     "chế tạo bằng 101,6%.", 101.6, "chỉ số sản xuất ngành chế biến, chế tạo"),
    ("Quý I, chỉ số sản xuất công nghiệp của huyện tăng 3%. Riêng ngành khai khoáng chỉ bằng "
     "88,7% so với cùng kỳ.", 88.7, "chỉ số sản xuất ngành khai khoáng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _BRANCH_SHARES)
def test_a_branch_given_as_a_share_of_its_basis_is_named_by_the_index(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


def test_a_branch_share_with_no_index_before_keeps_its_name() -> None:
    text = "Doanh thu bán lẻ tăng 8%. Ngành khai khoáng bằng 95% so với cùng kỳ."
    assert name_read(text, None, 95) == "khai khoáng"


# "riêng <scope>, A giảm x%, B giảm y%": the scope bounds every measure of the clause.
_FRONTED_SCOPES = [
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Số hợp tác xã tăng 5%; riêng khu vực nông nghiệp, số hợp tác xã tăng 9,1%, số thành "
     "viên tăng 6,3%.", 6.3, "số thành viên khu vực nông nghiệp"),
    ("Tỷ lệ hộ nghèo toàn tỉnh còn 4,1%; riêng các huyện vùng cao, tỷ lệ hộ nghèo còn "
     "13,2% và tỷ lệ hộ cận nghèo còn 8,7%.", 8.7, "tỷ lệ hộ cận nghèo các huyện vùng cao"),
    ("Kim ngạch xuất khẩu tăng 11%; riêng nhóm doanh nghiệp nhà nước, kim ngạch xuất khẩu "
     "giảm 2,4%, kim ngạch nhập khẩu giảm 5,5%.", 5.5,
     "kim ngạch nhập khẩu nhóm doanh nghiệp nhà nước"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Số hợp tác xã tăng 5%; riêng khu vực nông nghiệp, số hợp tác xã tăng 9,1%, số thành "
     "viên tăng 6,3%.", 9.1, "số hợp tác xã khu vực nông nghiệp"),
]  # fmt: skip
# Near misses: a time set apart is when, not a scope; "riêng với" a place compares it with
# the whole; a comma inside the scope's own name is followed by no measure.
_NOT_FRONTED = [
    ("Riêng tháng 8, chỉ số giá tiêu dùng tăng 0,4% so với tháng trước.", 0.4,
     "chỉ số giá tiêu dùng"),
    ("Riêng với Hà Tĩnh, GRDP 6 tháng tăng 6,1% so với cùng kỳ.", 6.1, "GRDP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _FRONTED_SCOPES + _NOT_FRONTED)
def test_a_scope_set_before_a_clause_with_rieng_bounds_each_of_its_measures(
    text: str, percent: float, name: str
) -> None:
    assert name in _named_at(text, percent)


def test_a_comma_inside_the_scope_name_sets_no_scope() -> None:
    text = "Doanh thu dịch vụ đạt 5.000 tỷ đồng, riêng dịch vụ lưu trú, ăn uống đạt 3.100 tỷ đồng."
    assert name_read(text, 3100) == "Doanh thu dịch vụ lưu trú, ăn uống"


# A count of things "trên/với diện tích" N ha: the area is of the things counted, not the
# last whole in hectares a sentence before named.
_COUNTED_AREA = [
    ("Sản lượng lúa đạt 20.000 tấn, diện tích thu hoạch 4.000 ha. Huyện có 15 trang trại bò "
     "sữa trên diện tích 640 ha.", 640, "diện tích trang trại bò sữa"),
    ("Diện tích gieo trồng đạt 9.000 ha. Toàn tỉnh đã xây dựng 48 vùng nguyên liệu trên diện "
     "tích gần 3.200 ha.", 3200, "diện tích vùng nguyên liệu"),
    ("Diện tích rừng trồng mới đạt 1.200 ha. Xã có 12 hợp tác xã dược liệu với diện tích 310 "
     "ha.", 310, "diện tích hợp tác xã dược liệu"),
]  # fmt: skip
# Near miss: a bare area after no count is still the whole the passage named.
_WHOLE_AREA = [
    ("Diện tích lúa thu hoạch đạt 4.000 ha. Đến nay, diện tích đạt 4.500 ha.", 4500,
     "Diện tích lúa thu hoạch"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _COUNTED_AREA + _WHOLE_AREA)
def test_an_area_after_a_count_is_of_the_things_counted(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# A flow named bare ("thu", "chi") after the plan of that flow of a budget is of the budget.
_PLANNED_FLOWS = [
    ("Dự toán chi ngân sách địa phương năm 2024 là 8.200 tỷ đồng; đến hết tháng 9, tỉnh đã "
     "chi 5.900 tỷ đồng.", 5900, "chi ngân sách địa phương"),
    ("Dự toán thu ngân sách nhà nước năm nay là 1.450 tỷ đồng, đến nay huyện thu được 1.020 "
     "tỷ đồng.", 1020, "thu ngân sách nhà nước"),
    ("Dự toán thu ngân sách năm 2023 là 640 tỷ đồng và cả năm thành phố thu 702 tỷ đồng.",
     702, "thu ngân sách"),
]  # fmt: skip
# Near miss: a plan of no budget gives a bare flow nothing.
_UNPLANNED_FLOWS = [
    ("Kế hoạch vốn là 900 tỷ đồng, tỉnh đã chi 600 tỷ đồng.", 600, "chi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PLANNED_FLOWS + _UNPLANNED_FLOWS)
def test_a_bare_flow_after_a_budget_plan_is_of_that_budget(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "<holder> có N ha <thing>": the holder has the thing; the area is of the thing the words
# after the unit name, not of the holder ("vùng ... có 185 ha cao su").
_HELD_THINGS = [
    ("Vùng bãi ven sông có 420 ha ngô và 95 ha đậu tương.", 420, "diện tích ngô"),
    ("Sơ bộ cả huyện có 1.150 ha lúa Hè Thu bị ngập úng.", 1150,
     "diện tích lúa Hè Thu bị ngập úng"),
    ("Hợp tác xã Tân Lập hiện có 38 ha chè đạt chứng nhận hữu cơ.", 38,
     "diện tích chè đạt chứng nhận hữu cơ"),
]  # fmt: skip
# Near misses: nothing named after the unit keeps the holder; words of a comparison after
# it name no thing.
_HELD_NOTHING = [
    ("Vùng bãi ven sông có 420 ha.", 420, "diện tích Vùng bãi ven sông"),
    ("Vùng bãi ven sông có 420 ha, tăng 5% so với năm trước.", 420,
     "diện tích Vùng bãi ven sông"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _HELD_THINGS + _HELD_NOTHING)
def test_an_area_a_holder_has_is_of_the_thing_named_after_the_unit(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "<maker> làm ra / đưa N tấn|ha <thing>": the amount is of the thing made or brought in,
# not of the maker before the verb.
_MADE_THINGS = [
    ("Năm 2023, các hợp tác xã làm ra 5.600 tấn chè búp khô, tăng 4%.", 5600,
     "sản lượng chè búp khô"),
    ("Dự án khuyến nông đã đưa 180 ha ngô lai vào sản xuất.", 180,
     "diện tích ngô lai vào sản xuất"),
    ("So với cùng kỳ, các cơ sở chế biến làm ra 940 tấn cà phê bột.", 940,
     "sản lượng cà phê bột"),
]  # fmt: skip
# Near miss: with nothing named after the unit, the maker's words stay.
_MADE_NOTHING = [
    ("Các cơ sở chế biến làm ra 1.200 tấn, tăng 3%.", 1200,
     "sản lượng Các cơ sở chế biến làm ra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MADE_THINGS + _MADE_NOTHING)
def test_an_amount_made_or_brought_in_is_of_the_thing_named_after_the_unit(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Last year's level quoted beside an acronym's rise ("(cùng kỳ tăng 6,73%)", "trong khi
# cùng kỳ năm 2023 chỉ tăng 4,1%") keeps the words that say so in its short name.
_SAME_PERIOD_SHORT = [
    ("Sáu tháng đầu năm, GRDP tăng 7,23% so với cùng kỳ năm 2023 (cùng kỳ tăng 6,73%).",
     6.73, "GRDP cùng kỳ"),
    ("Quý I, GRDP ước tăng 5,9%, trong khi cùng kỳ năm 2023 chỉ tăng 4,1%.", 4.1,
     "GRDP cùng kỳ năm 2023"),
    ("Chín tháng, IIP tăng 8,2% so với cùng kỳ (cùng kỳ năm trước giảm 1,5%).", 1.5,
     "IIP cùng kỳ năm trước"),
]  # fmt: skip
# Near misses: a longer name says what it is already; a count's noun stays as it is.
_SAME_PERIOD_LONG = [
    ("Tổng mức bán lẻ hàng hóa chín tháng tăng 9% (cùng kỳ tăng 7%).", 7,
     "Tổng mức bán lẻ hàng hóa"),
    ("Chín tháng, huyện xảy ra 40 vụ cháy, trong khi cùng kỳ năm 2023 xảy ra 52 vụ.", 52,
     "số vụ cháy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _SAME_PERIOD_SHORT + _SAME_PERIOD_LONG)
def test_a_short_name_quoted_for_the_same_period_says_so(
    text: str, percent: float, name: str
) -> None:
    assert name in _named_at(text, percent)


# A plan's level quoted after the figure, named only by who set it ("dự toán HĐND tỉnh giao
# là 2.740 tỷ đồng") or by the aim just missed ("chưa chạm mục tiêu 54 tỷ USD"), is the
# plan of the measure just named.
_QUOTED_PLANS = [
    ("Năm 2024, tổng thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng, bằng 96,1% dự toán "
     "tỉnh giao là 429 tỷ đồng.", 429, "dự toán tổng thu ngân sách trên địa bàn huyện"),
    ("Kim ngạch xuất khẩu cả năm đạt 2,1 tỷ USD, chưa chạm mục tiêu 2,3 tỷ USD.", 2.3,
     "mục tiêu Kim ngạch xuất khẩu"),
    ("Tổng vốn đầu tư toàn xã hội đạt 18.200 tỷ đồng, vượt dự toán HĐND huyện giao là "
     "17.000 tỷ đồng.", 17000, "dự toán Tổng vốn đầu tư toàn xã hội"),
]  # fmt: skip
# Near miss: a plan that names its own measure keeps it.
_OWN_PLANS = [
    ("Dự toán thu ngân sách năm 2024 là 1.000 tỷ đồng.", 1000, "Dự toán thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _QUOTED_PLANS + _OWN_PLANS)
def test_a_quoted_plan_named_by_its_setter_is_of_the_measure_just_named(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
