"""The examples in the extractor's docstrings are true."""

from __future__ import annotations

import pytest

from tests.extract.docexamples import run_docstring_examples

MODULES = [
    "tiendo.extract",
    "tiendo.extract.abbreviations",
    "tiendo.extract.breakdowns",
    "tiendo.extract.clauses",
    "tiendo.extract.incidents",
    "tiendo.extract.comparisons",
    "tiendo.extract.indicator",
    "tiendo.extract.issuers",
    "tiendo.extract.kinds",
    "tiendo.extract.lexicon",
    "tiendo.extract.mentions",
    "tiendo.extract.numbers",
    "tiendo.extract.period_cues",
    "tiendo.extract.plan_rises",
    "tiendo.extract.prose",
    "tiendo.extract.quoted",
    "tiendo.extract.sentences",
    "tiendo.extract.textmap",
    "tiendo.extract.units",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    result = run_docstring_examples(name)
    assert result.attempted > 0
    assert result.failed == 0
