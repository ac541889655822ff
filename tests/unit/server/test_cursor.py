"""Pull cursors: ours are opaque positions; stock clients' timestamps are read as times."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datacollect_desktop.server.cursor import (
    LogCursor,
    TimeCursor,
    parse_audit_since,
    parse_since,
    timestamp_key,
)
from datacollect_desktop.server.errors import ApiError


def test_an_empty_since_is_the_beginning() -> None:
    assert parse_since(None) == parse_since("") == LogCursor(0, 0)
    assert parse_audit_since("") == 0


def test_our_cursors_round_trip() -> None:
    cursor = LogCursor(1234, 56)
    assert parse_since(cursor.encode()) == cursor
    assert parse_audit_since("a1.77") == 77


def test_timestamps_and_stock_keyset_cursors_are_time_cursors() -> None:
    assert parse_since("2024-05-01T08:30:00.000Z") == TimeCursor("2024-05-01T08:30:00.000000Z")
    assert parse_since("2024-05-01T08:30:00Z|evt-1") == TimeCursor(
        "2024-05-01T08:30:00.000000Z", "evt-1")
    assert parse_audit_since("2024-05-01T08:30:00+00:00") == TimeCursor(
        "2024-05-01T08:30:00.000000Z")


@pytest.mark.parametrize("since", [
    "garbage", "v1.1", "v1.01.0", "v1.1.1\n", "v1.-1.0", "2024-13-01T00:00:00Z",
    "2024-05-01T08:30:00+02:00", "2024-05-01T08:30:00Z|", "2024-05-01T08:30:00Z|a\x00",
    "v1." + "9" * 19 + ".0",
])
def test_anything_else_is_an_invalid_cursor(since: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_since(since)
    assert (caught.value.status, caught.value.code) == (400, "invalid_cursor")


def test_audit_cursors_take_no_guid() -> None:
    with pytest.raises(ApiError):
        parse_audit_since("2024-05-01T08:30:00Z|g")
    with pytest.raises(ApiError):
        parse_audit_since("v1.0.0")


MOMENTS = st.datetimes(min_value=datetime(1000, 1, 1))


@given(MOMENTS, MOMENTS, st.sampled_from(["Z", "+00:00"]))
def test_timestamp_keys_sort_like_the_times_they_stand_for(
    a: datetime, b: datetime, zone: str
) -> None:
    def text(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + zone

    assert (timestamp_key(text(a)) < timestamp_key(text(b))) == (a < b)
    assert (timestamp_key(text(a)) == timestamp_key(text(b))) == (a == b)


@given(MOMENTS)
def test_the_checked_fast_path_gives_the_same_key(moment: datetime) -> None:
    millis = moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z"
    assert timestamp_key(millis, checked=True) == timestamp_key(millis)
