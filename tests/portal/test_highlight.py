from __future__ import annotations

import pytest

from tiendo.portal.highlight import Span, html_with_marks, text_with_marks


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Thu 10 tỷ.",
            [Span(0, 9, 1)],
            '<p><mark id="so-lieu-1" class="so-lieu">Thu 10 tỷ</mark>.</p>',
        ),
        (
            "a <b> c",
            [Span(2, 5, 2)],
            '<p>a <mark id="so-lieu-2" class="so-lieu">&lt;b&gt;</mark> c</p>',
        ),
        ("Một.\n\nHai.", [], "<p>Một.</p>\n<p>Hai.</p>"),
        ("abc", [Span(1, 9, 3)], "<p>abc</p>"),
        (
            "abcdef",
            [Span(0, 3, 4), Span(2, 5, 5)],
            '<p><mark id="so-lieu-4" class="so-lieu">abc</mark>def</p>',
        ),
    ],
)
def test_text_with_marks_escapes_and_anchors_spans(text, spans, expected):
    assert text_with_marks(text, spans) == expected


def test_html_with_marks_reports_quotes_it_cannot_find():
    html, missing = html_with_marks(
        "<p>Thu 10 tỷ &amp; chi 5 tỷ.</p>", [("Thu 10 tỷ & chi", 7), ("không có", 8)]
    )
    assert html == '<p><mark id="so-lieu-7" class="so-lieu">Thu 10 tỷ &amp; chi</mark> 5 tỷ.</p>'
    assert missing == [8]
