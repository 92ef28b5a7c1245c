"""The `tiendo` command. Each capability registers its own sub-commands; modules are
imported only to declare their arguments, so `tiendo extract` starts without Django."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys

COMMAND_MODULES = [
    "tiendo.core.commands",
    "tiendo.core.backup.commands",
    "tiendo.extract.commands",
    "tiendo.reports.commands",
    "tiendo.mail.commands",
    "tiendo.sites.commands",
]


def iso_date(text: str) -> dt.date:
    """An argparse type for a day written 2022-04-15, refused in Vietnamese otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"ngày {text!r} không hợp lệ: ghi 2022-04-15") from error


def build_parser(modules: list[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tiendo",
        description="tiendo: theo dõi tiến độ thực hiện nghị quyết, chỉ tiêu và cổng thông tin.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for dotted in modules:
        importlib.import_module(dotted).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    # `tiendo extract`, run on large inputs and by scripts over many files, declares only
    # its own command: the other modules import what it never uses (about 10 ms).
    modules = ["tiendo.extract.commands"] if given[:1] == ["extract"] else COMMAND_MODULES
    args = build_parser(modules).parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
