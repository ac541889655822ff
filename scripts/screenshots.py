"""Screenshots of every screen for the README, made from demo data so they stay current.

`python scripts/screenshots.py [--out docs/screenshots] [--language fr] [--width 1024]`
(offscreen: Qt draws the window into an image with `QWidget.grab()`, no display needed).
Every screen is taken at each window size (1024x700 and 1600x1000) in English, French and
Arabic, as `<screen>-<language>-<width>.png` (`records-fr-1600.png`); `--language` and
`--width` take fewer. Each language runs in its own process, as the window is built in the
language installed when it starts. A dialog is drawn over the window it belongs to.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from datacollect_desktop.app.sync_state import SyncPhase  # noqa: E402
from datacollect_desktop.storage.keys import KdfParams  # noqa: E402
from datacollect_desktop.ui.app import application  # noqa: E402
from datacollect_desktop.ui.language import install_language  # noqa: E402
from datacollect_desktop.ui.main_window import MainWindow  # noqa: E402
from datacollect_desktop.ui.recovery_dialog import RecoveryKeyDialog  # noqa: E402
from scripts.screenshot_supervisor import shots as supervisor_shots  # noqa: E402

PASSPHRASE = "screenshots are not secret"
LANGUAGES = ("en", "fr", "ar")
SIZES = {1024: (1024, 700), 1600: (1600, 1000)}

Shoot = Callable[[QWidget, Path, str], None]


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
    """Takes each screen at every size, named `<screen>-<language>-<width>.png`.

    The window is resized to each size in turn (and back to the first, so what follows
    starts from the same layout); a dialog is drawn centred over its window, dimmed."""

    def __init__(self, app: QApplication, window: QWidget, language: str,
                 widths: Sequence[int]) -> None:
        self.app = app
        self.window = window
        self.language = language
        self.widths = list(widths)

    def __call__(self, widget: QWidget, out: Path, name: str) -> None:
        for width in self.widths:
            self._resize(width)
            path = out / f"{name}-{self.language}-{width}.png"
            self.picture(widget).save(str(path), "PNG", 0)
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}",
                  flush=True)
        self._resize(self.widths[0])

    def _resize(self, width: int) -> None:
        self.window.resize(*SIZES[width])
        settle(self.app)

    def picture(self, widget: QWidget) -> QPixmap:
        if not isinstance(widget, QDialog) or widget is self.window:
            return widget.grab()
        image = self.window.grab()
        painter = QPainter(image)
        painter.fillRect(QRect(QPoint(0, 0), image.deviceIndependentSize().toSize()),
                         QColor(0, 0, 0, 90))
        dialog = widget.grab()
        size = dialog.deviceIndependentSize().toSize()
        area = image.deviceIndependentSize().toSize()
        bar = widget.fontMetrics().height() + 10  # a title bar, as a window manager draws
        corner = QPoint(max(0, (area.width() - size.width()) // 2),
                        max(bar, (area.height() - size.height()) // 3))
        title = QRect(corner.x(), corner.y() - bar, size.width(), bar)
        painter.fillRect(title, QColor("#d9dde2"))
        painter.setPen(QColor("#1a2b3c"))
        painter.drawText(title, Qt.AlignmentFlag.AlignCenter, widget.windowTitle())
        painter.drawPixmap(corner, dialog)
        painter.setPen(QColor("#7d8790"))
        painter.drawRect(QRect(title.topLeft(), QSize(size.width(), size.height() + bar))
                         .adjusted(0, 0, -1, -1))
        painter.end()
        return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=LANGUAGES, action="append",
                        help="only this language (may be repeated); all three by default")
    parser.add_argument("--width", type=int, choices=sorted(SIZES), action="append",
                        help="only this window width (may be repeated); both by default")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    languages: list[str] = args.language or list(LANGUAGES)
    widths: list[int] = args.width or sorted(SIZES)
    if len(languages) > 1:
        for language in languages:
            command = [sys.executable, str(Path(__file__).resolve()), "--out", str(out),
                       "--language", language]
            for width in widths:
                command += ["--width", str(width)]
            subprocess.run(command, check=True)
        return
    app = application()
    if not install_language(app, languages[0]):
        raise SystemExit(f"no translations for {languages[0]}")
    root = Path(tempfile.mkdtemp(prefix="dc-screens-"))
    try:
        run(app, root / "profile", out, languages[0], widths)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(app: QApplication, directory: Path, out: Path, language: str,
        widths: Sequence[int]) -> None:
    fast = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
    window = MainWindow(directory, kdf=fast)
    shoot = Camera(app, window, language, widths)
    window.resize(*SIZES[widths[0]])
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
    settle(app)
    shoot(dialog, out, "recovery-key")
    dialog.stored.setChecked(True)
    dialog.continue_button.click()
    settle(app, lambda: window.view is not None and not window.worker.busy
           and (window.view.records.model.total or 0) > 1)
    view = window.view
    assert view is not None and window.workspace is not None
    window.statusBar().clearMessage()

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

    # The status bar while a sync runs (the state the sync worker reports), over the records.
    before = window.sync_model.state
    window.sync_model.update(configured=True, phase=SyncPhase.SYNCING, pushed=14,
                             total_push=47)
    settle(app)
    shoot(window, out, "sync-progress")
    window.sync_model.set_state(before)

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
    window.unlock_page.passphrase.setText("not the passphrase")
    window.unlock_page.unlock_button.click()
    settle(app, window.unlock_page.error.isVisible)
    shoot(window, out, "unlock-wrong-passphrase")
    window.close()


if __name__ == "__main__":
    main()
