"""Patterns rewritten for speed (round 11, S2) match as the patterns they replace did."""

from __future__ import annotations

import random
import re

import pytest

from tiendo.extract import comparisons, name_openers, period_cues, period_masks

_PIECES = (
    "so", "so với", "so sánh", "số", "12/QĐ-UBND", "a1/2", "456", "x2", "-", "/", ",", "(",
    "hơn", "cùng kỳ", "kế hoạch đầu", "%", "dự toán", "3,5", "tăng", "tăng trưởng", "giảm",
    "cao", "nhất", "với", "mạnh", "giá trị", "tổng", "Tổng", "chỉ", "tiêu", "bình", "quân",
    "Phấn", "đấu", "\n", "đạt",
)  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            piece + rng.choice(("", " ", " ", "  ", ", "))
            for piece in rng.choices(_PIECES, k=rng.randint(0, 14))
        )
        for _ in range(count)
    ]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rewritten_patterns_find_what_the_plain_ones_found(seed: int) -> None:
    basis = re.compile(
        r"(?:\bso với|\bso(?!\s+sánh)|\bcùng k[ỳì]|\bhơn|\bngang(?: mức)?|\bvượt|\bgấp|\bbằng"
        r"|\btương đương|\bthời điểm|\bkể từ|\bkế hoạch\s+đầu(?=\s*$)"
        r"|\bnhất(?:\s+(?:kể|tính))?(?:\s+từ)?(?=\s*$)"
        r"|%\s*(?:dự toán|kế hoạch))"
        r"(?:\s+(?:[^\s,;:()]|,(?=\d))+){0,3}\s*$"
    )
    document = re.compile(r"(?:\bsố\s+)?\b\d[\w.]*(?:[/-][\w.]+)+")
    change = re.compile(r"(?:^|[\s,(])" + comparisons._CHANGE_VERB_WORDS)
    openers = re.compile(
        r"\s*(?:phấn|tiếp|qua|giảm|hạ|kéo|tăng|giữ|tỷ|tỉ|(?=(?:\S+\s+){0,5}\S*\s*$)"
        r"(?:bình|mỗi|hằng|hàng|diện|sản|năng|giá|mục|kế|chỉ|tổng|vốn|kinh|quy|trị|công|thu"
        r"|chi|cả|tiêu))",
        re.IGNORECASE,
    )
    for text in _texts(seed, 4000):
        for piece in (text, text.lower()):
            assert _spans(period_cues._BASIS_BEFORE, piece) == _spans(basis, piece)
            assert _spans(period_masks._DOCUMENT_NUMBER, piece) == _spans(document, piece)
            plain = change.search(piece)
            cut = comparisons._CHANGE_VERB_AT_START.match(piece) or comparisons._CHANGE_VERB.search(
                piece
            )
            assert (plain and plain.span(1)) == (cut and cut.span(1)), piece
            assert (openers.match(piece) is None) == (
                name_openers.NAME_OPENERS.match(piece) is None
            ), piece
