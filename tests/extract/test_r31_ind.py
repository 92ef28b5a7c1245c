"""Round 31 (indicator): what a count counts, and where an incident's name comes from.

A count of places where a measure rose or fell ("IIP tăng ở 61 địa phương") counts the
places that have the measure risen, "địa phương có IIP tăng" (risen_places.py); a count
of visitors served by a provider ("các cơ sở lưu trú phục vụ 1,5 triệu lượt khách") keeps
the provider, which tells those who stayed from those on tours (visitors.py); incidents
the sentence itself names first ("Về tai nạn giao thông, toàn quốc xảy ra 923 vụ") are
what its bare counts of "vụ" and of people harmed are of, over incidents the passage
counted before (measures.py); candidates admitted are the new Party members, whatever
bound stands before their number (measures.py); documents a session adopts are named by
the act and the documents (session_acts.py); a part after "gồm" names its own things
(sibling_items.py); the last amount of a list, unnamed before its number, is named by how
it was got (money_sources.py); a share a verb acts on is the rate of that act on the
things after the number (acted_shares.py).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Tính chung 6 tháng, chỉ số sản xuất công nghiệp tăng ở 58 địa phương và giảm ở "
            "5 địa phương.",
            58,
            "địa phương có chỉ số sản xuất công nghiệp tăng",
        ),
        (
            "Tính chung 6 tháng, chỉ số sản xuất công nghiệp tăng ở 58 địa phương và giảm ở "
            "5 địa phương.",
            5,
            "địa phương có chỉ số sản xuất công nghiệp giảm",
        ),
        ("So với cùng kỳ, GRDP quý II tăng ở 60 địa phương.", 60, "địa phương có GRDP tăng"),
        (
            "Năm 2023, số người chết vì tai nạn giao thông giảm ở 40 tỉnh, thành phố.",
            40,
            "tỉnh, thành phố có số người chết vì tai nạn giao thông giảm",
        ),
    ],
)
def test_a_count_of_places_where_a_measure_rose_counts_the_places_that_have_it_risen(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: places that are no count of where a measure rose or fell
        (
            "Năm 2024, tỉnh có 12 địa phương đạt chuẩn nông thôn mới.",
            12,
            "địa phương đạt chuẩn nông thôn mới",
        ),
        (
            "Giá trị sản xuất công nghiệp tăng ở tất cả các huyện, trong đó 5 huyện tăng trên 10%.",
            5,
            "huyện",
        ),
    ],
)
def test_places_counted_for_no_rise_keep_their_own_name(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Tháng 9, các cơ sở lưu trú ước phục vụ 420 nghìn lượt khách, tăng 8% so với cùng kỳ.",
            420,
            "lượt khách do các cơ sở lưu trú phục vụ",
        ),
        (
            "Quý I, cơ sở lữ hành trên địa bàn phục vụ 96 nghìn lượt khách.",
            96,
            "lượt khách do cơ sở lữ hành phục vụ",
        ),
        (
            "Năm 2023, các doanh nghiệp lữ hành đã phục vụ hơn 250.000 lượt khách quốc tế.",
            250000,
            "lượt khách quốc tế do các doanh nghiệp lữ hành phục vụ",
        ),
    ],
)
def test_visitors_a_provider_served_are_named_with_the_provider(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: a place, or the whole trade, that receives visitors
        ("Năm 2023, Phú Yên đón 736.540 lượt khách.", 736540, "lượt khách du lịch đến Phú Yên"),
        ("Tháng 6, toàn tỉnh ước đón 510.000 lượt khách.", 510000, "lượt khách du lịch"),
    ],
)
def test_visitors_a_place_received_keep_the_place(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Quý I, công an phát hiện 1.200 vụ phạm tội về trật tự xã hội. Về tai nạn giao "
            "thông, toàn tỉnh xảy ra 85 vụ, làm chết 40 người, bị thương 62 người.",
            85,
            "số vụ tai nạn giao thông",
        ),
        (
            "Quý I, công an phát hiện 1.200 vụ phạm tội về trật tự xã hội. Về tai nạn giao "
            "thông, toàn tỉnh xảy ra 85 vụ, làm chết 40 người, bị thương 62 người.",
            40,
            "số người chết do tai nạn giao thông",
        ),
        (
            "Trong tháng, lực lượng chức năng xảy ra 15 vụ cháy được dập tắt kịp thời. Riêng "
            "tai nạn lao động, toàn tỉnh xảy ra 6 vụ, làm chết 3 người.",
            6,
            "số vụ tai nạn lao động",
        ),
    ],
)
def test_incidents_the_sentence_names_first_are_what_its_bare_counts_are_of(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: the sentence names no incident, so the passage's last one holds
        (
            "Tai nạn giao thông được kiềm chế. Trong tháng, toàn tỉnh xảy ra 12 vụ, làm chết "
            "7 người.",
            12,
            "số vụ tai nạn giao thông",
        ),
        (
            "Toàn tỉnh xảy ra 30 vụ tai nạn giao thông. Riêng đường bộ xảy ra 28 vụ, làm chết "
            "15 người.",
            28,
            "số vụ tai nạn giao thông đường bộ",
        ),
    ],
)
def test_bare_counts_of_incidents_in_a_sentence_naming_none_keep_the_passage_s(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Candidates admitted ("kết nạp 12 quần chúng") are the new Party members, with the bound
# of a target between ("ít nhất", "tối thiểu", "không dưới") or a second act after "và".
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Năm 2024, Đảng bộ xã phấn đấu kết nạp tối thiểu 5 quần chúng ưu tú.",
            5,
            "kết nạp đảng viên mới",
        ),
        ("Năm 2025, mỗi chi bộ kết nạp ít nhất 2 quần chúng.", 2, "kết nạp đảng viên mới"),
        (
            "Năm 2023, Đảng bộ huyện kết nạp 48 quần chúng ưu tú vào Đảng và trao huy hiệu Đảng "
            "cho 120 đảng viên.",
            48,
            "kết nạp đảng viên mới",
        ),
    ],
)
def test_candidates_admitted_with_a_bound_or_a_second_act_are_new_members(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: candidates described by more than their merit, or taught, not admitted
        (
            "Năm 2023, Đảng bộ tỉnh kết nạp 420 quần chúng từng vi phạm chính sách dân số.",
            420,
            "kết nạp quần chúng từng vi phạm chính sách dân số",
        ),
        (
            "Năm 2023, huyện mở lớp bồi dưỡng cho 120 quần chúng ưu tú.",
            120,
            "mở lớp bồi dưỡng quần chúng ưu tú",
        ),
    ],
)
def test_candidates_not_simply_admitted_keep_their_words(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Documents a session adopts ("thông qua 25 nghị quyết") are named by the act and the
# documents, not by what they are about nor by the clause before.
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Ngày 10/12/2023, HĐND tỉnh khai mạc kỳ họp thứ 15, thông qua 25 nghị quyết về kinh "
            "tế - xã hội.",
            25,
            "thông qua nghị quyết",
        ),
        (
            "Tháng 3/2023, Huyện ủy họp hội nghị bất thường, thông qua 4 nghị quyết về các chương "
            "trình trọng tâm.",
            4,
            "thông qua nghị quyết",
        ),
        (
            "Năm 2023, kỳ họp thông qua 12 nghị quyết về đầu tư công, trong đó có 4 nghị quyết về "
            "ngân sách.",
            12,
            "thông qua nghị quyết",
        ),
    ],
)
def test_documents_a_session_adopts_are_named_by_the_act_and_the_documents(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near miss: targets a congress adopts are named by the targets
        (
            "Năm 2023, Đại hội thông qua 28 chỉ tiêu về kinh tế - xã hội.",
            28,
            "chỉ tiêu về kinh tế - xã hội",
        ),
    ],
)
def test_targets_a_congress_adopts_are_named_by_the_targets(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A part listed after "gồm" ("gồm 83 dự án trong nước") names its own things: "gồm" is a
# verb, so the part is no bare item that borrows the head of the count before it.
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Năm 2023, tỉnh thu hút mới và bổ sung vốn cho 60 dự án, gồm 45 dự án trong nước với "
            "vốn đăng ký 3.000 tỷ đồng và 15 dự án nước ngoài.",
            45,
            "dự án trong nước",
        ),
        (
            "Năm 2023, huyện thu hút và bổ sung vốn cho 12 dự án, gồm 9 dự án du lịch với tổng vốn "
            "800 tỷ đồng.",
            9,
            "dự án du lịch",
        ),
        (
            "Năm 2023, tỉnh mới bổ sung vốn cho 30 dự án, gồm 20 dự án nông nghiệp với vốn 500 tỷ "
            "đồng.",
            20,
            "dự án nông nghiệp",
        ),
    ],
)
def test_a_part_after_gom_names_its_own_things(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near miss: a bare item after a full one still takes the first item's head
        (
            "Năm 2023, kim ngạch xuất khẩu hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD.",
            150,
            "kim ngạch xuất khẩu hàng giày dép",
        ),
    ],
)
def test_a_bare_item_after_a_full_one_still_takes_its_head(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# The last amount of a list, with no words before its number, is named by how and from
# where it was got, said after its unit ("và 5 tỷ đồng huy động từ các doanh nghiệp"),
# not by the item before it.
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Năm 2024, tổng kinh phí là 20 tỷ đồng, gồm ngân sách tỉnh 15 tỷ đồng và 5 tỷ đồng "
            "huy động từ các doanh nghiệp.",
            5,
            "huy động từ các doanh nghiệp",
        ),
        (
            "Năm 2023, kinh phí thực hiện 120 tỷ đồng, trong đó ngân sách huyện 100 tỷ đồng và 20 "
            "tỷ đồng được vận động từ nhân dân.",
            20,
            "vận động từ nhân dân",
        ),
        (
            "Năm 2024, huyện chi 8 tỷ đồng, trong đó ngân sách xã 6 tỷ đồng và 2 tỷ đồng trích từ "
            "quỹ phòng chống thiên tai.",
            2,
            "trích từ quỹ phòng chống thiên tai",
        ),
    ],
)
def test_a_last_amount_with_no_name_before_it_is_named_by_how_it_was_got(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: an item named before its number, a part from a source only
        (
            "Năm 2024, tổng kinh phí là 20 tỷ đồng, gồm ngân sách tỉnh 15 tỷ đồng và ngân sách "
            "huyện 5 tỷ đồng.",
            5,
            "ngân sách huyện",
        ),
        (
            "Tổng kinh phí là 90 tỷ đồng, trong đó 64 tỷ đồng từ ngân sách Trung ương.",
            64,
            "kinh phí từ ngân sách Trung ương",
        ),
    ],
)
def test_amounts_named_before_or_by_a_source_keep_their_names(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A share that is the object of a verb ("giải quyết 80% số đơn khiếu nại") is the rate of
# the act on the things named after the number, not the bare verb.
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Năm 2024, Viện kiểm sát phấn đấu giải quyết ít nhất 80% số đơn khiếu nại.",
            80,
            "tỷ lệ giải quyết đơn khiếu nại",
        ),
        (
            "Đến năm 2025, hệ thống kênh mương đáp ứng trên 85% nhu cầu tưới tiêu.",
            85,
            "tỷ lệ hệ thống kênh mương đáp ứng nhu cầu tưới tiêu",
        ),
        (
            "Năm 2023, sóng phát thanh phủ 99% khu dân cư.",
            99,
            "tỷ lệ sóng phát thanh phủ khu dân cư",
        ),
    ],
)
def test_a_share_a_verb_acts_on_is_the_rate_of_the_act_on_its_things(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # near misses: a level's verb, a plan's words, an object already named
        ("Năm 2023, tỷ lệ che phủ rừng đạt 42% diện tích tự nhiên.", 42, "tỷ lệ che phủ rừng"),
        ("Thành phố đặt mục tiêu tăng trưởng 8% cho cả năm 2025.", 8, "tăng trưởng"),
        (
            "Năm 2024, phấn đấu xử lý 90% số vụ vi phạm được phát hiện.",
            90,
            "tỷ lệ vụ vi phạm được phát hiện được xử lý",
        ),
    ],
)
def test_shares_no_verb_acts_on_keep_their_names(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name
