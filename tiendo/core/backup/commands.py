"""`tiendo backup -o FILE` and `tiendo restore FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiendo.vietnamese import format_number


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="write one archive: database, uploaded files, secret key, manifest"
    )
    backup.add_argument("-o", "--output", required=True, type=Path, help="archive to write")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="restore an archive into an empty data folder or database"
    )
    restore.add_argument("archive", type=Path, help="archive written by tiendo backup")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from tiendo.core.backup.archive import BackupError, write_backup

    try:
        summary = write_backup(args.output)
    except (BackupError, OSError) as error:
        print(f"tiendo backup: {getattr(error, 'message_vi', error)}", file=sys.stderr)
        return 1
    print(
        f"Đã sao lưu {summary.tables} bảng ({format_number(summary.rows)} dòng) và "
        f"{format_number(summary.files)} tệp vào {args.output} "
        f"({format_number(summary.size)} byte)."
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    if not args.archive.is_file():
        print(f"tiendo restore: không có tệp {args.archive}", file=sys.stderr)
        return 2
    setup_django()
    from tiendo.core.backup.archive import BackupError, restore_backup

    try:
        summary = restore_backup(args.archive)
    except BackupError as error:
        print(f"tiendo restore: {error.message_vi}", file=sys.stderr)
        return 1
    print(
        f"Đã khôi phục {summary.tables} bảng ({format_number(summary.rows)} dòng) và "
        f"{format_number(summary.files)} tệp từ {args.archive}."
    )
    return 0
