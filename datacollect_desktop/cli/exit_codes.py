"""What a headless command's exit code means."""

from __future__ import annotations

from typing import Final

EXIT_OK: Final = 0
# Some events were rejected or refused, or a verification failed.
EXIT_REJECTED: Final = 1
# A usage error or a known error (told on stderr); argparse exits with 2 on bad usage too.
EXIT_ERROR: Final = 2
