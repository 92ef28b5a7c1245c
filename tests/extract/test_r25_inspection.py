"""Sentences for the twenty-fifth round's inspection helper (inspection): constructions of
inspection, citizens' complaints, courts and judgment-enforcement reports that real pages,
read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures

# A sanction or a referral names its kind after the act ("kiến nghị xử lý kỷ luật hành
# chính", "kiểm điểm rút kinh nghiệm", "chuyển cơ quan điều tra"); the second count listed
# after it ("130 tập thể, 186 cá nhân") is of the same act, however long the act's name.
_SANCTIONED_PAIRS = [
    ("Năm 2023, Thanh tra tỉnh kiến nghị xử lý kỷ luật hành chính 42 tập thể, 97 cá nhân.", 97,
     "Thanh tra tỉnh kiến nghị xử lý kỷ luật hành chính cá nhân"),
    ("Qua thanh tra, đoàn kiến nghị kiểm điểm rút kinh nghiệm 6 tập thể và 21 cá nhân.", 21,
     "kiến nghị kiểm điểm rút kinh nghiệm cá nhân"),
    ("Quý I/2024, cơ quan thanh tra chuyển cơ quan điều tra 3 vụ việc, 5 đối tượng.", 5,
     "thanh tra chuyển cơ quan điều tra đối tượng"),
    ("Năm 2022, ngành thanh tra đề nghị xử lý hành chính 15 tổ chức, 40 cá nhân.", 40,
     "thanh tra đề nghị xử lý hành chính cá nhân"),
]  # fmt: skip
# Near misses: another act joined by "và" before the act, a time before it, and a verb that
# sanctions nothing keep their readings.
_NOT_SANCTIONED_PAIRS = [
    ("Sáu tháng đầu năm 2020, Công an tỉnh đã bắt giữ 206 vụ, 326 đối tượng liên quan đến "
     "hành vi tàng trữ, vận chuyển, mua bán trái phép chất ma túy và khởi tố 160 vụ với 221 "
     "bị can.", 221, "bị can vụ"),
    ("Về môi trường, trong kỳ khởi tố 5 vụ, 13 bị can.", 13, "bị can môi trường"),
    ("Năm 2024, số hộ nghèo được hỗ trợ vay vốn ưu đãi 120 hộ, 30 người.", 30, "người"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SANCTIONED_PAIRS + _NOT_SANCTIONED_PAIRS)
def test_a_second_count_after_a_sanction_with_its_kind_is_of_the_same_sanction(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Land listed right after money is what the same act found or took back: an inspection
# states its findings and recoveries as money, then land ("kiến nghị thu hồi 2,3 tỷ đồng và
# 18 ha đất"), with "và" or a comma between.
_LAND_AFTER_MONEY = [
    ("Năm 2019, cơ quan thanh tra đã kiến nghị thu hồi 2,3 tỷ đồng và 18 ha đất.", 18,
     "kiến nghị thu hồi đất"),
    ("Quý I/2016, thanh tra phát hiện vi phạm về kinh tế 231,4 tỷ đồng, 73,5 ha đất.", 73.5,
     "thanh tra phát hiện vi phạm về kinh tế đất"),
    ("Năm 2018, toàn ngành đã thu hồi về ngân sách 15,9 tỷ đồng và 1.305 m2 đất.", 1305,
     "thu hồi về ngân sách đất"),
]  # fmt: skip
# Near misses: a crop's area after money, land after a count, and land in a clause of its
# own keep their readings.
_NOT_LAND_AFTER_MONEY = [
    ("Năm 2023, doanh thu đạt 20 tỷ đồng, 15 ha lúa.", 15, "diện tích lúa"),
    ("Năm 2023, huyện đã bồi thường 20 tỷ đồng và giải phóng mặt bằng 15 ha đất.", 15,
     "diện tích giải phóng mặt"),
    ("Năm 2023, huyện đã thu hồi 18 ha đất.", 18, "diện tích thu hồi đất"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LAND_AFTER_MONEY + _NOT_LAND_AFTER_MONEY)
def test_land_listed_right_after_money_is_of_the_moneys_act(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sanction or a referral after "và" is the next act however many words stand before its
# number ("335,6 ha đất và đề nghị cơ quan có thẩm quyền xem xét xử lý 22.619,9 tỷ đồng"):
# the counted words before it end there, and the next figure is named by the act.
_ACT_AFTER_AND = [
    ("Năm 2016, thanh tra kiến nghị thu hồi 731,5 tỷ đồng, 335,6 ha đất và đề nghị cơ quan có "
     "thẩm quyền xem xét xử lý 2.619,9 tỷ đồng.", 2619.9,
     "đề nghị cơ quan có thẩm quyền xem xét xử lý"),
    ("Năm 2016, huyện đã trồng 335,6 ha rừng và đề nghị cơ quan chức năng xem xét xử lý 22 vụ.",
     335.6, "diện tích trồng rừng"),
    ("Năm 2021, thanh tra phát hiện 27 đơn vị vi phạm và chuyển cơ quan cảnh sát điều tra xem "
     "xét 2 vụ việc.", 2, "chuyển cơ quan cảnh sát điều tra xem xét vụ việc"),
    ("Năm 2021, đoàn phát hiện 14 cá nhân sai phạm và kiến nghị cơ quan có thẩm quyền kiểm điểm "
     "6 tập thể.", 14, "phát hiện cá nhân sai phạm"),
]  # fmt: skip
# Near misses: the act with no number after it is the counted things' own predicate, and a
# Party's "chuyển đảng chính thức" is no referral.
_NOT_ACT_AFTER_AND = [
    ("Năm 2021, huyện có 12 hộ được hỗ trợ và xử lý dứt điểm.", 12,
     "hộ được hỗ trợ và xử lý dứt điểm"),
    ("Từ đầu năm đến tháng 10/2020, Đảng ủy Khối đã xét kết nạp 90 đảng viên mới và chuyển đảng "
     "chính thức cho 165 đảng viên dự bị.", 165, "chuyển đảng chính thức"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ACT_AFTER_AND + _NOT_ACT_AFTER_AND)
def test_a_sanction_after_and_ends_the_counted_words_before_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Courts and judgment enforcement give the rate of what they settled in each thing counted
# ("đạt tỷ lệ 97,8% về số vụ và 94,5% về số bị cáo"): the second rate is the first one's,
# in the thing written after it, after "và" or a comma.
_RATE_IN_OWN_ITEM = [
    ("Năm 2021, tỷ lệ thi hành xong đạt 78% về việc và 41% về tiền.", 41,
     "tỷ lệ thi hành xong về tiền"),
    ("Năm 2021, toàn ngành thi hành xong 5.024 việc và 289 tỷ đồng, đạt tỷ lệ 78% về việc, 41% "
     "về tiền.", 41, "tỷ lệ thi hành xong việc về tiền"),
    ("Năm 2022, tỷ lệ giải quyết, xét xử án hình sự đạt 97,8% về số vụ và 94,5% về số bị cáo.",
     94.5, "tỷ lệ giải quyết, xét xử án hình sự về số bị cáo"),
]  # fmt: skip
# Near misses: a topic "về việc làm" opening a clause, a rate the next clause names itself,
# and the first rate keep their readings.
_NOT_RATE_IN_OWN_ITEM = [
    ("Năm 2021, tỷ lệ hộ nghèo là 3,2%, về việc làm có 41% lao động qua đào tạo.", 41,
     "về việc làm"),
    ("Năm 2021, tỷ lệ giải quyết đạt 90% về số vụ, số bị cáo đạt 88%.", 88, "số bị cáo"),
    ("Năm 2021, tỷ lệ thi hành xong đạt 78% về việc và 41% về tiền.", 78,
     "tỷ lệ thi hành xong"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RATE_IN_OWN_ITEM + _NOT_RATE_IN_OWN_ITEM)
def test_a_second_rate_in_its_own_thing_counted_is_the_first_rates(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A body that "có tổng số" of a work to settle is no word of the total: "Tòa án nhân dân tỉnh
# có tổng số thụ lý 2.100 vụ án" is the total accepted, however the body is named.
_TOTAL_HELD = [
    ("Năm 2020, các cơ quan thi hành án dân sự tỉnh Quảng Ngãi có tổng số phải giải quyết 8.169 "
     "việc.", 8169, "tổng số phải giải quyết"),
    ("Năm 2020, Tòa án nhân dân tỉnh có tổng số thụ lý 2.100 vụ án, đã giải quyết 1.950 vụ án.",
     2100, "tổng số thụ lý"),
    ("Năm 2020, Chi cục Thi hành án dân sự huyện có tổng số phải thi hành 1.320 việc.", 1320,
     "tổng số phải thi hành"),
    ("Năm 2020, Trường có tổng số học sinh là 1.200 em.", 1200, "tổng số học sinh"),
]  # fmt: skip
# Near misses: a total with its noun after the number, and a share of the total.
_NOT_TOTAL_HELD = [
    ("Năm 2020, huyện có tổng số 1.200 hộ nghèo.", 1200, "tổng số hộ nghèo"),
    # ("trên tổng số" takes the total after it: no words of the count, round 28)
    ("Năm 2020, toàn tỉnh có 1.200 hộ nghèo trên tổng số 45.000 hộ.", 1200, "hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _TOTAL_HELD + _NOT_TOTAL_HELD)
def test_the_body_that_has_a_total_is_no_word_of_it(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# What inspectors, procurators and courts issue and receive is counted by its whole noun
# ("ban hành 6 quyết định xử phạt", "24 kết luận thanh tra", "thụ lý 430 tin báo, tố giác"),
# not by its first syllable ("quyết", "kết", "tin", "tố").
_WHOLE_NOUNS = [
    ("Năm 2019, thanh tra ban hành 6 quyết định xử phạt vi phạm hành chính với số tiền hơn 30,7 "
     "triệu đồng.", 6, "quyết định"),
    ("Năm 2019, thanh tra tỉnh đôn đốc thực hiện 24 kết luận thanh tra với tổng số tiền sai "
     "phạm hơn 11,8 tỷ đồng.", 24, "kết luận"),
    ("Năm 2018, Viện Kiểm sát đã thụ lý 430 tin báo, tố giác tội phạm.", 430, "tin báo"),
    ("Năm 2020, cơ quan điều tra tiếp nhận 2.028 tố giác và 4.258 tin báo về tội phạm.", 2028,
     "tố giác"),
]  # fmt: skip
# Near misses: news items and calls are "tin" as before, and "quyết định" before an act and
# its money is no count.
_NOT_WHOLE_NOUNS = [
    ("Năm 2023, đài đã đăng tải 120 tin, bài về kinh tế.", 120, "tin"),
    ("Năm 2023, huyện tiếp nhận 35 tin phản ánh qua đường dây nóng.", 35, "tin"),
    ("Năm 2023, UBND tỉnh quyết định hỗ trợ 5 tỷ đồng cho 20 hộ.", 5, "tỷ đồng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _WHOLE_NOUNS + _NOT_WHOLE_NOUNS)
def test_what_inspectors_and_procurators_issue_is_counted_by_its_whole_noun(
    text: str, value: float, unit: str
) -> None:
    units = [f.unit for f in extract_figures(text, year=2024) if f.value == value]
    assert units == [unit]
