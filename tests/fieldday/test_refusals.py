"""No silent failure: demo households sync with nothing refused, and when a server does
refuse (its config is stricter than the laptop's), the window, Needs attention and `sync`
say so; an account without the config gets one clear message."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from datacollect_desktop.cli.commands import PASSPHRASE_ENV, SERVER_PASSWORD_ENV
from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.domain.dependencies import DEPENDS_ON_REFUSED
from datacollect_desktop.storage.replica import HELD_REASON
from datacollect_desktop.ui.style import apply_style
from tests.conftest import PASSPHRASE
from tests.fieldday.campaign import AMINA, CONFIG, CONFIG_ID, Account
from tests.fieldday.journey import Device, Person
from tests.integration.server.support import (
    PASSWORD,
    REPO,
    ServerHandle,
    run_cli,
    start_server,
)

pytestmark = pytest.mark.fieldday

OUTSIDER = Account("Omari Outsider", "omari@field.example.org", "field-worker")
#: The strict server allows household names of at most this many characters.
STRICT_NAME = 5


def strict_config() -> dict[str, Any]:
    """The bundled config as the server of another campaign has it: shorter names."""
    config = json.loads(json.dumps(CONFIG))
    household = next(f for f in config["entityForms"] if f["name"] == "household")
    name = next(c for c in household["formio"]["components"] if c.get("key") == "name")
    name["validate"] = {**name.get("validate", {}), "maxLength": STRICT_NAME}
    return dict(config)


LITE_ID = "household-lite"


def lite_config() -> dict[str, Any]:
    """A config of the same households without the member form the laptop's forms name."""
    config = json.loads(json.dumps(CONFIG))
    config["id"] = LITE_ID
    config["entityForms"] = [f for f in config["entityForms"] if f["name"] == "household"]
    return dict(config)


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """A server whose household-registration config is stricter than the bundled one, with
    Amina on it and Omari, who is assigned to no config."""
    data_dir = tmp_path_factory.mktemp("strict") / "data"
    run_cli("create-user", AMINA.email, "--role", "field-worker", "--config-id", CONFIG_ID,
            LITE_ID, "--data-dir", str(data_dir))
    run_cli("create-user", OUTSIDER.email, "--role", "field-worker", "--data-dir",
            str(data_dir))
    path = data_dir.parent / "strict.json"
    path.write_bytes(canonical_json(strict_config()))
    run_cli("load-config", str(path), "--data-dir", str(data_dir))
    lite = data_dir.parent / "lite.json"
    lite.write_bytes(canonical_json(lite_config()))
    run_cli("load-config", str(lite), "--data-dir", str(data_dir))
    handle = start_server(data_dir)
    yield handle
    handle.stop()


def desktop(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`datacollect-desktop ARGS` as a person runs it in a terminal."""
    env = {**os.environ, "PYTHONPATH": str(REPO), PASSPHRASE_ENV: PASSPHRASE,
           SERVER_PASSWORD_ENV: PASSWORD}
    return subprocess.run([sys.executable, "-m", "datacollect_desktop", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=300)


def test_demo_households_sync_with_nothing_refused(tmp_path: Path,
                                                  campaign_server: ServerHandle) -> None:
    profile = tmp_path / "demo"
    made = desktop("--data-dir", str(profile), "demo", "--households", "3", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    synced = desktop("--data-dir", str(profile), "sync", "--server",
                     campaign_server.base_url, "--email", AMINA.email, "--config-id",
                     CONFIG_ID, cwd=tmp_path)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert json.loads(synced.stdout)["rejected"] == 0
    listed = desktop("--data-dir", str(profile), "events", cwd=tmp_path)
    events = json.loads(listed.stdout)
    assert {e["type"] for e in events} >= {"create-group", "add-member"}
    levels = [e["syncLevel"] for e in events]
    assert levels and set(levels) == {1}, f"{levels.count(0)} demo events not accepted"


def test_sync_from_the_terminal_exits_1_and_names_each_refusal(
        tmp_path: Path, strict_server: ServerHandle) -> None:
    profile = tmp_path / "demo"
    assert desktop("--data-dir", str(profile), "demo", "--households", "2",
                   cwd=tmp_path).returncode == 0
    synced = desktop("--data-dir", str(profile), "sync", "--server", strict_server.base_url,
                     "--email", AMINA.email, "--config-id", CONFIG_ID, cwd=tmp_path)
    assert synced.returncode == 1, synced.stdout + synced.stderr
    summary = json.loads(synced.stdout)
    refusals = summary.get("rejections", [])
    assert summary["rejected"] >= 1 and len(refusals) == summary["rejected"], summary
    # Only the households' names break the stricter server's rule, each named with why; the
    # members of a refused household wait for it (nothing of it reaches the server).
    assert all("'household'" in r["reason"] or r["code"] == DEPENDS_ON_REFUSED
               for r in refusals), refusals
    assert any("'household'" in r["reason"] for r in refusals), refusals


@pytest.fixture
def laptop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Device]:
    apply_style(qapp)
    device = Device(qtbot, AMINA, tmp_path / "laptop")
    device.open()
    yield device
    device.close()


def visible_text(widget: QWidget) -> str:
    return " | ".join(w.text() for w in widget.findChildren(QLabel) if w.isVisible())


def test_a_refusal_turns_the_status_bar_into_a_warning_and_is_listed_with_its_reason(
        qtbot: QtBot, laptop: Device, strict_server: ServerHandle) -> None:
    laptop.register_household("Juma household", "40", [Person("Asha", "Juma", "1990-01-01")])
    laptop.sign_in(strict_server.base_url, source="bundled")
    laptop.sync()
    refused = laptop.replica().rejected()
    assert refused, "the stricter server refused nothing"
    bar = laptop.window.sync_bar
    said = visible_text(bar)
    assert re.search(rf"\b{len(refused)}\b[^|]*refused", said), f"the status bar says: {said}"
    assert "Online" not in bar.connection.text() or bar.problem.isVisible(), said
    view = laptop.view
    view.nav.setFocus()
    laptop.type(Qt.Key.Key_4, ctrl=True)
    assert view.current_page() == "attention"
    view.attention.refresh()
    table = view.attention.events
    rows = [" ".join(table.item(r, c).text() for c in range(table.columnCount())
                     if table.item(r, c) is not None) for r in range(table.rowCount())]
    for _guid, reason in refused:
        assert any(reason in row for row in rows), (reason, rows)
    # Only the household's name breaks the stricter rule; its member is fine.
    assert [reason for _guid, reason in refused
            if "'household'" not in reason and reason != HELD_REASON] == []


def test_an_account_without_the_config_gets_one_clear_message_and_keeps_everything(
        qtbot: QtBot, laptop: Device, strict_server: ServerHandle) -> None:
    laptop.account = OUTSIDER
    laptop.register_household("Ali", "10", [Person("Said", "Ali", "1980-01-01")])
    made = set(laptop.levels())
    settings = laptop.window.settings_action
    settings.trigger()
    from datacollect_desktop.ui.settings_dialog import SettingsDialog

    qtbot.waitUntil(lambda: laptop.window.findChild(SettingsDialog) is not None)
    dialog = laptop.window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    for line, text in ((dialog.server_url, strict_server.base_url),
                       (dialog.account, OUTSIDER.email), (dialog.password, PASSWORD)):
        qtbot.keyClicks(line, text)
    dialog.source_buttons["bundled"].click()
    if hasattr(dialog.config_id, "setText"):
        qtbot.keyClicks(dialog.config_id, CONFIG_ID)
    dialog.buttons.buttons()[0].click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),
                    timeout=60_000)
    if dialog.isVisible():  # Settings itself said so: that is the one clear message
        assert CONFIG_ID in dialog.error.text() or "assigned" in dialog.error.text()
        dialog.reject()
    else:
        bar = laptop.window.sync_bar
        bar.sync_button.click()
        qtbot.waitUntil(lambda: bar.problem.isVisible(), timeout=60_000)
        assert CONFIG_ID in bar.problem.text() and "default" not in bar.problem.text()
    assert set(laptop.levels()) == made
    assert laptop.replica().pending_count() == len(made)


def test_a_member_form_the_server_does_not_know_is_one_clear_refusal_and_nothing_is_lost(
        qtbot: QtBot, laptop: Device, strict_server: ServerHandle, tmp_path: Path) -> None:
    _, (member,) = laptop.register_household("Ali", "10", [Person("Said", "Ali", "1980-01-01")])
    made = set(laptop.levels())
    # The laptop's copy of household-lite still has the member form the server's dropped.
    laptops_lite = tmp_path / "household-lite.json"
    laptops_lite.write_bytes(canonical_json({**json.loads(json.dumps(CONFIG)), "id": LITE_ID}))
    dialog = laptop.open_settings()
    for line, text in ((dialog.server_url, strict_server.base_url),
                       (dialog.account, AMINA.email), (dialog.password, PASSWORD)):
        line.setFocus()
        qtbot.keyClicks(line, text)
    dialog.source_buttons["file"].click()
    dialog.config_path.setText(str(laptops_lite))
    dialog.buttons.buttons()[0].click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),
                    timeout=60_000)
    if dialog.isVisible():  # Settings itself names the form the server lacks
        assert "individual" in dialog.error.text(), dialog.error.text()
        dialog.reject()
    else:
        laptop.sync()
        refused = laptop.replica().rejected()
        assert refused and all("individual" in reason for _g, reason in refused), refused
        said = visible_text(laptop.window.sync_bar)
        assert re.search(rf"\b{len(refused)}\b[^|]*refused", said), said
    assert set(laptop.levels()) == made  # nothing lost
    assert laptop.workspace.session.queries.entity(member) is not None


def test_sync_from_the_terminal_uses_the_app_config_in_use_when_none_is_named(
        tmp_path: Path, campaign_server: ServerHandle) -> None:
    profile = tmp_path / "demo"
    assert desktop("--data-dir", str(profile), "demo", "--households", "1",
                   cwd=tmp_path).returncode == 0
    synced = desktop("--data-dir", str(profile), "sync", "--server",
                     campaign_server.base_url, "--email", AMINA.email, cwd=tmp_path)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert json.loads(synced.stdout)["pushed"] > 0
