"""`tiendo backup` and `tiendo restore`: one archive holding the whole site.

The archive is a gzip-compressed tar:

    manifest.json             format, tiendo version, time, database vendor, applied
                              migrations; per table its rows and SHA-256; per file its
                              size and SHA-256; the search index's row counts (it is
                              rebuilt on restore, not carried)
    database/<app.model>.jsonl  one JSON array per row, in primary-key order
    media/...                 uploaded files (documents, images, attachments)
    secret_key                the site's key (sessions, tokens and signed links use it)

The database is read inside one snapshot (REPEATABLE READ on PostgreSQL, a read
transaction on SQLite in WAL mode), so the site keeps serving and writing while
the backup runs and the backup is still consistent. A restore goes into an
empty database: it migrates, removes the rows migrations create (a default
page, content types, groups), inserts every row with its id in one transaction,
checks foreign keys, resets sequences, then puts back the files and the key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from tiendo.core.backup import tables

FORMAT = "tiendo-backup/1"


class BackupError(Exception):
    """A backup or restore that cannot go on; `message_vi` says why, for the operator."""

    def __init__(self, message_vi: str) -> None:
        self.message_vi = message_vi
        super().__init__(message_vi)


@dataclass
class Summary:
    tables: int
    rows: int
    files: int
    size: int


def write_backup(target: Path, using: str = "default") -> Summary:
    """Write the archive to `target` (readable by its owner only); returns what it holds."""
    from django.conf import settings

    manifest: dict[str, Any] = {
        "format": FORMAT,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tiendo_version": _version(),
        "database": _vendor(using),
        "migrations": sorted(f"{app}.{name}" for app, name in _applied_migrations(using)),
        "tables": {},
        "derived": {},
        "files": {},
    }
    partial = target.with_name(target.name + ".partial")
    with _private_file(partial) as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
        with _snapshot(using):
            for model in tables.dumped_models(using):
                label = model._meta.label_lower
                rows, digest, data = _rows_file(model, using)
                with data:
                    _add(archive, f"database/{label}.jsonl", data)
                manifest["tables"][label] = {
                    "table": model._meta.db_table,
                    "columns": [field.attname for field in tables.columns(model)],
                    "rows": rows,
                    "sha256": digest,
                }
            for model in tables.dumped_models(using, derived=True):
                count = model._base_manager.using(using).count()
                manifest["derived"][model._meta.label_lower] = count
        media_root = Path(settings.MEDIA_ROOT)
        for path in _media_files(media_root):
            name = path.relative_to(media_root).as_posix()
            with path.open("rb") as handle:
                digest, size = _digest(handle)
                handle.seek(0)
                _add(archive, f"media/{name}", handle, size)
            manifest["files"][name] = {"size": size, "sha256": digest}
        _add_bytes(archive, "secret_key", settings.SECRET_KEY.encode("utf-8"))
        _add_bytes(archive, "manifest.json", _json(manifest))
    partial.replace(target)
    return Summary(
        tables=len(manifest["tables"]),
        rows=sum(entry["rows"] for entry in manifest["tables"].values()),
        files=len(manifest["files"]),
        size=target.stat().st_size,
    )


def restore_backup(source: Path, using: str = "default", *, migrate: bool = True) -> Summary:
    """Restore `source` into an empty database and data folder."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections, transaction

    with tarfile.open(source, mode="r:gz") as archive:
        manifest = _manifest(archive)
        if migrate:
            call_command("migrate", database=using, interactive=False, verbosity=0)
        _check_migrations(manifest, using)
        _check_empty(using, Path(settings.MEDIA_ROOT))
        models = {model._meta.label_lower: model for model in tables.dumped_models(using)}
        missing = sorted(set(manifest["tables"]) - set(models))
        if missing:
            raise BackupError(f"Cơ sở dữ liệu thiếu bảng cho: {', '.join(missing)}.")
        rows = 0
        with transaction.atomic(using=using):
            _defer_constraints(using)
            for model in [*models.values(), *_search_index(using)]:
                tables.clear(model, using)
            for label, entry in manifest["tables"].items():
                model = models[label]
                if entry["columns"] != [f.attname for f in tables.columns(model)]:
                    raise BackupError(f"Bảng {label} trong bản sao lưu có cột khác phiên bản này.")
                member = _checked_member(archive, f"database/{label}.jsonl", entry["sha256"])
                rows += tables.write_rows(model, _json_lines(member), using)
            connections[using].check_constraints()
            _reset_sequences(list(models.values()), using)
        if any(manifest.get("derived", {}).values()):
            call_command("update_index", verbosity=0)
        files = _restore_files(archive, manifest, Path(settings.MEDIA_ROOT))
        _restore_secret_key(archive, Path(settings.DATA_DIR))
    return Summary(len(manifest["tables"]), rows, files, source.stat().st_size)


def _defer_constraints(using: str) -> None:
    """Rows go in table by table in any order: foreign keys are checked once, at the end."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _search_index(using: str) -> list[Any]:
    # The full-text tables follow their index table through triggers.
    return [m for m in tables.dumped_models(using, derived=True) if "fts" not in m._meta.db_table]


def read_manifest(source: Path) -> dict[str, Any]:
    with tarfile.open(source, mode="r:gz") as archive:
        return _manifest(archive)


# --- writing -----------------------------------------------------------------


@contextlib.contextmanager
def _snapshot(using: str) -> Iterator[None]:
    """Every table read as of one moment, without blocking the site's writers."""
    from django.db import connections, transaction

    connection = connections[using]
    if connection.in_atomic_block:
        yield  # already one transaction (a caller's, or a test's)
        return
    if connection.vendor == "postgresql":
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield
        return
    if connection.vendor == "sqlite":
        # Django's atomic() would BEGIN IMMEDIATE and hold the write lock; a deferred
        # transaction reads one WAL snapshot while others keep writing.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                yield
            finally:
                cursor.execute("ROLLBACK")
        return
    with transaction.atomic(using=using):
        yield


def _rows_file(model: Any, using: str) -> tuple[int, str, IO[bytes]]:
    data = tempfile.TemporaryFile()  # noqa: SIM115 (the caller closes it after adding it)
    digest = hashlib.sha256()
    count = 0
    for row in tables.read_rows(model, using):
        # Sorted keys: PostgreSQL (jsonb) and SQLite keep JSON objects in different orders.
        text = json.dumps(row, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        line = text.encode("utf-8") + b"\n"
        digest.update(line)
        data.write(line)
        count += 1
    data.seek(0)
    return count, digest.hexdigest(), data


def _media_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


@contextlib.contextmanager
def _private_file(path: Path) -> Iterator[IO[bytes]]:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _add(archive: tarfile.TarFile, name: str, data: IO[bytes], size: int | None = None) -> None:
    if size is None:
        data.seek(0, io.SEEK_END)
        size = data.tell()
        data.seek(0)
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    archive.addfile(info, data)


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    _add(archive, name, io.BytesIO(content), len(content))


# --- restoring ---------------------------------------------------------------


def _manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.extractfile("manifest.json")
    except KeyError:
        member = None
    if member is None:
        raise BackupError("Tệp không phải bản sao lưu của tiendo (không có manifest.json).")
    manifest: dict[str, Any] = json.loads(member.read())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Định dạng sao lưu {manifest.get('format')!r} không đọc được.")
    return manifest


def _check_migrations(manifest: dict[str, Any], using: str) -> None:
    here = {f"{app}.{name}" for app, name in _applied_migrations(using)}
    theirs = set(manifest["migrations"])
    if here != theirs:
        raise BackupError(
            "Bản sao lưu được tạo bởi phiên bản tiendo khác với phiên bản đang chạy "
            f"(khác {len(here ^ theirs)} bước chuyển đổi dữ liệu). Hãy khôi phục bằng đúng "
            f"phiên bản {manifest.get('tiendo_version')}, rồi mới nâng cấp."
        )


def _check_empty(using: str, media_root: Path) -> None:
    from django.contrib.auth import get_user_model

    from tiendo.core.models import Document, OrgUnit, Resolution

    for model in (get_user_model(), OrgUnit, Resolution, Document):
        if model._base_manager.using(using).exists():
            raise BackupError(
                "Cơ sở dữ liệu đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống "
                "(một thư mục dữ liệu mới, hoặc một cơ sở dữ liệu PostgreSQL mới)."
            )
    if _media_files(media_root):
        raise BackupError(f"Thư mục tệp tải lên {media_root} đã có tệp; hãy dùng thư mục trống.")


def _checked_member(archive: tarfile.TarFile, name: str, sha256: str) -> IO[bytes]:
    member = archive.extractfile(name)
    if member is None:
        raise BackupError(f"Bản sao lưu thiếu {name}.")
    content = member.read()
    if hashlib.sha256(content).hexdigest() != sha256:
        raise BackupError(f"Bản sao lưu bị hỏng: {name} không khớp mã kiểm tra.")
    return io.BytesIO(content)


def _json_lines(data: IO[bytes]) -> Iterator[list[Any]]:
    for line in data:
        if line.strip():
            yield json.loads(line)


def _reset_sequences(models: list[Any], using: str) -> None:
    from django.core.management.color import no_style
    from django.db import connections

    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def _restore_files(archive: tarfile.TarFile, manifest: dict[str, Any], media_root: Path) -> int:
    for name, entry in manifest["files"].items():
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise BackupError(f"Tên tệp không hợp lệ trong bản sao lưu: {name}.")
        member = archive.extractfile(f"media/{name}")
        if member is None:
            raise BackupError(f"Bản sao lưu thiếu tệp {name}.")
        path = media_root.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with path.open("wb") as handle:
            while chunk := member.read(1 << 20):
                digest.update(chunk)
                handle.write(chunk)
        if digest.hexdigest() != entry["sha256"]:
            raise BackupError(f"Bản sao lưu bị hỏng: tệp {name} không khớp mã kiểm tra.")
    return len(manifest["files"])


def _restore_secret_key(archive: tarfile.TarFile, data_dir: Path) -> None:
    """Keep the site's key, so sessions, API tokens and signed links stay valid."""
    member = archive.extractfile("secret_key")
    if member is None or os.environ.get("SECRET_KEY"):
        return  # a key from the environment is the operator's to set
    key_file = data_dir / "secret_key"
    key_file.write_bytes(member.read())
    key_file.chmod(0o600)


# --- shared ------------------------------------------------------------------


def _applied_migrations(using: str) -> set[tuple[str, str]]:
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    return set(MigrationRecorder(connections[using]).applied_migrations())


def _vendor(using: str) -> str:
    from django.db import connections

    return str(connections[using].vendor)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tiendo")
    except PackageNotFoundError:
        return "unknown"


def _digest(handle: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := handle.read(1 << 20):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
