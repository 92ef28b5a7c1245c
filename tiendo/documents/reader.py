"""Any supported file -> Document: choose the reader by content, then by extension.

The content decides when it is unmistakable (a PDF signature, a Word zip, an
HTML tag); the extension decides otherwise, so that a report saved with the
wrong extension is still read, and a damaged file is refused with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tiendo.documents.model import Document, DocumentError
from tiendo.documents.page_image import IMAGE_EXTENSIONS, is_image

if TYPE_CHECKING:
    from tiendo.documents.scan_reader import OcrOptions, Progress

Reader = Callable[[bytes, str], Document]

SUPPORTED_EXTENSIONS = (".txt", ".html", ".htm", ".docx", ".pdf", *IMAGE_EXTENSIONS)


def read_document(
    path: str | Path, progress: Progress | None = None, options: OcrOptions | None = None
) -> Document:
    """Read a file from disk.

    >>> read_document("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    tiendo.documents.model.DocumentError: Cannot read '/no/such/file.txt': the file does not exist
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise DocumentError(str(path), "the file does not exist", "tệp không tồn tại") from error
    except IsADirectoryError as error:
        raise DocumentError(str(path), "this is a folder, not a file", "đây là thư mục") from error
    except OSError as error:
        raise DocumentError(
            str(path), f"the file cannot be opened ({error.strerror})", "không mở được tệp"
        ) from error
    return read_bytes(data, str(path), progress, options)


def read_bytes(
    data: bytes,
    filename: str,
    progress: Progress | None = None,
    options: OcrOptions | None = None,
) -> Document:
    """Read an uploaded file; `filename` gives the extension and names the file in errors.

    Scans (PDF pages without text, PNG, JPEG, TIFF) are read by OCR: `progress` is
    told (pages done, pages in all) as it goes, `options` sets its limits.
    """
    if not data.strip():
        raise DocumentError(filename, "the file is empty", "tệp rỗng, không có nội dung")
    reader = _choose_reader(data, filename)
    if reader in (_pdf, _image):
        from tiendo.documents.scan_reader import OcrOptions

        options = options or OcrOptions.from_env()
        if reader is _pdf:
            return _pdf(data, filename, progress, options)
        return _image(data, filename, progress, options)
    return reader(data, filename)


def needs_ocr(data: bytes, filename: str) -> bool:
    """Whether reading the file means OCR (an image, or a PDF with a page that has an
    image but no text): cheap to tell, so that a screen can read it in the background."""
    if is_image(data):
        return True
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return Path(filename).suffix.lower() in IMAGE_EXTENSIONS
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return False  # the PDF reader explains the damage
    try:
        for page in pdf:
            text = page.get_textpage().get_text_range()
            if sum(ch.isalpha() for ch in text) < 10 and any(
                True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
            ):
                return True
        return False
    finally:
        pdf.close()


def _choose_reader(data: bytes, filename: str) -> Reader:
    extension = Path(filename).suffix.lower()
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return _pdf
    if data.startswith(b"PK\x03\x04"):
        return _zip_reader(data, filename)
    if is_image(data):
        return _image
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(
            filename,
            "this is an old binary Office file (.doc or .xls); save it as .docx first",
            "đây là tệp Office định dạng cũ (.doc, .xls); hãy lưu lại dưới dạng .docx",
        )
    if extension == ".pdf":
        return _pdf  # reports the damage
    if extension == ".docx":
        return _docx  # reports the damage
    if extension in IMAGE_EXTENSIONS:
        return _image  # reports the damage
    if extension in (".html", ".htm", ".xhtml") or _looks_like_html(head):
        return _html
    if extension in ("", ".txt", ".text", ".csv", ".md"):
        return _text
    raise DocumentError(
        filename,
        f"unsupported file type {extension!r}; tiendo reads .txt, .html, .docx, .pdf "
        "and scans in .png, .jpg, .tif",
        f"không hỗ trợ loại tệp {extension}; hệ thống đọc được .txt, .html, .docx, .pdf "
        "và ảnh quét .png, .jpg, .tif",
    )


def _looks_like_html(head: bytes) -> bool:
    sample = head.lower().lstrip(b"\xef\xbb\xbf")
    return sample.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in sample


def _zip_reader(data: bytes, filename: str) -> Reader:
    import io
    import zipfile

    from tiendo.documents.archives import check_archive

    check_archive(data, filename)  # every zip-based format, before any reader inflates it
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError):
        return _docx  # a truncated Word file: let its reader explain
    if "word/document.xml" in names:
        return _docx
    kind = "an Excel workbook" if "xl/workbook.xml" in names else "a zip archive"
    raise DocumentError(
        filename,
        f"this is {kind}, not a document tiendo reads (.txt, .html, .docx, .pdf)",
        "tệp nén hoặc bảng tính Excel không đọc được ở đây; "
        "hãy tải lên tệp .docx, .pdf, .html hoặc .txt",
    )


# The readers import their libraries on first use, so importing tiendo.documents stays fast.
def _text(data: bytes, filename: str) -> Document:
    from tiendo.documents.text_reader import read_text_file

    return read_text_file(data, filename)


def _html(data: bytes, filename: str) -> Document:
    from tiendo.documents.html_reader import read_html

    return read_html(data, filename)


def _docx(data: bytes, filename: str) -> Document:
    from tiendo.documents.docx_reader import read_docx

    return read_docx(data, filename)


def _pdf(
    data: bytes,
    filename: str,
    progress: Progress | None = None,
    options: OcrOptions | None = None,
) -> Document:
    from tiendo.documents.pdf_reader import read_pdf

    return read_pdf(data, filename, progress, options)


def _image(
    data: bytes,
    filename: str,
    progress: Progress | None = None,
    options: OcrOptions | None = None,
) -> Document:
    from tiendo.documents.scan_reader import read_image_file

    return read_image_file(data, filename, progress, options)
