"""A scan being read in the background: its state, the pages read so far, the page
images, and the text once read, kept in storage beside the staged upload.

The web process writes the job and queues the task; the worker (another process,
perhaps another machine sharing the storage) updates it page by page; the import
screen reads it to draw the progress bar and, when done, the figures. Nothing is
saved in the database until the clerk accepts figures.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage

from tiendo.documents.model import Document, Page, PageLine, Table

JOB_DIR = "tam/doc-anh-quet"
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
# Page images are kept this wide at most: enough to read a number against the scan.
IMAGE_WIDTH = 1400


def _path(job: str, name: str) -> str:
    if not job.isalnum() or len(job) > 40:
        raise KeyError(job)
    return f"{JOB_DIR}/{job}/{name}"


def _write(name: str, content: bytes) -> None:
    """Puts the new content in place in one step.

    The worker rewrites the state after every page while the screen reads it. Deleting
    and saving again left a moment with no file (the screen answered "no such job") or
    half a file (a broken JSON), and a busy machine made that moment long. A file written
    beside it and renamed over it is never missing or partly written to a reader.
    """
    target = Path(default_storage.path(name))  # the settings keep files on a file system
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=".", suffix=".tmp", delete=False
    ) as handle:
        handle.write(content)
    # As the storage would have made it: the web and the worker may run as other users.
    os.chmod(handle.name, settings.FILE_UPLOAD_PERMISSIONS or 0o644)
    os.replace(handle.name, target)


def create(*, user: int, file: str, filename: str, form: dict[str, Any]) -> str:
    job = secrets.token_hex(12)
    save_state(
        job,
        {
            "user": user,
            "state": QUEUED,
            "done": 0,
            "total": 0,
            "file": file,
            "filename": filename,
            "form": form,
            "error": "",
        },
    )
    return job


def save_state(job: str, state: dict[str, Any]) -> None:
    _write(_path(job, "state.json"), json.dumps(state, ensure_ascii=False).encode())


def state(job: str) -> dict[str, Any] | None:
    """The job's state, or None when there is no such job."""
    try:
        name = _path(job, "state.json")
    except KeyError:
        return None
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        data: dict[str, Any] = json.loads(handle.read())
    return data


def update(job: str, **changes: Any) -> None:
    current = state(job) or {}
    current.update(changes)
    save_state(job, current)


def save_page_image(job: str, number: int, image: Any) -> None:
    """The page as read, reduced to a grey JPEG, for the clerk to check each number
    against (about 150 kB a page)."""
    shown = image.convert("L")
    shown.thumbnail((IMAGE_WIDTH, IMAGE_WIDTH * 2))
    buffer = io.BytesIO()
    shown.save(buffer, "JPEG", quality=70, optimize=True)
    _write(_path(job, f"trang-{number}.jpg"), buffer.getvalue())


def page_image(job: str, number: int) -> bytes | None:
    name = _path(job, f"trang-{int(number)}.jpg")
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        content: bytes = handle.read()
    return content


def save_document(job: str, document: Document) -> None:
    _write(_path(job, "van-ban.json"), json.dumps(asdict(document), ensure_ascii=False).encode())


def document(job: str) -> Document | None:
    name = _path(job, "van-ban.json")
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        data = json.loads(handle.read())
    pages = [
        Page(
            **{
                **page,
                "lines": [
                    PageLine(
                        line["offset"],
                        line["end"],
                        tuple(line["box"]),
                        [tuple(w) for w in line["words"]],
                    )
                    for line in page["lines"]
                ],
            }
        )
        for page in data.pop("pages")
    ]
    tables = [Table(**table) for table in data.pop("tables")]
    return Document(**data, tables=tables, pages=pages)


def discard(job: str) -> None:
    """Remove the job's files (its state, page images and text)."""
    try:
        folder = _path(job, "")
    except KeyError:
        return
    if not default_storage.exists(folder.rstrip("/")):
        return
    _folders, files = default_storage.listdir(folder)
    for name in files:
        default_storage.delete(folder + name)
