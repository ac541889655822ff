"""Several server processes answering on one port (`serve --workers N`).

The parent creates the data dir's keys and brings the database's schema up to date once,
then starts N `serve` processes, each listening on the port with its own SO_REUSEPORT
socket: the kernel spreads new connections over them (a socket shared by all would let the
first process to wake accept a whole burst). The parent keeps the port bound, not listening,
so no other account's process can take it meanwhile. The processes share nothing but the
database and the data dir's key files, so the store's locks keep the log one tree
(server/README.md, "Ordering and several processes").

The parent stays to stop them: SIGTERM or SIGINT is passed on to every worker; a worker that
exits on its own stops the others and the parent exits 1, for the service manager to restart
the whole.
"""

from __future__ import annotations

import logging
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from types import FrameType

REUSE_PORT_OPTION = "--reuse-port"
POLL_SECONDS = 0.5
STOP_SECONDS = 30.0
BACKLOG = 2048

log = logging.getLogger("datacollect_desktop.server.workers")


def port_socket(host: str, port: int, *, listen: bool) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEPORT, listening when `listen`."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        if listen:
            sock.listen(BACKLOG)
    except BaseException:
        sock.close()
        raise
    return sock


def worker_command(argv: Sequence[str]) -> list[str]:
    """The `serve` command line of one worker: the parent's, as one process of several."""
    return [sys.executable, "-m", "datacollect_desktop.server", *argv, "--workers", "1",
            REUSE_PORT_OPTION]


def supervise(argv: Sequence[str], sock: socket.socket, workers: int) -> int:
    """Run `workers` worker processes on the port `sock` holds until told to stop; returns
    the exit code."""
    stopping = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    children: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(workers):
            child = subprocess.Popen(worker_command(argv))
            children.append(child)
            log.info("started worker process %d", child.pid)
        code = 0
        while not stopping:
            ended = [child for child in children if child.poll() is not None]
            if ended:
                log.error("worker process %d exited with %d; stopping the others",
                          ended[0].pid, ended[0].returncode)
                code = 1
                break
            time.sleep(POLL_SECONDS)
        return code
    finally:
        _stop(children)
        sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop(children: Sequence[subprocess.Popen[bytes]]) -> None:
    for child in children:
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + STOP_SECONDS
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
