"""Oversized uploads are refused before their body is read."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tiendo.body_limit import BodyLimitMiddleware, max_request_bytes

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


class CountingStream(io.RawIOBase):
    """A request body of `size` bytes that records how much of it was read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self.size - self.read_bytes)
        buffer[:n] = b"0" * n
        self.read_bytes += n
        return n


def _request(size: int, stream: CountingStream) -> WSGIRequest:
    return WSGIRequest(
        {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/quan-tri/documents/add/",
            "CONTENT_TYPE": "multipart/form-data; boundary=ranh-gioi",
            "CONTENT_LENGTH": str(size),
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "wsgi.input": stream,
            "wsgi.url_scheme": "http",
        }
    )


def test_a_thirty_megabyte_upload_is_refused_without_reading_it(settings):
    settings.TIENDO_MAX_UPLOAD_BYTES = 20 * MB
    stream = CountingStream(30 * MB)

    def view(request):  # what Django would do next: parse the form
        request.POST  # noqa: B018
        raise AssertionError("the body was handed on to be read")

    response = BodyLimitMiddleware(view)(_request(30 * MB, stream))
    assert response.status_code == 413
    assert "Tệp quá lớn" in response.content.decode()
    assert "tối đa 20 MB" in response.content.decode()
    assert stream.read_bytes == 0


def test_a_body_within_the_limit_goes_on_to_the_view(settings):
    settings.TIENDO_MAX_UPLOAD_BYTES = 20 * MB
    stream = CountingStream(1000)
    response = BodyLimitMiddleware(lambda request: "view reached")(_request(1000, stream))
    assert response == "view reached"


def test_the_request_limit_leaves_room_for_the_other_fields(settings):
    settings.TIENDO_MAX_UPLOAD_BYTES = 20 * MB
    assert max_request_bytes() == 21 * MB


@pytest.fixture
def editor_client(django_user_model):
    user = django_user_model.objects.create_superuser("bientap.tailen", password="x")
    client = Client()
    client.force_login(user)
    return client


def _upload(client: Client, size: int):
    return client.post(
        "/quan-tri/documents/add/",
        {
            "title": "Báo cáo lớn",
            "file": SimpleUploadedFile("bao-cao.txt", b"0" * size),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_through_the_whole_stack_a_large_upload_gets_413_in_vietnamese(editor_client, settings):
    settings.TIENDO_MAX_UPLOAD_BYTES = 1 * MB
    settings.TIENDO_FORM_OVERHEAD_BYTES = 64 * 1024
    response = _upload(editor_client, 2 * MB)
    assert response.status_code == 413
    assert "Tệp quá lớn" in response.content.decode()
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert not get_document_model().objects.exists()


def test_an_upload_under_the_limit_is_saved(editor_client, settings):
    settings.TIENDO_MAX_UPLOAD_BYTES = 1 * MB
    response = _upload(editor_client, 100 * 1024)
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1
