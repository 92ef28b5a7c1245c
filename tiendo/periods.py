"""Reporting periods: (year, from_month, to_month), as Vietnamese reports count them.

Cumulative periods are the norm: Q1 is months 1-3, "6 tháng" 1-6, "9 tháng" 1-9,
the year 1-12. This module is pure Python so that extract and progress share it.

>>> Period.parse("2022-Q1")
Period(year=2022, from_month=1, to_month=3)
>>> Period.parse("2022-9M").label_vi()
'9 tháng năm 2022'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|(?:[1-9]|1[0-2])M|M(?:[1-9]|1[0-2])))?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True, order=True)
class Period:
    year: int | None
    from_month: int | None = None
    to_month: int | None = None

    @classmethod
    def parse(cls, code: str) -> Period:
        """Read `2022`, `2022-Q1`, `2022-H1`, `2022-9M` or `2022-M10`."""
        match = _CODE.match(code.strip().upper())
        if not match:
            raise ValueError(
                f"unknown period {code!r}: write 2022, 2022-Q1, 2022-H1, 2022-9M or 2022-M10"
            )
        year = int(match.group(1))
        part = match.group(2)
        if part is None:
            return cls(year, 1, 12)
        if part.startswith("Q"):
            quarter = int(part[1])
            return cls(year, 3 * quarter - 2, 3 * quarter)
        if part.startswith("H"):
            return cls(year, 1, 6) if part == "H1" else cls(year, 7, 12)
        if part.startswith("M"):
            month = int(part[1:])
            return cls(year, month, month)
        return cls(year, 1, int(part[:-1]))

    @classmethod
    def year_of(cls, year: int) -> Period:
        return cls(year, 1, 12)

    @property
    def is_whole_year(self) -> bool:
        return self.from_month == 1 and self.to_month == 12

    @property
    def months(self) -> int:
        if self.from_month is None or self.to_month is None:
            return 12
        return self.to_month - self.from_month + 1

    @property
    def is_cumulative(self) -> bool:
        """True for periods that start in January (lũy kế), the usual basis of reports."""
        return self.from_month == 1

    def same_period_last_year(self) -> Period:
        return Period(None if self.year is None else self.year - 1, self.from_month, self.to_month)

    def code(self) -> str:
        if self.year is None:
            return ""
        f, t = self.from_month, self.to_month
        if f is None or t is None or (f, t) == (1, 12):
            return str(self.year)
        if f == t:
            return f"{self.year}-M{f}"
        if t - f == 2 and f % 3 == 1:
            return f"{self.year}-Q{(f + 2) // 3}"
        if (f, t) == (7, 12):
            return f"{self.year}-H2"
        if f == 1:
            return f"{self.year}-H1" if t == 6 else f"{self.year}-{t}M"
        return f"{self.year}-{f:02d}-{t:02d}"

    def label_vi(self) -> str:
        """Vietnamese label as reports write it: 'quý I năm 2022', '6 tháng đầu năm 2022'."""
        if self.year is None:
            return ""
        f, t = self.from_month, self.to_month
        if f is None or t is None or (f, t) == (1, 12):
            return f"năm {self.year}"
        if f == t:
            return f"tháng {f} năm {self.year}"
        if t - f == 2 and f % 3 == 1:
            return f"quý {_ROMAN[(f + 2) // 3]} năm {self.year}"
        if f == 1 and t == 6:
            return f"6 tháng đầu năm {self.year}"
        if f == 1:
            return f"{t} tháng năm {self.year}"
        return f"từ tháng {f} đến tháng {t} năm {self.year}"

    def contains(self, other: Period) -> bool:
        if self.year != other.year:
            return False
        return (self.from_month or 1) <= (other.from_month or 1) and (other.to_month or 12) <= (
            self.to_month or 12
        )

    def as_dict(self) -> dict[str, int | None]:
        return {"year": self.year, "from_month": self.from_month, "to_month": self.to_month}
