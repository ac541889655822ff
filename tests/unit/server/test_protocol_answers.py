"""The server checks its push answers and pull pages against the protocol clients parse."""

from __future__ import annotations

import json

import pytest

from datacollect_desktop.domain.protocol import parse_push_answer
from datacollect_desktop.server.log import checked_push_answer, held, rejected
from datacollect_desktop.server.pull import _page
from datacollect_desktop.server.store.base import AppendStatus


def test_a_push_answer_in_the_protocol_is_sent_as_built() -> None:
    answer = {"status": "success", "checkpoint": {"treeSize": 1},
              "results": [held("a", AppendStatus.ACCEPTED), held("b", AppendStatus.DUPLICATE),
                          rejected(None, "invalid_event", "missing guid")]}
    assert checked_push_answer(answer, 3) is answer
    assert answer["results"] == [
        {"guid": "a", "status": "accepted"}, {"guid": "b", "status": "duplicate"},
        {"guid": None, "status": "rejected", "error": "missing guid", "code": "invalid_event"}]
    assert [r.held_by_server for r in parse_push_answer(answer, 3).results or []] == [
        True, True, False]


@pytest.mark.parametrize("answer, pushed", [
    ({"status": "success", "results": [{"guid": "a", "status": "unavailable"}]}, 1),
    ({"status": "success", "results": [{"guid": "a", "status": "accepted"}]}, 2),
    ({"status": "success", "results": [{"guid": "a", "status": "rejected", "code": 4}]}, 1),
    ({"status": "done", "results": []}, 0),
])
def test_a_push_answer_that_breaks_the_protocol_is_never_sent(answer: dict, pushed: int
                                                               ) -> None:
    with pytest.raises(RuntimeError, match="broke the sync protocol"):
        checked_push_answer(answer, pushed)


def test_a_pull_page_whose_tail_breaks_the_protocol_is_never_sent() -> None:
    good = _page([], {"syncLevelUpdates": [{"guid": "a", "syncLevel": 2}], "cursor": "c1.0.0",
                      "nextCursor": None})
    assert json.loads(good)["syncLevelUpdates"] == [{"guid": "a", "syncLevel": 2}]
    with pytest.raises(RuntimeError, match="broke the sync protocol"):
        _page([], {"syncLevelUpdates": [{"guid": "a", "syncLevel": "2"}], "cursor": "c1.0.0",
                   "nextCursor": None})
