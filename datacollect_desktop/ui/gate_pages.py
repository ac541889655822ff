"""First run (name, passphrase twice, strength hint) and unlock (passphrase or recovery key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from datacollect_desktop.app.gate import Strength, passphrase_strength
from datacollect_desktop.ui.icons import icon
from datacollect_desktop.ui.messages import translated
from datacollect_desktop.ui.style import SPACING, text_width


def _card(page: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A centred panel of bounded width, as login screens have.

    The card sits between stretches rather than being aligned, so that its wrapped texts get
    the height they need at the card's real width (an aligned widget is given the height for
    the whole page's width, and its last lines are cut)."""
    outer = QVBoxLayout(page)
    card = QFrame(page)
    card.setObjectName("card")
    card.setMinimumWidth(text_width(card, 72))
    card.setMaximumWidth(text_width(card, 92))
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 100)
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    layout = QVBoxLayout(card)
    layout.setSpacing(SPACING)
    logo = QLabel(card)
    logo.setPixmap(icon("app").pixmap(QSize(48, 48), page.devicePixelRatioF()))
    layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
    return card, layout


class _GatePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card, self.layout_ = _card(self)
        self.error = QLabel(self.card)
        self.error.setObjectName("formProblems")
        self.error.setWordWrap(True)
        self.error.hide()

    def show_error(self, message: str) -> None:
        """Show `message` (a `Message` is shown in the person's language)."""
        self.error.setText(translated(message))
        self.error.show()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.card.setEnabled(not busy)


# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments;
# the passphrase texts are the first run's, wherever the fields are shown.
translate = QCoreApplication.translate


class NewPassphraseFields:
    """A new passphrase typed twice, with its strength meter and hints, in a form: the first
    run's, and the one asked after an unlock with the recovery key."""

    def __init__(self, parent: QWidget) -> None:
        self.passphrase = QLineEdit(parent)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("FirstRunPage", "Passphrase"))
        self.confirmation = QLineEdit(parent)
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(translate("FirstRunPage", "Passphrase again"))
        self.meter = QProgressBar(parent)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.hint = QLabel(parent)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.match = QLabel(parent)
        self.match.setObjectName("hint")
        self.match.setWordWrap(True)
        self.passphrase.returnPressed.connect(self.confirmation.setFocus)
        self.passphrase.textChanged.connect(self.update)
        self.confirmation.textChanged.connect(self.update)
        self.update()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("FirstRunPage", "Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(translate("FirstRunPage", "Passphrase again:"), self.confirmation)
        form.addRow("", self.match)

    def update(self) -> None:
        """The strength hint and whether the two passphrases match, as they are typed."""
        strength = passphrase_strength(self.passphrase.text())
        self.meter.setValue(int(strength))
        self.meter.setProperty("strength", strength.name.lower())
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.hint.setText({
            Strength.EMPTY: translate("FirstRunPage",
                                      "At least 8 characters; a few words work well."),
            Strength.TOO_SHORT: translate("FirstRunPage",
                                          "Too short: use at least 8 characters."),
            Strength.WEAK: translate("FirstRunPage", "Weak: add another word or two."),
            Strength.FAIR: translate("FirstRunPage", "Fair: one more word makes it strong."),
            Strength.STRONG: translate("FirstRunPage", "Strong."),
        }[strength])
        typed = self.confirmation.text()
        self.match.setText(
            "" if not typed else translate("FirstRunPage", "The passphrases match.")
            if typed == self.passphrase.text()
            else translate("FirstRunPage", "The passphrases differ."))

    def wrong(self, line: QLineEdit) -> bool:
        """Whether `line` (one of the two) is what a refusal was about."""
        if line is self.confirmation:
            return line.text() != self.passphrase.text()
        return passphrase_strength(line.text()) in (Strength.EMPTY, Strength.TOO_SHORT)

    def field_to_fix(self) -> QLineEdit:
        """The confirmation when the two differ, else the passphrase (the order the gate
        checks them in, so the focus lands where its message points)."""
        return self.confirmation if self.wrong(self.confirmation) else self.passphrase


class FirstRunPage(_GatePage):
    """Creates the profile; the passphrase is asked twice and its strength hinted."""

    create_requested = Signal(str, str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to DataCollect Desktop"), self.card)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        intro = QLabel(self.tr("Everything you register is kept encrypted on this laptop. "
                               "Choose a passphrase: a few words are easier to remember and "
                               "harder to guess than one short word."), self.card)
        intro.setWordWrap(True)
        self.name = QLineEdit(self.card)
        self.name.setAccessibleName(self.tr("Your name"))
        self.fields = NewPassphraseFields(self.card)
        self.passphrase = self.fields.passphrase
        self.confirmation = self.fields.confirmation
        self.meter = self.fields.meter
        self.hint = self.fields.hint
        self.match = self.fields.match
        self.demo = QCheckBox(self.tr("Add demo households so I can try the app"), self.card)
        self.create_button = QPushButton(self.tr("Create my profile"), self.card)
        self.create_button.setObjectName("primary")
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self._create)
        self.name.returnPressed.connect(self.passphrase.setFocus)
        self.confirmation.returnPressed.connect(self._create)
        self._to_fix: QLineEdit | None = None
        for line in (self.name, self.passphrase, self.confirmation):
            line.textChanged.connect(self._edited)
        form = QFormLayout()
        # Long labels (French, Arabic) go above their field rather than squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your name:"), self.name)
        self.fields.add_rows(form)
        for widget in (title, intro):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.demo)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.create_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the demo checkbox creates the profile, as it does from the last field
        # (a checkbox leaves Enter to its parents).
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.demo.hasFocus()
                and self.card.isEnabled()):
            self._create()
            return
        super().keyPressEvent(event)

    def show_error(self, message: str) -> None:
        """Show why the profile was not created and put the cursor in the field to fix."""
        super().show_error(message)
        self._to_fix = self._field_to_fix()
        self._to_fix.selectAll()
        self._to_fix.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_to_fix(self) -> QLineEdit:
        # In the order the profile gate checks them, so the focus lands where its message
        # points; a refusal about none of them (the disk, say) leaves the passphrase.
        return self.name if self._wrong(self.name) else self.fields.field_to_fix()

    def _wrong(self, line: QLineEdit) -> bool:
        if line is self.name:
            return not line.text().strip()
        return self.fields.wrong(line)

    def _edited(self) -> None:
        # The message holds until what it was about is fixed: a "too short" goes away once
        # the passphrase is long enough, a "differ" once the two match.
        if self._to_fix is not None and not self._wrong(self._to_fix):
            self.error.hide()
            self._to_fix = None

    def _create(self) -> None:
        self.error.hide()
        self._to_fix = None
        self.set_busy(True)
        self.create_requested.emit(self.name.text(), self.passphrase.text(),
                                   self.confirmation.text(), self.demo.isChecked())


class UnlockPage(_GatePage):
    """Unlocks with the passphrase, or with the recovery key when it is forgotten."""

    unlock_requested = Signal(str)
    recovery_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Unlock your profile"), self.card)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.passphrase = QLineEdit(self.card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self.card)
        self.unlock_button.setObjectName("primary")
        self.unlock_button.clicked.connect(self._unlock)
        self.recovery_toggle = QPushButton(self.tr("Forgot it? Use the recovery key"), self.card)
        self.recovery_toggle.setFlat(True)
        self.recovery_toggle.clicked.connect(self._show_recovery)
        self.recovery = QLineEdit(self.card)
        self.recovery.setPlaceholderText(self.tr("XXXX-XXXX-…"))
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.returnPressed.connect(self._recover)
        self.recovery.hide()
        self.notice = QLabel(self.card)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        for widget in (title, self.notice, self.passphrase, self.error, self.unlock_button,
                       self.recovery_toggle, self.recovery):
            self.layout_.addWidget(widget)

    def reset(self, notice: str = "") -> None:
        """Empty the fields; `notice` says why the profile is locked (not an error)."""
        self.passphrase.clear()
        self.recovery.clear()
        self.error.hide()
        self.notice.setVisible(bool(notice))
        self.notice.setText(notice)
        self.set_busy(False)
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        self.error.hide()
        self.notice.hide()
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def _show_recovery(self) -> None:
        self.recovery.show()
        self.recovery.setFocus()

    def _recover(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.recovery_requested.emit(self.recovery.text())
