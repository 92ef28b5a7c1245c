"""Twelfth round, S3 (start-up): patterns compiled on first use (lazy_patterns.py).

Counting, not timing: how many patterns the extractor compiles when it is imported, and
that a pattern compiled late reads a sentence as `re.compile` would.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tiendo.extract.lazy_patterns import LazyPattern, lazy_pattern

# At the twelfth round ~305 patterns are compiled when prose.py is imported (~750 before);
# the bound leaves room for new cues, and fails if laziness is lost wholesale.
IMPORT_COMPILE_BOUND = 400

_COUNT_COMPILES = """
import re
count = 0
compile_ = re.compile
def counting(pattern, flags=0):
    global count
    count += 1
    return compile_(pattern, flags)
re.compile = counting
import tiendo.extract.prose
print(count)
"""


def test_importing_the_extractor_compiles_only_the_patterns_it_always_needs() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILES], capture_output=True, text=True, check=True
    )
    assert int(done.stdout) <= IMPORT_COMPILE_BOUND


SENTENCES = [
    "Tổng thu ngân sách nhà nước trên địa bàn đạt 1.234 tỷ đồng, tăng 8,5% so với cùng kỳ.",
    "Kim ngạch xuất khẩu ước đạt 52 triệu USD, bằng 96% kế hoạch năm.",
    "Tỷ lệ hộ nghèo giảm còn 2,1%; có 15/20 xã đạt chuẩn nông thôn mới.",
    "Vốn đầu tư phát triển toàn xã hội ước thực hiện 9.800 tỷ đồng.",
    "",
]
PATTERNS = [
    (r"\b(tăng|giảm)\s+([\d.,]+)\s*%", 0),
    (r"^(?P<head>[^\W\d_]+)", re.IGNORECASE),
    (r"(?:đạt|bằng)\s+(\d+)", 0),
    (r"[,;]\s*", 0),
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_pattern_compiled_late_reads_a_sentence_as_re_compile_would(
    sentence: str, source: str, flags: int
) -> None:
    lazy, eager = lazy_pattern(source, flags), re.compile(source, flags)

    def spans(found: re.Match[str] | None) -> object:
        return None if found is None else (found.span(), found.groups())

    for pos in (0, 3):
        assert spans(lazy.search(sentence, pos)) == spans(eager.search(sentence, pos))
        assert spans(lazy.match(sentence, pos)) == spans(eager.match(sentence, pos))
        assert spans(lazy.fullmatch(sentence, pos)) == spans(eager.fullmatch(sentence, pos))
        assert lazy.findall(sentence, pos) == eager.findall(sentence, pos)
        assert [m.span() for m in lazy.finditer(sentence, pos)] == [
            m.span() for m in eager.finditer(sentence, pos)
        ]
    assert spans(lazy.search(sentence, 1, 20)) == spans(eager.search(sentence, 1, 20))
    assert lazy.sub("_", sentence) == eager.sub("_", sentence)
    assert lazy.sub(lambda m: m.group(0).upper(), sentence, 1) == eager.sub(
        lambda m: m.group(0).upper(), sentence, 1
    )
    assert lazy.split(sentence) == eager.split(sentence)
    assert lazy.split(sentence, 1) == eager.split(sentence, 1)


def test_a_lazy_pattern_is_compiled_once_and_only_when_used() -> None:
    pattern = LazyPattern(r"\bđạt\b")
    assert pattern._compiled is None
    first = pattern.compiled()
    assert pattern.search("Sản lượng lúa đạt 1,2 triệu tấn.") is not None
    assert pattern.compiled() is first
