from __future__ import annotations

import pytest

from tiendo.periods import Period
from tiendo.workspace.reporting_periods import (
    parse_code,
    period_kind,
    periods_of_year,
    previous_period,
)


@pytest.mark.parametrize(
    ("period", "previous"),
    [
        (Period(2022, 5, 5), Period(2022, 4, 4)),
        (Period(2022, 1, 1), Period(2021, 12, 12)),
        (Period(2022, 4, 6), Period(2022, 1, 3)),
        (Period(2022, 1, 3), Period(2021, 10, 12)),
        (Period(2022, 1, 6), Period(2022, 1, 3)),
        (Period(2022, 1, 9), Period(2022, 1, 6)),
        (Period(2022, 1, 12), Period(2022, 1, 9)),
        (Period(2022, 2, 7), None),
    ],
)
def test_the_period_before_follows_cumulative_vietnamese_reporting(period, previous):
    assert previous_period(period) == previous


@pytest.mark.parametrize(
    ("period", "kind"),
    [
        (Period(2022, 3, 3), "month"),
        (Period(2022, 7, 9), "quarter"),
        (Period(2022, 1, 6), "half"),
        (Period(2022, 1, 9), "nine_months"),
        (Period(2022, 1, 12), "year"),
        (Period(2022, 2, 7), "other"),
    ],
)
def test_each_period_has_its_kind(period, kind):
    assert period_kind(period) == kind


def test_a_year_offers_months_quarters_and_cumulative_periods_once_each():
    periods = periods_of_year(2022)
    assert len(periods) == len(set(periods)) == 19
    assert Period(2022, 1, 9) in periods


@pytest.mark.parametrize(
    ("code", "period"),
    [
        ("2022", Period(2022, 1, 12)),
        ("2022-Q1", Period(2022, 1, 3)),
        ("2022-6M", Period(2022, 1, 6)),
        ("2022-M3", Period(2022, 3, 3)),
        ("2022-02-07", Period(2022, 2, 7)),
    ],
)
def test_period_codes_shown_on_the_import_screen_are_read_back(code, period):
    assert parse_code(code) == period
    assert parse_code(period.code()) == period


@pytest.mark.parametrize("code", ["", "2022-Q5", "2022-07-02", "quý I"])
def test_unknown_period_codes_are_refused(code):
    with pytest.raises(ValueError):
        parse_code(code)
