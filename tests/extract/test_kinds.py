from __future__ import annotations

import re

import pytest

from tiendo.extract.kinds import Cues, latest_cue


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("huyện phấn đấu tỷ lệ phát triển đảng viên mới đạt", "target"),
        ("nghị quyết năm 2023 đặt mục tiêu thu nhập bình quân đầu người", "target"),
        ("về lâm nghiệp, huyện sẽ trồng mới", "target"),
        ("tổng thu ngân sách ước đạt", "estimate"),
        ("sản lượng dự kiến", "estimate"),
        ("toàn huyện đã gieo trồng", "actual"),
        ("toàn huyện trồng được trên", "actual"),
        ("kết quả nửa đầu năm cho thấy sản lượng ước", "estimate"),
        ("tỷ lệ che phủ rừng đạt", None),
        ("theo quy ước của thôn, tổng thu", None),
    ],
)
def test_the_last_strong_cue_before_a_figure_names_its_kind(text: str, kind: str | None) -> None:
    assert latest_cue(text) == kind


def test_cues_found_once_answer_for_any_stretch_of_the_sentence() -> None:
    sentence = "năm 2021 đã kết nạp 358 đảng viên; năm 2022 phấn đấu kết nạp 400 đảng viên"
    cues = Cues(sentence)
    first = sentence.index("358")
    second = sentence.index("400")
    assert cues.latest(0, first) == "actual"
    assert cues.latest(first, second) == "target"


@pytest.mark.parametrize(
    "text",
    [
        "xã dự kiến năm nay sẽ hoàn thành, kết quả đã được ghi nhận; chỉ tiêu tỉnh giao là",
        "đơn vị cần đạt mức đề ra, không phải ước mơ; kế hoạch năm 2026: trong năm qua có được",
        "công ty đã ước tính, mục tiêu đến 2030 duy trì ở mức; chủ trương nhằm thực hiện được",
        "2đã ước đạt vượt kế hoạch; được giao thông qua, xác định định hướng đặt ra nhóm chỉ tiêu",
    ],
)
def test_cues_found_from_first_words_equal_a_scan_with_the_whole_alternation(text: str) -> None:
    from tiendo.extract.kinds import _ANY_CUE_SOURCE, _KINDS

    scanned = [
        (m.start(), m.end(), _KINDS[m.lastgroup])
        for m in re.compile(_ANY_CUE_SOURCE).finditer(text)
        if m.lastgroup is not None
    ]
    assert Cues(text).all_cues() == scanned
    assert scanned


def test_cues_from_first_words_equal_the_whole_alternation_on_random_word_soup() -> None:
    import random

    from tiendo.extract.kinds import _ANY_CUE_SOURCE, _KINDS

    soup = (
        "dự ước tính đạt thực hiện kiến báo toán là giao phấn đấu đặt ra mục tiêu chỉ đến năm "
        "2025 của : nhóm sẽ đề định hướng giữ ở mức phải duy trì dưới trên cần kế hoạch được "
        "vượt bằng với thành % xác thông qua chủ trương nhằm đã kết quả ghi nhận có hoàn trong "
        "quy công mong mơ muốn cuối hết , 2đã"
    )
    vocab = soup.split()
    rng = random.Random(11)
    any_cue = re.compile(_ANY_CUE_SOURCE)
    for _ in range(5000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 14)))
        scanned = [
            (m.start(), m.end(), _KINDS[m.lastgroup])
            for m in any_cue.finditer(text)
            if m.lastgroup is not None
        ]
        assert Cues(text).all_cues() == scanned, text


def test_every_first_word_opens_with_a_letter_a_cue_may_start_with() -> None:
    from tiendo.extract.kinds import _CUE_START, _FIRST_WORD_ALTERNATION

    allowed = _CUE_START[_CUE_START.index("[", 10) + 1 : _CUE_START.rindex("]")]
    assert {word[0] for word in _FIRST_WORD_ALTERNATION.split("|")} <= set(allowed)
