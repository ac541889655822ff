"""Bundle entry point of the application: the `datacollect-desktop` command, window included."""

import sys

from datacollect_desktop.cli import main

sys.exit(main())
