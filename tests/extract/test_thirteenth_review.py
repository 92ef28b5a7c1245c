"""Review of the thirteenth round's rules: sentences in other offices' words (a province's
statistics release, a commune's news, a Party review, a Council resolution), where each
rule should fire and near-misses where it must not, with the outputs judged right."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, period_read

SP = "same_period"


@pytest.mark.parametrize(
    ("text", "value", "wanted", "unwanted"),
    [
        # topic_scopes
        ("Về buôn bán hàng giả, trong tháng phát hiện 14 vụ.", 14.0, "buôn bán hàng giả", ""),
        ("Về trật tự an toàn giao thông, lực lượng công an xử phạt 1.250 trường hợp.", 1250.0,
         "trật tự an toàn giao thông", "công an"),
        ("Về tai nạn giao thông, trong năm xảy ra 45 vụ, làm chết 30 người.", 45.0,
         "tai nạn giao thông", ""),
        ("Về nông nghiệp, toàn huyện gieo trồng được 5.200 ha lúa.", 5200.0, "lúa",
         "nông nghiệp"),
        ("Lực lượng kiểm lâm phát hiện 23 vụ vi phạm lâm luật.", 23.0, "vi phạm lâm luật",
         "kiểm lâm"),
        ("Lực lượng lao động từ 15 tuổi trở lên đạt 1,2 triệu người.", 1.2, "lực lượng lao động",
         ""),
        # handed_fields
        ("Trong quý, phát hiện 25 vụ vi phạm về môi trường với 31 đối tượng.", 31.0,
         "vi phạm về môi trường", ""),
        ("Khởi tố 12 vụ án về tham nhũng, 20 bị can.", 20.0, "về tham nhũng", ""),
        ("Bắt giữ 7 vụ về ma túy với 9 đối tượng, thu giữ 120 gam heroin.", 9.0, "về ma túy", ""),
        ("Phát hiện 40 vụ vi phạm về an toàn thực phẩm, xử phạt 35 cơ sở.", 35.0, "xử phạt",
         "an toàn thực phẩm"),
        ("Trong năm, khởi tố 30 vụ về kinh tế và 12 vụ buôn lậu.", 12.0, "buôn lậu", "kinh tế"),
        ("Xử lý 18 vụ vi phạm về khai thác khoáng sản với số tiền 450 triệu đồng.", 450.0,
         "số tiền", ""),
        # mainly_parts
        ("Diện tích rừng trồng mới đạt 2.300 ha, tập trung chủ yếu ở huyện Bá Thước với 900 ha.",
         900.0, "huyện Bá Thước", "chủ yếu"),
        ("Lượng khách tăng chủ yếu ở khu du lịch Tràng An, khoảng 1,5 triệu lượt.", 1.5,
         "Lượng khách khu du lịch Tràng An", "chủ yếu"),
        ("Số ca mắc sốt xuất huyết tập trung chủ yếu tại thành phố Tuy Hòa với 210 ca.", 210.0,
         "thành phố Tuy Hòa", "tập trung"),
        ("Diện tích lúa bị nhiễm rầy nâu phần lớn ở các xã ven sông, khoảng 350 ha.", 350.0,
         "các xã ven sông", "phần lớn"),
        ("Sản lượng thủy sản chủ yếu ở huyện Cần Giờ đạt 12.000 tấn.", 12000.0,
         "Sản lượng thủy sản huyện Cần Giờ", "đạt"),
        ("Chủ yếu ở khu vực nông thôn, tỷ lệ hộ nghèo còn 4,5%.", 4.5, "tỷ lệ hộ nghèo",
         "nông thôn"),
        # fronted_comparisons: a time basis, with no comma, before the subject
        ("Thu ngân sách đạt 850 tỷ đồng; so với cùng kỳ chi ngân sách tăng 9%.", None,
         "chi ngân sách", "so với"),
        ("Sản lượng lúa đạt 52.000 tấn; so với năm trước diện tích gieo trồng giảm 2,5%.", None,
         "diện tích gieo trồng", "năm trước"),
        # mainly_parts: the measure named after "với" leads the name
        ("Các dự án FDI tập trung chủ yếu tại Khu công nghiệp Yên Phong với tổng vốn "
         "2,1 tỷ USD.", 2.1, "tổng vốn các dự án FDI Khu công nghiệp Yên Phong", "với"),
        ("Cây ăn quả phân bố chủ yếu ở huyện Lục Ngạn với sản lượng 180.000 tấn.", 180000.0,
         "sản lượng cây ăn quả huyện Lục Ngạn", "với"),
        ("Khách du lịch tập trung chủ yếu ở thị xã Sa Pa với doanh thu đạt 3.200 tỷ đồng.",
         3200.0, "doanh thu khách du lịch thị xã Sa Pa", "với"),
        ("Doanh nghiệp thành lập mới tập trung chủ yếu tại thành phố Thanh Hóa với số vốn "
         "đăng ký 8.500 tỷ đồng.", 8500.0, "số vốn đăng ký doanh nghiệp thành lập mới", "với"),
    ],
)  # fmt: skip
def test_an_indicator_rule_names_what_its_own_words_measure_and_no_more(
    text: str, value: float, wanted: str, unwanted: str
) -> None:
    name = name_read(text, value)
    assert wanted.lower() in name.lower()
    assert not unwanted or unwanted.lower() not in name.lower()


@pytest.mark.parametrize(
    ("text", "value", "unwanted"),
    [
        # topic_scopes: a count with a noun of its own ('phòng học') is no bare act
        ("Về giáo dục, năm học này xây mới 12 phòng học.", 12.0, "giáo dục"),
    ],
)  # fmt: skip
def test_a_field_heading_stays_out_of_a_count_of_things(
    text: str, value: float, unwanted: str
) -> None:
    assert unwanted not in name_read(text, value).lower()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # narrowed_openings
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Tổng sản phẩm trên địa bàn quý I ước tăng 6,2%. Trong quý, khu vực dịch vụ tăng 7,1%, "
         "khu vực công nghiệp tăng 5,8%.",
         [(None, "estimate"), (None, "estimate"), (None, "estimate")]),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp 9 tháng ước tăng 8,5%. Trong 9 tháng, ngành khai khoáng "
         "giảm 2,3%.", [(None, "estimate"), (None, "estimate")]),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Kim ngạch xuất khẩu 6 tháng ước đạt 2,1 tỷ USD, tăng 10%. Xét về thị trường, xuất "
         "sang Hoa Kỳ tăng 15%.", [(2.1, "estimate"), (None, "estimate")]),
        ("Kim ngạch xuất khẩu 9 tháng ước đạt 2,1 tỷ USD, tăng 10%. Trong 9 tháng, tỉnh thu hút "
         "25 dự án mới.", [(2.1, "estimate"), (25.0, "actual")]),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp 9 tháng tăng 8,5%. Trong 9 tháng, ngành khai khoáng giảm "
         "2,3%.", [(None, "actual"), (None, "actual")]),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "GRDP quý III ước tăng 6,8%. Trong 9 tháng, ngành xây dựng tăng 9,1%.",
         [(None, "estimate"), (None, "actual")]),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Doanh thu bán lẻ 6 tháng đầu năm ước tăng 12%. Bên trong khu công nghiệp, có 120 "
         "doanh nghiệp hoạt động.", [(None, "estimate"), (120.0, "actual")]),
        # current_levels
        ("Phấn đấu nâng tỷ lệ hộ dùng nước sạch từ 85% hiện nay lên 95% vào năm 2030.",
         [(85.0, "actual"), (95.0, "target")]),
        ("Mục tiêu đến năm 2025 giảm tỷ lệ hộ nghèo từ 6,2% hiện nay xuống dưới 3%.",
         [(6.2, "actual"), (3.0, "target")]),
        ("Phấn đấu nâng số xã đạt chuẩn nông thôn mới từ 45 xã hiện nay lên 60 xã.",
         [(45.0, "actual"), (60.0, "target")]),
        ("Phấn đấu nâng tỷ lệ đô thị hóa từ mức 40% hiện tại lên 55% vào năm 2030.",
         [(40.0, "actual"), (55.0, "target")]),
        ("Phấn đấu nâng tỷ lệ lao động qua đào tạo từ 65% như hiện nay lên 75%.",
         [(65.0, "actual"), (75.0, "target")]),
        ("Phấn đấu tăng số doanh nghiệp từ 1.200 doanh nghiệp hiện nay lên 2.000 doanh nghiệp "
         "vào năm 2030.", [(1200.0, "actual"), (2000.0, "target")]),
        # Undated, the level an aim moves a measure from is still where it stands (r22).
        ("Phấn đấu nâng tỷ lệ che phủ rừng từ 42% lên 45% vào năm 2030.",
         [(42.0, "actual"), (45.0, "target")]),
    ],
)  # fmt: skip
def test_a_kind_rule_fires_on_its_construction_and_not_beside_it(
    text: str, kinds: list[tuple[float | None, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # count_rates
        ("Toàn huyện có 1.250 đảng viên được xếp loại hoàn thành tốt nhiệm vụ, đạt 82,5%.",
         [(1250.0, "đảng viên", []), (82.5, "%", [])]),
        ("Có 18 xã đạt chuẩn quốc gia về y tế, bằng 90%.", [(18.0, "xã", []), (90.0, "%", [])]),
        ("45 hợp tác xã hoạt động có hiệu quả, đạt 60%.",
         [(45.0, "hợp tác xã", []), (60.0, "%", [])]),
        ("Đã có 9.800 hộ gia đình được công nhận gia đình văn hóa, đạt 92,3%.",
         [(9800.0, "hộ gia đình", []), (92.3, "%", [])]),
        ("Toàn tỉnh có 35 xã đạt chuẩn nông thôn mới, đạt 87,5% kế hoạch.",
         [(35.0, "xã", [("plan", "ratio", 87.5)])]),
        ("Có 52 trường đạt chuẩn quốc gia, đạt 65% so với kế hoạch.",
         [(52.0, "trường", [("plan", "ratio", 65.0)])]),
        ("Có 320 hộ thoát nghèo, đạt 106,7%.", [(320.0, "hộ", [("other", "ratio", 106.7)])]),
        ("Kết nạp 120 đảng viên mới, đạt 100%.",
         [(120.0, "đảng viên", [("other", "ratio", 100.0)])]),
        # passed_plans
        ("Các chỉ tiêu về lao động đều vượt: đào tạo nghề vượt 12,5%, giải quyết việc làm vượt "
         "4,3%.",
         [(None, "%", [("plan", "change", 12.5)]), (None, "%", [("plan", "change", 4.3)])]),
        ("Thu ngân sách trên địa bàn vượt 15%.", [(None, "%", [("plan", "change", 15.0)])]),
        ("Trong năm, kim ngạch xuất khẩu vượt 7,5%, thu ngân sách vượt 12%.",
         [(None, "%", [("plan", "change", 7.5)]), (None, "%", [("plan", "change", 12.0)])]),
        ("Tỷ lệ che phủ rừng vượt 42%.", [(42.0, "%", [])]),
        ("Độ che phủ rừng vượt 42%.", [(42.0, "%", [])]),
        ("Tỷ suất sinh thô vượt 2%.", [(2.0, "%", [])]),
        ("Lãi suất cho vay bình quân vượt 10%.", [(10.0, "%", [])]),
        ("Năng suất lúa vượt 5% so với năm trước.", [(None, "%", [("previous", "change", 5.0)])]),
        ("Xuất khẩu hàng hóa vượt 10% so với cùng kỳ.", [(None, "%", [(SP, "change", 10.0)])]),
        # basis_clauses
        ("Xuất khẩu cà phê ước đạt 45 nghìn tấn, trị giá 150 triệu USD; so với cùng kỳ, tăng "
         "8,2% về lượng và 25,4% về giá trị.",
         [(45.0, "nghìn tấn", [(SP, "change", 8.2)]),
          (150.0, "triệu usd", [(SP, "change", 25.4)])]),
        ("Sản lượng điện thương phẩm đạt 1.250 triệu kWh; so với cùng kỳ tăng 7,5%.",
         [(1250.0, "triệu kwh", [(SP, "change", 7.5)])]),
        ("Doanh thu dịch vụ lưu trú đạt 3.200 tỷ đồng; so với năm trước, tăng 12%.",
         [(3200.0, "tỷ đồng", [("previous", "change", 12.0)])]),
        ("Thu ngân sách đạt 850 tỷ đồng; so với cùng kỳ, chi ngân sách tăng 9%.",
         [(850.0, "tỷ đồng", []), (None, "%", [(SP, "change", 9.0)])]),
        # carried_shares
        ("Tổng chi ngân sách ước 4.500 tỷ đồng, bằng 78% dự toán. Trong đó: chi đầu tư phát "
         "triển 1.200 tỷ đồng (65%), chi thường xuyên 3.100 tỷ đồng (84%).",
         [(4500.0, "tỷ đồng", [("budget", "ratio", 78.0)]),
          (1200.0, "tỷ đồng", [("budget", "ratio", 65.0)]),
          (3100.0, "tỷ đồng", [("budget", "ratio", 84.0)])]),
        ("Tổng thu ngân sách đạt 3.200 tỷ đồng, bằng 95% dự toán. Cụ thể: thu nội địa 2.900 tỷ "
         "đồng (96%), thu xuất nhập khẩu 300 tỷ đồng (87%).",
         [(3200.0, "tỷ đồng", [("budget", "ratio", 95.0)]),
          (2900.0, "tỷ đồng", [("budget", "ratio", 96.0)]),
          (300.0, "tỷ đồng", [("budget", "ratio", 87.0)])]),
        ("Tổng chi ngân sách ước 4.500 tỷ đồng. Trong đó: chi đầu tư phát triển 1.200 tỷ đồng "
         "(26,7%), chi thường xuyên 3.100 tỷ đồng (68,9%).",
         [(4500.0, "tỷ đồng", []), (1200.0, "tỷ đồng", []), (26.7, "%", []),
          (3100.0, "tỷ đồng", []), (68.9, "%", [])]),
        ("Tổng vốn đầu tư toàn xã hội ước 4.100 tỷ đồng, bằng 105% kế hoạch. Cơ cấu vốn: vốn "
         "nhà nước 1.300 tỷ đồng (32%), vốn ngoài nhà nước 2.800 tỷ đồng (68%).",
         [(4100.0, "tỷ đồng", [("plan", "ratio", 105.0)]), (1300.0, "tỷ đồng", []),
          (32.0, "%", []), (2800.0, "tỷ đồng", []), (68.0, "%", [])]),
        ("Giá trị sản xuất nông nghiệp đạt 5.600 tỷ đồng, bằng 102% kế hoạch. Trong đó: trồng "
         "trọt 3.400 tỷ đồng (60,7%), chăn nuôi 1.900 tỷ đồng (33,9%), dịch vụ 300 tỷ đồng (5,4%).",
         [(5600.0, "tỷ đồng", [("plan", "ratio", 102.0)]), (3400.0, "tỷ đồng", []),
          (60.7, "%", []), (1900.0, "tỷ đồng", []), (33.9, "%", []), (300.0, "tỷ đồng", []),
          (5.4, "%", [])]),
        # count_rates.planned_before: a share of what the sentence planned before
        ("Năm 2024 phấn đấu có 20 xã đạt chuẩn; đến nay có 16 xã đạt chuẩn, đạt 80%.",
         [(20.0, "xã", []), (16.0, "xã", [("plan", "ratio", 80.0)])]),
        ("Kế hoạch năm 2024 trồng 1.000 ha rừng; đến nay đã trồng 850 ha, đạt 85%.",
         [(1000.0, "ha", []), (850.0, "ha", [("plan", "ratio", 85.0)])]),
        ("Chỉ tiêu giao tuyển quân 300 thanh niên; đã tuyển 310 thanh niên, đạt 103,3%.",
         [(300.0, "thanh niên", []), (310.0, "thanh niên", [("plan", "ratio", 103.3)])]),
        # comparisons.read_lead: a time basis, with no comma, then a subject of its own
        ("Thu ngân sách đạt 850 tỷ đồng; so với cùng kỳ chi ngân sách tăng 9%.",
         [(850.0, "tỷ đồng", []), (None, "%", [(SP, "change", 9.0)])]),
        ("Sản lượng lúa đạt 52.000 tấn; so với năm trước diện tích gieo trồng giảm 2,5%.",
         [(52000.0, "tấn", []), (None, "%", [("previous", "change", -2.5)])]),
        ("Tổng mức bán lẻ đạt 12.000 tỷ đồng; so với cùng kỳ năm 2023 doanh thu dịch vụ lưu trú "
         "tăng 15%.", [(12000.0, "tỷ đồng", []), (None, "%", [(SP, "change", 15.0)])]),
        # level_lists: a fall and a rise listed with two verbs
        ("Nhập khẩu phân bón đạt 120 nghìn tấn, trị giá 45 triệu USD; so cùng kỳ giảm 3,1% về "
         "lượng và tăng 2,4% về giá trị.",
         [(120.0, "nghìn tấn", [(SP, "change", -3.1)]),
          (45.0, "triệu usd", [(SP, "change", 2.4)])]),
    ],
)  # fmt: skip
def test_a_comparison_rule_gives_each_share_or_rise_to_what_it_measures(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # cause_times
        ("Do mưa lớn kéo dài trong tháng 9, năm 2023 sản lượng thủy sản của tỉnh chỉ đạt "
         "48.000 tấn, giảm 3%.", 48000.0, (2023, 1, 12)),
        ("Nhờ giá cao su tăng từ tháng 4, kim ngạch xuất khẩu năm 2024 ước đạt 320 triệu USD.",
         320.0, (2024, 1, 12)),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Mặc dù bị ảnh hưởng của bão số 3 vào đầu tháng 9, tổng sản phẩm trên địa bàn năm 2024 "
         "vẫn tăng 6,5%.", None, (2024, 1, 12)),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2024, kim ngạch xuất khẩu tăng 15% do đơn hàng tăng mạnh trong quý II.", None,
         (2024, 1, 12)),
        ("Vì dịch tả lợn châu Phi bùng phát từ tháng 3, tổng đàn lợn năm 2024 giảm 8%.", None,
         (2024, 1, 12)),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Tháng 10, do giá thép tăng trong tháng 9, chỉ số giá sản xuất tăng 1,2%.", None,
         (2024, 10, 10)),
        ("Do dịch bệnh, trong tháng 7 sản lượng thịt hơi xuất chuồng đạt 8.500 tấn.", 8500.0,
         (2024, 7, 7)),
        ("Chỉ số giá tiêu dùng tháng 5 tăng 0,5% so với tháng trước, do giá thực phẩm tăng.",
         None, (2024, 5, 5)),
        ("Trong 6 tháng đầu năm, do thời tiết thuận lợi, năng suất lúa đạt 62 tạ/ha.", 62.0,
         (2024, 1, 6)),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Do trong tháng 3 giá xăng tăng 5%, chỉ số giá tiêu dùng tăng 0,8%.", None, (2024, 3, 3)),
        ("Vốn đầu tư từ ngân sách nhà nước 6 tháng ước đạt 2.100 tỷ đồng, gồm: do tỉnh quản lý "
         "6 tháng đạt 1.500 tỷ đồng, do huyện quản lý 600 tỷ đồng.", 1500.0, (2024, 1, 6)),
        # series_years
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Tăng trưởng kinh tế đạt 6,5% (quý I năm 2024 tăng 6,3%, năm 2023 tăng 5,1%).", None,
         (2024, 1, 3)),
        ("Thu ngân sách đạt 2.300 tỷ đồng (9 tháng năm 2024 đạt 2.150 tỷ đồng, năm 2023 đạt "
         "1.870 tỷ đồng).", 1870.0, (2023, 1, 9)),
        ("Quý I năm 2024 đạt 120 tỷ đồng; năm 2023 đạt 410 tỷ đồng.", 410.0, (2023, 1, 12)),
        ("Thu ngân sách đạt 2.300 tỷ đồng (9 tháng năm 2024 đạt 2.150 tỷ đồng, cả năm 2023 đạt "
         "2.600 tỷ đồng).", 2600.0, (2023, 1, 12)),
        ("Tỷ lệ giải ngân đạt 45% (6 tháng năm 2024 đạt 45%, năm 2025 phấn đấu 95%).", 95.0,
         (2025, 1, 12)),
        # carried_years
        ("Năm 2024, huyện triển khai 15 dự án, trong đó 6 dự án chuyển tiếp từ năm 2023.", 6.0,
         (2024, 1, 12)),
        ("Dự toán năm 2023 được kéo dài sang năm 2024 là 42 tỷ đồng.", 42.0, (2024, 1, 12)),
        ("Năm 2024 có 12 công trình chuyển tiếp, 5 công trình khởi công mới.", 12.0,
         (2024, 1, 12)),
        ("Thời gian thực hiện dự án được kéo dài sang năm 2025, tổng vốn 120 tỷ đồng.", 120.0,
         (2024, None, None)),
        # carried_years: the year projects are carried into is no figure's period either
        ("Năm 2023 có 8 dự án chuyển tiếp sang năm 2024.", 8.0, (2023, 1, 12)),
        ("Năm 2022 tỉnh có 15 công trình chuyển tiếp sang năm 2023.", 15.0, (2022, 1, 12)),
        ("Trong năm 2021, huyện có 4 dự án giao thông chuyển tiếp sang năm 2022 với tổng vốn "
         "320 tỷ đồng.", 320.0, (2021, 1, 12)),
    ],
)  # fmt: skip
def test_a_period_rule_dates_figures_by_their_own_time_not_an_event_or_a_source(
    text: str, value: float | None, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period
