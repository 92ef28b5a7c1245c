"""The rules of each document format (fonts, sizes, margins, header texts, signature
titles), read from one TOML file per format in `formats/`, since these rules change
with each new guideline and should be edited without touching the code.

>>> load_format("party")["signature"]["on_behalf"]
'T/M BAN THƯỜNG VỤ'
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

FORMAT_PACKAGE = "tiendo.reports.formats"


class UnknownFormatError(ValueError):
    pass


def available_formats() -> list[str]:
    folder = resources.files(FORMAT_PACKAGE)
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


@cache
def load_format(name: str) -> dict[str, Any]:
    """The rules of format `name` ("party" or "state") as nested dictionaries."""
    if name not in available_formats():
        raise UnknownFormatError(
            f"Không có thể thức {name!r}; chọn một trong: {', '.join(available_formats())}."
        )
    text = resources.files(FORMAT_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
