"""A writer process for crash tests: submits events and prints each acknowledged guid.

Run as `python crash_writer.py PROFILE_DIR START`; it is killed with SIGKILL mid-write.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datacollect_desktop.storage.profile import Profile
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import wire


def main() -> None:
    directory, start = Path(sys.argv[1]), int(sys.argv[2])
    profile = Profile(directory)
    session = profile.open(PASSPHRASE) if profile.exists() else profile.create(
        PASSPHRASE, FAST_KDF)[0]
    n = start
    while True:
        # Alternate single submits and batches; households with members exercise projections.
        if n % 3 == 0:
            docs = [wire(f"h{n}", "create-group", {"name": f"H{n}", "members": [
                {"guid": f"m{n}-{k}", "name": f"Member {k}", "dateOfBirth": "1990-01-01"}
                for k in range(3)]}, guid=f"e{n}")]
        else:
            docs = [wire(f"p{n}-{k}", "create-individual", {"name": f"P {n} {k}"},
                         guid=f"e{n}-{k}") for k in range(1 + n % 7)]
        results = session.store.submit(docs)
        for result in results:
            assert result.status == "applied", result
            sys.stdout.write(f"{result.guid}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
