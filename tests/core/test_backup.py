"""Backup and restore: the demo with uploaded files comes back identical, table by table
and file by file, and a second backup of the restored site equals the first."""

from __future__ import annotations

import hashlib
import io
import shutil
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

from tiendo.core.backup import tables
from tiendo.core.backup.archive import BackupError, read_manifest, restore_backup, write_backup


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_with_uploads(demo, media: Path):
    """The demo, a report uploaded with its file, and a document on the portal."""
    from wagtail.documents import get_document_model

    from tiendo.core.models import Document

    report = Document.objects.create(title="Báo cáo quý I (tệp tải lên)", text="Thu ngân sách.")
    report.file.save("bao-cao-quy-1.docx", ContentFile(b"PK\x03\x04 noi dung bao cao"))
    get_document_model().objects.create(
        title="Kế hoạch năm 2022", file=ContentFile("Kế hoạch".encode(), name="ke-hoach.pdf")
    )
    return demo


def _every_table() -> dict[str, list[tuple]]:
    """Each table's rows as Django reads them, in id order: independent of the backup's codec."""
    return {
        model._meta.label_lower: list(
            model._base_manager.order_by("pk").values_list(
                *[field.attname for field in tables.columns(model)]
            )
        )
        for model in tables.dumped_models()
    }


def _every_file(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _empty_the_site(media: Path) -> None:
    if connection.vendor == "postgresql":
        # The test's transaction holds deferred key checks, which TRUNCATE refuses.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    shutil.rmtree(media)


def test_a_restored_backup_has_every_row_and_file_of_the_demo_and_its_uploads(
    site_with_uploads, media: Path, tmp_path: Path
) -> None:
    rows_before, files_before = _every_table(), _every_file(media)
    assert len(files_before) == 2 and sum(map(len, rows_before.values())) > 500
    archive = tmp_path / "sao-luu.tar.gz"
    write_backup(archive)
    _empty_the_site(media)
    assert not any(_every_table().values())

    restore_backup(archive, migrate=False)

    assert _every_table() == rows_before
    assert _every_file(media) == files_before


def test_backup_restore_backup_gives_the_same_tables_files_and_counts(
    site_with_uploads, media: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "lan-1.tar.gz", tmp_path / "lan-2.tar.gz"
    write_backup(first)
    _empty_the_site(media)
    restore_backup(first, migrate=False)
    write_backup(second)
    before, after = read_manifest(first), read_manifest(second)
    assert after["tables"] == before["tables"]
    assert after["files"] == before["files"]
    assert before["tables"]["wagtailcore.page"]["rows"] == len(_every_table()["wagtailcore.page"])


def test_the_archive_holds_a_manifest_the_key_the_rows_and_the_files_and_only_its_owner_reads_it(
    site_with_uploads, tmp_path: Path, settings
) -> None:
    archive = tmp_path / "sao-luu.tar.gz"
    summary = write_backup(archive)
    assert archive.stat().st_mode & 0o077 == 0
    with tarfile.open(archive) as opened:
        names = set(opened.getnames())
        key = opened.extractfile("secret_key").read().decode()  # type: ignore[union-attr]
    assert {"manifest.json", "secret_key", "database/core.target.jsonl"} <= names
    assert sum(name.startswith("media/") for name in names) == summary.files == 2
    assert key == settings.SECRET_KEY
    manifest = read_manifest(archive)
    assert manifest["tables"]["core.target"]["rows"] > 0
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


def test_new_rows_after_a_restore_get_fresh_ids(
    site_with_uploads, media: Path, tmp_path: Path
) -> None:
    from tiendo.core.models import OrgUnit

    archive = tmp_path / "sao-luu.tar.gz"
    write_backup(archive)
    largest = OrgUnit.objects.order_by("-pk").first().pk
    _empty_the_site(media)
    restore_backup(archive, migrate=False)
    added = OrgUnit.objects.create(name="Xã mới (minh họa)", kind="commune", slug="xa-moi")
    assert added.pk > largest


def test_restoring_over_existing_data_is_refused_and_changes_nothing(
    site_with_uploads, media: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "sao-luu.tar.gz"
    write_backup(archive)
    rows_before = _every_table()
    with pytest.raises(BackupError, match="đã có dữ liệu"):
        restore_backup(archive, migrate=False)
    assert _every_table() == rows_before


def test_a_damaged_archive_is_refused_by_its_checksums(
    site_with_uploads, media: Path, tmp_path: Path
) -> None:
    archive, damaged = tmp_path / "sao-luu.tar.gz", tmp_path / "hong.tar.gz"
    write_backup(archive)
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as copy:
        for member in source.getmembers():
            content = source.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "database/core.target.jsonl":
                content = content.replace(b"2022", b"2023", 1)
            member.size = len(content)
            copy.addfile(member, io.BytesIO(content))
    _empty_the_site(media)
    with pytest.raises(BackupError, match="không khớp mã kiểm tra"):
        restore_backup(damaged, migrate=False)


def test_the_backup_command_writes_the_archive_and_says_what_it_holds(
    site_with_uploads, tmp_path: Path, capsys
) -> None:
    from tiendo.cli import main

    archive = tmp_path / "dem-nay.tar.gz"
    assert main(["backup", "-o", str(archive)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Đã sao lưu ") and "2 tệp" in printed
    assert read_manifest(archive)["tables"]["core.resolution"]["rows"] == 1


def test_the_restore_command_refuses_a_site_that_has_data_in_vietnamese(
    site_with_uploads, tmp_path: Path, capsys
) -> None:
    from tiendo.cli import main

    archive = tmp_path / "dem-nay.tar.gz"
    write_backup(archive)
    assert main(["restore", str(archive)]) == 1
    assert "chỉ khôi phục vào cơ sở dữ liệu trống" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "khong-co.tar.gz")]) == 2
