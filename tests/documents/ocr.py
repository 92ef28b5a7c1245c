"""Skip marks for the tests that run Tesseract or typeset scans."""

from __future__ import annotations

import pytest

from tests.documents.scans import FONT, font_available
from tiendo.documents.ocr_engine import tesseract_available

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(),
    reason="Tesseract with Vietnamese is not installed (Debian: tesseract-ocr tesseract-ocr-vie)",
)
needs_font = pytest.mark.skipif(
    not font_available(),
    reason=f"no font to typeset scans with ({FONT}; Debian: fonts-dejavu-core)",
)
