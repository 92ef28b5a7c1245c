"""Sentences for the twenty-seventh round's indicator helper (ind): lists whose head names
the measure once, in statistics releases and district reports, where an item was named only
by its part.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A structure listed with semicolons ("cơ cấu … gồm: A 38%; B 27%; C 35%"): a semicolon
# between items that hold only their share separates them, so every item is a share in the
# structure, not only the first.
_SEMICOLON_SHARES = [
    ("Năm 2022, cơ cấu kinh tế của huyện gồm: nông, lâm nghiệp và thủy sản 41,2%; công "
     "nghiệp - xây dựng 22,5%; thương mại - dịch vụ 36,3%.", 36.3,
     "tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế"),
    ("Cơ cấu giá trị sản xuất năm 2019 là: nông nghiệp 30,4%; công nghiệp 44,1%; dịch vụ "
     "25,5%.", 44.1, "tỷ trọng công nghiệp trong cơ cấu giá trị sản xuất"),
    ("Đến cuối năm 2020, cơ cấu lao động: nông nghiệp 48,6%; công nghiệp - xây dựng 20,9%; "
     "dịch vụ 30,5%.", 20.9, "tỷ trọng công nghiệp - xây dựng trong cơ cấu lao động"),
]  # fmt: skip
# Near misses: a semicolon after an item that is more than a share closes the list; a
# share with its own verb after the semicolon is no item of it.
_SEMICOLON_CLOSES = [
    ("Cơ cấu kinh tế năm 2022: nông nghiệp 30,4%, thu ngân sách đạt 450 tỷ đồng; dịch vụ "
     "25,5%.", 25.5, "dịch vụ"),
    ("Cơ cấu kinh tế gồm: nông nghiệp 30,4%; tỷ lệ hộ nghèo giảm còn 3,1%.", 3.1,
     "tỷ lệ hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SEMICOLON_SHARES + _SEMICOLON_CLOSES)
def test_a_semicolon_between_shares_of_a_structure_keeps_the_list_open(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sector named bare in a breakdown after the measure ("Theo khu vực: …; công nghiệp - xây
# dựng ước 955 tỷ đồng; dịch vụ ước 3.471 tỷ đồng"): items of the list said between, two
# words a dash joins among them, are passed over back to the measure, and a sector of the
# economy of more than three words ("nông, lâm nghiệp, thủy sản") is such an item too.
_SECTOR_ITEMS = [
    ("Năm 2019, tổng giá trị gia tăng của tỉnh ước 8.120 tỷ đồng. Theo khu vực: nông, lâm "
     "nghiệp, thủy sản ước 2.310 tỷ đồng; công nghiệp - xây dựng ước 1.870 tỷ đồng; dịch vụ "
     "ước 3.940 tỷ đồng.", 3940, "giá trị gia tăng dịch vụ"),
    ("Năm 2019, tổng giá trị gia tăng của tỉnh ước 8.120 tỷ đồng. Theo khu vực: nông, lâm "
     "nghiệp, thủy sản ước 2.310 tỷ đồng; công nghiệp - xây dựng ước 1.870 tỷ đồng.", 2310,
     "giá trị gia tăng nông, lâm nghiệp, thủy sản"),
    ("Kim ngạch xuất khẩu 6 tháng đạt 1,2 tỷ USD. Xét theo nhóm hàng, điện tử - linh kiện "
     "đạt 640 triệu USD; rau quả đạt 95 triệu USD.", 95, "kim ngạch xuất khẩu rau quả"),
]  # fmt: skip
# Near misses: a longer item that is no sector keeps its own words; an item after another
# measure said between keeps its own name; a sector in the measure's own clause is named
# with it.
_SECTOR_KEPT = [
    ("Năm 2019, tổng giá trị gia tăng của tỉnh ước 8.120 tỷ đồng. Theo khu vực: doanh "
     "nghiệp nhà nước trung ương ước 2.310 tỷ đồng.", 2310,
     "doanh nghiệp nhà nước trung ương"),
    ("Kim ngạch xuất khẩu 6 tháng đạt 1,2 tỷ USD. Thu ngân sách đạt 900 tỷ đồng; rau quả đạt "
     "95 tỷ đồng.", 95, "rau quả"),
    ("Giá trị sản xuất nông, lâm nghiệp, thủy sản năm 2021 đạt 2.310 tỷ đồng.", 2310,
     "Giá trị sản xuất nông, lâm nghiệp, thủy sản"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SECTOR_ITEMS + _SECTOR_KEPT)
def test_a_sector_listed_bare_after_the_measure_takes_the_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A part of a whole taken over a scope, where the whole was named with the letters that
# stand for it ("chỉ số sản xuất toàn ngành công nghiệp (IIP) …; trong đó khai khoáng giảm
# 9,92%"): the part is the measure of that branch alone, as it is when no letters follow.
_LETTERED_WHOLES = [
    ("Chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I/2024 tăng 7,2% so với cùng kỳ. Riêng "
     "tháng 3, IIP tăng 4,1%; trong đó khai khoáng giảm 2,6%, chế biến, chế tạo tăng 5,3%.",
     5.3, "Chỉ số sản xuất ngành chế biến, chế tạo"),
    ("Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2023 giảm 1,4% so với tháng trước. "
     "Tính chung 9 tháng, IIP tăng 6,9% so với cùng kỳ; trong đó sản xuất và phân phối điện "
     "tăng 12,2%, khai khoáng giảm 3,3%.", -3.3, "Chỉ số sản xuất ngành khai khoáng"),
    ("Theo Cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp (IIP) năm 2022 tăng 9,8%. Cả "
     "năm, IIP tăng 9,8% so với năm trước; trong đó cung cấp nước, xử lý rác thải "
     "tăng 4,4%.", 4.4, "chỉ số sản xuất ngành cung cấp nước, xử lý rác thải"),
]  # fmt: skip
# Near misses: the whole keeps its letters; a whole with no scope ("chỉ số sản xuất công
# nghiệp (IIP)") is followed by the part as before.
_LETTERED_KEPT = [
    ("Chỉ số sản xuất toàn ngành công nghiệp (IIP) quý I/2024 tăng 7,2% so với cùng kỳ. Riêng "
     "tháng 3, IIP tăng 4,1%; trong đó khai khoáng giảm 2,6%.", 7.2,
     "Chỉ số sản xuất toàn ngành công nghiệp (IIP)"),
    ("Chỉ số sản xuất công nghiệp (IIP) quý I/2024 tăng 7,2% so với cùng kỳ. Riêng tháng 3, "
     "IIP tăng 4,1%; trong đó khai khoáng giảm 2,6%.", -2.6,
     "Chỉ số sản xuất công nghiệp khai khoáng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _LETTERED_WHOLES + _LETTERED_KEPT)
def test_a_branch_of_a_whole_named_with_its_letters_is_that_branchs_measure(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


# A level in parentheses right after what a figure is ranked against ("vượt gạo (1,2 tỉ
# USD)", "đứng sau dệt may (520 triệu USD)", "sau Cà Mau (278.365 ha)") is that rival's
# level in the measure of the figure before it: the ranking words are no part of its name.
_RIVALS = [
    ("Năm 2022, kim ngạch xuất khẩu thủy sản của tỉnh đạt 410 triệu USD, tăng 8,2%, vượt gỗ "
     "và sản phẩm gỗ (380 triệu USD), chỉ đứng sau dệt may (520 triệu USD).", 520,
     "kim ngạch xuất khẩu dệt may"),
    ("Năm 2021, diện tích trồng cà phê của huyện đạt 12.400 ha, đứng thứ ba trong tỉnh, sau "
     "Krông Pắc (28.500 ha) và Cư M'gar (24.100 ha).", 24100, "diện tích trồng cà phê Cư M'gar"),
    ("Sáu tháng đầu năm 2023, sản lượng thủy sản của Bến Tre đạt 210.000 tấn, xếp sau Cà Mau "
     "(330.000 tấn).", 330000, "sản lượng thủy sản Cà Mau"),
]  # fmt: skip
# Near misses: a plan or a year in that place is no rival; a part in parentheses after
# "trong đó" is no rival either.
_NO_RIVALS = [
    ("Năm 2023, thu ngân sách đạt 520 tỷ đồng, vượt kế hoạch (480 tỷ đồng).", 480,
     "kế hoạch thu ngân sách"),
    ("Năm 2023, diện tích lúa đạt 12.000 ha, giảm so với năm 2022 (12.500 ha).", 12500,
     "diện tích lúa"),
    ("Sáu tháng đầu năm 2023, sản lượng thủy sản của Bến Tre đạt 210.000 tấn, trong đó tôm "
     "(85.000 tấn).", 85000, "sản lượng tôm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RIVALS + _NO_RIVALS)
def test_a_level_in_parentheses_after_a_rival_is_that_rivals_in_the_same_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A source that reports the figure before its subject, with no comma ("Tổng cục Thống kê
# xác nhận GDP … tăng 6,28%", "Sở Tài chính thông báo thu ngân sách … đạt"), is no part of
# the measure's name, as "cho biết" and "công bố" are not.
_REPORTED = [
    ("Tổng cục Thống kê xác nhận GDP quý III/2019 tăng 7,31% so với cùng kỳ năm trước.", 7.31,
     "GDP"),
    ("Sở Tài chính thông báo thu ngân sách 9 tháng năm 2019 đạt 4.120 tỷ đồng.", 4120,
     "thu ngân sách"),
    ("Cục Thống kê xác nhận tổng mức bán lẻ hàng hóa tháng 5/2022 ước đạt 3.460 tỷ đồng.",
     3460, "tổng mức bán lẻ hàng hóa"),
]  # fmt: skip
# Near misses: "được xác nhận" after its subject, and "thông báo" inside a counted noun,
# stay words of the name.
_NOT_REPORTED = [
    ("Năm 2023, số hộ nghèo được xác nhận là 1.200 hộ.", 1200, "số hộ nghèo được xác nhận"),
    ("Năm 2023, huyện có 45 trường hợp được xác nhận là hộ nghèo.", 45,
     "trường hợp được xác nhận là hộ nghèo"),
    ("Năm 2022, tỉnh có 120 văn bản thông báo kết luận thanh tra.", 120,
     "văn bản thông báo kết luận thanh tra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _REPORTED + _NOT_REPORTED)
def test_a_source_reporting_before_the_subject_is_no_word_of_its_name(
    text: str, value: float, name: str
) -> None:
    if value == 7.31:
        assert name_read(text, None, value) == name
    else:
        assert name_read(text, value) == name


# The end of a threshold said with the count before ("… từ 15 tiêu chí nông thôn mới trở
# lên và 3 xã …", "… từ 1 tỷ đồng một năm trở lên và 12 hợp tác xã …") closes that count's
# clause: the next count's name starts after it and the joint, not with its words.
_THRESHOLD_ENDS = [
    ("Năm 2022, huyện có 8 xã đạt từ 15 tiêu chí nông thôn mới trở lên và 3 xã đạt dưới 10 "
     "tiêu chí.", 3, "xã đạt dưới 10 tiêu chí"),
    ("Năm 2023, có 30 hợp tác xã có doanh thu từ 1 tỷ đồng một năm trở lên và 12 hợp tác xã "
     "thua lỗ.", 12, "hợp tác xã thua lỗ"),
    ("Năm 2022, toàn tỉnh có 85 trang trại quy mô từ 500 con lợn trở xuống và 40 trang trại "
     "nuôi gà.", 40, "trang trại nuôi gà"),
]  # fmt: skip
# Near misses: a threshold with its own number inside the name stays ("người từ 60 tuổi"),
# and so does one that ends the name it is in.
_THRESHOLD_KEPT = [
    ("Năm 2023, tỉnh có 1.200 người từ 60 tuổi trở lên và trẻ em dưới 6 tuổi được cấp thẻ.",
     1200, "người từ 60 tuổi"),
    ("Năm 2023, có 45 doanh nghiệp sử dụng từ 1.000 lao động trở lên.", 45,
     "doanh nghiệp sử dụng từ 1.000 lao động trở lên"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _THRESHOLD_ENDS + _THRESHOLD_KEPT)
def test_the_end_of_a_threshold_before_a_count_is_no_word_of_its_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A share of a plan bounded "từ … kế hoạch trở lên": "trở lên" is the share's bound, no work
# the plan is for, so the share keeps the name its clause gives it.
_BOUNDED_PLANS = [
    ("Năm 2025, tỉnh yêu cầu các sở, ngành giải ngân vốn đầu tư công từ 90% kế hoạch trở lên.",
     90, "giải ngân vốn đầu tư công"),
    ("Năm 2024, huyện phấn đấu các xã thu ngân sách đạt từ 100% kế hoạch trở lên.", 100,
     "thu ngân sách"),
    ("Nghị quyết yêu cầu năm 2026 các chủ đầu tư giải ngân vốn ODA từ 85% kế hoạch trở lên.",
     85, "yêu cầu các chủ đầu tư giải ngân vốn ODA"),
]  # fmt: skip
# Near misses: a plan named by its work keeps naming the share; a plan's own words after
# its noun ("kế hoạch tỉnh giao") name nothing, as before.
_WORK_PLANS = [
    ("Năm 2023, huyện hoàn thành 105% kế hoạch trồng rừng.", 105, "trồng rừng"),
    ("Năm 2025, các chủ đầu tư phải giải ngân vốn ODA từ 80% kế hoạch tỉnh giao trở lên.", 80,
     "các chủ đầu tư phải giải ngân vốn ODA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _BOUNDED_PLANS + _WORK_PLANS)
def test_the_bound_after_a_plans_noun_names_no_work(text: str, percent: float, name: str) -> None:
    assert name_read(text, None, percent) == name


# "tới" or "đến" between a share's verb and its number ("chiếm tới 92%", "chiếm đến 63%")
# only stresses how large the share is, as "khoảng" or "gần" say how near: the share is
# named as it is without them.
_STRESSED_SHARES = [
    ("Năm 2025, giá trị sản xuất công nghiệp đạt hơn 1 triệu tỷ đồng, trong đó khu vực FDI "
     "chiếm tới 92%.", 92, "tỷ trọng khu vực FDI"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2022, tổng vốn đầu tư toàn xã hội đạt 41.000 tỷ đồng, tăng 9%; vốn ngoài nhà nước "
     "tăng 12% và chiếm đến 63% tổng vốn.", 63, "tỷ trọng vốn ngoài nhà nước trong tổng vốn"),
    ("Năm 2023, huyện còn 2.100 hộ nghèo; hộ nghèo là người dân tộc thiểu số chiếm tới 87% số "
     "hộ nghèo.", 87, "tỷ lệ người dân tộc thiểu số trong số hộ nghèo"),
]  # fmt: skip
# Near misses: "khoảng" and a share with no word before its number read as before.
_PLAIN_SHARES = [
    ("Năm 2023, khu vực dịch vụ chiếm khoảng 40% GRDP.", 40,
     "tỷ trọng khu vực dịch vụ trong GRDP"),
    ("Năm 2023, giá trị sản xuất công nghiệp đạt 9.000 tỷ đồng, trong đó khu vực FDI chiếm "
     "85%.", 85, "tỷ trọng khu vực FDI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _STRESSED_SHARES + _PLAIN_SHARES)
def test_a_share_stressed_with_toi_is_named_as_a_plain_share(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "vừa" before the verb of a count ("tỉnh vừa có thêm 7 xã …") says the act was just done,
# as "mới" and "đã" say when: no word of the name.
_JUST_DONE = [
    ("Theo Sở Nông nghiệp, tỉnh vừa có thêm 7 xã đạt chuẩn nông thôn mới.", 7,
     "xã đạt chuẩn nông thôn mới"),
    ("Tháng 9/2023, thành phố vừa khởi công 12 công trình giao thông.", 12,
     "khởi công công trình giao thông"),
    ("Quý I/2024, huyện vừa có thêm 3 hợp tác xã được thành lập.", 3,
     "hợp tác xã được thành lập"),
]  # fmt: skip
# Near misses: "vừa" of a size ("nhỏ và vừa") and of "vừa … vừa …" (both) stay in the name.
_BOTH_OR_SIZE = [
    ("Năm 2023, tỉnh có 2.300 doanh nghiệp nhỏ và vừa.", 2300, "doanh nghiệp nhỏ và vừa"),
    ("Tỉnh có 4 huyện vừa là huyện nghèo vừa là huyện biên giới.", 4,
     "huyện vừa là huyện nghèo vừa là huyện biên giới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _JUST_DONE + _BOTH_OR_SIZE)
def test_vua_before_a_counts_verb_is_no_word_of_its_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A subject that names a measure of mass of its own ("tổng công suất", "khối lượng") is not
# given "sản lượng" before it for a unit of mass: capacity and volume are what it measures.
_OWN_MASS_MEASURES = [
    ("Năm 2023, tỉnh có 12 nhà máy xay xát lúa gạo, tổng công suất hơn 900.000 tấn mỗi năm.",
     900000, "tổng công suất nhà máy xay xát lúa gạo"),
    ("Năm 2022, khối lượng hàng hóa thông qua cảng đạt 4,2 triệu tấn.", 4.2,
     "khối lượng hàng hóa thông qua cảng"),
    ("Năm 2023, tổng công suất các nhà máy chế biến thức ăn chăn nuôi đạt 1,2 triệu tấn.", 1.2,
     "tổng công suất các nhà máy chế biến thức ăn chăn nuôi"),
]  # fmt: skip
# Near misses: an act or a good in tonnes is still output.
_OUTPUTS = [
    ("Năm 2023, tỉnh thu hoạch 42.000 tấn lúa.", 42000, "sản lượng thu hoạch lúa"),
    ("Năm 2023, sản lượng thủy sản đạt 210.000 tấn.", 210000, "sản lượng thủy sản"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OWN_MASS_MEASURES + _OUTPUTS)
def test_a_measure_of_mass_named_by_the_subject_takes_no_output_word(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
