"""Run inside a private mount namespace with a tiny tmpfs at DIR (see test_disk.py): fill
the disk through the real commands and report, as JSON on stdout, what each step said.

`python -m tests.reliability.tiny_disk DIR`
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire


def cli(data_dir: Path, *args: str, stdin: bytes = b"") -> dict[str, Any]:
    env = {**os.environ, "DATACOLLECT_PASSPHRASE": PASSPHRASE,
           "DATACOLLECT_BUNDLE_PASSPHRASE": "bundle passphrase"}
    proc = subprocess.run([sys.executable, "-m", "datacollect_desktop", "--data-dir",
                           str(data_dir), *args], input=stdin, capture_output=True, env=env,
                          timeout=120, check=False)
    return {"code": proc.returncode, "stdout": proc.stdout.decode(errors="replace")[-300:],
            "stderr": proc.stderr.decode(errors="replace")[-2000:]}


def main() -> None:
    root = Path(sys.argv[1])
    directory = root / "profile"
    Profile(directory).create(PASSPHRASE, FAST_KDF)[0].close()
    report: dict[str, Any] = {"saved": [], "refused": None}
    for batch in range(10_000):
        docs = [wire(f"b{batch}-p{i}", "create-individual", {"name": "x" * 2000},
                     guid=f"b{batch}-e{i}") for i in range(40)]
        result = cli(directory, "submit",
                     stdin="\n".join(json.dumps(d) for d in docs).encode())
        if result["code"] != 0:
            report["refused"] = result
            break
        report["saved"] += [d["guid"] for d in docs]
    report["export"] = cli(directory, "export", str(root / "bundle.dcb"))
    session = Profile(directory).open(PASSPHRASE)
    try:
        from datacollect_desktop.app.drafts import Draft, DraftService

        try:
            DraftService(session).save(Draft("d1", "household", None, None, "c1",
                                             {"name": "y" * 100_000}, "", ""))
            report["draft"] = "saved"
        except KnownError as exc:
            report["draft"] = {"code": exc.code, "message": str(exc)}
        report["verify"] = session.integrity.verify().ok
        report["stored"] = [g for (g,) in session.db.execute_sql(
            "SELECT guid FROM events ORDER BY seq")]
    finally:
        session.close()
    report["files"] = sorted(p.name for p in root.rglob("*"))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
