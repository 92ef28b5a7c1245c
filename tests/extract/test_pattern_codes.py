"""The patterns built from the code the build wrote match as `re.compile` makes them."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tests.extract.test_sources import _setup_helpers
from tiendo.extract import _pattern_codes
from tiendo.extract._pattern_codes import codes_of, file_name, load, precompiled, write

# Shapes the extractor's patterns take: groups named and not, flags given and inline,
# look-arounds, classes of Vietnamese letters, back-references, alternations of words.
PATTERNS = [
    (r"(?P<value>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(?P<unit>tỷ đồng|triệu đồng|%)", 0),
    (r"\b(?:tăng|giảm)\s+(\d+(?:,\d+)?)\s*%", re.IGNORECASE),
    (r"(?i)(?<![\w])ước\s+(?:đạt|thực hiện)", 0),
    (r"""
        (?P<verb> đạt | bằng )   # the verb
        \s+ (?P<n> [0-9]+ )
    """, re.VERBOSE),
    (r"(?<=\d)\s*(?:ha|tấn|tạ/ha)(?!\w)", 0),
    (r"([aăâeêioôơuưy])\1", re.I),
    (r"^\s*[-+•]\s*(?P<item>[^;:.]+)", re.MULTILINE),
    (r"thủy|thuỷ|hòa|hoà", 0),
    (r"(?:tháng|quý)\s+(?P<n>[IVX]+|\d{1,2})(?:/(?P<y>\d{4}))?", 0),
    (r"[^\W\d_]+", 0),
]  # fmt: skip
TEXTS = [
    "Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12,3% so với cùng kỳ.",
    "ƯỚC ĐẠT 45 tấn; năng suất 62,5 tạ/ha. Quý II/2022 và tháng 12.",
    "- Thủy sản: 300 ha\n+ Hoà Bình aa ee\n• lúa đông xuân: 1.200 ha",
]


def _built(codes: dict[_pattern_codes.Key, _pattern_codes.Code]) -> list[re.Pattern[str]]:
    with precompiled(codes):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _compile_all() -> None:
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)


CODES = codes_of(_compile_all)


def _matches(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_every_pattern_compiled_is_noted_with_the_flags_it_was_asked_with() -> None:
    codes = codes_of(_compile_all)
    assert set(codes) == {(pattern, int(flags)) for pattern, flags in PATTERNS}


@pytest.mark.parametrize("text", TEXTS)
def test_a_pattern_built_from_its_code_matches_as_re_compile_makes_it(text: str) -> None:
    built = _built(codes_of(_compile_all))
    for (pattern, flags), taken in zip(PATTERNS, built, strict=True):
        made = re.compile(pattern, flags)
        assert taken is not made  # from the code, not from re's cache
        assert (taken.pattern, taken.flags, taken.groups, taken.groupindex) == (
            made.pattern,
            made.flags,
            made.groups,
            made.groupindex,
        )
        assert _matches(taken, text) == _matches(made, text)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet="0123456789.,% -+•\nđạtăngiảmƯỚCướcthủyỷhoàáIVX/aeêtấnha;:", max_size=80))
def test_patterns_built_from_their_code_match_any_text_as_re_compile_makes_them(
    text: str,
) -> None:
    built = _built(CODES)
    for (pattern, flags), taken in zip(PATTERNS, built, strict=True):
        assert _matches(taken, text) == _matches(re.compile(pattern, flags), text)


def test_codes_written_are_read_back(tmp_path: Path) -> None:
    write(tmp_path, CODES)
    assert load(tmp_path) == CODES


def test_codes_written_by_another_interpreter_are_not_taken(tmp_path: Path) -> None:
    hexversion, magic, size = _pattern_codes.header()
    (tmp_path / file_name()).write_bytes(marshal.dumps(((hexversion, magic + 1, size), CODES)))
    assert load(tmp_path) == {}


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2])])
def test_a_file_that_cannot_be_read_gives_no_codes(tmp_path: Path, content: bytes) -> None:
    (tmp_path / file_name()).write_bytes(content)
    assert load(tmp_path) == {}


def test_code_the_matcher_refuses_is_compiled_as_always() -> None:
    pattern, flags = PATTERNS[0]
    given_flags, code, groups, index, names = CODES[pattern, int(flags)]
    broken = {(pattern, int(flags)): (given_flags, [9999, *code], groups, index, names)}
    with precompiled(broken):
        taken = re.compile(pattern, flags)
    assert _matches(taken, TEXTS[0]) == _matches(re.compile(pattern, flags), TEXTS[0])


def test_re_compile_is_itself_again_after_loading_even_after_an_error() -> None:
    compile_text = re.compile
    with pytest.raises(ImportError), precompiled(CODES):
        assert re.compile is not compile_text
        raise ImportError("a module that failed to load")
    assert re.compile is compile_text


def test_tiendo_pattern_codes_0_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIENDO_PATTERN_CODES", "0")
    compile_text = re.compile
    with precompiled(CODES):
        assert re.compile is compile_text


def test_the_build_writes_the_code_of_every_pattern_the_extractor_keeps(tmp_path: Path) -> None:
    _setup_helpers().write_pattern_codes(tmp_path)
    written = {pattern for pattern, _ in load(tmp_path)}
    # The patterns the modules keep, in a fresh process that loads what `tiendo extract`
    # loads (in this one, other tests have loaded the readers of tables and documents,
    # which load only when a document needs them).
    kept = _fresh(
        "import json, re, sys; import tiendo.extract.commands; print(json.dumps(["
        " v.pattern for n, m in list(sys.modules.items()) if n.startswith('tiendo.extract.')"
        " for v in vars(m).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)"
        "]))",
        codes="0",
    )
    assert len(written) > 500
    assert set(json.loads(kept)) <= written


def _fresh(code: str, *, codes: str) -> str:
    """What `code` prints, run in a fresh process with TIENDO_PATTERN_CODES=`codes`."""
    env = {**os.environ, "TIENDO_PATTERN_CODES": codes}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode()


def test_the_extractor_loaded_with_the_codes_reads_as_without_them() -> None:
    read = f"from tiendo.extract import extract_figures as e; print(e({TEXTS[0]!r}))"
    assert _fresh(read, codes="1") == _fresh(read, codes="0") != ""


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="CI builds tiendo afresh")
def test_ci_s_build_wrote_the_code_of_the_patterns() -> None:
    assert len(load()) > 500
