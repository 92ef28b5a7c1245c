"""The report as LibreOffice lays it out: no number broken across two lines, on page
1 or in the annex. Needs LibreOffice (`scripts/test` installs it when run as root)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from django.db import transaction
from docx import Document

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
    ),
]

# A number as reports write it: "3.467,15", "23,08", "16,0", "220".
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker, tmp_path_factory):
    from tiendo.core.demo.loader import load_core_demo
    from tiendo.reports.services import render_report

    # Rolled back: the module's tests share one render, and the tests after them
    # (on the same worker) expect an empty database.
    with django_db_blocker.unblock(), transaction.atomic():
        demo = load_core_demo()
        report = render_report(
            demo.resolution,
            "2022-Q1",
            report_date=dt.date(2022, 4, 15),
            signer="Nguyễn Văn A (minh họa)",
            signer_title="PHÓ BÍ THƯ",
        )
        transaction.set_rollback(True)
    folder = tmp_path_factory.mktemp("render")
    source = folder / "bao-cao.docx"
    source.write_bytes(report.content)
    profile = folder / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    import pdfplumber

    with pdfplumber.open(folder / "bao-cao.pdf") as pdf:
        pages = [(page.extract_text() or "", page.width > page.height) for page in pdf.pages]
    return Document(io.BytesIO(report.content)), pages


def _docx_numbers(doc) -> set[str]:
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return {number for text in texts for number in NUMBER.findall(text)}


def test_no_number_on_the_first_page_is_broken_across_lines(rendered):
    doc, pages = rendered
    first, _ = pages[0]
    written = _docx_numbers(doc)
    broken = [n for n in NUMBER.findall(first) if n not in written]
    assert broken == []
    assert "ngày 15 tháng 4 năm 2022" in first


def test_the_annex_is_landscape_and_keeps_every_number_and_word_whole(rendered):
    doc, pages = rendered
    annex_text, landscape = next(page for page in pages if "PHỤ LỤC" in page[0])
    assert landscape
    annex = doc.tables[2]
    cells = [cell.text for row in annex.rows for cell in row.cells]
    lines = annex_text.split("\n")
    for number in {n for text in cells for n in NUMBER.findall(text)}:
        whole = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)")
        assert any(whole.search(line) for line in lines), f"{number} is broken in the PDF"
    # The table's lines: from its header row to the notes under it.
    first = next(i for i, line in enumerate(lines) if line.startswith("STT"))
    last = next(i for i, line in enumerate(lines) if line.startswith("(*)"))
    words = {word for text in cells for word in re.split(r"[\s/()]+", text) if word}
    split = [
        word
        for line in lines[first:last]
        for word in re.split(r"[\s/()]+", line)
        if word and not NUMBER.fullmatch(word) and word not in words
    ]
    assert split == [], f"words broken across lines: {split}"


def test_the_annex_shows_every_ratio_the_source_reported(rendered):
    doc, pages = rendered
    annex_text = next(text for text, _ in pages if "PHỤ LỤC" in text)
    revenue = next(row for row in doc.tables[2].rows if "ngân sách" in row.cells[1].text)
    cells = [cell.text for cell in revenue.cells]
    assert "18" in cells and "16,0" in cells and "168,4" in cells
    assert "16,0" in annex_text and "% dự" in annex_text
