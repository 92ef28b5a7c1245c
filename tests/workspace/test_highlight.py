from __future__ import annotations

from tiendo.workspace.highlight import Span, segments

TEXT = "Thu đạt 12 tỷ đồng. Chi 5 tỷ."


def test_the_segments_put_the_text_back_together():
    spans = [Span(0, 8, 10, 0, 18), Span(1, 24, 25, 20, 28)]
    assert "".join(s.text for s in segments(TEXT, spans)) == TEXT


def test_numbers_are_marked_and_tagged_with_their_figure():
    spans = [Span(0, 8, 10, 0, 18), Span(1, 24, 25, 20, 28)]
    cut = segments(TEXT, spans)
    assert [s.text for s in cut if s.figure is not None] == ["12", "5"]
    assert [s.tag for s in cut if s.tag] == ["1", "2"]
    outside = [s.text for s in cut if not s.in_clause and s.text.strip()]
    assert outside == [". ", "."]


def test_offsets_beyond_the_text_are_clamped():
    cut = segments("abc", [Span(0, 1, 99, 0, 500)])
    assert "".join(s.text for s in cut) == "abc"
