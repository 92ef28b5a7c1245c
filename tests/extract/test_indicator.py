from __future__ import annotations

import pytest

from tiendo.extract.indicator import subject_indicator
from tiendo.extract.units import counted_noun, measure_noun


@pytest.mark.parametrize(
    ("pre", "unit", "kind", "tail", "expected"),
    [
        ("Toàn huyện đã gieo trồng", "ha", "measure", "cây các loại",
         "diện tích gieo trồng cây các loại"),
        ("Lượng khách du lịch đến huyện là", "lượt", "count", "", "Lượng khách du lịch đến huyện"),
        ("Đảng bộ huyện Xuân Lộc kết nạp được", "đảng viên", "count", "mới",
         "kết nạp đảng viên mới"),
        ("Hiện huyện có", "xã", "count", "đạt chuẩn nông thôn mới",
         "xã đạt chuẩn nông thôn mới"),
        ("hồ tiêu ước trên", "nghìn tấn", "measure", "", "sản lượng hồ tiêu"),
        ("Huyện ủy phấn đấu tỷ lệ phát triển đảng viên mới đạt từ", "%", "percent", "",
         "tỷ lệ phát triển đảng viên mới"),
        ("Theo báo cáo của Sở, thu ngân sách nhà nước ước đạt", "tỷ đồng", "money", "",
         "thu ngân sách nhà nước"),
        ("Ảnh hưởng của dịch bệnh khiến lượng khách đến Gia Lai chỉ đạt trên", "lượt", "count",
         "", "lượng khách"),
        ("giá trị sản xuất công nghiệp của thành phố Vũng Tàu ước", "tỷ đồng", "money", "",
         "giá trị sản xuất công nghiệp"),
    ],
)  # fmt: skip
def test_the_indicator_is_the_subject_or_is_named_from_verb_and_unit(
    pre: str, unit: str, kind: str, tail: str, expected: str
) -> None:
    assert subject_indicator(pre, unit=unit, unit_kind=kind, tail=tail) == expected


@pytest.mark.parametrize(
    ("unit", "noun"),
    [("ha", "diện tích"), ("nghìn ha", "diện tích"), ("tấn", "sản lượng"),
     ("vạn tấn", "sản lượng"), ("tạ/ha", "năng suất"), ("tỷ đồng", ""), ("%", "")],
)  # fmt: skip
def test_units_of_area_mass_and_yield_name_their_measure(unit: str, noun: str) -> None:
    assert measure_noun(unit) == noun


def test_the_counted_noun_leaves_out_the_scale_word() -> None:
    assert counted_noun("triệu lượt khách") == "lượt khách"


def _with_letter(word: str, at: int) -> list[str]:
    """`word` with the letter at `at` replaced by each character to U+22FF."""
    return [word[:at] + chr(code) + word[at + 1 :] for code in range(0x2300)]


def test_the_letters_looked_at_before_the_causative_pattern_are_all_that_open_a_match() -> None:
    from tiendo.extract.causatives import _CAUSATIVE, without_causative

    words = ["khiến cho x", "khiến x", "làm cho x", "làm", "giúp x", "gây ra x", "gây"]
    for word in words:
        for at in (0, 1, 2):
            for text in _with_letter(word, at):
                if _CAUSATIVE.match(text):
                    assert without_causative(text) != text, repr(text)
    assert without_causative("gieo trồng") == "gieo trồng"
    assert without_causative("làm việc ngoài tỉnh") == "làm việc ngoài tỉnh"


def test_the_letters_looked_at_before_the_recording_pattern_are_all_that_open_a_match() -> None:
    from tiendo.extract.indicator import _RECORDED, _may_be_recorded

    for word in ["ghi nhận thêm x", "ghi nhận", "xảy ra x", "xảy ra"]:
        for at in (0, 1):
            for text in _with_letter(word, at):
                if _RECORDED.match(text):
                    assert _may_be_recorded(text), repr(text)
    assert not _may_be_recorded("giải quyết việc làm")


@pytest.mark.parametrize(
    "text",
    [
        "thu giữ 3 kg", "đã tịch thu", "tiêu hủy", "tiêu huỷ hàng", "vận chuyển trái phép",
        "tàng trữ", "buôn bán", "thu nhập", "doanh thu", "gieo trồng",
    ],
)  # fmt: skip
def test_seized_is_the_pattern_searched_after_a_plain_look_up(text: str) -> None:
    from tiendo.extract.indicator import _SEIZED, _seized

    assert _seized(text) == bool(_SEIZED.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "đã khám ", "sẽ làm ", "vẫn còn ", "đều đạt ", "cũng tăng ", "được cấp ", "mới trồng ",
        "chỉ đạt ", "chỉ tiêu ", "tiếp tục giảm ", "đang làm ", "kết nạp ", "gieo trồng ",
    ],
)  # fmt: skip
def test_a_text_the_adverbs_pattern_changes_holds_one_of_the_words_looked_up(text: str) -> None:
    from tiendo.extract.indicator import _ADVERBS, _may_hold_adverb

    if _ADVERBS.search(text):
        assert _may_hold_adverb(text)
    assert not _may_hold_adverb("kết nạp ")
