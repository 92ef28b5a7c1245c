"""The one period selector of the staff screens (entry, import review, report export):
"Quý I/2022", "6 tháng/2022", "Năm 2022", grouped by year; the value sent is the
period's code ("2022-Q1") and the cleaned value a Period."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django import forms

from tiendo.periods import Period
from tiendo.workspace.reporting_periods import parse_code, period_choices, short_label

INVALID_VI = "Chọn kỳ báo cáo trong danh sách (ví dụ Quý I/2022)."


class PeriodChoiceField(forms.TypedChoiceField):
    """`years`: the years offered, or a callable giving them when the form is built."""

    def __init__(
        self, *, years: Iterable[int] | Callable[[], Iterable[int]] = (), **kwargs: Any
    ) -> None:
        def choices() -> list[Any]:
            return period_choices(years() if callable(years) else years)

        kwargs.setdefault("error_messages", {"invalid_choice": INVALID_VI})
        super().__init__(choices=choices, coerce=parse_code, empty_value=None, **kwargs)

    def valid_value(self, value: Any) -> bool:
        """Any period written as a code: a figure may report on months 2 to 7."""
        try:
            parse_code(str(value))
        except ValueError:
            return False
        return True

    def offer(self, period: Period) -> None:
        """Add a period the lists do not hold (an odd span read from a document)."""
        code = period.code()
        known = {value for _, group in self.choices for value, _ in group}
        if code and code not in known:
            self.choices = [*self.choices, (f"Năm {period.year}", [(code, short_label(period))])]
