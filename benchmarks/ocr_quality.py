"""OCR quality and speed on scans made from the development set.

Each passage of ../shared/eval/figures-dev.jsonl is typeset on an A4 page (DejaVu
Serif, 200 dpi), spoiled like an office scan (skew, blur, speckle, JPEG, a red stamp),
and saved in turn as an image-only PDF, a PNG and a JPEG; one page in seven is
scanned turned (90° or 180°) and one in seven set in two columns. Each scan is read
end to end as `tiendo extract` reads a file, then scored with the shared scorer next
to the same passages typed.

    .venv/bin/python benchmarks/ocr_quality.py [--limit N] [--dpi 200] [--show-errors N]

Prints the character error rate, figure F1 on the scans and on the typed text, and
seconds per page (wall time and CPU time of this process and Tesseract's).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.documents.scans import (  # noqa: E402
    DEV_SET,
    OFFICE,
    Damage,
    as_jpeg,
    as_pdf,
    as_png,
    character_error_rate,
    dev_passages,
    spoil,
    typeset,
)
from tiendo.documents import read_bytes  # noqa: E402
from tiendo.documents.model import Document  # noqa: E402
from tiendo.extract.document import figures_from_document  # noqa: E402


def scorer():
    path = DEV_SET.parent / "score_figures.py"
    spec = importlib.util.spec_from_file_location("score_figures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def scan_of(index: int, text: str, dpi: int) -> tuple[bytes, str, str]:
    """(file bytes, file name, what was done to it) for the index-th passage."""
    columns = 2 if index % 7 == 6 else 1
    turn = {3: 90, 5: 180}.get(index % 7, 0)
    damage = Damage(
        skew=OFFICE.skew * (1 if index % 2 else -1) * (0.5 + (index % 3) / 2),
        blur=OFFICE.blur,
        speckle=OFFICE.speckle,
        jpeg=OFFICE.jpeg,
        stamp=index % 2 == 0,
        turn=turn,
        seed=index,
    )
    page = spoil(typeset([text], dpi=dpi, columns=columns), damage)
    kind = ("pdf", "png", "jpg")[index % 3]
    data = {"pdf": as_pdf, "png": as_png, "jpg": as_jpeg}[kind](
        [page] if kind == "pdf" else page, dpi
    )
    note = f"{kind}{', turned ' + str(turn) if turn else ''}{', 2 columns' if columns == 2 else ''}"
    return data, f"trang-{index + 1}.{kind}", note


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N passages")
    parser.add_argument("--dpi", type=int, default=200, help="resolution of the scans")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    passages = dev_passages()
    if not passages:
        print(f"no development set at {DEV_SET}", file=sys.stderr)
        return 2
    if args.limit:
        passages = passages[: args.limit]
    score = scorer()
    scanned, typed, errors = [], [], []
    wall = cpu = 0.0
    chars = 0
    for index, passage in enumerate(passages):
        data, name, note = scan_of(index, passage["text"], args.dpi)
        started, started_cpu = time.perf_counter(), cpu_seconds()
        document = read_bytes(data, name)
        figures = figures_from_document(document)
        wall += time.perf_counter() - started
        cpu += cpu_seconds() - started_cpu
        rate = character_error_rate(document.text, passage["text"])
        errors.append(rate * len(passage["text"]))
        chars += len(passage["text"])
        scanned.append({"id": passage["id"], "figures": [f.as_dict() for f in figures]})
        typed_figures = figures_from_document(Document(passage["text"]))
        typed.append({"id": passage["id"], "figures": [f.as_dict() for f in typed_figures]})
        counts = f"{len(figures)}/{len(typed_figures)}"
        print(f"{passage['id']}  {note:24s} CER {rate:6.2%}  figures {counts}")
    gold = [{k: p[k] for k in ("id", "text", "figures")} for p in passages]
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for label, lines in (("gold", gold), ("scan", scanned), ("typed", typed)):
            paths[label] = os.path.join(folder, f"{label}.jsonl")
            with open(paths[label], "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        on_scans, scan_errors = score.score(paths["gold"], paths["scan"], args.show_errors)
        on_text, _ = score.score(paths["gold"], paths["typed"])
    for error in scan_errors:
        print(json.dumps(error, ensure_ascii=False))
    pages = len(passages)
    print()
    print(f"pages                      {pages}")
    print(f"character error rate       {sum(errors) / chars:.2%}")
    print(f"figure F1, scans           {on_scans['figure_f1']:.3f}")
    print(f"figure F1, typed text      {on_text['figure_f1']:.3f}")
    print(f"strict F1, scans / typed   {on_scans['strict_f1']:.3f} / {on_text['strict_f1']:.3f}")
    print(f"seconds per page, wall     {wall / pages:.2f}")
    print(f"seconds per page, CPU      {cpu / pages:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
