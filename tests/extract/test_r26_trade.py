"""Sentences for the twenty-sixth round's trade helper (trade): constructions of retail,
export, tourism and transport releases that real pages, read once, showed the extractor
misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read

# Parts listed with commas in one clause after a head compared with two bases, each part
# with its level and a pair of bare rises ("A đạt 28,4 nghìn tỷ đồng, giảm 2,3% và tăng
# 1,8%, B đạt 216,6 nghìn tỷ đồng, giảm 7,2% và tăng 10,4%"): each pair is its own part's,
# on the head's bases in turn, not shared out over the parts before it.
_PAIRED_PARTS = [
    ("Doanh thu bán lẻ tháng 5/2019 ước đạt 3.200 tỷ đồng, tăng 1,2% so với tháng trước và "
     "tăng 12,5% so với cùng kỳ; trong đó kinh tế cá thể đạt 1.900 tỷ đồng, tăng 1,5% và tăng "
     "13,1%, kinh tế tư nhân đạt 1.100 tỷ đồng, tăng 0,8% và tăng 11,6%.", 2019,
     (1100, "tỷ đồng", [("previous", "change", 0.8), ("same_period", "change", 11.6)])),
    ("Kim ngạch xuất khẩu tháng 9/2021 đạt 410 triệu USD, giảm 3,2% so với tháng trước và tăng "
     "8,4% so với cùng kỳ năm trước, trong đó khu vực trong nước đạt 120 triệu USD, giảm 1,1% và "
     "tăng 5,2%, khu vực có vốn đầu tư nước ngoài đạt 290 triệu USD, giảm 4% và tăng 9,7%.", 2021,
     (120, "triệu usd", [("previous", "change", -1.1), ("same_period", "change", 5.2)])),
    ("Doanh thu vận tải tháng 7/2023 đạt 610 tỷ đồng, tăng 2% so với tháng trước và tăng 9% so "
     "với cùng kỳ; vận tải hành khách đạt 150 tỷ đồng, tăng 3,1% và tăng 10,2%, vận tải hàng hóa "
     "đạt 400 tỷ đồng, tăng 1,6% và tăng 8,3%, kho bãi đạt 60 tỷ đồng, tăng 2,4% và tăng 9,9%.",
     2023, (60, "tỷ đồng", [("previous", "change", 2.4), ("same_period", "change", 9.9)])),
]  # fmt: skip
# Near misses: the rises of a list after levels that hold only shares of a plan still go
# one to each level; a level with its own rise before a "lần lượt" list leaves the list to
# the levels after it; two rises with their basis after two levels go one to each.
_SHARED_OUT = [
    ("Năm 2015, sản lượng lúa và ngô đạt 25.400 tấn và 8.300 tấn, bằng 102% và 95% kế hoạch, "
     "tăng 3,1% và 2,4%.", 2015,
     (8300, "tấn", [("plan", "ratio", 95), ("previous", "change", 2.4)])),
    ("Năm 2015, sản lượng lúa đạt 25.400 tấn, tăng 3,1% so với cùng kỳ, sản lượng ngô 8.300 tấn "
     "và khoai 2.100 tấn, lần lượt tăng 2,4% và 1,5%.", 2015,
     (2100, "tấn", [("same_period", "change", 1.5)])),
    ("Tháng 6/2022, gạo xuất khẩu 265.350 tấn, trị giá 135,8 triệu USD, tăng 13,7% và 26% so "
     "với cùng kỳ.", 2022, (265350, "tấn", [("same_period", "change", 13.7)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _PAIRED_PARTS + _SHARED_OUT)
def test_a_pair_of_bare_rises_after_a_part_is_that_parts_own(
    text: str, year: int, row: tuple[float, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# Two bases named once at the head of the sentence ("So với tháng trước và cùng kỳ năm
# trước, …"): each pair of bare rises after a level, or a pair of rises alone, compares
# with the first basis, then with the second.
_FRONTED_PAIRS = [
    ("So với tháng trước và cùng kỳ năm trước, doanh thu bán lẻ hàng hóa tháng 4 đạt 2.150 tỷ "
     "đồng, tăng 1,8% và tăng 9,6%; doanh thu dịch vụ khác đạt 310 tỷ đồng, giảm 0,7% và tăng "
     "6,2%.", 2019,
     (310, "tỷ đồng", [("previous", "change", -0.7), ("same_period", "change", 6.2)])),
    ("So với tháng trước và so với cùng kỳ năm trước, khách quốc tế tháng 7 đạt 45.000 lượt, "
     "giảm 2,5% và tăng 18%.", 2023,
     (45000, "lượt", [("previous", "change", -2.5), ("same_period", "change", 18)])),
    ("So với tháng trước và cùng kỳ, CPI tháng 9/2022 tăng 0,4% và 3,2%.", 2022,
     (None, "%", [("previous", "change", 0.4), ("same_period", "change", 3.2)])),
]  # fmt: skip
# Near misses: one basis at the head stays each rise's basis.
_FRONTED_ONE = [
    ("So với cùng kỳ, doanh thu lưu trú đạt 120 tỷ đồng, tăng 8%; lữ hành đạt 15 tỷ đồng, tăng "
     "12%.", 2023, (15, "tỷ đồng", [("same_period", "change", 12)])),
    ("So với tháng trước, doanh thu lưu trú tháng 5/2023 tăng 2%, lữ hành tăng 3%.", 2023,
     (None, "%", [("previous", "change", 3)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _FRONTED_PAIRS + _FRONTED_ONE)
def test_two_bases_at_the_head_of_a_sentence_pair_with_each_pair_of_rises(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A size after a count's noun and "đạt" with the measure the counted things reach ("36 mặt
# hàng đạt kim ngạch trên 1 tỷ USD", "… có kim ngạch đạt trên 100 triệu USD"), or closed by
# "trở lên", says which things are counted: the count is the figure, the size none.
_REACHED_SIZES = [
    ("Năm 2022, cả nước có 36 mặt hàng đạt kim ngạch trên 1 tỷ USD.", 36, 1),
    ("Năm 2023, tỉnh có 14 doanh nghiệp đạt doanh thu từ 500 tỷ đồng trở lên.", 14, 500),
    ("Sáu tháng đầu năm 2024, có 9 thị trường xuất khẩu có kim ngạch đạt trên 100 triệu USD.", 9,
     100),
]  # fmt: skip
# Near misses: a rate named by "số" reaches its level; an amount a clause of its own
# reaches after a comma, or that "đạt" reaches with no measure named, stays a level.
_REACHED_LEVELS = [
    ("Năm 2023, số tiêu chí bình quân đạt 15,2 tiêu chí/xã trở lên.", None, 15.2),
    ("Năm 2023, tỉnh có 120 doanh nghiệp, doanh thu đạt trên 500 tỷ đồng.", 120, 500),
    ("Năm 2023, xuất khẩu của 3 doanh nghiệp FDI đạt trên 50 triệu USD.", None, 50),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count", "size"), _REACHED_SIZES)
def test_a_size_the_counted_things_reach_names_them_and_is_no_figure(
    text: str, count: float, size: float
) -> None:
    values = [value for value, _ in kinds_read(text)]
    assert count in values
    assert size not in values


@pytest.mark.parametrize(("text", "count", "level"), _REACHED_LEVELS)
def test_a_level_reached_by_a_rate_or_a_clause_stays_a_figure(
    text: str, count: float | None, level: float
) -> None:
    values = [value for value, _ in kinds_read(text)]
    assert level in values
    assert count is None or count in values


# Subjects of a "lần lượt" list that each open with the same head noun and hold commas of
# their own ("nhóm nông sản, thủy sản và nhóm nhiên liệu, khoáng sản lần lượt giảm …"): the
# head said again starts each subject, the commas inside join its parts.
_HEADED_SUBJECTS = [
    ("Năm 2019, nhóm hàng dệt may, da giày và nhóm hàng điện tử, linh kiện lần lượt tăng 5% và "
     "12% so với cùng kỳ.", 12, "nhóm hàng điện tử, linh kiện"),
    ("Sáu tháng đầu năm 2023, khu vực nông, lâm, thủy sản và khu vực công nghiệp, xây dựng lần "
     "lượt tăng 3,2% và 8,9%.", 3.2, "khu vực nông, lâm, thủy sản"),
    ("Năm 2022, sản lượng thủy sản nuôi trồng, khai thác và sản lượng lúa đông xuân, hè thu lần "
     "lượt tăng 4% và 2%.", 2, "sản lượng lúa đông xuân, hè thu"),
]  # fmt: skip
# Near misses: names that share no head said again, or each say it with no comma inside,
# stay one each.
_PLAIN_SUBJECTS = [
    ("Năm 2020, xuất khẩu gạo, cà phê và hạt tiêu lần lượt tăng 5%, 7% và 9%.", 7, "cà phê"),
    ("Năm 2020, khách quốc tế, khách nội địa và khách lưu trú lần lượt tăng 5%, 9% và 11%.", 9,
     "khách nội địa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _HEADED_SUBJECTS + _PLAIN_SUBJECTS)
def test_a_head_said_again_starts_each_subject_of_a_respective_list(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


# "chiếm tỷ trọng x%" after a subject's other figures of its clause is that subject's share,
# as a bare "chiếm x%" is: the words "tỷ trọng" name the measure, not the subject.
_SHARE_WORDS = [
    ("Năm 2015, nhóm hàng công nghiệp chế biến tăng 19,2% so với cùng kỳ, chiếm tỷ trọng 78,7% "
     "tổng kim ngạch xuất khẩu.", 78.7,
     "tỷ trọng nhóm hàng công nghiệp chế biến trong tổng kim ngạch xuất khẩu"),
    ("Năm 2021, doanh thu bán lẻ hàng hóa đạt 20.000 tỷ đồng, tăng 7% so với năm trước, chiếm "
     "tỷ trọng 80,5% tổng mức.", 80.5, "tỷ trọng doanh thu bán lẻ hàng hóa trong tổng mức"),
    ("Quý I/2024, xuất khẩu thủy sản đạt 45 triệu USD, giảm 3% so với cùng kỳ, chiếm tỉ trọng "
     "12,4% tổng kim ngạch.", 12.4, "tỷ trọng xuất khẩu thủy sản trong tổng kim ngạch"),
]  # fmt: skip
# Near misses: a share whose subject stands right before "chiếm tỷ trọng", and a bare
# "chiếm", read as before.
_SHARE_NAMED = [
    ("Năm 2022, khu vực dịch vụ chiếm tỷ trọng 30,6% trong GRDP.", 30.6,
     "tỷ trọng khu vực dịch vụ"),
    ("Năm 2015, nhóm hàng công nghiệp chế biến tăng 19,2% so với cùng kỳ, chiếm 78,7% tổng kim "
     "ngạch xuất khẩu.", 78.7,
     "tỷ trọng nhóm hàng công nghiệp chế biến trong tổng kim ngạch xuất khẩu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SHARE_WORDS + _SHARE_NAMED)
def test_chiem_ty_trong_after_a_subjects_figures_is_that_subjects_share(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# An item that names only its market, after "sang" or "từ" or bare ("…; sang Hàn Quốc 640
# triệu USD"), trades as the item before it in the sentence did, with its own market.
_MARKET_ITEMS = [
    ("Quý I/2023, xuất khẩu sang Mỹ đạt 2,1 tỷ USD, tăng 5%; sang Hàn Quốc 640 triệu USD, giảm "
     "1,2%.", 640, "xuất khẩu sang Hàn Quốc"),
    ("Năm 2022, nhập khẩu từ Trung Quốc đạt 1,2 tỷ USD, tăng 8%; từ Hàn Quốc 450 triệu USD, tăng "
     "3%.", 450, "nhập khẩu từ Hàn Quốc"),
    ("Năm 2021, kim ngạch xuất khẩu sang thị trường EU đạt 800 triệu USD, tăng 12%; Nhật Bản 300 "
     "triệu USD, tăng 4%.", 300, "kim ngạch xuất khẩu sang Nhật Bản"),
    ("Năm 2022, xuất khẩu sang Mỹ đạt 1 tỷ USD; sang EU đạt 500 triệu USD, tăng 3%.", 500,
     "xuất khẩu sang EU"),
]  # fmt: skip
# Near misses: a place after an item that named no market, and a source of funds after
# "từ", keep their readings.
_NOT_MARKETS = [
    ("Năm 2023, xuất khẩu của Bắc Ninh đạt 50 tỷ USD; Thái Nguyên 30 tỷ USD.", 30,
     "xuất khẩu Thái Nguyên"),
    ("Năm 2020, vốn ngân sách tỉnh 200 tỷ đồng; từ Trung ương 300 tỷ đồng.", 300, "từ Trung ương"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MARKET_ITEMS + _NOT_MARKETS)
def test_an_item_naming_only_its_market_trades_as_the_item_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sentence that opens on a structure ("Về cơ cấu hàng xuất khẩu 6 tháng đầu năm 2020,
# …") names the whole its parts' shares are of: a share "chiếm x%" is its part's, never
# the structure's.
_STRUCTURE_TOPICS = [
    ("Về cơ cấu hàng nhập khẩu quý I/2024, nhóm hàng cần nhập khẩu đạt 20 tỷ USD, giảm 2% so với "
     "cùng kỳ, chiếm 88% tổng kim ngạch.", 88,
     "tỷ trọng kim ngạch nhóm hàng cần nhập khẩu trong tổng kim ngạch"),
    ("Về cơ cấu kinh tế năm 2023, khu vực dịch vụ đạt 12.000 tỷ đồng, chiếm 45,2%.", 45.2,
     "tỷ trọng khu vực dịch vụ"),
    ("Về cơ cấu kinh tế năm 2023, khu vực dịch vụ chiếm 45,2%, công nghiệp 30,1%.", 30.1,
     "tỷ trọng công nghiệp"),
]  # fmt: skip
# Near miss: a topic that names a measure still names the share's subject.
_MEASURE_TOPICS = [
    ("Về xuất khẩu, 6 tháng đầu năm 2020 đạt 64 tỷ USD, chiếm 52,8% tổng kim ngạch.", 52.8,
     "tỷ trọng xuất khẩu trong tổng kim ngạch"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _STRUCTURE_TOPICS + _MEASURE_TOPICS)
def test_a_structure_opening_the_sentence_is_the_whole_not_the_shares_subject(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A share set in parentheses right after its subject, with its measure named ("thị trường
# châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%"), is that subject's share: the parenthesis
# is no part of the name. Near miss: a subject before "chiếm tỉ trọng" with no parenthesis
# keeps its reading.
_PAREN_SHARES = [
    ("Năm 2022, thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ.", 6.33,
     "tỷ trọng thị trường châu Âu"),
    ("Năm 2023, nhóm hàng nông sản (chiếm tỷ trọng 12%) giảm 3% so với cùng kỳ.", 12,
     "tỷ trọng nhóm hàng nông sản"),
    ("Năm 2022, hộ nghèo (chiếm tỷ lệ 3,2%) giảm 1,1% so với năm trước.", 3.2, "tỷ lệ hộ nghèo"),
    ("Năm 2022, khu vực dịch vụ chiếm tỉ trọng 30,6% trong GRDP.", 30.6,
     "tỉ trọng khu vực dịch vụ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PAREN_SHARES)
def test_a_share_in_parentheses_after_its_subject_names_no_parenthesis(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Enterprises named by who owns them ("doanh nghiệp trong nước", "doanh nghiệp nhà nước",
# "doanh nghiệp tư nhân") are a sector whose level is reported, not an actor whose verb
# names the measure: the name keeps "doanh nghiệp".
_OWNED_SECTORS = [
    ("Năm 2015, khu vực FDI ước đạt 82,2 tỷ USD, tăng 21,1%, còn doanh nghiệp trong nước 35,5 "
     "tỷ USD, giảm 2,7%.", 35.5, "doanh nghiệp trong nước"),
    ("Quý I/2023, doanh nghiệp nhà nước đạt 1.200 tỷ đồng, tăng 5% so với cùng kỳ.", 1200,
     "doanh nghiệp nhà nước"),
    ("Năm 2022, doanh nghiệp tư nhân đạt 3,4 tỷ USD, tăng 12% so với năm trước.", 3.4,
     "doanh nghiệp tư nhân"),
]  # fmt: skip
# Near misses: enterprises that acted ("đã nộp") are still the actor of their verb.
_ACTING_ENTERPRISES = [
    ("Năm 2015, các doanh nghiệp nhà nước đã nộp ngân sách 350 tỷ đồng.", 350, "nộp ngân sách"),
    ("Năm 2015, doanh nghiệp đã nộp ngân sách 350 tỷ đồng.", 350, "nộp ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OWNED_SECTORS + _ACTING_ENTERPRISES)
def test_enterprises_named_by_their_owner_are_a_sector_not_an_actor(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
