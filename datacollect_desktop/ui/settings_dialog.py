"""Settings: who you are, the sync server and account, the app config, sync and lock timers,
and the window's language (kept outside the profile, used from the next start)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.preferences import LANGUAGES, PreferenceFile
from datacollect_desktop.app.settings import CONFIG_SOURCES, Settings
from datacollect_desktop.ui.messages import translated


class SettingsDialog(QDialog):
    """Edits a copy of `Settings`; `submitted` carries the new value, and the window answers
    with `applied()` or `failed(message)` (loading a config from the server takes time)."""

    submitted = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 preferences: PreferenceFile | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.preferences = preferences or PreferenceFile()
        self.user_name = QLineEdit(settings.user_name, self)
        self.server_url = QLineEdit(settings.server_url, self)
        self.server_url.setPlaceholderText(self.tr("https://sync.example.org"))
        self.account = QLineEdit(settings.account, self)
        self.account.setPlaceholderText(self.tr("e-mail of your account"))
        self.password = QLineEdit(settings.password, self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(settings.sync_interval_minutes)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 8 * 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)

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
                row = QHBoxLayout()
                row.addWidget(self.config_path, 1)
                row.addWidget(browse)
                source_layout.addLayout(row)
            if source == "server":
                self.config_id = QLineEdit(settings.config_id, source_box)
                self.config_id.setPlaceholderText(self.tr("app config id, e.g. "
                                                          "household-registration"))
                source_layout.addWidget(self.config_id)

        account_box = QGroupBox(self.tr("Sync"), self)
        account_form = QFormLayout(account_box)
        account_form.addRow(self.tr("Server address:"), self.server_url)
        account_form.addRow(self.tr("Account:"), self.account)
        account_form.addRow(self.tr("Password:"), self.password)
        account_form.addRow(self.tr("Sync every:"), self.interval)
        note = QLabel(self.tr("The password is kept in the encrypted profile so that sync can "
                              "run while you work."), account_box)
        note.setWordWrap(True)
        note.setObjectName("hint")
        account_form.addRow(note)
        you = QFormLayout()
        you.addRow(self.tr("Your name:"), self.user_name)
        you.addRow(self.tr("Lock after idle:"), self.auto_lock)
        self.language = self._language_picker()
        you.addRow(self.tr("Language:"), self.language)
        language_note = QLabel(self.tr("A new language is used from the next time the app "
                                       "starts."), self)
        language_note.setObjectName("hint")
        language_note.setWordWrap(True)
        you.addRow(language_note)

        self.error = QLabel(self)
        self.error.setObjectName("formProblems")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(you)
        layout.addWidget(account_box)
        layout.addWidget(source_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

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
            auto_lock_minutes=self.auto_lock.value())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("App config file"), "",
                                              self.tr("App configs (*.json)"))
        if path:
            self.config_path.setText(path)
            self.source_buttons["file"].setChecked(True)

    def _submit(self) -> None:
        self.error.hide()
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
