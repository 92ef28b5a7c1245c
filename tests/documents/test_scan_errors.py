"""Scans that cannot be read are refused with a clear reason, in English and Vietnamese."""

from __future__ import annotations

import io

import pytest

from tests.documents.ocr import needs_font, needs_tesseract
from tests.documents.samples import make_pdf, make_scanned_pdf
from tests.documents.scans import as_png, as_tiff, typeset
from tiendo.documents import DocumentError, needs_ocr, ocr_engine, read_bytes
from tiendo.documents.scan_reader import OcrOptions


def small_png(size: tuple[int, int] = (40, 30)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setattr(ocr_engine.shutil, "which", lambda name: None)
    ocr_engine.tesseract_available.cache_clear()
    yield
    ocr_engine.tesseract_available.cache_clear()


@pytest.mark.parametrize(
    ("data", "filename"),
    [(small_png(), "anh.png"), (make_scanned_pdf(), "ban-quet.pdf")],
)
def test_without_tesseract_a_scan_is_refused_in_one_clear_sentence(
    no_tesseract, data: bytes, filename: str
) -> None:
    with pytest.raises(DocumentError) as error:
        read_bytes(data, filename)
    assert "tesseract-ocr-vie" in str(error.value)
    assert error.value.message_vi == ocr_engine.MISSING_VI
    assert error.value.message_vi.count(".") == 1 and error.value.message_vi.endswith(".")


def test_without_tesseract_typed_documents_are_still_read(no_tesseract) -> None:
    document = read_bytes(
        make_pdf(["Thu ngân sách đạt 123,4 tỷ đồng trong quý I năm 2022."]), "a.pdf"
    )
    assert "123,4 tỷ đồng" in document.text


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"", "trong.png", "empty"),
        (b"this is plain text, not a picture at all", "ghi-chu.png", "not a readable image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "hong.png", "not a readable image"),
        (b"%PDF-1.4\n%broken beyond repair\n", "hong.pdf", "not a readable PDF"),
    ],
)
def test_empty_broken_and_non_image_files_get_a_clear_error(
    data: bytes, filename: str, reason: str
) -> None:
    with pytest.raises(DocumentError) as error:
        read_bytes(data, filename)
    assert reason in str(error.value) and filename in str(error.value)
    assert error.value.message_vi.startswith(f"Không đọc được tệp “{filename}”")


def test_a_pdf_locked_with_a_password_is_refused_as_such() -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_scanned_pdf()))
    writer.encrypt(user_password="mat-khau", owner_password="chu")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError) as error:
        read_bytes(buffer.getvalue(), "khoa.pdf")
    assert "password" in str(error.value)
    assert "mật khẩu" in error.value.message_vi


def test_an_image_past_pillows_decompression_bomb_limit_is_refused(monkeypatch) -> None:
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 500)
    with pytest.raises(DocumentError) as error:
        read_bytes(small_png((40, 30)), "qua-lon.png")
    assert "too large" in str(error.value)


@needs_font
def test_more_pages_than_the_limit_are_refused_before_any_is_read() -> None:
    page = typeset(["Trang"], dpi=50)
    with pytest.raises(DocumentError) as error:
        read_bytes(as_tiff([page, page, page]), "ba-trang.tif", options=OcrOptions(max_pages=2))
    assert "limit of 2" in str(error.value)
    assert "quá giới hạn 2 trang" in error.value.message_vi


def test_the_page_limit_and_time_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("TIENDO_OCR_MAX_PAGES", "7")
    monkeypatch.setenv("TIENDO_OCR_PAGE_SECONDS", "9.5")
    options = OcrOptions.from_env()
    assert (options.max_pages, options.page_seconds) == (7, 9.5)
    assert OcrOptions().max_pages == 200


@needs_tesseract
@needs_font
def test_a_page_that_takes_longer_than_the_time_limit_is_stopped() -> None:
    page = as_png(typeset(["Thu ngân sách nhà nước đạt 220 tỷ đồng."]))
    with pytest.raises(DocumentError) as error:
        read_bytes(page, "cham.png", options=OcrOptions(page_seconds=0.01))
    assert "page 1 took longer than" in str(error.value)
    assert "trang 1 đọc quá" in error.value.message_vi


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (small_png(), "anh.png", True),
        (make_scanned_pdf(), "quet.pdf", True),
        (make_pdf(["Thu ngân sách đạt 123,4 tỷ đồng trong quý I năm 2022."]), "go.pdf", False),
        ("Thu ngân sách".encode(), "a.txt", False),
    ],
)
def test_a_file_needs_ocr_when_it_is_an_image_or_a_pdf_page_holds_only_a_picture(
    data: bytes, filename: str, expected: bool
) -> None:
    assert needs_ocr(data, filename) is expected


def test_page_progress_is_told_on_one_terminal_line_then_a_line_break() -> None:
    import doctest

    from tiendo.documents import progress

    assert doctest.testmod(progress).failed == 0
    out = io.StringIO()
    tell = progress.stderr_progress("quet.tif", out)
    for done in range(4):
        tell(done, 3)
    assert out.getvalue().split("\r")[-1] == "quet.tif: trang 3/3\n"


@pytest.mark.parametrize(
    "module",
    [
        "tiendo.documents.model",
        "tiendo.documents.ocr_fixes",
        "tiendo.documents.scan_layout",
        "tiendo.documents.scan_reader",
    ],
)
def test_the_examples_in_the_ocr_modules_hold(module: str) -> None:
    import doctest
    import importlib

    assert doctest.testmod(importlib.import_module(module)).failed == 0
