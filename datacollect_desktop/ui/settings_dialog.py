"""Settings: who you are, the sync server and account, the app config, sync and lock timers,
and the window's language (kept outside the profile, used from the next start)."""

from __future__ import annotations

import itertools
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.connection import (
    ConnectionReport,
    ConnectionService,
    ServerConfig,
    assignment_hint,
    planned_config_id,
)
from datacollect_desktop.app.errors import as_known
from datacollect_desktop.app.preferences import LANGUAGES, PreferenceFile
from datacollect_desktop.app.settings import (
    ATTACHMENT_DOWNLOADS,
    CONFIG_SOURCES,
    LOCK_MINUTES,
    SYNC_MINUTES,
    Settings,
    settings_problems,
)
from datacollect_desktop.app.xlsform import import_to_file
from datacollect_desktop.domain.forms.xlsform import Imported
from datacollect_desktop.ui.messages import error_text, translated
from datacollect_desktop.ui.worker import Worker

# Spin boxes take any number a person may type, so one out of range is refused in words
# (Save says why) rather than cut to the bound or dropped keystroke by keystroke.
_TYPED_MAX = 99_999


class SettingsDialog(QDialog):
    """Edits a copy of `Settings`; `submitted` carries the new value, and the window answers
    with `applied()` or `failed(message)` (loading a config from the server takes time).

    "Test connection" and the server's list of app configs ask the server on a thread of the
    dialog's own; `checked(report)` and `configs_listed(configs)` follow each answer."""

    submitted = Signal(object)
    checked = Signal(object)
    configs_listed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 preferences: PreferenceFile | None = None,
                 connection: ConnectionService | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.preferences = preferences or PreferenceFile()
        self.connection = connection or ConnectionService()
        self.network = Worker("settings-network", self)
        self.server_configs: list[ServerConfig] | None = None  # once the server was asked
        # Created in screen order, top to bottom, so the Tab order is the screen's.
        self.user_name = QLineEdit(settings.user_name, self)
        self.auto_lock = self._minutes(settings.auto_lock_minutes, LOCK_MINUTES)
        self.language = self._language_picker()

        account_box = QGroupBox(self.tr("Sync"), self)
        self.server_url = QLineEdit(settings.server_url, account_box)
        self.server_url.setPlaceholderText(self.tr("https://sync.example.org"))
        self.account = QLineEdit(settings.account, account_box)
        self.account.setPlaceholderText(self.tr("e-mail of your account"))
        self.password = QLineEdit(settings.password, account_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval = self._minutes(settings.sync_interval_minutes, SYNC_MINUTES)
        self.downloads = QComboBox(account_box)
        every, on_view = ATTACHMENT_DOWNLOADS
        self.downloads.addItem(self.tr("All, at every sync"), every)
        self.downloads.addItem(self.tr("A record's, when it is first opened"), on_view)
        self.downloads.setAccessibleName(self.tr("Download photos and files"))
        self.downloads.setCurrentIndex(max(0, self.downloads.findData(
            settings.attachment_downloads)))
        self.test_button = QPushButton(self.tr("Test connection"), account_box)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(account_box)
        self.test_result.setObjectName("hint")
        self.test_result.setWordWrap(True)
        self.test_result.hide()

        self.sources = QButtonGroup(self)
        labels = {"bundled": self.tr("The bundled example (household registration)"),
                  "file": self.tr("A file on this laptop"),
                  "server": self.tr("The sync server")}
        source_box = QGroupBox(self.tr("Forms (app config)"), self)
        source_layout = QVBoxLayout(source_box)
        self.source_buttons: dict[str, QRadioButton] = {}
        for source in CONFIG_SOURCES:
            button = QRadioButton(labels[source], source_box)
            button.setChecked(source == settings.config_source)
            self.sources.addButton(button)
            self.source_buttons[source] = button
            source_layout.addWidget(button)
            if source == "file":
                self.config_path = QLineEdit(settings.config_path, source_box)
                browse = QPushButton(self.tr("Choose…"), source_box)
                browse.clicked.connect(self._choose_file)
                self.import_button = QPushButton(self.tr("Import XLSForm…"), source_box)
                self.import_button.setToolTip(self.tr(
                    "Make an app config from an XLSForm workbook (.xlsx) and use it"))
                self.import_button.clicked.connect(self._import_xlsform)
                row = QHBoxLayout()
                row.addWidget(self.config_path, 1)
                row.addWidget(browse)
                row.addWidget(self.import_button)
                source_layout.addLayout(row)
            if source == "server":
                # The server's configs for this account, or an id typed by hand.
                self.config_choice = QComboBox(source_box)
                self.config_choice.setEditable(True)
                self.config_choice.setAccessibleName(self.tr("App config on the server"))
                self.config_id = QLineEdit(self.config_choice)
                self.config_choice.setLineEdit(self.config_id)
                self.config_id.setAccessibleName(self.config_choice.accessibleName())
                self.config_id.setText(settings.config_id)
                self.config_id.setPlaceholderText(self.tr("app config id, e.g. "
                                                          "household-registration"))
                self.config_choice.activated.connect(self._config_picked)
                self.list_button = QPushButton(self.tr("Get the list from the server"),
                                               source_box)
                self.list_button.clicked.connect(self.list_configs)
                row = QHBoxLayout()
                row.addWidget(self.config_choice, 1)
                row.addWidget(self.list_button)
                source_layout.addLayout(row)
        self.config_hint = QLabel(source_box)
        self.config_hint.setObjectName("hint")
        self.config_hint.setWordWrap(True)
        self.config_hint.hide()
        source_layout.addWidget(self.config_hint)

        you = QFormLayout()
        you.addRow(self.tr("Your name:"), self.user_name)
        you.addRow(self.tr("Lock after idle:"), self.auto_lock)
        you.addRow(self.tr("Language:"), self.language)
        language_note = QLabel(self.tr("A new language is used from the next time the app "
                                       "starts."), self)
        language_note.setObjectName("hint")
        language_note.setWordWrap(True)
        # The wrapped texts sit below the forms, not in rows of their own: a form's row
        # spanning both columns is given the height of one line, whatever its text needs.
        account_layout = QVBoxLayout(account_box)
        account_form = QFormLayout()
        account_form.addRow(self.tr("Server address:"), self.server_url)
        account_form.addRow(self.tr("Account:"), self.account)
        account_form.addRow(self.tr("Password:"), self.password)
        account_form.addRow(self.tr("Sync every:"), self.interval)
        account_form.addRow(self.tr("Download photos and files:"), self.downloads)
        note = QLabel(self.tr("The password is kept in the encrypted profile so that sync can "
                              "run while you work."), account_box)
        note.setWordWrap(True)
        note.setObjectName("hint")
        account_layout.addLayout(account_form)
        account_layout.addWidget(note)
        account_layout.addWidget(self.test_button)
        account_layout.addWidget(self.test_result)

        self.error = QLabel(self)
        self.error.setObjectName("formProblems")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        # The settings scroll when a long message makes them taller than the screen (a
        # laptop's 700 pixels): squeezed, the labels would be drawn over each other.
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(you)
        content_layout.addWidget(language_note)
        content_layout.addWidget(account_box)
        content_layout.addWidget(source_box)
        content_layout.addStretch(1)
        self.settings_area = QScrollArea(self)
        self.settings_area.setWidget(content)
        self.settings_area.setWidgetResizable(True)
        self.settings_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.settings_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._tab_order(browse)
        self.resize(560, 0)
        self._fit()

    def _minutes(self, value: int, bounds: tuple[int, int]) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, _TYPED_MAX)
        box.setSuffix(self.tr(" min"))
        box.setToolTip(self.tr("{0} to {1} minutes").format(*bounds))
        box.setValue(value)
        box.valueChanged.connect(self._show_problems)
        return box

    def _tab_order(self, browse: QPushButton) -> None:
        """Tab walks the screen from top to bottom (the sections are laid out in another
        order than some of their widgets were made)."""
        radios = list(self.source_buttons.values())
        # Each radio button's fields follow it, as on the screen.
        chain: list[QWidget] = [
            self.user_name, self.auto_lock, self.language, self.server_url, self.account,
            self.password, self.interval, self.downloads, self.test_button, radios[0],
            radios[1],
            self.config_path, browse, self.import_button, radios[2], self.config_choice,
            self.list_button,
            *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _language_picker(self) -> QComboBox:
        picker = QComboBox(self)
        picker.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            picker.addItem(name, code)  # each language in its own words, as people look for it
        picker.setCurrentIndex(max(0, picker.findData(self.preferences.load().language)))
        return picker

    def chosen_language(self) -> str:
        """The language code picked, or "" for the system's."""
        return str(self.language.currentData() or "")

    def value(self) -> Settings:
        source = next((s for s, b in self.source_buttons.items() if b.isChecked()), "bundled")
        return replace(
            self.original, user_name=self.user_name.text().strip(),
            server_url=self.server_url.text().strip(), account=self.account.text().strip(),
            password=self.password.text(), config_source=source,
            config_path=self.config_path.text().strip(), config_id=self.config_id.text().strip(),
            sync_interval_minutes=self.interval.value(),
            auto_lock_minutes=self.auto_lock.value(),
            attachment_downloads=str(self.downloads.currentData() or ATTACHMENT_DOWNLOADS[0]))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("App config file"), "",
                                              self.tr("App configs (*.json)"))
        if path:
            self.config_path.setText(path)
            self.source_buttons["file"].setChecked(True)

    def _import_xlsform(self) -> None:
        """Turn an XLSForm into an app config file, say what could not be carried, and make
        that file the forms in use (from Save)."""
        workbook, _ = QFileDialog.getOpenFileName(self, self.tr("XLSForm to import"), "",
                                                  self.tr("XLSForms (*.xlsx *.xlsm *.xls)"))
        if not workbook:
            return
        suggested = str(Path(workbook).with_suffix(".json"))
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the app config as"),
                                             suggested, self.tr("App configs (*.json)"))
        if not out:
            return
        try:
            imported = import_to_file(Path(workbook), Path(out))
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self.config_hint.setText(error_text(known))
            self.config_hint.show()
            return
        self.config_path.setText(out)
        self.source_buttons["file"].setChecked(True)
        self.config_hint.setText(self._import_report(imported))
        self.config_hint.show()

    def _import_report(self, imported: Imported) -> str:
        report = imported.report()
        lines = [self.tr("Imported {title}: {carried} of {rows} rows carried. Save to use "
                         "it.").format(title=report["title"], carried=report["carried"],
                                       rows=report["rows"])]
        for row in imported.problems:
            # The reasons are pyxform's and the XLSForm's own words (column and type names).
            lines.append(self.tr("Row {row} ({name}): {reasons}").format(
                row=row.row, name=row.name or row.type, reasons="; ".join(row.reasons)))
        lines.extend(imported.notes)
        return "\n".join(lines)

    def _show_problems(self) -> bool:
        """Show the numbers out of range (as they are typed); True when there are any."""
        problems = settings_problems(self.value())
        self.error.setText("\n".join(translated(p) for p in problems))
        self.error.setVisible(bool(problems))
        self._fit()
        return bool(problems)

    def _submit(self) -> None:
        self.error.hide()
        if self._show_problems():
            return  # nothing is saved while a number is out of range
        self.buttons.setEnabled(False)
        self.submitted.emit(self.value())

    def applied(self) -> None:
        """The profile's settings were saved: keep the language too, and close."""
        preferences = self.preferences.load()
        if preferences.language != self.chosen_language():
            self.preferences.save(replace(preferences, language=self.chosen_language()))
        self.buttons.setEnabled(True)
        self.accept()

    def failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(translated(message))
        self.error.show()
        self._fit()

    # -- asking the server -------------------------------------------------------------------

    def test_connection(self) -> None:
        """Check, off the window's thread, server, sign-in and app config, and say which
        failed."""
        settings = self.value()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing the connection…"))
        self.test_result.show()
        self._fit()
        self.network.submit(lambda: self.connection.test(settings), self._tested,
                            self._test_failed)

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(translated(report.message))
        self.test_result.setProperty("failed", not report.ok)
        self._fit()
        if report.configs:
            self._offer(report.configs)
        self.checked.emit(report)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        known = as_known(error)
        self.test_result.setText(error_text(known) if known is not None else self.tr(
            "Something went wrong; details are in the log."))
        self._fit()
        self.checked.emit(None)

    def list_configs(self) -> None:
        """Fill the list with the app configs the server lets this account use."""
        url, account, password = (self.server_url.text(), self.account.text(),
                                  self.password.text())
        self.list_button.setEnabled(False)
        self.network.submit(lambda: self.connection.configs(url, account, password),
                            self._listed, self._list_failed)

    def _listed(self, configs: list[ServerConfig]) -> None:
        self.list_button.setEnabled(True)
        self._offer(configs)
        self.configs_listed.emit(configs)

    def _list_failed(self, error: BaseException) -> None:
        self.list_button.setEnabled(True)
        known = as_known(error)
        self.config_hint.setText(error_text(known) if known is not None else self.tr(
            "Something went wrong; details are in the log."))
        self.config_hint.show()
        self._fit()
        self.configs_listed.emit(None)

    def _offer(self, configs: list[ServerConfig] | tuple[ServerConfig, ...]) -> None:
        typed = self.config_id.text()
        self.config_choice.clear()
        for config in configs:
            label = f"{config.id} — {config.name} {config.version}".strip()
            self.config_choice.addItem(label, config.id)
        # The only config the account may use is the one meant: chosen already.
        self.config_id.setText(typed or (configs[0].id if len(configs) == 1 else ""))
        self.server_configs = list(configs)
        self._hint_assignment()

    def _config_picked(self, index: int) -> None:
        config_id = self.config_choice.itemData(index)
        if isinstance(config_id, str):
            self.config_id.setText(config_id)
            self.source_buttons["server"].setChecked(True)
            self._show_problems()  # an old "enter the id" goes once one is chosen
        self._hint_assignment()

    def _hint_assignment(self) -> None:
        """Say when the config these settings would sync is not one the account may use."""
        configs = self.server_configs
        if configs is None:
            return
        try:
            config_id = planned_config_id(self.value())
        except Exception as exc:
            known = as_known(exc)
            if known is None:
                raise
            self.config_hint.setText(error_text(known))
            self.config_hint.show()
            self._fit()
            return
        hint = assignment_hint(config_id, configs)
        self.config_hint.setText(translated(hint) if hint is not None else "")
        self.config_hint.setVisible(hint is not None)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every message whole, up to the screen's height (or the dialog's
        maximum); past that the settings scroll."""
        layout = self.layout()
        content = self.settings_area.widget()
        content_layout = content.layout() if content is not None else None
        if layout is None or content_layout is None:
            return
        content_layout.activate()
        layout.activate()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        # The larger of the two: the scroll area asks for the size hint, which counts the
        # wrapped messages at a width of their own.
        inner = max(content_layout.totalSizeHint().height(),
                    content_layout.totalHeightForWidth(width)
                    if content_layout.hasHeightForWidth() else 0)
        below = sum(widget.sizeHint().height() + layout.spacing()
                    for widget in (self.error, self.buttons) if not widget.isHidden())
        needed = inner + below + margins.top() + margins.bottom()
        screen = self.screen()
        room = self.maximumHeight()
        if screen is not None:
            room = min(room, screen.availableGeometry().height())
        wanted = min(needed, room)
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def scroll_to(self, widget: QWidget) -> None:
        """Scroll the settings so that `widget` is in sight."""
        self.settings_area.ensureWidgetVisible(widget)

    def done(self, result: int) -> None:
        # The network thread ends once its last question is answered; the window does not
        # wait for a slow server.
        self.network.forget()
        threading.Thread(target=self.network.stop, name="settings-network-stop",
                         daemon=True).start()
        super().done(result)
