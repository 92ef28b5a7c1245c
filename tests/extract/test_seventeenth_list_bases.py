"""statements.py searches for a list's basis after a mark, and for a breakdown's basis from
the word "so": the matches must be the former patterns' own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import statements

# The patterns as they were, each opening with an anchor or a boundary.
_FORMER_LIST_BASIS = re.compile(r"(?:^|[,:;]\s*)so (?:với )?([^,;:]{2,50}?)\s*[,:]")
_FORMER_BREAKDOWN_BASIS = re.compile(
    r"\bso (?:với )?([^,;:()]{2,40}?)\s*[,;:(]\s*(?:trong đó|bao gồm|gồm|cụ thể)\b"
)
_PIECES = [
    "so ", "so với ", "so", "với ", "cùng kỳ", "năm trước", "kế hoạch", "trong đó", "bao gồm",
    "gồm", "cụ thể", "a", "xso", "1", ",", ":", ";", "(", ")", " ", "  ", "\n", "\u00a0",
]  # fmt: skip


def _texts(max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=examples(500), deadline=None)
@given(_texts())
def test_list_bases_gives_what_the_search_with_its_anchor_gave(text: str) -> None:
    assert _found(statements.list_bases(text)) == _found(list(_FORMER_LIST_BASIS.finditer(text)))


@settings(max_examples=examples(500), deadline=None)
@given(_texts())
def test_the_breakdown_basis_from_the_word_gives_what_the_boundary_gave(text: str) -> None:
    assert _found(list(statements._BREAKDOWN_BASIS.finditer(text))) == _found(
        list(_FORMER_BREAKDOWN_BASIS.finditer(text))
    )


def test_list_bases_finds_a_basis_at_the_start_and_after_each_mark() -> None:
    text = "so với cùng kỳ: a, so với năm trước, b"
    assert [m.group(1) for m in statements.list_bases(text)] == ["cùng kỳ", "năm trước"]
