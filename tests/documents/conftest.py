from __future__ import annotations

import pytest

from tests.documents.samples import make_docx


@pytest.fixture(scope="session")
def docx_bytes() -> bytes:
    return make_docx()
