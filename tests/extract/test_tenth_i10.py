"""Probe sentences for the tenth round's indicator helper (i10): what a figure's name is
when the words that name its measure stand elsewhere than before its number."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures

_WHOLE = "Chỉ số sản xuất công nghiệp quý I ước tăng 5,2% so với cùng kỳ. "


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (_WHOLE + "Trong đó, khai khoáng tăng 3,1%; chế biến, chế tạo tăng 6,4%.", 3.1,
         "chỉ số sản xuất công nghiệp khai khoáng"),
        (_WHOLE + "Trong đó, so với cùng kỳ, ngành khai khoáng giảm 2,3%; chế biến, chế tạo "
         "tăng 6,4%.", -2.3, "chỉ số sản xuất công nghiệp khai khoáng"),
        (_WHOLE + "Cụ thể, so với cùng kỳ: khai khoáng tăng 1,75%; sản xuất và phân phối điện "
         "tăng 1,06%.", 1.75, "chỉ số sản xuất công nghiệp khai khoáng"),
        (_WHOLE + "Trong các ngành cấp I, công nghiệp khai khoáng tăng 2,77%, chế biến, chế "
         "tạo tăng 6,1%.", 2.77, "chỉ số sản xuất công nghiệp khai khoáng"),
        ("Sản xuất công nghiệp phát triển ổn định, chỉ số sản xuất toàn ngành tăng 5,17% so "
         "với cùng kỳ. Trong đó, khai khoáng tăng 1,45%; chế biến, chế tạo tăng 4,2%.", 1.45,
         "chỉ số sản xuất toàn ngành khai khoáng"),
    ],
)  # fmt: skip
def test_a_sentence_a_breakdown_marker_opens_breaks_down_the_index_stated_before(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent).lower() == expected


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,49% so với cùng kỳ. Trong đó, khu vực "
         "dịch vụ tăng 9,69%; khu vực công nghiệp, xây dựng tăng 1,47%.", 9.69,
         "khu vực dịch vụ"),
        ("Chỉ số sản xuất công nghiệp tăng 7,7% so với cùng kỳ. Trong đó, khu vực dịch vụ "
         "tăng 11,7%.", 11.7, "khu vực dịch vụ"),
    ],
)  # fmt: skip
def test_sectors_of_growth_after_a_marker_keep_their_own_names(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent).endswith(expected)
    assert not name_read(text, None, percent).startswith("chỉ số sản xuất")


def _moneyname_read(text: str, value: float) -> str:
    for figure in extract_figures(text, year=2024):
        if figure.value == value and figure.unit.endswith("đồng"):
            return figure.indicator
    raise AssertionError(f"no amount {value} in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Riêng năm 2019, tỉnh chi 52,5 tỷ đồng đầu tư, duy tu 105 công trình hạ tầng tại các "
         "xã đặc biệt khó khăn.", 52.5, "chi đầu tư, duy tu công trình hạ tầng"),
        ("Năm 2019, tỉnh chi 5,3 tỷ đồng hỗ trợ đất ở cho 161 hộ nghèo.", 5.3,
         "chi hỗ trợ đất ở cho hộ nghèo"),
        ("Năm 2017, tỉnh tạm ứng 05 tỷ đồng hỗ trợ 120 hộ nuôi tôm hùm ở thị xã Sông Cầu.", 5,
         "tạm ứng hỗ trợ hộ nuôi tôm hùm"),
        ("Năm 2020, huyện dành 3 tỷ đồng sửa chữa trường học.", 3, "dành sửa chữa trường học"),
        ("Năm 2020, huyện trích 3 tỷ đồng mua thẻ bảo hiểm y tế cho hộ nghèo.", 3,
         "trích mua thẻ bảo hiểm y tế cho hộ nghèo"),
    ],
)  # fmt: skip
def test_money_a_bare_verb_of_spending_puts_is_named_by_its_purpose_after_the_amount(
    text: str, value: float, expected: str
) -> None:
    assert _moneyname_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Năm 2020, huyện chi 30 tỷ đồng, tăng 5% so với năm trước.", 30, "chi"),
        ("Năm 2020, huyện chi 30 tỷ đồng; tỉnh chi 50 tỷ đồng.", 30, "chi"),
    ],
)  # fmt: skip
def test_money_with_no_purpose_after_it_keeps_its_own_name(
    text: str, value: float, expected: str
) -> None:
    assert _moneyname_read(text, value) == expected


def _ratename_read(text: str, percent: float) -> str:
    for figure in extract_figures(text, year=2023):
        rates = [c.percent for c in figure.comparisons] + [figure.value]
        if percent in rates and figure.unit == "%":
            return figure.indicator
    raise AssertionError(f"no rate {percent} in {text!r}")


@pytest.mark.parametrize(
    ("text", "percent", "verb", "before"),
    [
        ("Tỉnh yêu cầu các sở, ngành, địa phương tháo gỡ vướng mắc, phấn đấu giải ngân 100% "
         "kế hoạch vốn năm 2023.", 100, "giải ngân", "vướng mắc"),
        ("Huyện chỉ đạo các xã rà soát đối tượng, phấn đấu tiêm 95% trẻ em trong độ tuổi.", 95,
         "tiêm", "rà soát"),
        ("Tỉnh thu hút 16 tỷ USD vốn đầu tư, vốn FDI thuộc nhóm dẫn đầu toàn quốc, đồng thời "
         "hoàn thành chỉ tiêu xóa 100% nhà tạm, nhà dột nát.", 100, "xóa", "dẫn đầu"),
        ("Các ngành tập trung tháo gỡ khó khăn cho doanh nghiệp, đồng thời giải ngân 85% vốn "
         "được giao.", 85, "giải ngân", "khó khăn"),
        ("Ngành y tế tăng cường tuyên truyền, vận động người dân, phấn đấu có 95% dân số tham "
         "gia bảo hiểm y tế.", 95, "bảo hiểm y tế", "tuyên truyền"),
    ],
)  # fmt: skip
def test_a_stretch_a_goal_or_a_second_predicate_opens_is_a_clause_of_its_own(
    text: str, percent: float, verb: str, before: str
) -> None:
    named = _ratename_read(text, percent).lower()
    assert verb in named
    assert before not in named


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Kế hoạch vốn đầu tư công năm 2023 của tỉnh được giao 4.654,6 tỷ đồng. Đến tháng 11, "
         "toàn tỉnh đã giải ngân 2.874,3 tỷ đồng, bằng 62,1% kế hoạch.", 2874.3,
         "giải ngân vốn đầu tư công"),
        ("Theo kế hoạch, tổng vốn đầu tư công năm 2023 của tỉnh là 4.029 tỷ đồng. Tính đến "
         "ngày 25/5, toàn tỉnh mới giải ngân được 383,16 tỷ đồng.", 383.16,
         "giải ngân vốn đầu tư công"),
        ("Riêng chương trình phục hồi và phát triển kinh tế - xã hội được giao 362 tỷ đồng "
         "nhưng đến ngày 24/5 chỉ giải ngân 6,82 tỷ đồng.", 6.82,
         "giải ngân vốn chương trình phục hồi và phát triển kinh tế - xã hội"),
        ("Tổng kinh phí bố trí cho Tiểu dự án 3 là 87 tỷ đồng; đến nay đã giải ngân 46 tỷ "
         "đồng.", 46, "giải ngân kinh phí Tiểu dự án 3"),
    ],
)  # fmt: skip
def test_a_disbursement_named_by_its_verb_alone_spends_the_funds_planned_before(
    text: str, value: float, expected: str
) -> None:
    assert _moneyname_read(text, value) == expected


def test_a_disbursement_with_no_funds_named_before_keeps_its_verb() -> None:
    text = "Năm 2019, tỉnh chi 5,3 tỷ đồng hỗ trợ đất ở; giải ngân trên 20 tỷ đồng cho hộ vay."
    named = _moneyname_read(text, 20)
    assert named.startswith("giải ngân")
    assert "vốn" not in named


def _levelname_read(text: str, value: float) -> str:
    for figure in extract_figures(text, year=2020):
        if figure.value == value and figure.unit == "%":
            return figure.indicator
    raise AssertionError(f"no level {value}% in {text!r}")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng khu vực dịch vụ, từ 39,8% năm "
         "2015 lên 41,2% năm 2020.", 39.8, "tỷ trọng khu vực dịch vụ"),
        ("Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng dịch vụ từ 41,15% năm 2010 lên "
         "43,3% năm 2015.", 43.3, "tỷ trọng dịch vụ"),
        ("Kinh tế chuyển dịch tích cực, giảm tỷ trọng nông nghiệp từ 28,96% xuống còn 24,2%.",
         28.96, "tỷ trọng nông nghiệp"),
        ("Cơ cấu lao động chuyển dịch theo hướng giảm tỷ lệ lao động nông nghiệp từ 60% xuống "
         "52%.", 60, "tỷ lệ lao động nông nghiệp"),
    ],
)  # fmt: skip
def test_a_rate_a_structure_shifts_between_two_levels_is_named_without_the_shift(
    text: str, value: float, expected: str
) -> None:
    assert _levelname_read(text, value) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 3% trở lên.", 3, "giảm tỷ lệ hộ nghèo"),
        ("Năm 2020, huyện giảm tỷ lệ hộ nghèo 1,5%.", 1.5, "giảm tỷ lệ hộ nghèo"),
    ],
)  # fmt: skip
def test_a_rate_lowered_by_an_amount_or_a_floor_keeps_its_verb(
    text: str, value: float, expected: str
) -> None:
    assert _levelname_read(text, value) == expected


_FUNDED = (
    "Năm 2023, Bắc Kạn được đầu tư gần 124 tỷ đồng từ ngân sách Trung ương, hơn 36 tỷ đồng "
    "ngân sách địa phương, 525 tỷ đồng vốn lồng ghép và huy động hơn 12 tỷ đồng từ cộng đồng "
    "dân cư."
)
_EARNED = (
    "Tổng doanh thu du lịch quý I đạt gần 890 tỷ đồng, tăng 37,7%, gồm 448,3 tỷ đồng từ khách "
    "quốc tế và 441,4 tỷ đồng từ khách nội địa."
)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (_FUNDED, 36, "vốn ngân sách địa phương"),
        (_FUNDED, 525, "vốn lồng ghép"),
        (_FUNDED, 12, "huy động từ cộng đồng dân cư"),
        (_EARNED, 441.4, "doanh thu du lịch từ khách nội địa"),
        ("Tổng kinh phí chương trình là 90 tỷ đồng, trong đó hơn 64 tỷ đồng từ ngân sách Trung "
         "ương.", 64, "kinh phí chương trình từ ngân sách Trung ương"),
    ],
)  # fmt: skip
def test_an_amount_listed_with_its_source_after_it_is_named_by_that_source(
    text: str, value: float, expected: str
) -> None:
    assert _moneyname_read(text, value) == expected


_RISE = "Giá trị sản xuất nông nghiệp tăng bình quân 10% mỗi năm. "


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (_RISE + "Hiện trên 45% hộ dân đã sử dụng nước sạch.", 45, "hộ dân"),
        (_RISE + "Hiện trên 30% diện tích canh tác của huyện có ứng dụng công nghệ.", 30,
         "diện tích canh tác"),
        (_RISE + "Hiện gần 60% diện tích lúa được cơ giới hóa khâu thu hoạch.", 60,
         "diện tích lúa"),
        (_RISE + "Nay khoảng 80% hộ dân dùng điện lưới quốc gia.", 80, "hộ dân"),
        (_RISE + "Hiện hơn 1.200 hộ nuôi tôm theo quy trình VietGAP.", 1200, "nuôi tôm"),
    ],
)  # fmt: skip
def test_a_time_word_opening_a_sentence_is_no_name_of_a_list_item(
    text: str, value: float, word: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2020) if f.value == value)
    assert word in named
    assert "Hiện" not in named and "Nay" not in named
    assert "tốc độ" not in named


_POOR = "Tỷ lệ hộ nghèo toàn tỉnh năm 2021 giảm còn 4,5%. "


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        (_POOR + "Huyện Mường Tè từ 45,2% xuống còn 30,1%; huyện Sìn Hồ giảm từ 40% xuống 28,5%.",
         45.2, "Mường Tè"),
        (_POOR + "Huyện Mường Tè từ 45,2% xuống còn 30,1%; huyện Sìn Hồ giảm từ 40% xuống 28,5%.",
         30.1, "Mường Tè"),
        (_POOR + "Huyện Mường Tè từ 45,2% xuống còn 30,1%; huyện Sìn Hồ giảm từ 40% xuống 28,5%.",
         28.5, "Sìn Hồ"),
        (_POOR + "Giảm nhanh nhất là Phong Thổ, từ 38,1% xuống còn 20,4%.", 20.4, "Phong Thổ"),
        (_POOR + "Giảm nhanh nhất là Phong Thổ, từ 38,1% xuống còn 20,4%; Tam Đường từ 25% "
         "xuống 12%.", 12, "Tam Đường"),
    ],
)  # fmt: skip
def test_places_each_moved_between_two_levels_take_the_rate_named_before(
    text: str, value: float, place: str
) -> None:
    named = _levelname_read(text, value)
    assert named.lower().startswith("tỷ lệ hộ nghèo")
    assert place in named


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Ở cấp huyện, 4/8 huyện đạt chuẩn gồm Chợ Gạo, Gò Công Tây, Gò Công Đông và Cai Lậy.",
         4, "huyện đạt chuẩn"),
        ("Năm 2018, tỉnh phấn đấu có thêm 08 xã đạt chuẩn, gồm Giáo Hiệu, Bộc Bố (Pác Nặm) và "
         "Hà Hiệu (Ba Bể).", 8, "xã đạt chuẩn"),
        ("Năm 2022, huyện có 3 xã đạt chuẩn nông thôn mới nâng cao gồm xã Tân Hưng, Quang "
         "Thịnh và Đại Lâm.", 3, "xã đạt chuẩn nông thôn mới nâng cao"),
    ],
)  # fmt: skip
def test_the_members_of_a_count_listed_by_name_are_no_part_of_its_name(
    text: str, value: float, expected: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2022) if f.value == value)
    assert named == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Tỷ lệ hộ nghèo cả nước năm 2006 là 15,5%, cao nhất thuộc về vùng Tây Bắc với 39,4%.",
         39.4, "tỷ lệ hộ nghèo vùng Tây Bắc"),
        ("Năm 2019, cả nước đưa 104.615 người đi làm việc ở nước ngoài. Nhật Bản tiếp tục là "
         "thị trường tiếp nhận lớn nhất với 53.610 lao động.", 53610, "lao động Nhật Bản"),
        ("Sản lượng lúa toàn tỉnh đạt 900.000 tấn, còn Hải Hậu cho sản lượng cao nhất, 77.380 "
         "tấn.", 77380, "sản lượng Hải Hậu"),
        ("Tỷ lệ hộ nghèo cả nước là 4,4%. Cùng thời điểm, Hà Giang có tỷ lệ hộ nghèo cao nhất "
         "cả nước, 31,12%.", 31.12, "tỷ lệ hộ nghèo Hà Giang"),
        ("Bắc Kạn là địa phương có độ che phủ rừng cao nhất cả nước với 73,4%.", 73.4,
         "độ che phủ rừng Bắc Kạn"),
    ],
)  # fmt: skip
def test_the_one_a_superlative_ranks_is_named_in_the_measure_listed_not_by_the_ranking(
    text: str, value: float, expected: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2020) if f.value == value)
    assert named.lower() == expected.lower()


@pytest.mark.parametrize(
    ("text", "value", "word", "remark"),
    [
        ("Năm 2021, xuất khẩu thủy sản, chủ yếu là tôm, đạt 1,03 tỷ USD, tăng 23%.", 1.03,
         "xuất khẩu thủy sản", "tôm"),
        ("Năm 2021, sản lượng thủy sản, chủ yếu là cá tra, đạt 500 nghìn tấn.", 500,
         "sản lượng thủy sản", "cá tra"),
        ("Năm 2021, kim ngạch xuất khẩu, chủ yếu là hàng dệt may, đạt 2 tỷ USD.", 2,
         "kim ngạch xuất khẩu", "dệt may"),
        ("Năm 2021, lượng khách du lịch, phần lớn là khách nội địa, đạt 1,2 triệu lượt.", 1.2,
         "khách du lịch", "nội địa"),
        ("Năm 2021, diện tích cây ăn quả, chủ yếu là cam, đạt 5.000 ha.", 5000,
         "diện tích cây ăn quả", "cam"),
    ],
)  # fmt: skip
def test_a_remark_on_what_a_measure_mostly_is_is_no_part_of_its_name(
    text: str, value: float, word: str, remark: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2021) if f.value == value)
    assert word in named.lower()
    assert remark not in named.lower()


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Để hoàn thành kế hoạch năm, 6 tháng cuối năm tỉnh cần đạt 305,3 nghìn tỷ đồng giá "
         "trị sản xuất công nghiệp.", 305.3, "giá trị sản xuất công nghiệp"),
        ("Năm 2024, huyện phấn đấu đạt 1.200 tỷ đồng doanh thu du lịch.", 1200,
         "doanh thu du lịch"),
        ("Năm nay, các doanh nghiệp phải đạt 2 tỷ USD kim ngạch xuất khẩu.", 2,
         "kim ngạch xuất khẩu"),
        ("Năm 2023, ngành nông nghiệp đóng góp 3.000 tỷ đồng giá trị tăng thêm.", 3000,
         "giá trị tăng thêm"),
        ("Năm 2024, thành phố cần đạt 45.000 tỷ đồng tổng mức bán lẻ hàng hóa.", 45000,
         "tổng mức bán lẻ hàng hóa"),
    ],
)  # fmt: skip
def test_a_measure_named_right_after_an_amount_names_it(
    text: str, value: float, expected: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2024) if f.value == value)
    assert named == expected


@pytest.mark.parametrize(
    ("text", "expected", "effect"),
    [
        ("Năm 2019, nguồn thu tăng khá nhờ kinh tế thành phố ước tăng trưởng 16,5%.",
         "kinh tế thành phố", "nguồn thu"),
        ("Năm 2019, giá trị xuất khẩu tăng mạnh do sản lượng cà phê tăng 12%.",
         "sản lượng cà phê", "xuất khẩu"),
        ("Năm 2019, doanh thu du lịch tăng nhờ lượng khách quốc tế tăng 25%.",
         "lượng khách quốc tế", "doanh thu"),
        ("Năm 2019, lạm phát được kiểm soát nhờ giá lương thực giảm 3%.", "giá lương thực",
         "lạm phát"),
        ("Năm 2019, thu nội địa tăng khá do thu từ doanh nghiệp nhà nước tăng 18%.",
         "thu từ doanh nghiệp nhà nước", "thu nội địa"),
    ],
)  # fmt: skip
def test_a_figure_in_the_clause_of_a_cause_is_named_by_the_cause_not_its_effect(
    text: str, expected: str, effect: str
) -> None:
    named = extract_figures(text, year=2019)[0].indicator
    assert expected in named
    assert effect not in named


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Diện tích có rừng của tỉnh là 500.000 ha, trong đó 70,8% là rừng tự nhiên, phần còn "
         "lại 29,2% là rừng trồng.", 29.2, "tỷ lệ rừng trồng"),
        ("Diện tích có rừng của tỉnh là 500.000 ha, trong đó 70,8% là rừng tự nhiên, phần còn "
         "lại 29,2% là rừng trồng.", 70.8, "tỷ lệ rừng tự nhiên"),
        ("Tổng số lao động là 50.000 người, trong đó khoảng 60% là lao động nữ.", 60,
         "tỷ lệ lao động nữ"),
        ("Toàn huyện có 1.200 hộ nghèo, trong đó 85% là hộ dân tộc thiểu số.", 85,
         "tỷ lệ hộ dân tộc thiểu số"),
        ("Số khách đến tỉnh đạt 2 triệu lượt, trong đó 30% là khách quốc tế.", 30,
         "tỷ lệ khách quốc tế"),
    ],
)  # fmt: skip
def test_a_share_said_to_be_a_part_after_the_copula_is_the_rate_of_that_part(
    text: str, value: float, expected: str
) -> None:
    named = next(f.indicator for f in extract_figures(text, year=2019) if f.value == value)
    assert named.lower().startswith(expected)
