from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.name_openers import NAME_OPENERS, opens_with_opener

# Words that open (or nearly open) the names NAME_OPENERS reads, in several cases, with the
# letters a pattern that ignores case folds otherwise than str.lower ("İ", "ı", "ſ", "K").
_WORDS = [
    "phấn", "đấu", "tiếp", "tục", "qua", "giảm", "hạ", "kéo", "tăng", "giữ", "tỷ", "tỉ", "lệ",
    "bình", "quân", "mỗi", "hằng", "hàng", "diện", "tích", "sản", "lượng", "năng", "suất",
    "giá", "trị", "mục", "tiêu", "kế", "hoạch", "chỉ", "tổng", "vốn", "kinh", "phí", "quy",
    "mô", "công", "thu", "chi", "cả", "năm", "lúa", "hộ", "nghèo", "doanh", "Tổng", "TỶ",
    "Giảm", "ſản", "\u212aế", "tıếp", "TİẾP", "chı", "xã", "đạt", "q", "t", "",
]  # fmt: skip


@settings(max_examples=examples(3000), deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "  ", "\t", "\n"])),
        min_size=1,
        max_size=9,
    ).map(lambda pieces: "".join(word + blank for word, blank in pieces)[:-1]),
    st.sampled_from(["", " ", "  ", "\n", "\t "]),
    st.sampled_from(["", "\n", " ", " \n"]),
)
def test_the_plain_look_at_a_name_tells_what_the_pattern_does(
    words: str, lead: str, end: str
) -> None:
    named = lead + words + end
    assert opens_with_opener(named) == (NAME_OPENERS.match(named) is not None), repr(named)


def test_a_short_name_opens_with_its_measure_and_a_long_one_does_not() -> None:
    assert opens_with_opener("sản lượng lúa")
    assert opens_with_opener("  diện tích tổng mức đầu tư")  # six words
    assert not opens_with_opener("diện tích gieo trồng lúa đông xuân của huyện")
    assert opens_with_opener("giảm tỷ lệ hộ nghèo xuống còn dưới mức của năm trước đó")
    assert not opens_with_opener("doanh thu du lịch")
