"""Field types that say in the OpenAPI document exactly what the server accepts.

Each type's JSON schema (a pattern, a date format, bounds) is the rule pydantic
applies, so a client reading the document never meets a refusal it could not
foresee: a period such as "2022-Q5" is refused by the same pattern the document
shows, and a date must be written as a date, never as a number of seconds. In a JSON
body values keep their JSON type: pydantic's lax mode would take "1" for 1,
0 for false and false for 0, which the document does not allow.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, Strict

# The codes tiendo.periods.Period.parse reads, for years a resolution can cover.
PERIOD_PATTERN = r"^(19|20|21)[0-9]{2}(-(Q[1-4]|H[12]|([1-9]|1[0-2])M|M([1-9]|1[0-2])))?$"
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# PostgreSQL text cannot hold NUL; refusing it here keeps both databases alike.
_NO_NUL = r"^[^\u0000]*$"
# Row ids are 64-bit (BigAutoField).
_LARGEST_ID = 2**63 - 1


def _date_as_text(value: Any) -> Any:
    """Only "2022-07-05" (or a date object): pydantic would read 0 as 1970-01-01."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        return dt.date.fromisoformat(value)  # raises ValueError for 2022-02-30
    raise ValueError("a date is written YYYY-MM-DD, such as 2022-07-05")


def _whole_number(value: Any) -> Any:
    """An integer as JSON Schema means it (1 or 1.0), never "1" or true."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("an id is a JSON integer")
    return value


PeriodCode = Annotated[
    str,
    Field(
        pattern=PERIOD_PATTERN,
        description="Kỳ báo cáo: 2022 (cả năm), 2022-Q1 (quý), 2022-H1 (6 tháng), "
        "2022-9M (9 tháng lũy kế) hoặc 2022-M10 (tháng 10).",
        examples=["2022-Q1"],
    ),
]
IsoDate = Annotated[dt.date, BeforeValidator(_date_as_text)]
Text = Annotated[str, Field(pattern=_NO_NUL)]
Slug = Annotated[str, Field(pattern=r"^[-a-zA-Z0-9_]+$", max_length=120)]
RowId = Annotated[int, Field(ge=1, le=_LARGEST_ID)]
# In a JSON body: a number is not "1" nor true, a flag is not 0.
BodyId = Annotated[int, Field(ge=1, le=_LARGEST_ID), BeforeValidator(_whole_number)]
Number = Annotated[float, Strict()]
Flag = Annotated[bool, Strict()]
