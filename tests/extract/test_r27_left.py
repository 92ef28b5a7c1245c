"""Sentences for the twenty-seventh round's helper on classes of error left from the round
before (left): aims passed with the act they aim at, regions whose names hold lower-case
syllables, institutions named in sentence case, and what a plan's "giao" names.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read, name_read

# An aim passed, then the act it aims at with the number as that act's object ("vượt mục
# tiêu đưa 110.000 lao động", "vượt chỉ tiêu giải quyết việc làm cho 20.000 lao động",
# "vượt kế hoạch trồng mới 1.000 ha rừng"): the number is the aim's level, a target.
_AIM_ACTS = [
    ("Năm 2023, tỉnh đưa 2.600 lao động đi làm việc ở nước ngoài, vượt mục tiêu đưa 2.000 "
     "lao động đi làm việc ở nước ngoài.", (2000, "target")),
    ("Trong năm, huyện đã vượt chỉ tiêu giải quyết việc làm cho 4.500 lao động.",
     (4500, "target")),
    ("Cả năm 2022, xã vượt kế hoạch trồng mới 120 ha rừng sản xuất.", (120, "target")),
]  # fmt: skip
# Near misses: by how much a plan was passed ("vượt kế hoạch 50 ha", with the object named
# before the number, or with the plan's year or setter) is no figure; an aim met states
# the result reached.
_GAPS = [
    ("Năm 2023, huyện trồng 1.050 ha rừng, vượt kế hoạch 50 ha.", (50, None)),
    ("Năm 2023, huyện trồng 1.050 ha rừng, vượt kế hoạch trồng rừng 50 ha.", (50, None)),
    ("Năm 2023, tỉnh tạo việc làm cho 21.300 lao động, vượt chỉ tiêu tỉnh giao 1.300 lao động.",
     (1300, None)),
    ("Năm 2023, tỉnh hoàn thành chỉ tiêu xóa 100% nhà tạm cho hộ nghèo.", (100, "actual")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reading"), _AIM_ACTS + _GAPS)
def test_a_number_after_an_aim_passed_and_its_act_is_the_aims_level(
    text: str, reading: tuple[float, str | None]
) -> None:
    value, kind = reading
    kinds = dict(kinds_read(text, 2023))
    assert kinds.get(value) == kind


@pytest.mark.parametrize("text", [text for text, _ in _AIM_ACTS])
def test_the_aims_level_is_named_by_the_aim_not_by_its_passing(text: str) -> None:
    value = _AIM_ACTS[[t for t, _ in _AIM_ACTS].index(text)][1][0]
    assert not name_read(text, value).lower().startswith(("vượt", "diện tích vượt"))


# Regions named in sentence case, their capitals broken by a common noun ("Đông Nam bộ",
# "Đồng bằng sông Cửu Long", "Trung du và miền núi phía Bắc"): an item named by one is the
# list's measure for that region, and a measure's name keeps the region whole.
_REGIONS = [
    ("Tỷ lệ hộ nghèo năm 2022 theo vùng: Tây Nguyên 8,1%, Đông Nam bộ 0,4%, Đồng bằng sông "
     "Cửu Long 2,6%.", 0.4, "Tỷ lệ hộ nghèo năm 2022 theo vùng Đông Nam bộ"),
    ("Năng suất lúa cả năm 2021 của các vùng: Đồng bằng sông Hồng 61,2 tạ/ha; Bắc Trung bộ 56,8 "
     "tạ/ha; Đồng bằng sông Cửu Long 59,7 tạ/ha.", 59.7,
     "Năng suất lúa cả năm 2021 của các vùng Đồng bằng sông Cửu Long"),
    ("Năm 2020, vốn FDI đăng ký vào Đông Nam bộ đạt 9,5 tỷ USD, vào Duyên hải Nam Trung bộ "
     "đạt 1,2 tỷ USD.", 9.5, "vốn FDI đăng ký vào Đông Nam bộ"),
]  # fmt: skip
# Near misses: regions in capitals alone keep their reading, "Đông Nam Á" is no region of
# the country but a place dropped as "Hàn Quốc" is (not "Á" left alone), and a region that
# acts ("… đã gieo sạ") is dropped as actors are.
_REGION_MISSES = [
    ("Tốc độ tăng GRDP năm 2024 của các vùng: Bắc Trung Bộ 7,9%; Tây Nguyên 6,4%.", 7.9,
     "Tốc độ tăng GRDP năm 2024 của các vùng Bắc Trung Bộ"),
    ("Năm 2022, kim ngạch xuất khẩu sang Đông Nam Á đạt 30 tỷ USD.", 30,
     "kim ngạch xuất khẩu sang"),
    ("Vụ đông xuân năm 2022, vùng Đồng bằng sông Cửu Long đã gieo sạ 1.510 nghìn ha.", 1510,
     "diện tích gieo sạ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _REGIONS + _REGION_MISSES)
def test_a_region_named_in_sentence_case_is_read_whole(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# Institutions named in sentence case with fields of more than two syllables or what they
# manage in lowercase ("Ngân hàng Chính sách xã hội", "… Phát triển nông thôn chi nhánh
# tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"): the whole name is the actor, dropped
# before what it did, not cut with a syllable left in the measure's name.
_INSTITUTIONS = [
    ("Năm 2022, Ngân hàng Chính sách xã hội huyện cho 1.850 hộ vay vốn sản xuất.", 1850,
     "hộ vay vốn sản xuất"),
    ("Năm 2022, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh thu nợ 4.200 tỷ "
     "đồng.", 4200, "thu nợ"),
    ("Năm 2022, Ban Quản lý các khu công nghiệp tỉnh thu hút 820 triệu USD vốn đầu tư.", 820,
     "thu hút vốn đầu tư"),
]  # fmt: skip
# Near misses: a field's syllable that opens the act stays the act's ("Hội Nông dân tổ chức"),
# a department's name closed by an auxiliary is dropped as before, and a name that opens a
# measure of its own ("Bảo hiểm xã hội tỉnh thu") keeps it.
_INSTITUTION_MISSES = [
    ("Năm 2022, Hội Nông dân tổ chức 45 lớp tập huấn kỹ thuật.", 45,
     "tổ chức lớp tập huấn kỹ thuật"),
    ("Năm 2022, Sở Nông nghiệp và Phát triển nông thôn đã cấp 120 giấy chứng nhận VietGAP.", 120,
     "cấp giấy chứng nhận VietGAP"),
    ("Năm 2022, Bảo hiểm xã hội tỉnh thu 3.100 tỷ đồng, bằng 101% kế hoạch.", 3100,
     "Bảo hiểm xã hội tỉnh thu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _INSTITUTIONS + _INSTITUTION_MISSES)
def test_an_institution_named_in_sentence_case_is_one_actor(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A receiver between a verb of giving out and the amount ("giao cho huyện 120 tỷ đồng vốn
# …", "bố trí cho các trường 60 tỷ đồng vốn …"): who got the amount is no part of what it
# is; the measure is the amount given out, named by the words after it.
_RECEIVERS = [
    ("Năm 2021, UBND tỉnh giao cho huyện 95 tỷ đồng vốn đầu tư công.", 95, "receiver"),
    ("Năm 2021, tỉnh đã bố trí cho các trường học 42 tỷ đồng vốn sự nghiệp giáo dục.", 42,
     "receiver"),
    ("Tổng kế hoạch vốn giao cho các chủ đầu tư là 310 tỷ đồng trong năm 2021.", 310,
     "receiver"),
]  # fmt: skip
# Near misses: a verb with "cho" that is the measure ("cho vay"), a receiver counted after
# the verb ("hỗ trợ cho 500 hộ nghèo"), and a receiver with nothing after the amount to
# name what was given keep their reading.
_RECEIVER_MISSES = [
    ("Năm 2021, Quỹ Hỗ trợ nông dân tỉnh cho vay 28 tỷ đồng.", 28,
     "Quỹ Hỗ trợ nông dân tỉnh cho vay"),
    ("Năm 2021, huyện hỗ trợ cho 500 hộ nghèo 2 tỷ đồng.", 2, "hỗ trợ hộ nghèo"),
    ("Năm 2021, UBND tỉnh đã giao cho Sở Y tế 75 tỷ đồng.", 75, "giao cho Sở Y tế"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RECEIVERS + _RECEIVER_MISSES)
def test_who_receives_an_amount_given_out_is_no_part_of_its_name(
    text: str, value: float, name: str
) -> None:
    read = name_read(text, value)
    if name == "receiver":
        assert " cho " not in f" {read} " and read
    else:
        assert read == name


# An amount that opens a new sentence after a list is no item of that list: its hedge
# ("Khoảng", "Gần") is no place that names an item, and "là" after it names what it is
# ("300 tỷ đồng là vốn năm trước chuyển sang"), not the list's last item.
_OPENING_AMOUNTS = [
    ("Sản lượng cà phê năm 2022 đạt 90.000 tấn, trong đó huyện A 40.000 tấn, huyện B 50.000 "
     "tấn. Khoảng 35.000 tấn xuất khẩu trực tiếp.", 35000, "sản lượng xuất khẩu trực tiếp"),
    ("Vốn đầu tư công năm 2022 giải ngân 2.400 tỷ đồng, gồm vốn trung ương 1.500 tỷ đồng, vốn "
     "tỉnh 900 tỷ đồng. 420 tỷ đồng là vốn kéo dài từ năm trước.", 420,
     "vốn kéo dài từ năm trước"),
    ("Năm 2022, doanh thu du lịch đạt 3.200 tỷ đồng, gồm lưu trú 1.400 tỷ đồng, lữ hành 600 tỷ "
     "đồng. Gần 900 tỷ đồng là doanh thu ăn uống.", 900, "doanh thu ăn uống"),
]  # fmt: skip
# Near misses: an item named by a place keeps the list's measure, an amount named before
# its number keeps that name, and "là" with a level after it names nothing.
_OPENING_MISSES = [
    ("Sản lượng cà phê năm 2022 đạt 90.000 tấn, trong đó huyện A 40.000 tấn, Krông Pắc 50.000 "
     "tấn.", 50000, "Sản lượng cà phê Krông Pắc"),
    ("Năm 2022, giải ngân 2.400 tỷ đồng. Riêng vốn kéo dài là 420 tỷ đồng.", 420,
     "vốn kéo dài"),
    ("Năm 2022, thu ngân sách 650 tỷ đồng là cao nhất từ trước đến nay.", 650, "thu ngân sách"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OPENING_AMOUNTS + _OPENING_MISSES)
def test_an_amount_opening_a_sentence_names_what_that_sentence_says(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A plan or document titled in sentence case after "của", "thuộc" or "tại" ("của Đề án giảm
# nghèo", "thuộc Dự án nâng cấp đê", "của Nghị quyết 68") is no place's name: it is kept
# whole, not cut to "án …" or "quyết 68"; money spent "với tổng kinh phí" on things is
# that sum for them.
_DOCUMENT_NAMES = [
    ("Năm 2021, tổng kinh phí của Đề án phát triển cây dược liệu là 18 tỷ đồng.", 18,
     "tổng kinh phí của Đề án phát triển cây dược liệu"),
    ("Năm 2021, số hộ hưởng lợi thuộc Dự án nâng cấp đê biển là 2.300 hộ.", 2300,
     "số hộ hưởng lợi thuộc Dự án nâng cấp đê biển"),
    ("Năm 2021, tỉnh triển khai các chính sách hỗ trợ của Nghị quyết 12 với tổng kinh phí 64 tỷ "
     "đồng.", 64, "tổng kinh phí triển khai các chính sách hỗ trợ của Nghị quyết 12"),
]  # fmt: skip
# Near misses: a place after "của" is still dropped, and an office titled in sentence case
# keeps its reading.
_DOCUMENT_MISSES = [
    ("Năm 2021, thu ngân sách của huyện Tân Phú đạt 310 tỷ đồng.", 310, "thu ngân sách"),
    ("Năm 2021, kinh phí của Chương trình mục tiêu quốc gia giảm nghèo là 120 tỷ đồng.", 120,
     "kinh phí của Chương trình mục tiêu quốc gia giảm nghèo"),
    ("Năm 2021, vốn vay của Ngân hàng Chính sách xã hội đạt 2.100 tỷ đồng.", 2100,
     "vốn vay của Ngân hàng Chính sách xã hội"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _DOCUMENT_NAMES + _DOCUMENT_MISSES)
def test_a_document_titled_in_sentence_case_is_kept_whole(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A map's or a plan's scale ("quy hoạch chi tiết 1/500", "bản đồ địa chính 1/2000") is no
# quantity: "1/500 khu dân cư" counts no residential area.
_SCALES = [
    ("Năm 2022, phê duyệt đồ án quy hoạch chi tiết 1/500 khu tái định cư diện tích 18 ha.",
     [18.0]),
    ("Năm 2022, hoàn thành đo đạc bản đồ địa chính 1/1000 thị trấn với 6.200 thửa đất.",
     [6200.0]),
    ("Năm 2022, tỉnh lập quy hoạch phân khu 1/2.000 khu đô thị mới diện tích 430 ha.", [430.0]),
]  # fmt: skip
# Near misses: a fraction of targets is a count, one over a hundred or more with no words
# of a map before it is one too, and a map's words alone leave its area a quantity.
_NO_SCALES = [
    ("Năm 2022, huyện đạt 12/15 chỉ tiêu chủ yếu.", [12.0]),
    ("Năm 2022, có 1/120 hộ được kiểm tra đạt chuẩn.", [1.0]),
    ("Năm 2022, bản đồ số hóa được 1.250 ha.", [1250.0]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _SCALES + _NO_SCALES)
def test_a_maps_scale_is_no_quantity(text: str, values: list[float]) -> None:
    assert [value for value, _ in kinds_read(text, 2022)] == values


# A size inside the name of the things counted, closed by "trở lên", after a long counted
# noun ("210 hộ sản xuất kinh doanh giỏi có thu nhập từ 500 triệu đồng trở lên"): the size
# says which households are counted, no figure of its own.
_LONG_CLASSES = [
    ("Năm 2022, huyện có 210 hộ sản xuất kinh doanh giỏi cấp tỉnh có thu nhập từ 500 triệu "
     "đồng trở lên.", [210.0]),
    ("Năm 2022, tỉnh có 64 hợp tác xã dịch vụ nông nghiệp tổng hợp có doanh thu "
     "từ 3 tỷ đồng trở lên.", [64.0]),
    ("Năm 2022, toàn tỉnh có 38 doanh nghiệp chế biến nông sản xuất khẩu có vốn điều lệ từ 20 "
     "tỷ đồng trở lên.", [38.0]),
]  # fmt: skip
# Near misses: a count with its own size after "và" is a second act, a level after "với"
# is the total's, and a bare "trên" after the count's noun is the count's own level.
_LONG_CLASS_MISSES = [
    ("Năm 2022, toàn tỉnh có 38 doanh nghiệp mới và kết nạp từ 30 hội viên trở lên.",
     [38.0, 30.0]),
    ("Năm 2022, toàn tỉnh có 380 hợp tác xã với tổng doanh thu trên 2.000 tỷ đồng.",
     [380.0, 2000.0]),
    ("Năm 2022, số lao động có việc làm mới trên 25.000 người.", [25000.0]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _LONG_CLASSES + _LONG_CLASS_MISSES)
def test_a_size_inside_a_long_counted_name_is_no_figure(text: str, values: list[float]) -> None:
    assert [value for value, _ in kinds_read(text, 2022)] == values
