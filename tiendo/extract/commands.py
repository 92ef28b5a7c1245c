"""`tiendo extract`: figures from files, or from a JSONL file of passages (the scorer's format).

    tiendo extract report.docx notes.txt       one JSON object per file
    tiendo extract --jsonl passages.jsonl      lines {"id", "figures"}

Only the standard library is imported at module level, so the command starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tiendo.extract.figure import Figure

# One encoder for every line: json.dumps with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_BATCH = 200  # figures per write: a few tens of KB


def register(subparsers: Any) -> None:
    """Add the `extract` subcommand to the `tiendo` command's subparsers."""
    parser = subparsers.add_parser(
        "extract",
        help="đọc số liệu (chỉ tiêu, kết quả) từ văn bản",
        description="Đọc số liệu từ văn bản tiếng Việt và in ra JSON.",
    )
    _add_arguments(parser)
    parser.set_defaults(handler=handle)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="tệp văn bản cần đọc")
    parser.add_argument(
        "--jsonl",
        metavar="IN",
        help='tệp JSONL mỗi dòng {"id", "text"} ("-" là đầu vào chuẩn)',
    )
    parser.add_argument("--year", type=int, default=None, help="năm mặc định khi văn bản không nêu")
    parser.add_argument(
        "--no-offsets", action="store_true", help="không in vị trí ký tự (span, clause_span)"
    )


def handle(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _extract_jsonl(args.jsonl, args, sys.stdout)
    if not args.files:
        print("tiendo extract: cần ít nhất một tệp hoặc --jsonl", file=sys.stderr)
        return 2
    return _extract_files(args.files, args, sys.stdout)


def _extract_jsonl(path: str, args: argparse.Namespace, out: TextIO) -> int:
    from tiendo.extract.prose import iter_figures

    try:
        source = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        print(f"tiendo extract: không mở được {path}: {error.strerror}", file=sys.stderr)
        return 1
    status = 0
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = str(record.get("text", ""))
                year = record.get("year", args.year)
                passage_id = record.get("id")
            except (json.JSONDecodeError, AttributeError) as error:
                print(f"tiendo extract: {path} dòng {number}: JSON lỗi ({error})", file=sys.stderr)
                status = 1
                continue
            del record  # a long passage should not be held twice
            figures = iter_figures(text, year=year if isinstance(year, int) else None)
            _write_record(out, "id", passage_id, figures, offsets=not args.no_offsets)
    return status


def _write_record(
    out: TextIO, key: str, name: object, figures: Iterable[Figure], *, offsets: bool
) -> None:
    """One output line, written _BATCH figures at a time: a long text is never held whole,
    and an unbuffered stdout (`python -u`) is not written to once per figure."""
    encode = _ENCODE
    opening = f'{{"{key}": {encode(name)}, "figures": ['  # written with the first batch
    separator = ""
    batch: list[dict[str, Any]] = []
    for figure in figures:
        batch.append(figure.as_dict(offsets=offsets))
        if len(batch) == _BATCH:
            # One encoder call for many figures (each call sets up a C encoder anew); a
            # list's items are joined by ", ", as the figures of a line are.
            out.write(opening + separator + encode(batch)[1:-1])
            opening, separator = "", ", "
            batch.clear()
    rest = separator + encode(batch)[1:-1] if batch else ""
    out.write(opening + rest + "]}\n")


def _extract_files(paths: list[str], args: argparse.Namespace, out: TextIO) -> int:
    from tiendo.documents import DocumentError, read_document
    from tiendo.documents.progress import stderr_progress
    from tiendo.extract.document import figures_from_document

    status = 0
    for path in paths:
        try:
            # Scans are read page by page; the pages read so far show on stderr.
            document = read_document(path, progress=stderr_progress(path))
        except DocumentError as error:
            print(f"tiendo extract: {error}", file=sys.stderr)
            status = 1
            continue
        except OSError as error:
            print(f"tiendo extract: không đọc được {path}: {error.strerror}", file=sys.stderr)
            status = 1
            continue
        figures = figures_from_document(document)
        _write_record(out, "file", path, figures, offsets=not args.no_offsets)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tiendo extract", description=__doc__)
    _add_arguments(parser)
    return handle(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
