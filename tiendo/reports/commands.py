"""`tiendo report`: write a resolution's progress report as .docx or .xlsx.

    tiendo report --resolution 15-NQ/HU --period 2022-Q1 --format docx -o bao-cao.docx \\
        --style party --number "15-BC/HU"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiendo.cli import iso_date
from tiendo.vietnamese import format_number


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report",
        help="write a resolution's progress report (docx in the Party or state format, xlsx)",
    )
    report.add_argument("--resolution", required=True, help='number or slug, e.g. "15-NQ/HU"')
    report.add_argument("--period", required=True, help="2022, 2022-Q1, 2022-H1, 2022-9M")
    report.add_argument("--format", dest="file_format", choices=["docx", "xlsx"], default="docx")
    report.add_argument("-o", "--output", required=True, type=Path, help="file to write")
    report.add_argument(
        "--style",
        choices=["party", "state"],
        default="party",
        help="party: Hướng dẫn 36-HD/VPTW; state: Nghị định 30/2020/NĐ-CP",
    )
    report.add_argument("--number", default="", help='the report\'s number, e.g. "15-BC/HU"')
    report.add_argument(
        "--date",
        type=iso_date,
        default=None,
        help="date on the report, 2022-04-15 (default: the period's last day, or today if later)",
    )
    report.add_argument("--signer", default="", help="name of the person who signs")
    report.add_argument("--signer-title", default="", help='e.g. "PHÓ BÍ THƯ"')
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from tiendo.reports.services import ReportError, find_resolution, render_report

    try:
        resolution = find_resolution(args.resolution)
        report = render_report(
            resolution,
            args.period,
            file_format=args.file_format,
            style=args.style,
            number=args.number,
            report_date=args.date,
            signer=args.signer,
            signer_title=args.signer_title,
        )
    except ReportError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(report.content)
    print(f"Đã ghi {args.output} ({format_number(len(report.content))} byte).")
    return 0
