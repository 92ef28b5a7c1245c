"""Mark the spans that results and targets were read from, so a reader lands on the
very sentence.

Pure Python: text and spans in, escaped HTML out. Each span becomes
<mark id="so-lieu-<result id>"> (or "chi-tieu-<target id>"); paragraphs are
separated by blank lines.

>>> text_with_marks("Thu 10 tỷ.\\n\\nChi 5 tỷ.", [Span(0, 9, 7)])
'<p><mark id="so-lieu-7" class="so-lieu">Thu 10 tỷ</mark>.</p>\\n<p>Chi 5 tỷ.</p>'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

ANCHOR_PREFIX = "so-lieu-"
TARGET_ANCHOR_PREFIX = "chi-tieu-"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    result_id: int
    prefix: str = ANCHOR_PREFIX

    @property
    def anchor(self) -> str:
        return f"{self.prefix}{self.result_id}"


def _valid_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """In order, inside the text, not overlapping (the first of overlapping spans wins)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if not 0 <= span.start < span.end <= len(text):
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _open_mark(span: Span) -> str:
    return f'<mark id="{span.anchor}" class="so-lieu">'


def text_with_marks(text: str, spans: Sequence[Span]) -> str:
    """The text as escaped HTML paragraphs with every span marked and anchored."""
    pieces: list[str] = []
    position = 0
    for span in _valid_spans(text, spans):
        pieces.append(escape(text[position : span.start], quote=False))
        marked = escape(text[span.start : span.end], quote=False)
        # A span that crosses a paragraph break is closed and reopened around it.
        marked = _PARAGRAPH_BREAK.sub('</mark>\n\n<mark class="so-lieu">', marked)
        pieces.append(_open_mark(span) + marked + "</mark>")
        position = span.end
    pieces.append(escape(text[position:], quote=False))
    joined = "".join(pieces)
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(joined) if p.strip()]
    return "\n".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


def html_with_marks(html: str, quotes: Sequence[tuple[str, int]]) -> tuple[str, list[int]]:
    """Mark each quoted sentence inside already-safe HTML (a rich-text body).

    `quotes` are (plain text, result id). Returns the new HTML and the ids of the
    quotes that were not found verbatim, so the caller can list them separately.
    """
    missing: list[int] = []
    for quote, result_id in quotes:
        needle = escape(quote, quote=False)
        at = html.find(needle) if needle else -1
        if at < 0:
            missing.append(result_id)
            continue
        span = Span(0, 1, result_id)
        html = html[:at] + _open_mark(span) + needle + "</mark>" + html[at + len(needle) :]
    return html, missing
