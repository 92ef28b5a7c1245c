"""Import of scans: read by OCR in a background task, shown page by page beside the text,
each figure's line marked on the page image; unsure figures are left for the clerk."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from tests.documents.ocr import needs_tesseract
from tests.documents.scans import FONT, Damage, as_png, font_available, spoil, typeset
from tests.workspace.test_import import REPORT, _accept_all
from tiendo.core.models import Document, Result
from tiendo.documents.ocr_engine import MISSING_VI
from tiendo.extract import extract_figures
from tiendo.workspace import scan_jobs
from tiendo.workspace.importing import MODE_RESULTS, figure_confidence, propose

URL = reverse("workspace:import")


@pytest.fixture(scope="module")
def report_scan() -> bytes:
    if not font_available():
        pytest.skip(f"no font to typeset scans with ({FONT})")
    return as_png(spoil(typeset(REPORT.split("\n")), Damage(skew=0.6, blur=0.5, jpeg=75)))


def _upload(client, data: bytes, name: str = "bao-cao-quet.png"):
    return client.post(
        URL, {"kind": "report", "mode": "tu-dong", "file": SimpleUploadedFile(name, data)}
    )


def _job_of(response) -> str:
    assert response.status_code == 302, response.content[:500]
    location = response["Location"]
    assert "?viec=" in location
    return location.split("?viec=")[1]


@needs_tesseract
def test_an_uploaded_scan_is_read_in_the_background_and_shown_beside_its_page_image(
    reporter_client, commune_targets, report_scan
):
    job = _job_of(_upload(reporter_client, report_scan))
    preview = reporter_client.get(URL, {"viec": job})
    assert preview.status_code == 200
    [page] = preview.context["pages"]
    assert page.number == 1 and page.width > 2000
    rows = {row.number_text: row for row in preview.context["rows"]}
    assert {"4,5 tỷ đồng", "3,2%"} <= set(rows)
    budget = rows["4,5 tỷ đồng"]
    assert budget.page == 1 and budget.box is not None
    html = preview.content.decode()
    assert f'id="dong-{budget.number}"' in html and 'class="ws-line-box"' in html
    assert page.image_url.startswith("data:image/jpeg;base64,/9j/")
    assert f'href="{page.image_url}"' in html


@needs_tesseract
def test_accepting_a_figure_of_a_scan_saves_it_with_the_file_and_clears_the_job(
    reporter_client, commune_targets, report_scan
):
    job = _job_of(_upload(reporter_client, report_scan))
    preview = reporter_client.get(URL, {"viec": job})
    response = _accept_all(reporter_client, preview)
    assert response.status_code == 302
    result = Result.objects.get(target=commune_targets["budget"])
    assert result.value == 4.5
    assert Document.objects.get().file.name.endswith(".png")
    assert scan_jobs.state(job) is None


@needs_tesseract
def test_the_progress_of_a_scan_is_told_as_json(reporter_client, commune_targets, report_scan):
    job = _job_of(_upload(reporter_client, report_scan))
    status = reporter_client.get(URL, {"viec": job, "trang-thai": 1}).json()
    assert status == {"state": "done", "done": 1, "total": 1, "error": ""}


def test_a_scan_waiting_for_the_worker_shows_a_progress_bar(reporter_client, commune_reporter):
    job = scan_jobs.create(
        user=commune_reporter.pk, file="", filename="quet.pdf", form={"kind": "report"}
    )
    scan_jobs.update(job, state=scan_jobs.RUNNING, done=2, total=5)
    html = reporter_client.get(URL, {"viec": job}).content.decode()
    assert '<progress id="tien-do-doc" max="5" value="2">' in html
    assert "scan-progress.js" in html and "Đã đọc" in html


def test_someone_elses_scan_cannot_be_seen(reporter_client, admin_user):
    job = scan_jobs.create(user=admin_user.pk, file="", filename="quet.png", form={})
    assert reporter_client.get(URL, {"viec": job}).status_code == 404
    assert reporter_client.get(URL, {"viec": "../../etc"}).status_code == 404


def test_without_tesseract_the_import_screen_says_so_and_stages_nothing(
    reporter_client, commune_targets, monkeypatch
):
    monkeypatch.setattr("tiendo.workspace.views.importing.tesseract_available", lambda: False)
    response = _upload(reporter_client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert response.status_code == 200
    assert MISSING_VI in response.content.decode()
    typed = _read_pasted(reporter_client)
    assert typed.status_code == 200 and typed.context["rows"]


def _read_pasted(client):
    return client.post(URL, {"kind": "report", "mode": "tu-dong", "text": REPORT})


@needs_tesseract
def test_a_scan_that_cannot_be_read_shows_why_and_saves_nothing(reporter_client, commune_targets):
    job = _job_of(_upload(reporter_client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "hong.png"))
    response = reporter_client.get(URL, {"viec": job})
    assert response.status_code == 200
    assert "Không đọc được tệp “hong.png”" in response.content.decode()
    assert not Document.objects.exists() and not Result.objects.exists()
    assert scan_jobs.state(job) is None


@needs_tesseract
def test_figures_the_ocr_is_unsure_of_are_left_unselected_and_marked_for_review(
    reporter_client, commune_targets, report_scan, monkeypatch
):
    monkeypatch.setattr("tiendo.documents.model.Document.confidence", lambda self, start, end: 0.6)
    job = _job_of(_upload(reporter_client, report_scan))
    preview = reporter_client.get(URL, {"viec": job})
    assert preview.context["rows"]
    assert all(p.accept is False for p in preview.context["proposals"])
    assert all(row.needs_review for row in preview.context["rows"])
    assert "Cần xem lại" in preview.content.decode()


@pytest.mark.parametrize(("confidence", "preselected"), [(0.95, True), (0.9, True), (0.85, False)])
def test_only_figures_read_with_confidence_of_at_least_0_9_are_preselected(
    commune_targets, confidence, preselected
):
    figures = [f for f in extract_figures(REPORT) if f.value == 4.5]
    object.__setattr__(figures[0], "confidence", confidence)
    [proposal] = propose(REPORT, figures, list(commune_targets.values()), MODE_RESULTS)
    assert proposal.match is not None
    assert proposal.accept is preselected
    assert proposal.confidence == confidence


def test_a_figure_without_confidence_counts_as_sure_unless_the_ocr_is_not() -> None:
    assert figure_confidence(SimpleNamespace()) == 1.0
    assert figure_confidence(SimpleNamespace(confidence=None)) == 1.0
    assert figure_confidence(SimpleNamespace(confidence=0.95), ocr=0.7) == 0.7


def test_pasted_figures_are_marked_for_review_exactly_when_read_unsure(
    reporter_client, commune_targets
):
    preview = _read_pasted(reporter_client)
    rows = preview.context["rows"]
    assert rows
    for row, proposal in zip(rows, preview.context["proposals"], strict=True):
        assert row.needs_review is (proposal.figure.confidence < 0.9)
    assert ("Cần xem lại" in preview.content.decode()) is any(r.needs_review for r in rows)


@needs_tesseract
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_reads_the_queued_scan(reporter_client, commune_targets, report_scan):
    backend = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=backend):
        job = _job_of(_upload(reporter_client, report_scan))
        assert scan_jobs.state(job)["state"] == scan_jobs.QUEUED
        waiting = reporter_client.get(URL, {"viec": job}).content.decode()
        assert "<progress" in waiting
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    state = scan_jobs.state(job)
    assert (state["state"], state["done"], state["total"]) == ("done", 1, 1)
    assert json.loads(reporter_client.get(URL, {"viec": job, "trang-thai": 1}).content)["done"]
    assert reporter_client.get(URL, {"viec": job}).context["pages"]
