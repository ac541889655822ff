"""Screenshots of the main screens for the README, made from demo data so they stay current.

`python scripts/screenshots.py [--out docs/screenshots] [--language fr]` (offscreen: Qt draws
the window into an image with `QWidget.grab()`, no display needed). With `--language`, the
window is shown in that language and only the main window's pictures are taken, named
`<screen>-<language>.png`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from datacollect_desktop.app.preferences import LANGUAGES  # noqa: E402
from datacollect_desktop.storage.keys import KdfParams  # noqa: E402
from datacollect_desktop.ui.app import application  # noqa: E402
from datacollect_desktop.ui.language import install_language  # noqa: E402
from datacollect_desktop.ui.main_window import MainWindow  # noqa: E402
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog  # noqa: E402
from scripts.screenshot_supervisor import shots as supervisor_shots  # noqa: E402

PASSPHRASE = "screenshots are not secret"
SIZE = (1180, 760)
# The pictures of the main window, taken again in each other language (the audit history and
# the timeline show how time runs right to left in Arabic).
MAIN_WINDOW = ("register-household", "records", "audit", "timeline")


def settle(app: QApplication, condition: Callable[[], bool] = lambda: True,
           seconds: float = 20) -> None:
    """Let the window draw (and background loads finish) before a picture is taken."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


class Camera:
    """Saves pictures into `out`; in another language only the main window's, suffixed."""

    def __init__(self, out: Path, language: str | None) -> None:
        self.out = out
        self.language = language

    def __call__(self, widget: QWidget, out: Path, name: str) -> None:
        if self.language is None:
            shoot(widget, out, name)
        elif name in MAIN_WINDOW:
            shoot(widget, out, f"{name}-{self.language}")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=sorted(set(LANGUAGES) - {"en"}),
                        help="show the window in this language (main window pictures only)")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    if args.language and not install_language(app, args.language):
        raise SystemExit(f"no translations for {args.language}")
    root = Path(tempfile.mkdtemp(prefix="dc-screens-"))
    try:
        run(app, root / "profile", out, Camera(out, args.language))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(app: QApplication, directory: Path, out: Path,
        shoot: Callable[[QWidget, Path, str], None] = shoot) -> None:
    fast = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
    window = MainWindow(directory, kdf=fast)
    window.resize(*SIZE)
    window.show()
    first = window.first_run
    first.name.setText("Awa Diallo")
    first.passphrase.setText(PASSPHRASE)
    first.confirmation.setText(PASSPHRASE)
    first.demo.setChecked(True)
    settle(app)
    shoot(window, out, "first-run")
    first.create_button.click()
    settle(app, lambda: window.findChild(RecoveryKeyDialog) is not None)
    dialog = window.findChild(RecoveryKeyDialog)
    assert isinstance(dialog, RecoveryKeyDialog)
    shoot(dialog, out, "recovery-key")
    dialog.stored.setChecked(True)
    dialog.continue_button.click()
    settle(app, lambda: window.view is not None and not window.worker.busy
           and (window.view.records.model.total or 0) > 1)
    view = window.view
    assert view is not None and window.workspace is not None

    page = view.register
    assert page.form_view is not None
    page.form_view.set_values({"name": "Coulibaly household", "address": "7 River Path, Dandora",
                               "dwelling": "other", "dwellingOther": "Converted container",
                               "monthlyIncome": 180})
    page.form_view.focus_field("phone")
    settle(app)
    shoot(window, out, "register-household")

    page.save()
    page.form_view.set_values({"givenName": "Mariame", "familyName": "Ouedraogo",
                               "dateOfBirth": "1987-04-12", "sex": "female",
                               "relationship": "head"})
    settle(app, page.banner.isVisible)
    shoot(window, out, "register-member-duplicate")

    page.form_view.set_values({"givenName": "", "familyName": "Coulibaly",
                               "dateOfBirth": "2031-02-30"})
    page.save()
    settle(app)
    shoot(window, out, "register-validation")
    page.flush_draft()

    window.statusBar().clearMessage()
    view.show_page("records")
    view.records.refresh()
    records = view.records
    settle(app, lambda: records.model.rowCount() > 5 and records.model.total is not None)
    for row in (1, 3):
        records.view.expand(records.model.index(row, 0))
    records.view.setCurrentIndex(records.model.index(1, 0))
    settle(app)
    shoot(window, out, "records")

    family = (records.model.index(2, 0).data() or "").split()[0]
    records.search.setText(f"{family.lower()[:4]} house")
    records.apply_filter()
    settle(app, lambda: records.model.total is not None)
    shoot(window, out, "records-search")
    records.search.clear()
    records.apply_filter()
    settle(app, lambda: records.model.rowCount() > 5)

    guid = records.model.guid_at(records.model.index(2, 0))
    assert guid is not None
    view.open_record(guid)
    settle(app)
    shoot(window, out, "detail")

    view.show_page("drafts")
    settle(app)
    shoot(window, out, "drafts")
    view.show_page("attention")
    settle(app)
    shoot(window, out, "needs-attention")
    supervisor_shots(app, window, view, window.workspace, out, settle, shoot)

    settings = window.open_settings()
    assert settings is not None
    settings.server_url.setText("https://sync.example.org")
    settings.account.setText("awa.diallo@example.org")
    settle(app)
    shoot(settings, out, "settings")
    settings.reject()

    window.lock()
    settle(app)
    shoot(window, out, "unlock")
    window.close()


if __name__ == "__main__":
    main()
