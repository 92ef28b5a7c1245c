from __future__ import annotations

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
