"""Background work of the workspace: reading an uploaded scan by OCR, page by page.

It runs under Django's tasks framework: `tiendo worker` (or the worker that `tiendo
serve` and `tiendo demo` start) takes it from the database queue; the test settings
run it at once.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django_tasks import task

from tiendo.documents import DocumentError, read_bytes
from tiendo.workspace import scan_jobs
from tiendo.workspace.importing import peek_staged

log = logging.getLogger(__name__)

FAILED_VI = "Đọc văn bản quét gặp lỗi ngoài dự kiến; hãy thử lại hoặc báo quản trị hệ thống."


def ocr_options(job: str) -> Any:
    from tiendo.documents.scan_reader import OcrOptions

    return OcrOptions(
        max_pages=settings.TIENDO_OCR_MAX_PAGES,
        page_seconds=settings.TIENDO_OCR_PAGE_SECONDS,
        page_image=lambda number, image: scan_jobs.save_page_image(job, number, image),
    )


@task()
def read_scan(job: str) -> str:
    """Read the job's staged file; the job's state says how far it is and how it ended."""
    state = scan_jobs.state(job)
    if state is None:
        return scan_jobs.FAILED
    data = peek_staged(state["file"])
    if data is None:
        scan_jobs.update(job, state=scan_jobs.FAILED, error="Tệp tải lên không còn, hãy tải lại.")
        return scan_jobs.FAILED
    scan_jobs.update(job, state=scan_jobs.RUNNING)

    def progress(done: int, total: int) -> None:
        scan_jobs.update(job, done=done, total=total)

    try:
        document = read_bytes(data, state["filename"], progress, ocr_options(job))
    except DocumentError as error:
        scan_jobs.update(job, state=scan_jobs.FAILED, error=error.message_vi)
        return scan_jobs.FAILED
    except Exception:
        log.exception("reading scan %s failed", job)
        scan_jobs.update(job, state=scan_jobs.FAILED, error=FAILED_VI)
        raise
    scan_jobs.save_document(job, document)
    scan_jobs.update(job, state=scan_jobs.DONE)
    return scan_jobs.DONE
