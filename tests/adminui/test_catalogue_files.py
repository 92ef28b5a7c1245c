from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from tiendo.adminui.catalog import catalogue_files, compiled

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]")
CATALOGUES = catalogue_files()


def test_tiendo_has_its_own_vietnamese_catalogues_for_the_admin():
    assert {path.name for path in CATALOGUES} >= {"django.po", "djangojs.po"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_each_committed_mo_is_compiled_from_its_po(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), "run: python -m tiendo.adminui.catalog"
    assert mo_path.read_bytes() == compiled(po_path), "run: python -m tiendo.adminui.catalog"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_each_translation_keeps_the_placeholders_of_its_message(po_path):
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        # Vietnamese has one form: it must hold what the plural form holds.
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert string, f"untranslated: {ids[0]!r}"
            assert set(PLACEHOLDER.findall(string)) == expected, ids[0]
