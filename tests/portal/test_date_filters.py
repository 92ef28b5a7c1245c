"""The portal's date filter shows the day as it is in Việt Nam, not in UTC."""

from __future__ import annotations

import datetime as dt

from tiendo.portal.templatetags.portal_tags import vn_date


def test_a_time_late_in_the_utc_day_is_shown_on_the_local_day():
    # 20:00 UTC on 30/12 is already 03:00 on 31/12 in Hà Nội.
    assert vn_date(dt.datetime(2021, 12, 30, 20, 0, tzinfo=dt.UTC)) == "31/12/2021"


def test_a_plain_date_is_shown_as_it_is():
    assert vn_date(dt.date(2021, 12, 30)) == "30/12/2021"
