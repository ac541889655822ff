"""The sync worker loop: timer, on demand, backoff with jitter, states, cancel, stop."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from datacollect_desktop.domain.events import SyncLevel
from datacollect_desktop.sync.engine import Progress, SyncSummary
from datacollect_desktop.sync.errors import (
    IntegrityAlarm,
    ServerTrouble,
    ServerUnreachable,
    SyncCancelled,
    WrongCredentials,
)
from datacollect_desktop.sync.worker import Backoff, SyncWorker, WorkerPhase, WorkerStatus

Outcome = Callable[[Progress, Callable[[], bool]], SyncSummary | None]


class Script:
    """Runs given one after the other (the last one repeats), and what the worker published."""

    def __init__(self, *outcomes: Outcome | BaseException) -> None:
        self.outcomes = list(outcomes)
        self.runs = 0
        self.statuses: list[WorkerStatus] = []
        self.changed = threading.Condition()

    def run_once(self, progress: Progress, cancelled: Callable[[], bool]) -> SyncSummary | None:
        step = self.outcomes[min(self.runs, len(self.outcomes) - 1)]
        self.runs += 1
        if isinstance(step, BaseException):
            raise step
        return step(progress, cancelled)

    def publish(self, status: WorkerStatus) -> None:
        with self.changed:
            self.statuses.append(status)
            self.changed.notify_all()

    def wait_for(self, check: Callable[[list[WorkerStatus]], bool], timeout: float = 10) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: check(self.statuses), timeout), self.statuses

    def phases(self) -> list[WorkerPhase]:
        """Phases after each run (not the SYNCING ones)."""
        return [s.phase for s in self.statuses if s.phase is not WorkerPhase.SYNCING]


def ok(progress: Progress, cancelled: Callable[[], bool]) -> SyncSummary:
    progress(1, 2, 0, 0)
    return SyncSummary(pushed=2, pulled=3)


@contextmanager
def running(script: Script, **options: object) -> Iterator[SyncWorker]:
    worker = SyncWorker(script.run_once, lambda: {SyncLevel.LOCAL: 4}, script.publish,
                        **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        yield worker
    finally:
        worker.stop()
        thread.join(10)
        assert not thread.is_alive()


def test_backoff_doubles_with_jitter_and_stops_at_its_cap() -> None:
    backoff = Backoff(base=5, cap=60, rng=random.Random(1))
    for failures, ceiling in [(1, 5), (2, 10), (3, 20), (4, 40), (5, 60), (30, 60)]:
        delays = [backoff.delay(failures) for _ in range(200)]
        assert all(ceiling / 2 <= d < ceiling for d in delays)
        assert max(delays) - min(delays) > ceiling / 4  # jitter spreads retries out


def test_an_unreachable_server_is_retried_with_growing_delays_until_it_answers() -> None:
    down = ServerUnreachable("Cannot reach the sync server")
    script = Script(down, down, down, ok)
    with running(script, interval=3600, backoff=Backoff(base=0.02, cap=1,
                                                        rng=random.Random(3))):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.phases() == [WorkerPhase.OFFLINE] * 3 + [WorkerPhase.IDLE]
    retries = [s.retry_in or 0.0 for s in script.statuses if s.phase is WorkerPhase.OFFLINE]
    for failures, delay in enumerate(retries):
        assert 0.01 * 2 ** failures <= delay < 0.02 * 2 ** failures
    final = script.statuses[-1]
    assert final.retry_in == 3600 and final.counts == {SyncLevel.LOCAL: 4}
    assert final.message == "Synced: 2 sent, 3 received."


def test_server_trouble_is_an_error_that_is_retried_too() -> None:
    script = Script(ServerTrouble("garbled"), ok)
    with running(script, interval=3600, backoff=Backoff(base=0.01)):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.phases() == [WorkerPhase.ERROR, WorkerPhase.IDLE]


@pytest.mark.parametrize("problem, phase", [
    (WrongCredentials("refused the email"), WorkerPhase.ERROR),
    (IntegrityAlarm("failed an integrity check"), WorkerPhase.INTEGRITY_ALARM),
])
def test_problems_a_person_must_solve_are_not_retried_on_a_timer(
        problem: Exception, phase: WorkerPhase) -> None:
    script = Script(problem, ok)
    with running(script, interval=0.01, backoff=Backoff(base=0.01)) as worker:
        script.wait_for(lambda s: s[-1].phase is phase)
        time.sleep(0.2)
        assert script.runs == 1
        assert script.statuses[-1].message == str(problem)
        worker.sync_now()
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.runs == 2


def test_cancel_reaches_a_running_sync_and_leaves_the_worker_idle() -> None:
    started = threading.Event()

    def long_run(progress: Progress, cancelled: Callable[[], bool]) -> SyncSummary:
        started.set()
        while not cancelled():
            time.sleep(0.005)
        raise SyncCancelled("Sync was cancelled")

    script = Script(long_run)
    with running(script, interval=3600) as worker:
        assert started.wait(10)
        worker.cancel()
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE)
    assert "cancelled" in script.statuses[-1].message


def test_a_bug_is_logged_with_its_traceback_and_retried_later(
        caplog: pytest.LogCaptureFixture) -> None:
    script = Script(RuntimeError("boom"), ok)
    with caplog.at_level(logging.ERROR), running(script, interval=3600,
                                                 backoff=Backoff(base=0.01)):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert "details are in the log" in script.statuses[1].message
    assert any(r.exc_info and "boom" in str(r.exc_info[1]) for r in caplog.records)


def test_an_unconfigured_profile_is_reported_and_waits() -> None:
    script = Script(lambda progress, cancelled: None)
    with running(script, interval=0.01):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE)
        time.sleep(0.1)
    assert script.runs == 1 and not script.statuses[-1].configured


def test_counts_are_refreshed_on_request_without_a_sync() -> None:
    script = Script(ok)
    with running(script, interval=3600) as worker:
        script.wait_for(lambda s: bool(s) and s[-1].last_success is not None)
        before = len(script.statuses)
        worker.refresh_counts()
        script.wait_for(lambda s: len(s) > before)
    assert script.runs == 1 and script.statuses[-1].counts == {SyncLevel.LOCAL: 4}


def test_progress_is_published_while_syncing() -> None:
    script = Script(ok)
    with running(script, interval=3600):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert any(s.phase is WorkerPhase.SYNCING and (s.pushed, s.total_push) == (1, 2)
               for s in script.statuses)


def test_the_network_coming_back_cuts_a_long_backoff_short() -> None:
    script = Script(ServerUnreachable("Cannot reach the sync server"), ok)
    with running(script, interval=3600, backoff=Backoff(base=600)) as worker:
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.OFFLINE)
        assert (script.statuses[-1].retry_in or 0) >= 300
        worker.network_back()
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.runs == 2


def test_a_shorter_interval_brings_the_next_sync_closer() -> None:
    script = Script(ok)
    with running(script, interval=3600) as worker:
        script.wait_for(lambda s: bool(s) and s[-1].last_success is not None)
        worker.set_interval(0.05)
        script.wait_for(lambda s: sum(x.last_summary is not None and x.phase is
                                      WorkerPhase.IDLE for x in s) >= 2)
    assert script.runs >= 2


@pytest.mark.parametrize(("kept_local", "missing", "said"), [
    (2, 0, "Synced: 2 sent, 3 received. 2 attachments stay on this laptop only: this server "
           "does not keep attachments."),
    (0, 1, "Synced: 2 sent, 3 received. 1 attachment is not downloaded yet."),
    (0, 0, "Synced: 2 sent, 3 received."),
])
def test_the_status_says_what_became_of_the_attachments(kept_local: int, missing: int,
                                                        said: str) -> None:
    def synced(progress: Progress, cancelled: Callable[[], bool]) -> SyncSummary:
        summary = SyncSummary(pushed=2, pulled=3)
        summary.attachments.kept_local, summary.attachments.missing = kept_local, missing
        return summary

    script = Script(synced)
    with running(script, interval=3600):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.statuses[-1].message == said


@pytest.mark.parametrize(("rejected", "conflicts", "said"), [
    (0, 1, "Synced: 2 sent, 3 received, 1 conflict to review."),
    (0, 2, "Synced: 2 sent, 3 received, 2 conflicts to review."),
    (1, 1, "Synced: 2 sent, 3 received, 1 refused by the server, 1 conflict to review."),
])
def test_the_status_counts_conflicts_in_plain_words(rejected: int, conflicts: int,
                                                    said: str) -> None:
    def synced(progress: Progress, cancelled: Callable[[], bool]) -> SyncSummary:
        return SyncSummary(pushed=2, pulled=3, rejected=rejected, conflicts=conflicts)

    script = Script(synced)
    with running(script, interval=3600):
        script.wait_for(lambda s: s[-1].phase is WorkerPhase.IDLE and s[-1].last_success)
    assert script.statuses[-1].message == said
