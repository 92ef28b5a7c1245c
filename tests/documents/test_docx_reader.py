from __future__ import annotations

import pytest

from tests.documents.samples import (
    PROSE_AFTER,
    PROSE_BEFORE,
    REPORT_TITLE,
    TABLE_HEADER,
    TABLE_ROW,
)
from tiendo.documents import DocumentError, read_bytes
from tiendo.documents.model import render_rows


def test_docx_paragraphs_and_table_come_in_document_order(docx_bytes: bytes) -> None:
    document = read_bytes(docx_bytes, "bao-cao.docx")
    table = document.tables[0]
    before, after = document.text[: table.offset], document.text[table.end :]
    assert before.split() == f"{REPORT_TITLE} {PROSE_BEFORE}".split()
    assert after.split() == PROSE_AFTER.split()
    assert document.title == REPORT_TITLE


def test_docx_table_span_holds_its_rendered_rows(docx_bytes: bytes) -> None:
    document = read_bytes(docx_bytes, "bao-cao.docx")
    table = document.tables[0]
    assert document.text[table.offset : table.end] == render_rows(table.rows)
    assert table.rows[-1] == TABLE_ROW


def test_docx_merged_cells_repeat_their_text(docx_bytes: bytes) -> None:
    header, subheader = read_bytes(docx_bytes, "bao-cao.docx").tables[0].rows[:2]
    # "So sánh (%)" spans both comparison columns; "STT" spans both header rows.
    assert header[5] == header[6] == TABLE_HEADER[5]
    assert subheader[0] == "STT"
    assert subheader[5:] == ["KH", "Cùng kỳ"]


def test_truncated_docx_is_refused_with_its_name(docx_bytes: bytes) -> None:
    with pytest.raises(DocumentError) as error:
        read_bytes(docx_bytes[: len(docx_bytes) // 2], "bao-cao-hong.docx")
    assert "bao-cao-hong.docx" in str(error.value)
    assert "bao-cao-hong.docx" in error.value.message_vi
