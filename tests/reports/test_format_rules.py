from __future__ import annotations

import pytest

from tiendo.reports.format_rules import UnknownFormatError, available_formats, load_format

REQUIRED_SECTIONS = ("page", "font", "header", "title", "body", "signature", "recipients", "annex")


def test_both_document_formats_are_available():
    assert {"party", "state"} <= set(available_formats())


@pytest.mark.parametrize("name", ["party", "state"])
def test_each_format_file_has_every_section_the_builders_read(name):
    rules = load_format(name)
    assert all(section in rules for section in REQUIRED_SECTIONS)
    assert rules["font"]["name"] == "Times New Roman"


@pytest.mark.parametrize(
    ("name", "margins"),
    [("party", (20, 20, 30, 15)), ("state", (20, 20, 30, 15))],
)
def test_page_margins_follow_the_guidelines(name, margins):
    page = load_format(name)["page"]
    assert (page["top"], page["bottom"], page["left"], page["right"]) == margins


def test_an_unknown_format_is_refused_in_vietnamese():
    with pytest.raises(UnknownFormatError, match="Không có thể thức"):
        load_format("bao-chi")
