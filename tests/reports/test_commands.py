from __future__ import annotations

import argparse
import io

import pytest
from docx import Document
from openpyxl import load_workbook

from tiendo.reports.commands import register


@pytest.fixture
def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    return parser


def _run(parser, *argv: str) -> int:
    args = parser.parse_args(["report", *argv])
    return args.handler(args)


def test_cli_writes_a_party_docx(parser, core_demo, tmp_path):
    output = tmp_path / "bao-cao.docx"
    code = _run(
        parser,
        "--resolution",
        "15-NQ/HU",
        "--period",
        "2022-Q1",
        "--format",
        "docx",
        "-o",
        str(output),
        "--number",
        "15-BC/HU",
        "--date",
        "2022-04-15",
    )
    assert code == 0
    doc = Document(io.BytesIO(output.read_bytes()))
    header = [p.text for cell in doc.tables[0].rows[0].cells for p in cell.paragraphs]
    assert "Số 15-BC/HU" in header
    assert "Bảo Thắng, ngày 15 tháng 4 năm 2022" in header


def test_cli_writes_a_state_docx_by_slug(parser, core_demo, tmp_path):
    output = tmp_path / "ubnd.docx"
    assert (
        _run(
            parser,
            "--resolution",
            "15-nq-hu-2022",
            "--period",
            "2022-Q1",
            "--style",
            "state",
            "-o",
            str(output),
        )
        == 0
    )
    doc = Document(io.BytesIO(output.read_bytes()))
    header = [p.text for cell in doc.tables[0].rows[0].cells for p in cell.paragraphs]
    assert "Độc lập - Tự do - Hạnh phúc" in header


def test_cli_writes_an_xlsx(parser, core_demo, tmp_path):
    output = tmp_path / "bang.xlsx"
    assert (
        _run(
            parser,
            "--resolution",
            "15-NQ/HU",
            "--period",
            "2022-Q1",
            "--format",
            "xlsx",
            "-o",
            str(output),
        )
        == 0
    )
    sheet = load_workbook(output).worksheets[0]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert core_demo.targets["1"].indicator in values


@pytest.mark.parametrize(
    ("resolution", "period", "message"),
    [
        ("99-NQ/HU", "2022-Q1", "Không tìm thấy nghị quyết"),
        ("15-NQ/HU", "2022-Q7", "Kỳ báo cáo '2022-Q7' không hợp lệ"),
    ],
)
def test_cli_explains_what_is_wrong(
    parser, core_demo, tmp_path, capsys, resolution, period, message
):
    output = tmp_path / "x.docx"
    assert _run(parser, "--resolution", resolution, "--period", period, "-o", str(output)) == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_cli_works_on_the_full_demo(parser, demo, tmp_path):
    output = tmp_path / "demo.docx"
    assert _run(parser, "--resolution", "15-NQ/HU", "--period", "2022-Q1", "-o", str(output)) == 0
    doc = Document(io.BytesIO(output.read_bytes()))
    assert len(doc.tables[2].rows) == 1 + len(demo.targets)
