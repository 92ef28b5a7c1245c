"""Tesseract, through pytesseract: is it installed with Vietnamese, which way is a page
turned, and the words of a page with their boxes and confidence.

pytesseract runs the `tesseract` program of the Debian packages `tesseract-ocr` and
`tesseract-ocr-vie`, one process per call, which lets a page that takes too long be
stopped (`timeout`) without stopping the server.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from dataclasses import dataclass, replace
from typing import Any

from tiendo.documents.model import DocumentError

LANGUAGE = "vie"
MISSING_EN = (
    "OCR needs Tesseract with its Vietnamese model: install the Debian packages "
    "tesseract-ocr and tesseract-ocr-vie."
)
MISSING_VI = (
    "Máy chủ chưa cài phần mềm nhận dạng chữ Tesseract tiếng Việt (gói tesseract-ocr và "
    "tesseract-ocr-vie), nên chưa đọc được văn bản quét hoặc ảnh chụp."
)
# `--psm 3`: find the blocks and columns of the page by itself; `preserve_interword_spaces`
# keeps the wide gaps that separate table cells.
_PAGE_CONFIG = "--psm 3 -c preserve_interword_spaces=1"


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..1
    block: int
    paragraph: int
    line: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


class TesseractMissing(DocumentError):
    def __init__(self, filename: str) -> None:
        super().__init__(filename, MISSING_EN, MISSING_VI)
        # One sentence on its own, without the file name: the message is about the server.
        self.message_vi = MISSING_VI


@functools.cache
def tesseract_available() -> bool:
    """True when `tesseract` runs and knows Vietnamese (checked once per process)."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        return LANGUAGE in pytesseract.get_languages(config="")
    except Exception:  # a broken install answers anything
        return False


def require_tesseract(filename: str) -> None:
    if not tesseract_available():
        raise TesseractMissing(filename)


def page_timeout(filename: str, page: int, seconds: float) -> DocumentError:
    return DocumentError(
        filename,
        f"page {page} took longer than {seconds:g} s to read; the scan may be too large "
        "or too noisy",
        f"trang {page} đọc quá {seconds:g} giây; ảnh quét có thể quá lớn hoặc quá nhiễu",
    )


def _run(call: Any, filename: str, page: int, timeout: float) -> Any:
    import pytesseract

    # Tesseract's OpenMP threads fight each other and the server's workers on a small
    # machine: one thread reads a page about twice as fast here (measured on 2 cores).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        return call(timeout=timeout)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise page_timeout(filename, page, timeout) from error
        raise
    except pytesseract.TesseractNotFoundError as error:
        raise TesseractMissing(filename) from error


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def rotation(image: Any, *, filename: str, page: int, timeout: float) -> int:
    """Degrees to turn the page clockwise to put it upright (0, 90, 180 or 270).

    Tesseract's orientation detector needs some text; on a page with too little of
    it, or with a doubtful answer, the page is taken as it is.
    """
    import pytesseract

    small = image.copy()
    small.thumbnail((1800, 1800))
    try:
        report = _run(
            functools.partial(pytesseract.image_to_osd, small, config="--psm 0"),
            filename,
            page,
            timeout,
        )
    except pytesseract.TesseractError:
        return 0
    turn, confidence = _ROTATE.search(report), _CONFIDENCE.search(report)
    if not turn or not confidence or float(confidence.group(1)) < 1.0:
        return 0
    return int(turn.group(1)) % 360


def read_words(image: Any, *, filename: str, page: int, timeout: float) -> list[Word]:
    """The words of a page in Tesseract's reading order (block, paragraph, line)."""
    import pytesseract

    data = _run(
        functools.partial(
            pytesseract.image_to_data,
            image,
            lang=LANGUAGE,
            config=_PAGE_CONFIG,
            output_type=pytesseract.Output.DICT,
        ),
        filename,
        page,
        timeout,
    )
    words = []
    for index, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        words.append(
            Word(
                text=text,
                left=int(data["left"][index]),
                top=int(data["top"][index]),
                width=int(data["width"][index]),
                height=int(data["height"][index]),
                confidence=max(0.0, float(data["conf"][index])) / 100,
                block=int(data["block_num"][index]),
                paragraph=int(data["par_num"][index]),
                line=int(data["line_num"][index]),
            )
        )
    return words


# Words read with less confidence than this are read again on their own.
REREAD_BELOW = 0.75
# At most this many words of a page are read again (each costs a Tesseract run).
_MAX_REREADS = 40
_REREAD_HEIGHT = 20


def reread_doubtful(
    image: Any, words: list[Word], *, filename: str, page: int, timeout: float
) -> list[Word]:
    """Words Tesseract was unsure of, read again each alone as one line (`--psm 7`).

    On a full page Tesseract misreads a short number standing alone in a table cell
    ("5,1" as "ml"); cut out with a margin, the same word reads right. The new
    reading is kept only when Tesseract is surer of it.
    """
    import pytesseract

    doubtful = sorted(
        (i for i, w in enumerate(words) if w.confidence < REREAD_BELOW),
        key=lambda i: words[i].confidence,
    )[:_MAX_REREADS]
    out = list(words)
    for index in doubtful:
        word = words[index]
        margin = max(8, word.height // 2)
        crop = image.crop(
            (
                max(0, word.left - margin),
                max(0, word.top - margin),
                min(image.width, word.right + margin),
                min(image.height, word.bottom + margin),
            )
        )
        # A lone number reads best smaller than at 300 dpi (a word would lose its marks).
        if word.height > _REREAD_HEIGHT and any(ch.isdigit() for ch in word.text):
            factor = _REREAD_HEIGHT / word.height
            crop = crop.resize(
                (max(1, round(crop.width * factor)), max(1, round(crop.height * factor)))
            )
        data = _run(
            functools.partial(
                pytesseract.image_to_data,
                crop,
                lang=LANGUAGE,
                config="--psm 7",
                output_type=pytesseract.Output.DICT,
            ),
            filename,
            page,
            timeout,
        )
        pieces = [
            (t.strip(), float(c) / 100)
            for t, c in zip(data["text"], data["conf"], strict=True)
            if t and t.strip()
        ]
        if not pieces:
            continue
        # Two words run together ("tđồng") come back apart ("tỷ đồng").
        text = " ".join(piece for piece, _ in pieces)
        confidence = min(c for _, c in pieces)
        if confidence > word.confidence:
            out[index] = replace(word, text=text, confidence=confidence)
    return out
