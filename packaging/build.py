"""Build the one-folder bundles: `python packaging/build.py [--only app|server] [--windowed]`.

PyInstaller puts each bundle in `dist/<name>/`: an executable beside an `_internal/` folder
holding Python, the libraries and the data files, so the machine that runs it needs nothing
installed. PyInstaller does not cross-build: build on the system you ship to (see
`packaging/README.md` for Windows and macOS).

- `dist/datacollect-desktop/`: the application (window and headless commands), with its
  translations, form configs and icons; on Linux also the menu entry, icons and `install.sh`.
- `dist/datacollect-server/`: the sync server, without Qt. It needs the `server` extra
  installed (`pip install -e '.[package,server]'`); the application's bundle does not, and
  leaves the server's libraries out.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ICON = ROOT / "datacollect_desktop" / "resources" / "icons" / "app.svg"
I18N = ROOT / "datacollect_desktop" / "ui" / "i18n"
LANGUAGES = ("en", "fr", "es", "ar")
ICON_SIZES = (32, 48, 64, 128, 256)

# Qt modules the window never imports. Naming them keeps a stray import (a library probing
# for Qt, a hook following a link-time dependency) from pulling their libraries, plugins and
# translations into the bundle.
# QtMultimedia and QtPositioning are absent from the list: the camera and the position
# buttons import them where PySide6-Addons is installed (ui/forms/camera.py, location_field.py).
UNUSED_QT = ("Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
             "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
             "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation",
             "QtNetworkAuth", "QtNfc", "QtOpenGLWidgets", "QtPdf",
             "QtPdfWidgets", "QtQml", "QtQuick",
             "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
             "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
             "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
             "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
             "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml")
# Development tools and libraries installed beside the app but never used by it.
DEV_ONLY = ("tkinter", "matplotlib", "numpy", "PIL", "pytest", "_pytest", "hypothesis",
            "schemathesis", "mypy", "ruff", "pyinstrument", "IPython", "bench", "tests",
            "scripts")
# The `server` extra and what it brings: the application never imports them (pyproject.toml's
# import contracts and tests/packaging/test_install.py check).
SERVER_ONLY = ("datacollect_desktop.server", "fastapi", "starlette", "uvicorn", "psycopg",
               "psycopg_binary", "pydantic", "pydantic_core")
SERVER_EXTRA = ("fastapi", "uvicorn", "psycopg")


@dataclass(frozen=True)
class Target:
    """One bundle: its name, launcher, the data it carries and what it leaves out."""

    name: str
    launcher: Path
    data: tuple[tuple[Path, str], ...]
    excludes: tuple[str, ...]
    gui: bool
    needs: tuple[str, ...] = ()  # modules that must be installed to build it


def targets() -> dict[str, Target]:
    catalogues = tuple((qm, "datacollect_desktop/ui/i18n") for qm in sorted(I18N.glob("*.qm")))
    return {
        "app": Target(
            "datacollect-desktop", PACKAGING / "launchers" / "datacollect_desktop_app.py",
            ((ROOT / "datacollect_desktop" / "resources", "datacollect_desktop/resources"),
             *catalogues),
            (*(f"PySide6.{name}" for name in UNUSED_QT), *DEV_ONLY, *SERVER_ONLY), gui=True),
        "server": Target(
            "datacollect-server", PACKAGING / "launchers" / "datacollect_server.py",
            (), ("PySide6", "shiboken6", *DEV_ONLY), gui=False, needs=SERVER_EXTRA),
    }


def render_icon(size: int, target: Path) -> Path:
    """The app's SVG icon as a PNG of `size` pixels (Qt draws it, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    target.parent.mkdir(parents=True, exist_ok=True)
    if not QIcon(str(APP_ICON)).pixmap(size, size).save(str(target)):
        sys.exit(f"could not render {APP_ICON} to {target}")
    return target


def pyinstaller_args(target: Target, dist: Path, work: Path, windowed: bool) -> list[str]:
    args = [str(target.launcher), "--name", target.name, "--onedir", "--noconfirm",
            "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
            "--specpath", str(work), "--paths", str(ROOT)]
    if target.gui and sys.platform in ("win32", "darwin"):
        # PyInstaller turns the PNG into .ico / .icns (with Pillow, the `package` extra).
        args += ["--icon", str(render_icon(256, work / "icon.png"))]
    if target.gui and windowed:
        args.append("--windowed")
    for source, destination in target.data:
        args += ["--add-data", f"{source}{os.pathsep}{destination}"]
    for module in target.excludes:
        args += ["--exclude-module", module]
    return args


def keep_shipped_qt_translations(folder: Path) -> None:
    """Of Qt's own translations keep qtbase (dialog buttons, text menus: all the window
    uses), and only for the languages the app has."""
    keep = {f"qtbase_{language}.qm" for language in LANGUAGES}
    for path in folder.rglob("PySide6/Qt/translations/*.qm"):
        if path.name not in keep:
            path.unlink()


def add_desktop_integration(folder: Path) -> None:
    """The Linux menu entry, the icons in the freedesktop layout and `install.sh`."""
    share = folder / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / "datacollect-desktop.desktop", applications)
    icons = share / "icons" / "hicolor"
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(APP_ICON, scalable / "datacollect-desktop.svg")
    for size in ICON_SIZES:
        render_icon(size, icons / f"{size}x{size}" / "apps" / "datacollect-desktop.png")
    shutil.copy(PACKAGING / "linux" / "install.sh", folder / "install.sh")


def missing_modules(target: Target) -> list[str]:
    return [name for name in target.needs if importlib.util.find_spec(name) is None]


def build(target: Target, dist: Path, work: Path, windowed: bool = False) -> Path:
    """Run PyInstaller for `target`; returns the bundle's folder."""
    import PyInstaller.__main__

    PyInstaller.__main__.run(pyinstaller_args(target, dist, work, windowed))
    folder = dist / (f"{target.name}.app" if windowed and sys.platform == "darwin"
                     else target.name)
    if target.gui:
        keep_shipped_qt_translations(folder)
        if sys.platform.startswith("linux"):
            add_desktop_integration(folder)
    return folder


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("app", "server"), action="append",
                        help="build only this bundle (repeatable; default: both)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--windowed", action="store_true",
                        help="no console window for the app (Windows), an .app (macOS); the "
                        "headless commands then print nothing")
    args = parser.parse_args(argv)
    chosen = targets()
    keys = args.only or list(chosen)
    for key in keys:
        missing = missing_modules(chosen[key])
        if missing:
            # PyInstaller would make a server bundle that only says the extra is missing.
            print(f"build.py: the {chosen[key].name} bundle needs the server extra "
                  f"({', '.join(missing)} not installed): pip install -e '.[package,server]'",
                  file=sys.stderr)
            return 2
    for key in keys:
        started = time.monotonic()
        folder = build(chosen[key], args.dist.resolve(), args.work.resolve() / key,
                       args.windowed)
        print(f"built {folder} in {time.monotonic() - started:.0f} s, "
              f"{size_of(folder) / 1e6:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
