from __future__ import annotations

import pytest

from tiendo.extract.sentences import MAX_SENTENCE, sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu đạt 1.790 tỷ đồng. Chi đạt 2,5 tỷ đồng.",
            ["Thu đạt 1.790 tỷ đồng.", "Chi đạt 2,5 tỷ đồng."],
        ),
        ("Tiêu đề\nNội dung 2,5%", ["Tiêu đề", "Nội dung 2,5%"]),
        ("đạt 2.715,4 ha. còn tiếp", ["đạt 2.715,4 ha. còn tiếp"]),
        ("Năm 2022 đạt 5%. 6 tháng đầu năm", ["Năm 2022 đạt 5%.", "6 tháng đầu năm"]),
    ],
)
def test_sentences_end_at_a_full_stop_before_a_capital_or_a_line_break(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_overlong_runs_are_cut_so_that_no_sentence_is_huge() -> None:
    text = "thu 5 tỷ đồng, " * 1000
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
