from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from tiendo.extract import commands

TEXT = "Tổng thu ngân sách quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán tỉnh giao."


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tiendo")
    commands.register(parser.add_subparsers())
    return parser


def test_jsonl_passages_give_one_line_of_figures_per_passage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Không có số liệu."}]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    args = _parser().parse_args(["extract", "--jsonl", str(source)])
    assert args.handler(args) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in out] == ["a", "b"]
    (figure,) = out[0]["figures"]
    assert figure["value"] == 123.4
    assert figure["comparisons"] == [
        {"basis": "budget", "measure": "ratio", "percent": 18.0, "issuer": "tỉnh"}
    ]
    assert TEXT[figure["span"][0] : figure["span"][1]] == "123,4 tỷ đồng"
    assert out[1]["figures"] == []


def test_jsonl_can_come_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": 7, "text": TEXT}) + "\n"))
    assert commands.main(["--jsonl", "-", "--no-offsets"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["id"] == 7
    assert "span" not in row["figures"][0]


def test_files_are_read_and_an_unreadable_one_is_reported_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "bao-cao.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "khong-co.txt"
    args = _parser().parse_args(["extract", str(missing), str(good)])
    assert args.handler(args) == 1
    captured = capsys.readouterr()
    (row,) = [json.loads(line) for line in captured.out.splitlines()]
    assert row["file"] == str(good)
    assert [f["value"] for f in row["figures"]] == [123.4]
    assert "khong-co.txt" in captured.err


def test_a_command_without_input_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert commands.main([]) == 2
    assert "--jsonl" in capsys.readouterr().err


def test_a_figure_is_written_as_the_json_encoder_writes_its_dict() -> None:
    from dataclasses import replace

    from tiendo.extract import extract_figures
    from tiendo.extract.figure import Comparison
    from tiendo.periods import Period

    text = (
        TEXT + " Sản lượng lúa ước đạt từ 5.000 đến 6.000 tấn, trên 95% kế hoạch huyện giao."
        ' Chỉ tiêu "mới" \\ đạt 7,5%/năm, tăng 2,1% so cùng kỳ.\n\tHết.'
    )
    figures = extract_figures(text)
    assert figures
    first = figures[0]
    odd = [
        replace(first, value=float("nan"), value_max=float("inf"), confidence=1),
        replace(first, value=True, bound="about", kind="target", period=Period(2024, 1, 6)),
        replace(first, comparisons=[Comparison("budget", "ratio", -0.0, "dự toán HĐND tỉnh giao")]),
        replace(first, text='"\u2028\x00\x1f"', indicator="", unit="tỷ đồng", start=0, end=10**20),
    ]
    for figure in figures + odd:
        for offsets in (True, False):
            expected = commands._ENCODE(figure.as_dict(offsets=offsets))
            assert commands._figure_json(figure, offsets) == expected


@pytest.mark.parametrize(
    "confidences",
    [[0.5, 0.5, 1, 1.0, 1], [0.0, -0.0, 0.0], [-0.0, 0.0], [float("nan")] * 2, [0.1 + 0.2] * 2],
)
def test_a_confidence_is_written_as_the_encoder_writes_it_however_often_it_comes(
    confidences: list[float],
) -> None:
    from dataclasses import replace

    from tiendo.extract import extract_figures

    first = extract_figures(TEXT)[0]
    for confidence in confidences:
        figure = replace(first, confidence=confidence)
        expected = commands._ENCODE(figure.as_dict(offsets=True))
        assert commands._figure_json(figure, True) == expected
