"""Helper S2 (twelfth round): whole-passage scans done with str.find, not a character set.

`fold_tone_placement` and `sentence_spans` used to scan each passage with a pattern that
opens with a set of characters, which the regex engine tests one character at a time.
They now look for each opening character with str.find and test what follows only
there. The tables hold the old patterns' answers (the patterns are kept here as the
reference) and count how often the sentence break pattern is still tried.
"""

from __future__ import annotations

import re

import pytest

from tiendo.extract import sentences
from tiendo.extract.textmap import fold_tone_placement
from tiendo.vietnamese import _OLD_TO_NEW

# The pattern fold_tone_placement was written with before: its answers are the reference.
_OLD_PAIR = re.compile(
    "[oOuU][" + "".join(sorted({pair[1] for pair in _OLD_TO_NEW})) + "](?![^\\W\\d_])"
)


def _old_fold(text: str) -> str:
    pieces: list[str] = []
    done = 0
    for match in _OLD_PAIR.finditer(text):
        start = match.start()
        new = _OLD_TO_NEW.get(match.group())
        if new is None or (start and text[start - 1] in "qQ"):
            continue
        pieces += (text[done:start], new)
        done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


@pytest.mark.parametrize(
    "text",
    [
        "Công tác thuỷ lợi được chú trọng, kênh mương được kiên cố hoá thêm 12 km.",
        "Xã Hoà Bình và xã Hòa An hoàn thành quy hoạch quý IV.",
        "QUỶ ĐẦU TƯ PHÁT TRIỂN TỈNH, KHOẺ MẠNH, HOÁ CHẤT",
        "Chi cục Thú y tiêm phòng; tỷ lệ bao phủ đạt 95%, nguỵ trang, khuya",
        "hoà",
        "oà",
        "uý_2",
        "hoá2 tuỳ³ qoà Quý",
        "",
        "tiếng Lào, người Hoa, lúa xoài",
    ],
)
def test_old_style_tones_are_folded_as_the_pattern_folded_them(text: str) -> None:
    assert fold_tone_placement(text) == _old_fold(text)


def _old_breaks(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in sentences._BREAK.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách đạt 1.790 tỷ đồng. Chi đạt 2,5 tỷ đồng.\nHết",
        "Tổng vốn 3.200,5 tỷ đồng… Năm tới?! Tiếp tục.  \n\nDòng mới",
        'Ông nói: "Đạt kế hoạch." Sau đó (năm 2024.) tăng 5%.\t Xong',
        "TP. Cần Thơ ghi nhận 12 ca. Số ca giảm...",
        "Kết thúc.",
        ".",
        "\n",
        "...  ",
    ],
)
def test_sentence_breaks_are_found_where_the_pattern_found_them(text: str) -> None:
    assert sentences._breaks(text) == _old_breaks(text)


class _CountingPattern:
    """Stands for _BREAK and counts the places it is tried at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tried = 0

    def match(self, text: str, position: int) -> re.Match[str] | None:
        self.tried += 1
        return self.pattern.match(text, position)


@pytest.mark.parametrize(
    "text",
    [
        "Thu 1.790 tỷ đồng, chi 2.500 tỷ đồng, vay 3.100 tỷ đồng. Năm sau tăng.",
        "Đạt 12.345.678 lượt khách. Tăng 1.234 lượt.",
        "Dòng một\nDòng hai. Dòng ba",
        "Không có dấu chấm nào ở đây",
    ],
)
def test_the_break_pattern_is_no_longer_tried_a_break_is_read_char_by_char(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # (it was tried only where a break can stand; _break_end now reads each break)
    expected = _old_breaks(text)
    counting = _CountingPattern(sentences._BREAK)
    monkeypatch.setattr(sentences, "_BREAK", counting)
    assert sentences._breaks(text) == expected
    assert counting.tried == 0
