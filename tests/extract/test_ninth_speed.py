"""The ninth round's speed work: each shortcut gives what the longer way gave."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from tiendo.cli import COMMAND_MODULES, build_parser
from tiendo.extract.prose import extract_figures
from tiendo.extract.textmap import MappedText

_ROOT = Path(__file__).resolve().parents[2]
_PASSAGE = (
    "Tổng thu ngân sách trên địa bàn quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán "
    "tỉnh giao, tăng 5,2% so với cùng kỳ. Huyện có 12 xã đạt chuẩn nông thôn mới (tăng "
    "2 xã); diện tích lúa đông xuân 4.250 ha, năng suất 62,5 tạ/ha."
)


def test_tiendo_extract_imports_no_other_command(tmp_path: Path) -> None:
    """`tiendo extract` declares its own command only, and writes the same lines."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": _PASSAGE}, ensure_ascii=False) + "\n")
    code = (
        "import sys\n"
        "from tiendo.cli import main\n"
        f"main(['extract', '--jsonl', {str(source)!r}])\n"
        "print(sorted(m for m in sys.modules if m.endswith('.commands')), file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=_ROOT, capture_output=True, text=True, check=True
    )
    assert run.stderr.strip() == "['tiendo.extract.commands']"
    direct = subprocess.run(
        [sys.executable, "-m", "tiendo.extract", "--jsonl", str(source)],
        cwd=_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout == direct.stdout
    assert json.loads(run.stdout)["figures"]


def test_the_whole_parser_still_declares_every_command() -> None:
    parser = build_parser()
    help_text = parser.format_help()
    assert "extract" in help_text
    assert len(COMMAND_MODULES) > 1


def test_offsets_map_back_through_normalisation() -> None:
    """With combining marks the offsets go through the map; without, they stand."""
    decomposed = unicodedata.normalize("NFD", _PASSAGE)
    assert MappedText.of(decomposed).origin is not None
    assert MappedText.of(_PASSAGE).origin is None
    plain = extract_figures(_PASSAGE, year=2022)
    mapped = extract_figures(decomposed, year=2022)
    assert [f.value for f in plain] == [f.value for f in mapped]
    assert len(plain) >= 4
    for figure, other in zip(plain, mapped, strict=True):
        number = _PASSAGE[figure.start : figure.end]
        assert unicodedata.normalize("NFC", decomposed[other.start : other.end]) == number
        clause = decomposed[other.clause_start : other.clause_end]
        assert (
            unicodedata.normalize("NFC", clause)
            == _PASSAGE[figure.clause_start : figure.clause_end]
        )


def test_a_table_in_a_passage_is_still_read_in_document_order() -> None:
    text = (
        "Kết quả như sau.\n"
        "Chỉ tiêu | Đơn vị | Năm 2022\n"
        "Sản lượng lúa | tấn | 12.500\n"
        "Sau đó, tổng thu ngân sách đạt 123,4 tỷ đồng."
    )
    figures = extract_figures(text, year=2022)
    starts = [f.start for f in figures]
    assert starts == sorted(starts)
    assert {f.value for f in figures} >= {12500.0, 123.4}
