"""The test's side of crash runs: start a workload in a forked child, kill it with SIGKILL at
a random point, and hand back what it acknowledged before it died."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
START_SECONDS = 60.0


@dataclass(frozen=True)
class KillPlan:
    """Kill after a random number of acknowledgements (0 up to `max_acks`, counting the
    workload's first "ready" or "opened" line, so 0 kills it while it opens the profile),
    then a random further delay of up to `jitter` seconds: the kill falls anywhere, inside
    a transaction or between two."""

    max_acks: int
    jitter: float


class ChildEndedEarly(AssertionError):
    """The workload ended on its own (an error) before the test killed it."""


class CrashHost:
    """A running fork server (`tests.reliability.crash.host`)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self._log_handle = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash.host"], cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._log_handle)
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in = self.process.stdin
        self._out = self.process.stdout.fileno()
        self._buffer = b""

    def close(self) -> None:
        self._in.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log_handle.close()

    def log_tail(self, chars: int = 3000) -> str:
        self._log_handle.flush()
        return self.log.read_text(errors="replace")[-chars:]

    def _answer(self, timeout: float | None) -> dict[str, Any] | None:
        """The host's next answer line, or None if none came within `timeout` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self._out], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._out, 65536)
            if not chunk:
                raise AssertionError(f"the crash host died:\n{self.log_tail()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def kill_during(self, workload: str, profile: Path, acks: Path, plan: KillPlan,
                    rng: random.Random, **options: Any) -> list[str]:
        """Run `workload` on `profile` and SIGKILL it at a random point; its ack lines."""
        acks.unlink(missing_ok=True)
        order = {"workload": workload, "profile": str(profile), "acks": str(acks),
                 "options": {"seed": rng.randrange(1 << 30), **options}}
        self._in.write(json.dumps(order).encode() + b"\n")
        self._in.flush()
        started = self._answer(START_SECONDS)
        assert started is not None, f"the crash host did not start a child:\n{self.log_tail()}"
        pid = int(started["pid"])
        wanted = rng.randint(0, plan.max_acks)
        reader = AckReader(acks)
        deadline = time.monotonic() + START_SECONDS
        while reader.count() < wanted:
            ended = self._answer(0.001)
            if ended is not None:
                raise ChildEndedEarly(f"the {workload} child exited with {ended['exit']} "
                                      f"after {reader.count()} acks:\n{self.log_tail()}")
            assert time.monotonic() < deadline, f"{workload} acknowledged too little"
        time.sleep(rng.uniform(0.0, plan.jitter))
        with suppress(ProcessLookupError):  # it just ended on its own: its exit code says how
            os.kill(pid, signal.SIGKILL)
        ended = self._answer(START_SECONDS)
        assert ended is not None and ended["pid"] == pid
        if ended["exit"] != -signal.SIGKILL:
            raise ChildEndedEarly(f"the {workload} child exited with {ended['exit']}:\n"
                                  f"{self.log_tail()}")
        return reader.lines()


class AckReader:
    """Counts the complete lines of a growing ack file without reading it all each time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self._count = 0

    def count(self) -> int:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._offset)
                chunk = handle.read()
        except FileNotFoundError:
            return 0
        complete = chunk.rfind(b"\n") + 1
        self._count += chunk.count(b"\n", 0, complete)
        self._offset += complete
        return self._count

    def lines(self) -> list[str]:
        if not self.path.exists():
            return []
        text = self.path.read_text()
        return text.split("\n")[:-1]  # a line without its newline was never acknowledged


@contextmanager
def crash_host(directory: Path) -> Iterator[CrashHost]:
    host = CrashHost(directory / "crash-host.log")
    try:
        yield host
    finally:
        host.close()
