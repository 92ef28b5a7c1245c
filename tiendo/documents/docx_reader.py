"""Word (.docx) files: paragraphs and tables in the order they stand in the body.

Merged cells repeat their text in every grid cell they cover (python-docx's
reading), so a header such as "So sánh (%)" spanning "KH" and "CK" names both
sub-columns; a row that starts or ends short is padded with blank cells. The
archive is checked for size, member count and ratio before python-docx opens it.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from tiendo.documents.archives import check_archive
from tiendo.documents.builder import DocumentBuilder
from tiendo.documents.model import Document, DocumentError


def read_docx(data: bytes, filename: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_archive(data, filename)  # python-docx inflates whole parts: refuse bombs first
    try:
        word = docx.Document(io.BytesIO(data))
        builder = DocumentBuilder()
        for block in word.iter_inner_content():
            if hasattr(block, "rows"):
                builder.add_table(_table_rows(block))
            else:
                builder.add_paragraph(block.text)
        title = (word.core_properties.title or "").strip()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        SyntaxError,  # lxml's XMLSyntaxError: a damaged part
        EOFError,
        OSError,
    ) as error:
        raise DocumentError(
            filename,
            f"not a readable Word .docx file, it may be damaged or incomplete ({error})",
            "không phải tệp Word .docx đọc được (tệp có thể bị hỏng hoặc tải lên chưa hết)",
        ) from error
    document = builder.build(title=title, encoding="docx", filename=filename)
    if not document.text.strip():
        raise DocumentError(filename, "the document holds no text", "văn bản không có nội dung")
    return document


def _table_rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = [""] * row.grid_cols_before + [cell.text for cell in row.cells]
        cells += [""] * row.grid_cols_after
        rows.append(cells)
    return rows
