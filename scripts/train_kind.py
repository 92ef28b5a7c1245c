"""Learn tiendo.extract.kind_model from the tuning parts, and show what it does out of fold.

    .venv/bin/python scripts/train_kind.py          # train; writes tiendo/extract/kind_weights.json
    .venv/bin/python scripts/train_kind.py --check  # the cross-validated tables only

Labels. The extractor is run with the model switched off (TIENDO_KIND_MODEL=off) over
the tuning parts (tests/extract/data/corpus/tune.jsonl, tune-2 ... tune-7) with each
passage's year; every figure read from prose is paired with a gold figure as the shared
scorer pairs them (`shared/eval/score_figures.py`, loaded from beside the repository) and
labelled with its partner's kind. Figures with no partner, and the figures of tables,
are left out.

Model. A multinomial logistic regression over `kind_model.kind_signs` (signs seen in at
least MIN_COUNT figures), L2-penalised, fitted by L-BFGS from zero: deterministic, so a
second run writes the same file.

Threshold. The model changes the rules' kind only when another kind's probability
exceeds a threshold. Five folds by source (every passage of a source on one side): each
fold's figures get probabilities from a model that never saw them, and the threshold is
the one under which those changes gain the most strictly right figures (none if no
threshold gains). The tables show, at that threshold, the kind errors fixed and broken
and the strict F1 of each part, before and under cross-validation.

The weights file records a digest of the tuning parts: a test fails when a part changed
and the model was not trained again. Offline, standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_confidence import folds_of, load_scorer, read_jsonl

from tiendo.extract import extract_figures
from tiendo.extract.kind_model import _WEIGHTS, KINDS, RECORDED, recording
from tiendo.extract.kind_model import decided as decide
from tiendo.extract.kind_model import trained as trained_model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/extract/data/corpus"
PARTS = ("tune", "tune-2", "tune-3", "tune-4", "tune-5", "tune-6", "tune-7")
# Beside the repository (a worktree sits one level deeper).
SCORER = (
    next(
        (
            p
            for p in (ROOT.parent, ROOT.parent.parent)
            if (p / "shared/eval/score_figures.py").exists()
        ),
        ROOT.parent,
    )
    / "shared/eval/score_figures.py"
)
MIN_COUNT = 3
L2 = 2.0
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
SEED = 0


class Row:
    """One figure read from prose and paired with a gold figure."""

    def __init__(self, group: str, part: str, signs: list[str], rule: int, gold: int, rest: bool):
        self.group, self.part, self.signs = group, part, signs
        self.rule, self.gold = rule, gold
        self.rest = rest  # right in everything but the kind (strictly right once it is)


def tuning_paths() -> list[Path]:
    return [CORPUS / f"{part}.jsonl" for part in PARTS]


def digest(paths: Sequence[Path] | None = None) -> str:
    """sha256 of the tuning parts, in order: the data the weights were trained on."""
    hashed = hashlib.sha256()
    for path in paths or tuning_paths():
        hashed.update(path.name.encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()


def rest_right(scorer: object, gold: dict[str, object], pred: dict[str, object]) -> bool:
    """The scorer's strict test but for the kind (bound, period, comparisons, indicator)."""
    s = scorer
    _, shared, in_gold, in_pred = s.multiset_f1(s.comp_set(gold), s.comp_set(pred))  # type: ignore[attr-defined]
    return (
        (gold.get("bound") or None) == (pred.get("bound") or None)
        and s.period_ok(gold, pred)  # type: ignore[attr-defined]
        and shared == in_gold == in_pred
        and s.syl_f1(gold.get("indicator", ""), pred.get("indicator", "")) >= 0.5  # type: ignore[attr-defined]
    )


def read_rows(scorer: object) -> tuple[list[Row], dict[str, list[int]]]:
    """The labelled figures, and per part [gold figures, figures read, strictly right]."""
    rows: list[Row] = []
    totals: dict[str, list[int]] = {}
    for part, path in zip(PARTS, tuning_paths(), strict=True):
        total = totals.setdefault(part, [0, 0, 0])
        for record in read_jsonl(path):
            text = str(record["text"])
            year = record.get("year")
            year = year if isinstance(year, int) else None
            RECORDED.clear()
            figures = extract_figures(text, year=year)
            predicted = [figure.as_dict(offsets=False) for figure in figures]
            gold = list(record["figures"])  # type: ignore[call-overload]
            total[0] += len(gold)
            total[1] += len(predicted)
            partner = {id(p): g for g, p in scorer.pairs_of(gold, predicted)}  # type: ignore[attr-defined]
            for figure, pred in zip(figures, predicted, strict=True):
                match = partner.get(id(pred))
                if match is None:
                    continue
                rest = rest_right(scorer, match, pred)
                total[2] += rest and match.get("kind") == pred["kind"]
                signs = RECORDED.get((figure.start, figure.clause_start))
                if signs is None or match.get("kind") not in KINDS:
                    continue  # a table's figure, or a gold figure with no kind
                group = str(record.get("source") or record["id"])
                rule, label = KINDS.index(figure.kind), KINDS.index(match["kind"])
                rows.append(Row(group, part, signs, rule, label, rest))
    return rows, totals


# -- the model ------------------------------------------------------------------------


def indexed(rows: Sequence[Row]) -> tuple[list[str], list[tuple[list[int], int]]]:
    """The signs seen in at least MIN_COUNT of `rows` (sorted), and each row as the
    indices of its known signs and its label."""
    counts: dict[str, int] = {}
    for row in rows:
        for sign in set(row.signs):
            counts[sign] = counts.get(sign, 0) + 1
    names = sorted(s for s, c in counts.items() if c >= MIN_COUNT)
    index = {name: i for i, name in enumerate(names)}
    data = [(sorted({index[s] for s in row.signs if s in index}), row.gold) for row in rows]
    return names, data


def _loss(
    w: list[float], data: list[tuple[list[int], int]], l2: float
) -> tuple[float, list[float]]:
    grad = [l2 * x for x in w]
    loss = 0.5 * l2 * sum(x * x for x in w)
    for columns, label in data:
        s0 = s1 = s2 = 0.0
        for c in columns:
            j = 3 * c
            s0 += w[j]
            s1 += w[j + 1]
            s2 += w[j + 2]
        top = max(s0, s1, s2)
        e0, e1, e2 = math.exp(s0 - top), math.exp(s1 - top), math.exp(s2 - top)
        total = e0 + e1 + e2
        loss -= (s0, s1, s2)[label] - top - math.log(total)
        r0, r1, r2 = e0 / total, e1 / total, e2 / total
        if label == 0:
            r0 -= 1.0
        elif label == 1:
            r1 -= 1.0
        else:
            r2 -= 1.0
        for c in columns:
            j = 3 * c
            grad[j] += r0
            grad[j + 1] += r1
            grad[j + 2] += r2
    return loss, grad


def fit(
    data: list[tuple[list[int], int]], size: int, l2: float = L2, steps: int = 200
) -> list[float]:
    """L-BFGS (memory 10, backtracking line search) from zero weights."""
    w = [0.0] * (3 * size)
    loss, grad = _loss(w, data, l2)
    memory: list[tuple[list[float], list[float], float]] = []
    for _ in range(steps):
        q = list(grad)
        alphas = []
        for s, y, rho in reversed(memory):
            a = rho * sum(si * qi for si, qi in zip(s, q, strict=True))
            alphas.append(a)
            q = [qi - a * yi for qi, yi in zip(q, y, strict=True)]
        if memory:
            s, y, _ = memory[-1]
            gamma = sum(si * yi for si, yi in zip(s, y, strict=True)) / sum(yi * yi for yi in y)
        else:
            gamma = 1.0 / max(1.0, math.sqrt(sum(g * g for g in grad)))
        r = [gamma * qi for qi in q]
        for (s, y, rho), a in zip(memory, reversed(alphas), strict=True):
            b = rho * sum(yi * ri for yi, ri in zip(y, r, strict=True))
            r = [ri + (a - b) * si for ri, si in zip(r, s, strict=True)]
        slope = -sum(g * d for g, d in zip(grad, r, strict=True))
        if slope >= 0:  # not a descent direction: restart from the gradient
            memory.clear()
            r = list(grad)
            slope = -sum(g * g for g in grad)
        step = 1.0
        while True:
            trial = [wi - step * ri for wi, ri in zip(w, r, strict=True)]
            new_loss, new_grad = _loss(trial, data, l2)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s = [t - wi for t, wi in zip(trial, w, strict=True)]
        y = [ng - g for ng, g in zip(new_grad, grad, strict=True)]
        sy = sum(si * yi for si, yi in zip(s, y, strict=True))
        if sy > 1e-12:
            memory.append((s, y, 1.0 / sy))
            del memory[:-10]
        done = loss - new_loss < 1e-7 * max(1.0, abs(loss))
        w, loss, grad = trial, new_loss, new_grad
        if done:
            break
    return w


def trained(rows: Sequence[Row]) -> dict[str, tuple[float, float, float]]:
    names, data = indexed(rows)
    w = fit(data, len(names))
    return {name: (w[3 * i], w[3 * i + 1], w[3 * i + 2]) for i, name in enumerate(names)}


def chances(row: Row, weights: dict[str, tuple[float, float, float]]) -> list[float]:
    scores = [0.0, 0.0, 0.0]
    for sign in set(row.signs):
        w = weights.get(sign)
        if w is not None:
            scores = [a + b for a, b in zip(scores, w, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def decided(row: Row, probs: list[float], threshold: float) -> int:
    """The kind the shipped rule (`kind_model.decided`) gives a row, as an index."""
    kind = decide(KINDS[row.rule], (probs[0], probs[1], probs[2]), threshold)
    return KINDS.index(kind)


# -- cross-validation -----------------------------------------------------------------


def out_of_fold(rows: list[Row]) -> list[list[float]]:
    """Each row's probabilities from a model trained without its source."""
    fold_of = folds_of([(row.group,) for row in rows], SEED)  # type: ignore[arg-type]
    probs: list[list[float]] = [[] for _ in rows]
    for fold in range(5):
        weights = trained([row for row in rows if fold_of[row.group] != fold])
        for i, row in enumerate(rows):
            if fold_of[row.group] == fold:
                probs[i] = chances(row, weights)
    return probs


def effect(rows: list[Row], probs: list[list[float]], threshold: float) -> tuple[int, int, int]:
    """(kind errors fixed, kind errors made, strictly right figures gained)."""
    fixed = broken = gained = 0
    for row, p in zip(rows, probs, strict=True):
        new = decided(row, p, threshold)
        was, now = row.rule == row.gold, new == row.gold
        fixed += now and not was
        broken += was and not now
        if row.rest:
            gained += now - was
    return fixed, broken, gained


def best_threshold(rows: list[Row], probs: list[list[float]]) -> float:
    """The threshold that gains the most strictly right figures out of fold (the
    highest of equals); 1.0, never change, when none gains."""
    best, best_gain = 1.0, 0
    for threshold in THRESHOLDS:
        gain = effect(rows, probs, threshold)[2]
        if gain > best_gain or (gain == best_gain and gain > 0):
            best, best_gain = threshold, gain
    return best


def f1(right: int, gold: int, read: int) -> float:
    return 2 * right / (gold + read) if gold + read else 1.0


def report(
    rows: list[Row], probs: list[list[float]], totals: dict[str, list[int]], chosen: float
) -> None:
    errors = sum(row.rule != row.gold for row in rows)
    print(f"{len(rows)} figures paired from prose, {errors} kind errors by the rules")
    print("threshold  fixed  broken  strict gain   (5 folds by source)")
    for threshold in THRESHOLDS:
        fixed, broken, gained = effect(rows, probs, threshold)
        mark = "  <- chosen" if threshold == chosen else ""
        print(f"  {threshold:.2f}    {fixed:5d}  {broken:6d}  {gained:+6d}{mark}")
    print("part      strict F1 rules   under CV")
    for part in PARTS:
        gold, read, right = totals[part]
        gain = 0
        for row, p in zip(rows, probs, strict=True):
            if row.part == part and row.rest:
                gain += (decided(row, p, chosen) == row.gold) - (row.rule == row.gold)
        print(
            f"  {part:8s}   {f1(right, gold, read):.4f}        {f1(right + gain, gold, read):.4f}"
        )


def as_lines(payload: dict[str, object]) -> str:
    """The weights file as JSON, one sign a line: small, and a retraining's diff reads."""
    payload = dict(payload)
    weights = payload.pop("weights")
    head = json.dumps(payload, ensure_ascii=False, indent=1)[:-2]
    lines = [
        f" {json.dumps(name, ensure_ascii=False)}: {json.dumps(values)}"
        for name, values in weights.items()  # type: ignore[attr-defined]
    ]
    return head + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only the cross-validated tables")
    parser.add_argument("--scorer", type=Path, default=SCORER, help="score_figures.py")
    args = parser.parse_args(argv)
    # The rules' kinds are the model's input: the hook records each figure's signs.
    os.environ["TIENDO_KIND_MODEL"] = "record"
    trained_model.cache_clear()
    recording.cache_clear()
    rows, totals = read_rows(load_scorer(args.scorer))
    probs = out_of_fold(rows)
    chosen = best_threshold(rows, probs)
    report(rows, probs, totals, chosen)
    if args.check:
        return 0
    weights = trained(rows)
    payload = {
        "trained_on": [path.relative_to(ROOT).as_posix() for path in tuning_paths()],
        "digest": digest(),
        "kinds": list(KINDS),
        "l2": L2,
        "min_count": MIN_COUNT,
        "threshold": chosen,
        "weights": {
            name: [round(v, 4) for v in values]
            for name, values in sorted(weights.items())
            if any(round(v, 4) for v in values)
        },
    }
    _WEIGHTS.write_text(as_lines(payload), encoding="utf-8")
    print(f"wrote {_WEIGHTS.relative_to(ROOT)} ({len(payload['weights'])} signs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
