"""A screenshot of the register page with a photo, a signature and a location filled in:
`xvfb-run -a python scripts/screenshot_attachments.py [--out docs/screenshots]
[--language en] [--width 1600]`, written as `register-photo-<language>-<width>.png`.

The profile is a throwaway one using the household form of the tests' attachment config."""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from datacollect_desktop.ui.app import application  # noqa: E402
from datacollect_desktop.ui.forms.attachment_fields import FileEditor  # noqa: E402
from datacollect_desktop.ui.forms.location_field import LocationEditor  # noqa: E402
from datacollect_desktop.ui.forms.signature_pad import SignatureEditor  # noqa: E402
from datacollect_desktop.ui.language import install_language  # noqa: E402
from datacollect_desktop.ui.main_window import MainWindow  # noqa: E402
from scripts.screenshots import SIZES, settle  # noqa: E402
from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402
from tests.gui.attachment_profile import make_profile, photo_bytes  # noqa: E402


def sign(pad: QWidget) -> None:
    """A flowing signature drawn with the mouse: loops along a rising line, then a flourish."""
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    width, height = pad.width(), pad.height()

    def at(t: float) -> QPoint:
        x = 0.12 + 0.62 * t + 0.035 * math.sin(t * 31)
        y = 0.58 - 0.1 * t - 0.18 * math.cos(t * 31) * (0.6 + 0.4 * math.sin(t * 7))
        return QPoint(int(width * x), int(height * y))

    QTest.mousePress(pad, left, none, at(0))
    for step in range(1, 160):
        QTest.mouseMove(pad, at(step / 160))
    QTest.mouseRelease(pad, left, none, at(1))
    QTest.mousePress(pad, left, none, QPoint(int(width * 0.1), int(height * 0.74)))
    for step in range(1, 40):
        QTest.mouseMove(pad, QPoint(int(width * (0.1 + 0.02 * step)),
                                    int(height * (0.74 - 0.002 * step))))
    QTest.mouseRelease(pad, left, none, QPoint(int(width * 0.9), int(height * 0.66)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--width", type=int, choices=sorted(SIZES), default=1600)
    args = parser.parse_args()
    app = application()
    if not install_language(app, args.language):
        raise SystemExit(f"no translations for {args.language}")
    root = Path(tempfile.mkdtemp(prefix="dc-attachments-"))
    try:
        profile = make_profile(root / "profile")
        photo = root / "dwelling.jpg"
        photo.write_bytes(photo_bytes(1200, 900))
        window = MainWindow(profile, kdf=FAST_KDF)
        window.resize(*SIZES[args.width])
        window.show()
        QTest.qWaitForWindowExposed(window)
        QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
        window.unlock_page.passphrase.returnPressed.emit()
        settle(app, lambda: window.view is not None)
        assert window.view is not None
        form = window.view.register.form_view
        assert form is not None
        form.set_values({"name": "Owusu household", "address": "12 Market Road, Tamale"})
        photos = form.editors["photo"]
        assert isinstance(photos, FileEditor)
        photos.add_paths([photo])
        place = form.editors["home"]
        assert isinstance(place, LocationEditor)
        place.fill(9.4075, -0.8533, 8.0)
        signature = form.editors["consent"]
        assert isinstance(signature, SignatureEditor)
        window.view.register.form_area.ensureWidgetVisible(signature)
        settle(app)
        sign(signature.pad)
        loop = QEventLoop()
        QTimer.singleShot(1500, loop.quit)  # the signature settles and is stored
        loop.exec()
        window.view.register.form_area.ensureWidgetVisible(form.rows["photo"])
        settle(app)
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / f"register-photo-{args.language}-{args.width}.png"
        window.grab().save(str(path), "PNG", 0)
        print(f"wrote {path}")
        window.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
