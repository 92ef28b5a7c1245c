"""What a file becomes once read: its text and its tables, in document order.

Tables are rendered inside `Document.text` as one line per row, cells joined by
`CELL_SEPARATOR`, so that a figure read from a cell points at real characters:

>>> render_rows([["STT", "Chỉ tiêu"], ["1", "Thu ngân sách"]])
'STT | Chỉ tiêu\\n1 | Thu ngân sách'
>>> cell_spans([["a", "bc"], ["d"]])
[[(0, 1), (4, 6)], [(7, 8)]]
"""

from __future__ import annotations

from dataclasses import dataclass, field

CELL_SEPARATOR = " | "
ROW_SEPARATOR = "\n"


def render_rows(rows: list[list[str]]) -> str:
    """The text a table occupies in Document.text."""
    return ROW_SEPARATOR.join(CELL_SEPARATOR.join(row) for row in rows)


def cell_spans(rows: list[list[str]], offset: int = 0) -> list[list[tuple[int, int]]]:
    """(start, end) of every cell of `render_rows(rows)`, shifted by `offset`."""
    spans: list[list[tuple[int, int]]] = []
    position = offset
    for row in rows:
        row_spans: list[tuple[int, int]] = []
        for index, cell in enumerate(row):
            if index:
                position += len(CELL_SEPARATOR)
            row_spans.append((position, position + len(cell)))
            position += len(cell)
        spans.append(row_spans)
        position += len(ROW_SEPARATOR)
    return spans


@dataclass
class Table:
    """A table as rows of cell texts; `offset`:`end` is its span in Document.text.

    Cells hold no line breaks (readers fold them into spaces), so that
    `Document.text[offset:end] == render_rows(rows)`.
    """

    rows: list[list[str]]
    offset: int = 0
    end: int = 0

    def __post_init__(self) -> None:
        if self.end <= self.offset:
            self.end = self.offset + len(render_rows(self.rows))


# left, top, right, bottom in pixels of the page image the text was read from.
Box = tuple[int, int, int, int]


@dataclass
class PageLine:
    """A line of a scanned page (or a row of a table on it): its span in Document.text,
    its box on the page, and its words' spans with Tesseract's confidence (0..1)."""

    offset: int
    end: int
    box: Box
    words: list[tuple[int, int, float]] = field(default_factory=list)


@dataclass
class Page:
    """One page of the file; `offset`:`end` is what it gave to Document.text.

    Pages read by OCR (`ocr`) have lines with boxes in pixels of a `width` x `height`
    image: the page turned upright (`turned` degrees clockwise), straightened by
    `skew` degrees and brought to about 300 dpi.
    """

    number: int
    offset: int = 0
    end: int = 0
    ocr: bool = False
    width: int = 0
    height: int = 0
    turned: int = 0
    skew: float = 0.0
    lines: list[PageLine] = field(default_factory=list)


@dataclass
class Document:
    text: str
    tables: list[Table] = field(default_factory=list)
    title: str = ""
    # How the bytes were decoded ("utf-8", "tcvn3", "vni", ...), for the log.
    encoding: str = ""
    # The file's name as given, for messages and provenance.
    filename: str = ""
    # Filled by the PDF and image readers: where each page's text is.
    pages: list[Page] = field(default_factory=list)

    def locate(self, offset: int) -> tuple[Page, PageLine | None] | None:
        """The page holding the character at `offset`, and its line when read by OCR.

        >>> doc = Document("ab cd", pages=[Page(1, 0, 2), Page(2, 3, 5, ocr=True,
        ...     lines=[PageLine(3, 5, (10, 20, 90, 40))])])
        >>> page, line = doc.locate(4)
        >>> page.number, line.box
        (2, (10, 20, 90, 40))
        """
        for page in self.pages:
            if page.offset <= offset < max(page.end, page.offset + 1):
                line = next((ln for ln in page.lines if ln.offset <= offset < ln.end), None)
                return page, line
        return None

    def confidence(self, start: int, end: int) -> float:
        """Tesseract's lowest confidence over the words of a span; 1.0 for typed text."""
        located = self.locate(start)
        if located is None or located[1] is None:
            return 1.0
        scores = [c for a, b, c in located[1].words if a < max(end, start + 1) and start < b]
        return min(scores, default=1.0)


class DocumentError(Exception):
    """A file that cannot be read; the message names the file and the reason.

    `message_vi` is the same in Vietnamese, for the web interface.
    """

    def __init__(self, filename: str, reason: str = "unreadable file", reason_vi: str = "") -> None:
        self.filename = filename
        self.reason = reason
        self.message_vi = f"Không đọc được tệp “{filename}”: {reason_vi or reason}"
        super().__init__(f"Cannot read {filename!r}: {reason}")
