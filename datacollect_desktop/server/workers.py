"""Several server processes answering on one port (`serve --workers N`).

The parent binds the listening socket, creates the data dir's keys and brings the database's
schema up to date once, then starts N `serve` processes that inherit the socket and accept
on it: a busy process is slower to accept, so connections go mostly to the idle ones. The
processes share nothing but the database and the data dir's key files, so the store's locks
keep the log one tree (docs: server/README.md, "Ordering and several processes"). Each keeps
no cache that another process could make stale: app configs, accounts and the tree's frontier
are read from the database at each request.

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

LISTEN_FD_OPTION = "--listen-fd"
POLL_SECONDS = 0.5
STOP_SECONDS = 30.0

log = logging.getLogger("datacollect_desktop.server.workers")


def listening_socket(host: str, port: int) -> socket.socket:
    """The TCP socket every worker accepts on, inheritable by child processes."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family, backlog=2048)
    sock.set_inheritable(True)
    return sock


def inherited_socket(fd: int) -> socket.socket:
    """The parent's listening socket in a worker (its family read from the descriptor)."""
    return socket.socket(fileno=fd)


def worker_command(argv: Sequence[str], fd: int) -> list[str]:
    """The `serve` command line of one worker: the parent's, as one process on socket `fd`."""
    return [sys.executable, "-m", "datacollect_desktop.server", *argv, "--workers", "1",
            LISTEN_FD_OPTION, str(fd)]


def supervise(argv: Sequence[str], sock: socket.socket, workers: int) -> int:
    """Run `workers` worker processes on `sock` until told to stop; returns the exit code."""
    fd = sock.fileno()
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    children: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(workers):
            child = subprocess.Popen(worker_command(argv, fd), pass_fds=[fd])
            children.append(child)
            log.info("started worker process %d", child.pid)
        sock.close()  # the workers hold it now
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
