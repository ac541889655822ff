"""A fork server for crash tests: imports the application once, then forks one child per run.

Starting a fresh interpreter costs about half a second, which would make hundreds of kills
slow; a fork of this process costs a few milliseconds and runs the very same code. Protocol,
one JSON document per line: the test writes a run (`workload`, `profile`, `acks`, `options`);
the host answers `{"pid": N}` as soon as the child runs, then `{"pid": N, "exit": CODE}` when
it has ended (a negative code is the signal that ended it: -9 for the test's SIGKILL).

Run as `python -m tests.reliability.crash.host`.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

from tests.reliability.crash.workloads import WORKLOADS, Run


def _child(order: dict[str, object]) -> None:
    """Run one workload in the forked child; never returns."""
    code = 0
    try:
        os.dup2(2, 1)  # stdout is the host's answer channel: keep the child off it
        options = order.get("options") or {}
        assert isinstance(options, dict)
        run = Run(Path(str(order["profile"])), Path(str(order["acks"])), options)
        WORKLOADS[str(order["workload"])](run)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stderr.flush()
        os._exit(code)


def main() -> None:
    for line in sys.stdin:
        order = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(order)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"pid": pid, "exit": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    main()
