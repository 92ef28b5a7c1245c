"""The demo's content: Bảo Thắng district (Lào Cai) and its Resolution 15-NQ/HU on 2022.

Facts and figures come from two public documents (a district Party resolution and a
news article on its Q1 2022 results); every sentence here is written anew for tiendo.
Plans marked as inferred are computed back from the percentages the article reported.
"""

from __future__ import annotations

import datetime as dt

PROVINCE = {"slug": "lao-cai", "name": "Tỉnh Lào Cai", "kind": "province"}
DISTRICT = {
    "slug": "bao-thang",
    "name": "Huyện Bảo Thắng",
    "kind": "district",
    # The district level ended with the 2025 reform of local government.
    "valid_to": dt.date(2025, 6, 30),
}
PARTY_COMMITTEE = {
    "slug": "dang-bo-huyen-bao-thang",
    "name": "Đảng bộ huyện Bảo Thắng",
    "kind": "party_committee",
}

RESOLUTION = {
    "slug": "15-nq-hu-2022",
    "number": "15-NQ/HU",
    "issuer_name": "Ban Chấp hành Đảng bộ huyện Bảo Thắng",
    "issued_on": dt.date(2021, 12, 30),
    "title": "Nghị quyết về lãnh đạo thực hiện chỉ tiêu, nhiệm vụ chính trị năm 2022",
    "meeting": "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ huyện (họp ngày 21/12/2021)",
    "term": "khóa VII",
    "term_years": "2020 - 2025",
    "theme": "Đoàn kết - Kỷ cương - Thích ứng linh hoạt - Phát triển toàn diện",
    "year_from": 2022,
    "year_to": 2022,
    "main_target_count": 26,
    "previous_review": (
        "Đánh giá năm 2021: dù dịch Covid-19 kéo dài gây nhiều trở ngại, cấp ủy, chính quyền "
        "và các ngành trong huyện vẫn chủ động điều hành, nên phần lớn chỉ tiêu năm 2021 đạt "
        "hoặc vượt mức Nghị quyết, còn 01 chỉ tiêu chưa đạt. Huyện vừa kiểm soát dịch vừa giữ "
        "được đà phát triển kinh tế - xã hội; sản xuất, kinh doanh được duy trì; nông thôn mới "
        "và đô thị văn minh đạt kế hoạch; an sinh xã hội, quốc phòng, an ninh được bảo đảm; "
        "cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp thành công."
    ),
}

RESOLUTION_TEXT = (
    "Tóm tắt Nghị quyết số 15-NQ/HU ngày 30/12/2021 của Ban Chấp hành Đảng bộ huyện "
    "Bảo Thắng (khóa VII, nhiệm kỳ 2020 - 2025).\n\n"
    "Hội nghị lần thứ bảy của Ban Chấp hành, họp ngày 21/12/2021, đã xem xét kết quả năm 2021 "
    "và thống nhất chỉ tiêu, nhiệm vụ trọng tâm cho năm 2022.\n\n"
    "Về năm 2021: phần lớn chỉ tiêu đạt hoặc vượt mức đề ra; còn 01 chỉ tiêu chưa đạt. "
    "Dịch Covid-19 diễn biến phức tạp đã ảnh hưởng nhiều mặt đời sống kinh tế - xã hội.\n\n"
    "Về năm 2022: chủ đề công tác là “Đoàn kết - Kỷ cương - Thích ứng linh hoạt - Phát triển "
    "toàn diện”, với 26 mục tiêu chủ yếu."
)

# Targets the Q1 2022 article reports on. Plans are not in the public text; tiendo
# infers them from the reported percentages (see tiendo.progress) and marks them so.
TARGETS = [
    {
        "ordinal": "1",
        "indicator": "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
        "sector": "Kinh tế",
        "unit": "tỷ đồng",
    },
    {
        "ordinal": "2",
        "indicator": "Giá trị sản xuất ngành thương mại - dịch vụ",
        "sector": "Kinh tế",
        "unit": "tỷ đồng",
    },
    {
        "ordinal": "3",
        "indicator": "Tổng thu ngân sách nhà nước trên địa bàn",
        "sector": "Tài chính - ngân sách",
        "unit": "tỷ đồng",
    },
    {
        "ordinal": "4",
        "indicator": "Kết nạp đảng viên mới",
        "sector": "Xây dựng Đảng",
        "unit": "đảng viên",
    },
]

ARTICLE = {
    "slug": "bao-thang-ket-qua-quy-i-2022",
    "title": "Bảo Thắng: kết quả quý I năm 2022 theo Nghị quyết 15-NQ/HU",
    "issued_on": dt.date(2022, 4, 12),
    "issuer_name": "Cổng thông tin điện tử huyện Bảo Thắng",
    "text": (
        "Bước vào năm 2022, huyện Bảo Thắng thực hiện Nghị quyết số 15-NQ/HU ngày 30/12/2021 "
        "của Ban Chấp hành Đảng bộ huyện với chủ đề “Đoàn kết - Kỷ cương - Thích ứng linh hoạt "
        "- Phát triển toàn diện” và 26 mục tiêu chủ yếu.\n\n"
        "Kết thúc quý I năm 2022, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện "
        "ước đạt 220 tỷ đồng, đạt 23,08% KH. Giá trị sản xuất ngành thương mại - dịch vụ quý I "
        "ước đạt 950 tỷ đồng, đạt 27,4% KH.\n\n"
        "Tổng thu ngân sách nhà nước trên địa bàn quý I năm 2022 đạt 123,4 tỷ đồng, bằng 18% "
        "dự toán tỉnh giao, bằng 16,0% dự toán huyện phấn đấu, bằng 168,4% so với cùng kỳ "
        "năm 2021. Huyện ưu tiên vốn cho các công trình có thể hoàn thành trong năm.\n\n"
        "Công tác xây dựng Đảng tiếp tục được chú trọng: trong quý I năm 2022, toàn huyện kết "
        "nạp 80 quần chúng ưu tú vào Đảng.\n\n"
        "Huyện đặt mục tiêu giữ vững an ninh, trật tự, nâng cao chất lượng tiêu chí nông thôn "
        "mới và hoàn thành các nhiệm vụ chính trị năm 2022."
    ),
}

# Q1 2022 results as the article states them; `clause` locates the provenance span.
RESULTS = [
    {
        "ordinal": "1",
        "kind": "estimate",
        "value": 220.0,
        "clause": "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện ước đạt "
        "220 tỷ đồng, đạt 23,08% KH",
        "comparisons": [
            {"basis": "plan", "measure": "ratio", "percent": 23.08, "basis_text": "KH"}
        ],
    },
    {
        "ordinal": "2",
        "kind": "estimate",
        "value": 950.0,
        "clause": "Giá trị sản xuất ngành thương mại - dịch vụ quý I ước đạt 950 tỷ đồng, "
        "đạt 27,4% KH",
        "comparisons": [{"basis": "plan", "measure": "ratio", "percent": 27.4, "basis_text": "KH"}],
    },
    {
        "ordinal": "3",
        "kind": "actual",
        "value": 123.4,
        "clause": "Tổng thu ngân sách nhà nước trên địa bàn quý I năm 2022 đạt 123,4 tỷ đồng, "
        "bằng 18% dự toán tỉnh giao, bằng 16,0% dự toán huyện phấn đấu, bằng 168,4% so với "
        "cùng kỳ năm 2021",
        "comparisons": [
            {"basis": "budget", "measure": "ratio", "percent": 18.0,
             "basis_text": "dự toán tỉnh giao"},
            {"basis": "budget", "measure": "ratio", "percent": 16.0,
             "basis_text": "dự toán huyện phấn đấu"},
            {"basis": "same_period", "measure": "ratio", "percent": 168.4,
             "basis_text": "cùng kỳ năm 2021"},
        ],
    },
    {
        "ordinal": "4",
        "kind": "actual",
        "value": 80.0,
        "clause": "trong quý I năm 2022, toàn huyện kết nạp 80 quần chúng ưu tú vào Đảng",
        "comparisons": [],
    },
]  # fmt: skip

# Baselines to infer from the reported ratios: (ordinal, baseline kind, basis_text).
INFERRED_BASELINES = [
    ("1", "plan", "KH"),
    ("2", "plan", "KH"),
    ("3", "budget_assigned", "dự toán tỉnh giao"),
    ("3", "budget_self", "dự toán huyện phấn đấu"),
]

# Illustrative only: the public documents name no tasks, so these show the feature.
TASKS = [
    {
        "ordinal": "1",
        "text": "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới ở các xã đã đạt chuẩn "
        "(minh họa).",
        "deadline": dt.date(2022, 12, 31),
    },
    {
        "ordinal": "2",
        "text": "Đẩy nhanh giải phóng mặt bằng các công trình trọng điểm của huyện (minh họa).",
        "deadline": dt.date(2022, 9, 30),
    },
]
