"""`tiendo extract`: figures from files, or from a JSONL file of passages (the scorer's format).

    tiendo extract report.docx notes.txt       one JSON object per file
    tiendo extract --jsonl passages.jsonl      lines {"id", "figures"}

Only the standard library is imported at module level, so the command starts fast.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, TextIO

if TYPE_CHECKING:
    from tiendo.extract.figure import Figure

# One encoder for every line: json.dumps with options builds a new one per call.
_ENCODE: Final = json.JSONEncoder(ensure_ascii=False).encode
_BATCH: Final = 200  # figures per write: a few tens of KB
# The encoder's own string escaping (ensure_ascii=False), for _figure_json; numbers are
# written by repr(), as the encoder writes them (float.__repr__, int.__repr__).
_STRING: Final = json.encoder.encode_basestring
_FINITE: Final = math.isfinite


def _json_value(value: object) -> str:
    """One value as the encoder writes it; the usual types without a call into it."""
    kind = type(value)
    if kind is str:
        return _STRING(value)  # type: ignore[arg-type]
    if value is None:
        return "null"
    # repr() of an exact float or int is float.__repr__ / int.__repr__, reached through
    # the type's slot: compiled, a call of the unbound method costs a slot wrapper each time.
    if kind is float and _FINITE(value):  # type: ignore[arg-type]
        return repr(value)
    if kind is int:
        return repr(value)
    return _ENCODE(value)  # NaN, infinities, bools, anything else: as the encoder does


def _figure_json(figure: Figure, offsets: bool) -> str:
    """`_ENCODE(figure.as_dict(offsets))`, character for character, written directly.

    The encoder escapes every key of every figure again and builds the dicts first;
    with the keys written out here a figure costs about half as much, which counts
    on large inputs (tests/extract/test_commands.py holds the two to the same text).
    """
    # _json_value is called by name, natively: through a local it is a Python call.
    string = _STRING
    period = figure.period
    # Text, indicator, unit and kind are strings: written without a call into
    # _json_value (anything else still goes through it, as the encoder would write it).
    text, indicator, unit, kind = figure.text, figure.indicator, figure.unit, figure.kind
    text = string(text) if text.__class__ is str else _json_value(text)
    indicator = string(indicator) if indicator.__class__ is str else _json_value(indicator)
    unit = string(unit) if unit.__class__ is str else _json_value(unit)
    kind_json = string(kind) if kind.__class__ is str else _json_value(kind)
    comparisons = ", ".join(
        [
            f'{{"basis": {_json_value(c.basis)}, "measure": {_json_value(c.measure)}, '
            f'"percent": {_json_value(c.percent)}'
            + (f', "issuer": {_json_value(issuer)}}}' if (issuer := c.issuer) else "}")
            for c in figure.comparisons
        ]
    )
    if offsets:
        # The offsets are native ints, formatted natively (as int.__repr__ writes them):
        # through _json_value each would be boxed, and repr() called as on any object.
        end = (
            f', "span": [{figure.start}, {figure.end}], '
            f'"clause_span": [{figure.clause_start}, {figure.clause_end}]}}'
        )
    else:
        end = "}"
    # One string built, its end a short piece of it: the long text is copied once.
    return (
        f'{{"text": {text}, "indicator": {indicator}, '
        f'"value": {_json_value(figure.value)}, "value_max": {_json_value(figure.value_max)}, '
        f'"unit": {unit}, "bound": {_json_value(figure.bound)}, '
        f'"kind": {kind_json}, "period": {{"year": {_json_value(period.year)}, '
        f'"from_month": {_json_value(period.from_month)}, '
        f'"to_month": {_json_value(period.to_month)}}}, '
        f'"comparisons": [{comparisons}], '
        f'"confidence": {_confidence_json(figure.confidence)}{end}'
    )


# A confidence is one of the calibration's few values: each is written once, as
# _json_value writes it (float.__repr__ costs thousands of instructions). Only positive
# floats are kept: -0.0 equals 0.0 and 1 equals 1.0 as keys, but are written otherwise.
_CONFIDENCES: Final[dict[float, str]] = {}
_CONFIDENCES_KEPT: Final = 256


def _confidence_json(value: float) -> str:
    written = _CONFIDENCES.get(value) if value.__class__ is float else None
    if written is None:
        written = _json_value(value)
        if value.__class__ is float and value > 0.0 and len(_CONFIDENCES) < _CONFIDENCES_KEPT:
            _CONFIDENCES[value] = written
    return written


# Not the module's docstring, which a module compiled by mypyc does not keep.
_DESCRIPTION: Final = "Đọc số liệu từ văn bản tiếng Việt và in ra JSON."


def register(subparsers: Any) -> None:
    """Add the `extract` subcommand to the `tiendo` command's subparsers."""
    parser = subparsers.add_parser(
        "extract",
        help="đọc số liệu (chỉ tiêu, kết quả) từ văn bản",
        description=_DESCRIPTION,
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
    opening = f'{{"{key}": {_ENCODE(name)}, "figures": ['  # written with the first batch
    separator = ""
    batch: list[str] = []
    for figure in figures:
        batch.append(_figure_json(figure, offsets))
        if len(batch) == _BATCH:
            # The figures of a line are joined by ", ", as the encoder joins a list's items.
            out.write(opening + separator + ", ".join(batch))
            opening, separator = "", ", "
            batch.clear()
    rest = separator + ", ".join(batch) if batch else ""
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
    parser = argparse.ArgumentParser(prog="tiendo extract", description=_DESCRIPTION)
    _add_arguments(parser)
    return handle(parser.parse_args(argv))
