"""Probe sentences for the twenty-second round's indicator helper (ind): what a figure's
name leaves out because the grammar puts it outside the subject.

Sentences are in the style of statistics releases, district and Party news and
resolutions; each table has near misses that look alike and must keep their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A link to the sentence before ("Tuy vậy", "Nhờ đó", "Ngược lại", "Vì vậy") opens the
# sentence and names nothing; the subject comes after it, with or without a comma.
_LINKED = [
    ("Tuy vậy, tăng trưởng kinh tế đầu năm mới đạt 7,23%.", 7.23, "tăng trưởng kinh tế đầu năm"),
    ("Nhờ đó hơn 5.300 hộ thoát nghèo.", 5300, "hộ thoát nghèo"),
    ("Vì vậy, tỷ lệ hộ nghèo toàn huyện giảm còn 3,2%.", 3.2, "tỷ lệ hộ nghèo toàn huyện"),
    ("Ngược lại, lượt khách tham quan ước đạt 4,5 triệu lượt khách.", 4.5,
     "lượt khách tham quan"),
    ("Do đó số vốn giải ngân mới đạt 1.200 tỷ đồng.", 1200, "số vốn giải ngân"),
    ("Thế nhưng, số doanh nghiệp giải thể lên tới 120 doanh nghiệp.", 120,
     "số doanh nghiệp giải thể"),
    ("Trái lại, đàn lợn chỉ còn 12.000 con.", 12000, "đàn lợn"),
    ("Tuy vậy vẫn còn 4 xã có tỷ lệ hộ nghèo trên 20%.", 4, "xã có tỷ lệ hộ nghèo trên 20%"),
]  # fmt: skip
# Near misses: a subordinate clause before the comma, or a name that merely holds such a
# word, keep the names they had.
_NOT_LINKED = [
    ("Tuy tăng trưởng chậm lại, thu ngân sách vẫn đạt 300 tỷ đồng.", 300, "thu ngân sách"),
    ("Do ảnh hưởng của dịch bệnh, sản lượng lúa giảm còn 20.000 tấn.", 20000, "sản lượng lúa"),
    ("Tuy nhiên, thu ngân sách trên địa bàn chỉ đạt 85% dự toán.", None,
     "thu ngân sách trên địa bàn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LINKED + _NOT_LINKED)
def test_a_link_to_the_sentence_before_is_no_word_of_the_subject(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "..., khi X lần lượt là a, b": "when" opens a clause with a subject of its own, and
# "lần lượt" (respectively) belongs to its predicate.
_WHEN = [
    ("Dù vậy, con số này vẫn cao hơn nhiều so với quý I của giai đoạn 2011 - 2017, khi mức "
     "tăng trưởng lần lượt là 5,9% (2011), 4,75% (2012) và 5,15% (2017).", 4.75,
     "mức tăng trưởng"),
    ("Kết quả này cao hơn hẳn năm 2019, khi tỷ lệ giải ngân chỉ đạt 45%.", 45,
     "tỷ lệ giải ngân"),
    ("Năm 2020 là năm khó khăn của huyện, khi thu ngân sách chỉ đạt 3.200 tỷ đồng.", 3200,
     "thu ngân sách"),
    ("Tình hình đã cải thiện rõ rệt so với năm 2019, khi số vụ tai nạn giao thông lên tới "
     "120 vụ.", 120, "số vụ tai nạn giao thông"),
    ("Tỷ lệ giải ngân của hai huyện lần lượt là 62% và 58%.", 58,
     "Tỷ lệ giải ngân của hai huyện"),
]  # fmt: skip
# Near misses: "khi" that leaves something out stays in the name; "khí" is a noun.
_NOT_WHEN = [
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Khi không tính dầu khí thì GRDP tăng 6,5%.", None, "GRDP không tính dầu khí"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Khi loại trừ yếu tố giá, tổng mức bán lẻ hàng hóa tăng 5,2%.", None,
     "tổng mức bán lẻ hàng hóa"),
    ("Khí thải công nghiệp được xử lý đạt 92%.", 92, "Khí thải công nghiệp được xử lý"),
    ("Khí hóa lỏng nhập khẩu đạt 1,2 triệu tấn.", 1.2, "sản lượng Khí hóa lỏng nhập khẩu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WHEN + _NOT_WHEN)
def test_when_opens_a_clause_whose_subject_names_the_figure(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# A structure named in four words ("cơ cấu giá trị sản xuất", "cơ cấu giá trị tăng thêm",
# "cơ cấu lao động nông thôn") opens its list of shares as one of three words does.
_STRUCTURES = [
    ("Cơ cấu giá trị sản xuất gồm nông - lâm - thủy sản 44,16%, công nghiệp - xây dựng "
     "31,74% và thương mại - dịch vụ 24,1%.", 31.74,
     "tỷ trọng công nghiệp - xây dựng trong cơ cấu giá trị sản xuất"),
    ("Cơ cấu giá trị tăng thêm: nông nghiệp 25%, công nghiệp 35%, dịch vụ 40%.", 35,
     "tỷ trọng công nghiệp trong cơ cấu giá trị tăng thêm"),
    ("Năm 2020, cơ cấu lao động nông thôn là nông nghiệp 60%, phi nông nghiệp 40%.", 40,
     "tỷ trọng phi nông nghiệp trong cơ cấu lao động nông thôn"),
    ("Cơ cấu kinh tế năm 2023: nông nghiệp 30,5%, công nghiệp 40,1%, dịch vụ 29,4%.", 40.1,
     "tỷ trọng công nghiệp trong cơ cấu kinh tế"),
]  # fmt: skip
# Near misses: a verb after "cơ cấu" says how the structure moves, and names no structure.
_NOT_STRUCTURES = [
    ("Cơ cấu kinh tế chuyển dịch: công nghiệp 40%, dịch vụ 45%, nông nghiệp 15%.", 45,
     "dịch vụ"),
    ("Cơ cấu cây trồng được chuyển đổi mạnh, diện tích lúa giảm còn 12.000 ha.", 12000,
     "diện tích lúa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _STRUCTURES + _NOT_STRUCTURES)
def test_a_structure_named_in_four_words_opens_its_list_of_shares(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "A đã kéo B xuống", "A đẩy B tăng": a cause drags or pushes the measure, which is the
# object of the verb and names the figure.
_DRAGGED = [
    ("Dịch bệnh đã kéo tốc độ tăng trưởng kinh tế xuống còn 2,1%.", 2.1,
     "tốc độ tăng trưởng kinh tế"),
    # (a price index's bare move is a change since the twenty-third round: no value)
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Giá xăng dầu tăng đã đẩy chỉ số giá tiêu dùng tăng 3,2%.", None, "chỉ số giá tiêu dùng"),
    ("Giá lợn hơi giảm sâu kéo giá trị sản xuất chăn nuôi giảm 5,4%.", None,
     "giá trị sản xuất chăn nuôi"),
    ("Theo UBND tỉnh, sự cố môi trường biển đã kéo tốc độ tăng trưởng kinh tế năm 2016 "
     "xuống, ước chỉ đạt 4,2%.", 4.2, "tốc độ tăng trưởng kinh tế"),
]  # fmt: skip
# Near misses: "kéo dài" extends, "đẩy mạnh" steps up, "xe đầu kéo" is a vehicle.
_NOT_DRAGGED = [
    # ("sang" leads the time and goes with it, round 23)
    ("Vốn kéo dài sang năm 2024 giải ngân được 120 tỷ đồng.", 120, "Vốn kéo dài giải ngân"),
    ("Số xe đầu kéo đăng ký mới đạt 350 chiếc.", 350, "Số xe đầu kéo đăng ký"),
    ("Huyện đẩy mạnh xuất khẩu, kim ngạch đạt 300 triệu USD.", 300,
     "kim ngạch đẩy mạnh xuất khẩu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _DRAGGED + _NOT_DRAGGED)
def test_a_measure_a_cause_drags_or_pushes_is_named_by_the_object(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "..., với A 368 con, B 1.276 con": "with" after a comma opens the things counted, which
# name themselves; the clause before it ("Đàn vật nuôi tăng") is no part of their names.
_WITH_COUNTED = [
    ("Tổng đàn gia súc tăng so với cùng kỳ, với đàn trâu 1.200 con, đàn bò 3.400 con.", 1200,
     "đàn trâu"),
    ("Du lịch phục hồi mạnh, với lượng khách đạt 1,2 triệu lượt.", 1.2, "lượng khách"),
    ("Phong trào thi đua được hưởng ứng rộng rãi, với hộ gia đình văn hóa đạt 12.500 hộ.",
     12500, "hộ gia đình văn hóa"),
]  # fmt: skip
# Near misses: a rate or an amount after "với" is of the clause before it.
_NOT_WITH_COUNTED = [
    ("Phần tăng chủ yếu đến từ công nghiệp chế biến, chế tạo, với mức tăng 13,4% so với cùng "
     "kỳ.", None, "Phần tăng chủ yếu đến từ công nghiệp chế biến, chế tạo"),
    ("Sản xuất vụ Đông Xuân thắng lợi, với năng suất bình quân đạt 65 tạ/ha.", 65,
     "năng suất bình quân"),
    ("Tỉnh thu hút 25 dự án mới, với tổng vốn đăng ký 1.200 tỷ đồng.", 1200,
     "tổng vốn đăng ký dự án mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WITH_COUNTED + _NOT_WITH_COUNTED)
def test_with_after_a_comma_opens_the_things_counted(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "con" is the classifier of animals: livestock listed by its kind with a number of head
# ("trâu 368 con, bò 1.276 con") is the size of each herd, "đàn trâu", not "trâu con".
_HERDS = [
    ("Đàn vật nuôi phát triển ổn định, với trâu 368 con, bò 1.276 con, lợn 902 con.", 1276,
     "đàn bò"),
    ("Tổng đàn gia súc 24 nghìn con, trong đó trâu 1.200 con, bò 3.400 con.", 1200,
     "đàn trâu"),
    ("Toàn xã có gia cầm 14.478 con, dê 217 con.", 217, "đàn dê"),
    ("Năm 2023, lợn nái 2.300 con, lợn thịt 18.000 con.", 2300, "đàn lợn nái"),
    # under a label that names the class of livestock, each kind is a herd of its own
    ("Tổng đàn gia súc: trâu 1.200 con, bò 3.400 con.", 3400, "Tổng đàn bò"),
    ("Đàn gia cầm: gà 12.000 con, vịt 4.500 con.", 4500, "Đàn vịt"),
    ("Năm 2022, tổng đàn: trâu 12.500 con, bò 8.300 con.", 12500, "tổng đàn trâu"),
]  # fmt: skip
# Near misses: a herd already named, animals that are no livestock herd, "con" of things.
_NOT_HERDS = [
    ("Tổng đàn gia cầm trên 340 nghìn con.", 340, "Tổng đàn gia cầm"),
    ("Đàn lợn có 45.000 con.", 45000, "Đàn lợn"),
    ("Tổng đàn gia súc: 24.000 con.", 24000, "Tổng đàn gia súc con"),
    ("Các trại đã thả nuôi tôm 439,5 triệu con.", 439.5, "Các trại đã thả nuôi tôm con"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _HERDS + _NOT_HERDS)
def test_livestock_counted_by_the_head_names_its_herd(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "(Do/Vì) A nên B": the cause clause comes first, and "nên" (so) opens the main clause,
# whose subject names the figure.
_SO = [
    ("Do mưa bão kéo dài nên diện tích gieo trồng chỉ đạt 12.000 ha.", 12000,
     "diện tích gieo trồng"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Giá cả ổn định nên chỉ số giá tiêu dùng chỉ tăng 1,2%.", None, "chỉ số giá tiêu dùng"),
    ("Vì thời tiết thuận lợi nên năng suất lúa đạt 62 tạ/ha.", 62, "năng suất lúa"),
    ("Xã Cẩm Bình về đích sớm hai năm nên được thưởng một công trình phúc lợi trị giá 2 tỷ "
     "đồng.", 2, "được thưởng một công trình phúc lợi trị giá"),
]  # fmt: skip
# Near misses: "trở nên" (becomes) is a verb of the subject, not a clause's start.
_NOT_SO = [
    ("Tình hình trở nên khả quan hơn, thu ngân sách đạt 300 tỷ đồng.", 300, "thu ngân sách"),
    ("Thu ngân sách trở nên khó khăn, chỉ đạt 300 tỷ đồng.", 300,
     "Thu ngân sách trở nên khó khăn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SO + _NOT_SO)
def test_so_opens_the_main_clause_after_its_cause(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "15 công ty, chi nhánh được ... cấp phép lữ hành quốc tế và 11 công ty lữ hành nội địa":
# a stretch after a count that "và" and the next number close is all of the first item's
# words, however long; the next item names itself from its own words.
_CLOSED_ITEMS = [
    ("Hiện Sa Pa có 15 công ty, chi nhánh được Tổng cục Du lịch cấp phép lữ hành quốc tế và "
     "11 công ty lữ hành nội địa.", 11, "công ty lữ hành nội địa"),
    ("Huyện có 12 hợp tác xã, tổ hợp tác được hỗ trợ vốn từ chương trình khuyến nông và 8 "
     "hợp tác xã nông nghiệp kiểu mới.", 8, "hợp tác xã nông nghiệp kiểu mới"),
    ("Toàn tỉnh có 45 trường, điểm trường được đầu tư xây dựng phòng học kiên cố năm nay và "
     "12 trường mầm non được sửa chữa.", 12, "trường mầm non được sửa chữa"),
    ("Hiện Sa Pa có 15 công ty, chi nhánh được Tổng cục Du lịch cấp phép lữ hành quốc tế và "
     "11 công ty lữ hành nội địa.", 15,
     "công ty chi nhánh được Tổng cục Du lịch cấp phép lữ hành quốc tế"),
]  # fmt: skip
# Near miss: a stretch that opens with an act is a clause of its own, as before.
_NOT_CLOSED_ITEMS = [
    ("Lực lượng chức năng bắt giữ 25 đối tượng, tạm giữ nhiều phương tiện vi phạm trên tuyến "
     "quốc lộ và 12 đối tượng khác.", 25, "bắt giữ đối tượng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _CLOSED_ITEMS + _NOT_CLOSED_ITEMS)
def test_a_stretch_the_next_item_closes_belongs_to_the_count_before(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# The same links after a comma ("..., nhờ vậy X đạt ..."): what the stretches before said
# is another clause, and the link opens the one whose subject names the figure.
_LINKED_AFTER_COMMA = [
    ("Kim ngạch xuất khẩu tăng, nhờ vậy thặng dư thương mại đạt 1,2 tỷ USD.", 1.2,
     "thặng dư thương mại"),
    ("Nhiều dự án chậm tiến độ, vì vậy tỷ lệ giải ngân chỉ đạt 45%.", 45, "tỷ lệ giải ngân"),
    ("Thời tiết thuận lợi, dịch bệnh được kiểm soát, nhờ đó sản lượng lúa đạt 52.000 tấn.",
     52000, "sản lượng lúa"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Giá vật tư tăng cao, do đó chi phí sản xuất lúa tăng 12%.", None,
     "chi phí sản xuất lúa"),
]  # fmt: skip
# Near miss: a figure stated before the link keeps its own subject.
_NOT_LINKED_AFTER_COMMA = [
    ("Thu ngân sách đạt 450 tỷ đồng, nhờ đó vượt dự toán 12%.", 450, "Thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LINKED_AFTER_COMMA + _NOT_LINKED_AFTER_COMMA)
def test_a_link_after_a_comma_opens_the_clause_that_names_the_figure(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name


# "…, như TP Cà Mau ước 360 tỷ đồng, huyện Đầm Dơi ước 70 tỷ đồng": places given as
# examples after "như" are items of the measure stated before, whatever hedge ("ước")
# stands between a place and its number, and a place may take four words.
_SUCH_AS_PLACES = [
    ("Thu ngân sách năm 2021 đạt 3.500 tỷ đồng; các đơn vị còn lại chưa đạt, như TP Cà Mau "
     "ước 360 tỷ đồng, huyện Đầm Dơi ước 70 tỷ đồng.", 360, "Thu ngân sách TP Cà Mau"),
    ("Thu ngân sách năm 2021 đạt 3.500 tỷ đồng; các đơn vị còn lại chưa đạt, như TP Cà Mau "
     "ước 360 tỷ đồng, huyện Đầm Dơi ước 70 tỷ đồng.", 70, "Thu ngân sách huyện Đầm Dơi"),
    ("Tổng thu ngân sách đạt 1.200 tỷ đồng, một số địa phương thu cao như thị xã Ayun Pa "
     "ước 150 tỷ đồng, huyện Phú Thiện ước 95 tỷ đồng.", 150,
     "Tổng thu ngân sách thị xã Ayun Pa"),
    ("Diện tích lúa bị thiệt hại 500 ha, nhiều nhất ở một số xã như Hòa Bình ước 120 ha, "
     "Tân Phú ước 85 ha.", 120, "Diện tích lúa bị thiệt hại Hòa Bình"),
]  # fmt: skip
# Near miss: words in lower case after "như" name no place.
_NOT_SUCH_AS_PLACES = [
    ("Sản lượng thủy sản đạt 52.000 tấn, trong đó các loài có giá trị cao như tôm hùm ước "
     "1.200 tấn.", 52000, "Sản lượng thủy sản"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SUCH_AS_PLACES + _NOT_SUCH_AS_PLACES)
def test_places_given_as_examples_are_items_of_the_measure_before(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name
