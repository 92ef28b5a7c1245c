"""Probe sentences for the twenty-second round's second indicator helper (ind2): names a
clause gives its figure through its grammar, where a word list would not.

Sentences are in the style of statistics releases, district and Party news and
resolutions; each table has near misses that look alike and must keep their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures

# "<measure> cao nhất là <place> với N": the measure opens the clause and the place ranked
# first follows the superlative; the figure is that measure for that place, and a place
# listed after it takes the measure alone, not the first place's name.
_TOP_IS = [
    ("Thu ngân sách nhà nước trên địa bàn cao nhất là Ea Kar với 153 tỷ đồng, Cư Kuin đạt "
     "131 tỷ đồng.", 153, "Thu ngân sách nhà nước trên địa bàn của Ea Kar"),
    ("Thu ngân sách nhà nước trên địa bàn cao nhất là Ea Kar với 153 tỷ đồng, Cư Kuin đạt "
     "131 tỷ đồng.", 131, "Thu ngân sách nhà nước trên địa bàn Cư Kuin"),
    ("Về tăng trưởng kinh tế, huyện Cư Kuin cao nhất với 12,89%, tiếp đến Krông Bông 10,87%. "
     "Thu ngân sách cao nhất là Ea Kar với 153 tỷ đồng.", 153, "Thu ngân sách của Ea Kar"),
    ("Tỷ lệ hộ nghèo cao nhất là huyện Mường Tè với 25,3%.", 25.3,
     "Tỷ lệ hộ nghèo của huyện Mường Tè"),
    ("Năm 2023, sản lượng thủy sản lớn nhất là huyện Cái Nước với 45.000 tấn, tiếp đến là "
     "Trần Văn Thời với 38.000 tấn.", 45000, "sản lượng thủy sản của huyện Cái Nước"),
    ("Số xã đạt chuẩn nông thôn mới nhiều nhất là huyện Đức Trọng với 12 xã.", 12,
     "Số xã đạt chuẩn nông thôn mới của huyện Đức Trọng"),
    ("Doanh thu du lịch cao nhất là TP. Hạ Long với 12.000 tỷ đồng.", 12000,
     "Doanh thu du lịch của TP. Hạ Long"),
    # A place after a place ranked by "xếp thứ" takes the measure, not the first place.
    ("Kim ngạch xuất khẩu cả nước đạt 300 tỷ USD. Bắc Ninh xếp thứ hai với 28,66 tỷ USD, "
     "Thái Nguyên 20 tỷ USD.", 20, "Kim ngạch xuất khẩu cả nước Thái Nguyên"),
]  # fmt: skip
# Near misses: a rise ranked ("tăng cao nhất là"), a group that is no place, and a
# superlative with no measure before it keep the names they had.
_NOT_TOP_IS = [
    ("Chỉ số giá nhóm hàng ăn uống tăng cao nhất là Hà Giang với 3,2%.", 3.2,
     "Chỉ số giá nhóm hàng ăn uống tăng cao nhất"),
    ("Trong các ngành, tăng cao nhất là Khai khoáng với 12%.", 12, "tăng cao nhất"),
    ("Nhóm cao nhất là nhóm hàng ăn với 3,2%.", 3.2, "Nhóm cao nhất"),
    ("Đầu tư trực tiếp nước ngoài, Hàn Quốc là nhà đầu tư lớn nhất với 500 triệu USD.", 500,
     "nhà đầu tư Hàn Quốc"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _TOP_IS + _NOT_TOP_IS)
def test_the_measure_before_a_superlative_is_named_for_the_place_ranked_first(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# Capital added to projects already licensed ("điều chỉnh tăng vốn ..., vốn tăng thêm N",
# "... tăng vốn thêm N", "... tăng vốn với số vốn tăng N") is the capital added, not the
# act of adding it nor a bare "số vốn".
_ADDED_CAPITAL = [
    ("Trong đó, cấp mới 53 dự án với 394 triệu USD vốn đăng ký; điều chỉnh tăng vốn 42 dự "
     "án, vốn tăng thêm 616 triệu USD.", 616, "vốn tăng thêm"),
    ("Tỉnh điều chỉnh tăng vốn cho 23 dự án với số vốn tăng 240,07 triệu USD.", 240.07,
     "vốn tăng thêm"),
    ("Có 25 dự án điều chỉnh tăng vốn với số vốn tăng thêm hơn 503 triệu USD.", 503,
     "vốn tăng thêm"),
    ("Ngoài ra 777 doanh nghiệp điều chỉnh tăng vốn thêm 18.533 tỷ đồng.", 18533,
     "vốn tăng thêm"),
    ("Có 12 lượt dự án tăng vốn với tổng vốn đăng ký tăng thêm 120 triệu USD.", 120,
     "vốn đăng ký tăng thêm"),
]  # fmt: skip
# Near misses: capital licensed, a capital that rises to a level, an amount added that is
# no capital, and "tăng" inside another name keep their names.
_NOT_ADDED_CAPITAL = [
    ("Năm 2023 tỉnh thu hút 20 dự án FDI cấp mới với tổng vốn đăng ký hơn 751 triệu USD.",
     751, "tổng vốn đăng ký dự án FDI cấp mới"),
    ("Vốn điều lệ của hợp tác xã tăng lên 5 tỷ đồng.", 5, "Vốn điều lệ của hợp tác xã"),
    ("Sau khi tăng vốn, vốn điều lệ của công ty đạt 300 tỷ đồng.", 300,
     "vốn điều lệ của công ty"),
    ("Tỉnh đã giải ngân vốn tăng thu ngân sách 120 tỷ đồng.", 120,
     "giải ngân vốn tăng thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ADDED_CAPITAL + _NOT_ADDED_CAPITAL)
def test_the_amount_after_raising_capital_is_the_capital_added(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# A sentence opened by a breakdown marker ("Trong đó,", "Cụ thể,") whose items are named
# only by a place or a market splits the first level the sentence before stated in that
# unit: the marker no longer hides the item's name, and the whole is that first level, not
# a later one in the same unit ("xuất siêu").
_MARKED_MEMBERS = [
    ("Trị giá xuất khẩu hàng hóa ước đạt 19 tỷ USD, xuất siêu ước hơn 6,1 tỷ USD. Trong đó, "
     "thị trường Mỹ ước 6,478 tỷ USD, lớn nhất; thị trường EU ước hơn 2,2 tỷ USD.", 2.2,
     "Trị giá xuất khẩu hàng hóa thị trường EU"),
    ("Trị giá xuất khẩu hàng hóa ước đạt 19 tỷ USD, xuất siêu ước hơn 6,1 tỷ USD. Trong đó, "
     "thị trường Mỹ ước 6,478 tỷ USD, lớn nhất; thị trường EU ước hơn 2,2 tỷ USD.", 6.478,
     "Trị giá xuất khẩu hàng hóa thị trường Mỹ"),
    ("Sản lượng thủy sản đạt 50.000 tấn, tăng 5%; sản lượng nuôi trồng 30.000 tấn. Trong đó, "
     "huyện Cái Nước 12.000 tấn, huyện Trần Văn Thời 9.000 tấn.", 12000,
     "Sản lượng thủy sản huyện Cái Nước"),
    ("Tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng. Trong đó, thành phố Vinh 5.000 tỷ "
     "đồng.", 5000, "Tổng vốn đầu tư toàn xã hội thành phố Vinh"),
    ("Thu ngân sách năm 2023 đạt 900 tỷ đồng. Trong đó, huyện Đông Anh đạt 300 tỷ đồng, "
     "huyện Gia Lâm 200 tỷ đồng.", 300, "Thu ngân sách huyện Đông Anh"),
    ("Kim ngạch nhập khẩu đạt 3 tỷ USD. Cụ thể, thị trường Trung Quốc đạt 1,2 tỷ USD.", 1.2,
     "Kim ngạch nhập khẩu thị trường Trung Quốc"),
]  # fmt: skip
# Near misses: a part with a measure of its own, the same list inside one sentence, and
# places listed after "như" (the measure last stated in that unit) keep their names.
_NOT_MARKED_MEMBERS = [
    ("Diện tích lúa đạt 5.000 ha. Trong đó, diện tích lúa chất lượng cao 1.200 ha.", 1200,
     "diện tích lúa chất lượng cao"),
    ("Kim ngạch xuất khẩu đạt 5 tỷ USD. Trong đó, xuất khẩu sang thị trường Mỹ đạt 2 tỷ USD.",
     2, "xuất khẩu sang thị trường Mỹ"),
    ("Thu ngân sách đạt 900 tỷ đồng, trong đó huyện Đông Anh 300 tỷ đồng, huyện Gia Lâm 200 "
     "tỷ đồng.", 200, "Thu ngân sách huyện Gia Lâm"),
    ("Diện tích gieo trồng đạt 5.000 ha, sản lượng 30.000 tấn. Nhiều địa phương có sản lượng "
     "cao như Minh Hóa 9.000 tấn, Quảng Trạch 8.000 tấn.", 9000, "sản lượng Minh Hóa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MARKED_MEMBERS + _NOT_MARKED_MEMBERS)
def test_a_place_or_market_opening_a_breakdown_sentence_is_of_the_whole_before(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# A sentence that opens with the axis its parts are listed along by market or by goods
# ("Xét theo thị trường,", "Theo nhóm hàng,", "Theo mặt hàng,") breaks down the rise the
# sentence before stated, as one by branch did; the parts after the first are listed under
# the whole, not under the first part ("châu Á châu Âu").
_AXIS_PARTS = [
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Kim ngạch xuất khẩu tăng 14,36%. Xét theo thị trường, châu Á tăng 10,43%; châu Âu "
     "tăng 70,9%.", 70.9, "Kim ngạch xuất khẩu châu Âu"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Kim ngạch xuất khẩu tăng 14,36%. Xét theo thị trường, châu Á tăng 10,43%; châu Âu "
     "tăng 70,9%.", 10.43, "Kim ngạch xuất khẩu châu Á"),
    ("Kim ngạch xuất khẩu tăng 14,36% so với cùng kỳ. Theo nhóm hàng, thủy sản tăng 0,91%; "
     "nông lâm sản tăng 58,24%.", 0.91, "Kim ngạch xuất khẩu thủy sản"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Kim ngạch nhập khẩu tăng 8%. Theo mặt hàng, xăng dầu tăng 25%, phân bón giảm 12%.", -12,
     "Kim ngạch nhập khẩu phân bón"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Kim ngạch xuất khẩu tăng 14,36%. Xét theo thị trường, xuất khẩu sang Mỹ tăng 20%.", 20,
     "Kim ngạch xuất khẩu sang Mỹ"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Chỉ số sản xuất công nghiệp tăng 9%. Theo ngành, khai khoáng tăng 3%; chế biến, chế "
     "tạo tăng 10%.", 10, "Chỉ số sản xuất công nghiệp chế biến, chế tạo"),
]  # fmt: skip
# Near misses: a plan opening the sentence is no axis of parts.
_NOT_AXIS_PARTS = [
    ("Kim ngạch xuất khẩu tăng 14,36%. Theo kế hoạch, sản lượng thủy sản tăng 5%.", 5,
     "tốc độ tăng sản lượng thủy sản"),
    ("Diện tích lúa đạt 5.000 ha. Theo kế hoạch, năng suất lúa tăng 3%.", 3,
     "tốc độ tăng năng suất lúa"),
]  # fmt: skip


# The axis a list of levels is given along ("Theo địa bàn,", "Xét theo thị trường,", "Theo
# đối tác,") opens the sentence before the first item, which keeps its place; an item may
# change scale ("1,2 tỷ USD, ... 800 triệu USD") and still be of the list's measure, not
# of the item before it.
_AXIS_LEVELS = [
    ("Thu ngân sách đạt 900 tỷ đồng. Theo địa bàn, huyện Đông Anh 300 tỷ đồng, huyện Gia Lâm "
     "200 tỷ đồng.", 300, "Thu ngân sách huyện Đông Anh"),
    ("Kim ngạch xuất khẩu đạt 4,78 tỷ USD. Xét theo thị trường, Hoa Kỳ đạt 2 tỷ USD, EU 1 tỷ "
     "USD.", 2, "Kim ngạch xuất khẩu Hoa Kỳ"),
    ("Kim ngạch nhập khẩu đạt 3 tỷ USD. Theo đối tác, Hàn Quốc đạt 1,2 tỷ USD, Nhật Bản 800 "
     "triệu USD.", 800, "Kim ngạch nhập khẩu Nhật Bản"),
    ("Kim ngạch nhập khẩu đạt 3 tỷ USD. Cụ thể, thị trường Trung Quốc đạt 1,2 tỷ USD, thị "
     "trường Nhật Bản 800 triệu USD.", 800, "Kim ngạch nhập khẩu thị trường Nhật Bản"),
    ("Diện tích lúa đạt 5.000 ha. Theo địa phương, xã Tân Hòa 1.200 ha; xã Tân Phú 900 ha.",
     1200, "Diện tích lúa xã Tân Hòa"),
]  # fmt: skip
# Near misses: a plan opening the sentence, and an item in another kind of unit.
_NOT_AXIS_LEVELS = [
    ("Kim ngạch xuất khẩu đạt 4,78 tỷ USD. Theo kế hoạch, Hoa Kỳ đạt 2 tỷ USD.", 2,
     "Kim ngạch xuất khẩu"),
    ("Diện tích lúa đạt 5.000 ha; xã Tân Hòa 1.200 ha, 300 tỷ đồng.", 300,
     "giá trị lúa xã Tân Hòa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _AXIS_LEVELS + _NOT_AXIS_LEVELS)
def test_an_item_after_the_axis_of_its_list_keeps_its_place(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


def _rise_named(text: str, percent: float) -> str:
    for figure in extract_figures(text, year=2024):
        if figure.value == percent or percent in [c.percent for c in figure.comparisons]:
            return figure.indicator
    raise AssertionError(f"no rise {percent} in {text!r}")


@pytest.mark.parametrize(("text", "percent", "name"), _AXIS_PARTS + _NOT_AXIS_PARTS)
def test_a_part_listed_by_market_or_goods_rises_in_the_whole_before(
    text: str, percent: float, name: str
) -> None:
    assert _rise_named(text, percent) == name
