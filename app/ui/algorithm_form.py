"""Forms generated from an algorithm's declared parameters (DESIGN.md rule 5).

:class:`AlgorithmForm` lays out one editor per :class:`~app.core.algorithm.Parameter`:
spin boxes with the unit as suffix and the declared bounds, combo boxes for
choices, check boxes, file pickers, a collapsible group for NAME=VALUE
mappings, with each parameter's title translated through Qt (context
``"Algorithm"``, where the declarations mark them with ``QT_TRANSLATE_NOOP``;
a title taken from an assumption in the language of the assumption's
``title_zh``/``title_en``) and its help and source as tooltip. :meth:`AlgorithmForm.values` reads it back into the
parameter dict the algorithm runs on, and an
:class:`~app.core.errors.InputError` naming a parameter is shown under its
field (:meth:`AlgorithmForm.show_error`), leaving what the user entered in place.

:func:`run_algorithm` runs an algorithm off the GUI thread through the
window's task runner (progress bar and Cancel in the status bar).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from app.core import assumptions
from app.core.algorithm import Algorithm, Parameter
from app.core.errors import InputError
from app.ui.i18n import message_text, translate, ui_language

_CONTEXT = "Algorithm"
#: How units read in a spin box.
UNIT_DISPLAY = {"deg": "°", "m2": "m²", "km2": "km²", "kWp/m2": "kWp/m²", "-": ""}
#: Parameter types a panel gets from its context (the open project, the map selection), not from a form.
CONTEXT_TYPES = ("project", "site")
_UNBOUNDED = 1.0e9


def tr(text: str) -> str:
    """The translation of a declared (English) title, help or choice title."""
    return translate(_CONTEXT, text) if text else text


def title_text(parameter: Parameter) -> str:
    """A parameter's title in the UI language: its assumption's ``title_zh``/``title_en``, else its translation."""
    key = parameter.default_from[0] if isinstance(parameter.default_from, tuple) else parameter.default_from
    if key:
        spec = assumptions.get(key)
        if spec.title_en == parameter.title:  # the title is the assumption's own: translated there
            chinese = QLocale().language() == QLocale.Language.Chinese
            return (spec.title_zh if chinese else spec.title_en) or parameter.title
    return tr(parameter.title)


def _unset_shown(parameter: Parameter) -> bool:
    """An optional parameter whose form offers "left out" (its ``default_text``) as a value of its own."""
    return bool(parameter.default_text) and parameter.default_value() is None


def choice_title(choice: tuple) -> str:
    """A choice's title in the UI language: a data table's ``title_zh``/``title_en``, else its translation."""
    if len(choice) >= 3:
        return choice[2] if QLocale().language() == QLocale.Language.Chinese else choice[1]
    return tr(choice[1])


def unit_text(unit: str) -> str:
    return UNIT_DISPLAY.get(unit, unit or "")


def run_algorithm(window, algorithm: Algorithm, parameters: dict, on_done=None, title: str | None = None,
                  cancellable: bool = True):
    """Run ``algorithm.run(parameters, feedback)`` off the GUI thread via ``window.run_task``.

    Progress and Cancel show in the status bar; ``on_done(result)`` runs on the
    GUI thread; errors go to ``window.show_error`` (the task runner's one path).
    """
    return window.run_task(title or tr(algorithm.title), lambda feedback: algorithm.run(parameters, feedback),
                           on_done, cancellable=cancellable)


class _Field(QWidget):
    """An editor with the error message under it."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()


class _PathEdit(QWidget):
    """A line edit with a "…" button opening a file dialog."""

    edited = Signal()

    def __init__(self, parameter: Parameter, parent=None):
        super().__init__(parent)
        self.parameter = parameter
        self.line = QLineEdit()
        self.button = QToolButton()
        self.button.setText("…")
        self.button.clicked.connect(self.browse)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt style, like QLineEdit)
        self.line.setText(text)

    def browse(self) -> None:
        patterns = " ".join(f"*{e}" for e in self.parameter.extensions) or "*"
        title = title_text(self.parameter)
        all_files = translate("Algorithm", "All files")
        filters = f"{title} ({patterns});;{all_files} (*)"
        if self.parameter.type == "path":
            path, _ = QFileDialog.getSaveFileName(self, title, self.text(), filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, self.text(), filters)
        if path:
            self.setText(path)
            self.edited.emit()


class AlgorithmForm(QWidget):
    """Editors for declared parameters, read back into a parameter dict.

    Parameters
    ----------
    parameters : iterable of Parameter
        In display order (see :meth:`for_algorithm` to pick an algorithm's).
    object_prefix : str
        Editors are named ``<prefix><name>`` (for tests and style sheets).

    Signals
    -------
    edited(str)
        The user changed parameter ``name`` (its error message is cleared).
    """

    edited = Signal(str)

    def __init__(self, parameters, parent: QWidget | None = None, object_prefix: str = ""):
        super().__init__(parent)
        self.parameters = {p.name: p for p in parameters}
        self._prefix = object_prefix
        self._editors: dict[str, QWidget] = {}
        self._fields: dict[str, _Field] = {}
        self._labels: dict[str, QLabel] = {}
        #: mapping parameter -> (toggle button, box holding the sub-form)
        self.toggles: dict[str, QToolButton] = {}
        self.boxes: dict[str, QWidget] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for parameter in self.parameters.values():
            self._add(parameter)
        self.reset()
        self.retranslate()

    @classmethod
    def for_algorithm(cls, algorithm: Algorithm, names=None, exclude=(), advanced: bool = False,
                      parent: QWidget | None = None, object_prefix: str = "") -> "AlgorithmForm":
        """A form of ``algorithm``'s parameters ``names`` (default: all but the context and advanced ones)."""
        if names is None:
            chosen = [p for p in algorithm.parameters if p.type not in CONTEXT_TYPES and p.name not in exclude
                      and (advanced or not p.advanced)]
        else:
            chosen = [algorithm.parameter(n) for n in names]
        return cls(chosen, parent, object_prefix)

    # -- construction ----------------------------------------------------------
    def _name(self, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(f"{self._prefix}{name}")
        return widget

    def _spin(self, parameter: Parameter, integer: bool = False):
        spin = QSpinBox() if integer else QDoubleSpinBox()
        decimals = parameter.decimals if parameter.decimals is not None else (0 if integer else 2)
        if not integer:
            spin.setDecimals(decimals)
            spin.setSingleStep(10.0 ** -min(decimals, 2) if decimals else 1.0)
        low, high = parameter.bound("minimum"), parameter.bound("maximum")
        low = -_UNBOUNDED if low is None else low
        if parameter.exclusive_minimum:
            low += 1 if integer else 10.0 ** -decimals
        if _unset_shown(parameter):  # one step below the minimum reads "(default text)": None
            low -= 1 if integer else 10.0 ** -decimals
        spin.setRange(int(low) if integer else low,
                      int(_UNBOUNDED if high is None else high) if integer else (_UNBOUNDED if high is None else high))
        suffix = unit_text(parameter.unit)
        if suffix:
            spin.setSuffix(suffix if suffix.startswith("°") else f" {suffix}")
        spin.setKeyboardTracking(True)
        spin.valueChanged.connect(lambda _v, n=parameter.name: self._on_edited(n))
        return spin

    def _add(self, parameter: Parameter) -> None:
        name = parameter.name
        label = QLabel(self)  # parented: a bool or mapping row shows no label, which must not float free
        editor: QWidget
        if parameter.type in ("float", "int"):
            editor = self._spin(parameter, integer=parameter.type == "int")
        elif parameter.type == "pair":
            editor = QWidget()
            row = QHBoxLayout(editor)
            row.setContentsMargins(0, 0, 0, 0)
            editor.spins = (self._spin(parameter), self._spin(parameter))
            row.addWidget(editor.spins[0], 1)
            row.addWidget(QLabel("×"))
            row.addWidget(editor.spins[1], 1)
        elif parameter.type == "bool":
            editor = QCheckBox()
            editor.toggled.connect(lambda _c, n=name: self._on_edited(n))
        elif parameter.type == "enum" or (parameter.type == "text" and parameter.suggestions is not None):
            editor = QComboBox()
            if _unset_shown(parameter):
                editor.addItem(parameter.default_text, "")  # "" stands for None (left out)
            for value, *_titles in parameter.choices:
                editor.addItem(value, value)
            if parameter.suggestions is not None:
                for value in parameter.suggestions():
                    editor.addItem(value, value)
            if parameter.open_choices or parameter.type == "text":
                editor.setEditable(True)
                editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                completer = QCompleter([editor.itemText(i) for i in range(editor.count())], editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                editor.setCompleter(completer)
                editor.lineEdit().textEdited.connect(lambda _t, n=name: self._on_edited(n))
            editor.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
        elif parameter.type in ("file", "path", "weather", "project"):
            editor = _PathEdit(parameter)
            editor.edited.connect(lambda n=name: self._on_edited(n))
        elif parameter.type == "mapping":
            editor = AlgorithmForm(parameter.fields, object_prefix=f"{self._prefix}{name}_")
            editor.edited.connect(lambda field, n=name: self._on_edited(n, field))
            toggle = QToolButton()
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setArrowType(Qt.ArrowType.RightArrow)
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(12, 0, 0, 0)
            inner.addWidget(editor)
            box.setVisible(False)
            toggle.toggled.connect(lambda checked, n=name: self.expand(n, checked))
            self.toggles[name], self.boxes[name] = self._name(toggle, f"{name}_toggle"), box
        else:  # text, date, site
            editor = QLineEdit()
            editor.textEdited.connect(lambda _t, n=name: self._on_edited(n))
            if parameter.type == "date":
                editor.setPlaceholderText("YYYY-MM-DD")
        self._name(editor, name)
        # a mapping's fields carry their own messages; its own row only says what is wrong with the whole
        field = _Field(editor if parameter.type != "mapping" else QWidget())
        self._editors[name], self._fields[name], self._labels[name] = editor, field, label
        if parameter.type == "mapping":
            self.layout_.addRow(self.toggles[name])
            self.layout_.addRow(self.boxes[name])
            self.layout_.addRow(field)
            label.hide()
        elif parameter.type == "bool":
            label.hide()
            self.layout_.addRow(field)
        else:
            self.layout_.addRow(label, field)

    # -- access ------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        """The editor of parameter ``name`` (the sub-form of a mapping)."""
        return self._editors[name]

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def expand(self, name: str, expanded: bool = True) -> None:
        """Show or hide the fields of mapping ``name``."""
        toggle = self.toggles[name]
        if toggle.isChecked() != expanded:
            toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.boxes[name].setVisible(expanded)
        toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def _on_edited(self, name: str, field: str | None = None) -> None:
        if name in self._fields:
            self._fields[name].set_error("")
        self.edited.emit(name)

    # -- values -----------------------------------------------------------------
    def value(self, name: str):
        """The value of one parameter as the algorithm takes it (None: not given)."""
        parameter, editor = self.parameters[name], self._editors[name]
        kind = parameter.type
        if kind in ("float", "int"):
            if _unset_shown(parameter) and editor.value() == editor.minimum():
                return None
            return editor.value()
        if kind == "pair":
            return tuple(spin.value() for spin in editor.spins)
        if kind == "bool":
            return editor.isChecked()
        if kind == "mapping":
            return editor.values()
        if isinstance(editor, QComboBox):
            text = editor.currentText().strip()
            index = editor.currentIndex()
            if index >= 0 and editor.itemText(index) == editor.currentText():
                return editor.itemData(index) or None  # the "left out" item carries ""
            return text or None
        text = editor.text().strip()
        return text or None

    def values(self) -> dict:
        """Every parameter of the form, name -> value (None where left empty)."""
        return {name: self.value(name) for name in self.parameters}

    def set_value(self, name: str, value) -> None:
        """Show ``value`` in parameter ``name``'s editor (clears its error)."""
        parameter, editor = self.parameters[name], self._editors[name]
        kind = parameter.type
        with QSignalBlocker(editor):
            if kind in ("float", "int"):
                if value is None:
                    editor.setValue(editor.minimum())  # the "left out" value of an optional number
                else:
                    editor.setValue(int(value) if kind == "int" else float(value))
            elif kind == "pair":
                for spin, part in zip(editor.spins, value):
                    with QSignalBlocker(spin):
                        spin.setValue(float(part))
            elif kind == "bool":
                editor.setChecked(bool(value))
            elif kind == "mapping":
                editor.set_values(value or {})
            elif isinstance(editor, QComboBox):
                index = editor.findData("" if value is None and _unset_shown(parameter) else value)
                if index >= 0:
                    editor.setCurrentIndex(index)
                elif editor.isEditable():
                    editor.setCurrentText("" if value is None else str(value))
            else:
                editor.setText("" if value is None else str(value))
        self._fields[name].set_error("")
        self.edited.emit(name)

    def set_values(self, values: dict) -> None:
        for name, value in values.items():
            if name in self.parameters:
                self.set_value(name, value)

    def reset(self) -> None:
        """Every editor back to its declared default."""
        for name, parameter in self.parameters.items():
            default = parameter.default_value()
            if default is None and parameter.type == "enum" and parameter.choices and not _unset_shown(parameter):
                default = parameter.choice_values[0]
            if default is not None or _unset_shown(parameter) or \
                    parameter.type in ("text", "date", "file", "path", "weather", "site"):
                self.set_value(name, default)

    # -- errors -----------------------------------------------------------------
    def set_error(self, name: str, text: str) -> None:
        """Show ``text`` under parameter ``name`` (``""`` clears it); ``mapping.field`` reaches a field."""
        head, _dot, rest = name.partition(".")
        if rest and self.parameters.get(head) is not None and self.parameters[head].type == "mapping":
            self._editors[head].set_error(rest, text)
            if text:
                self.expand(head, True)
            return
        self._fields[name].set_error(text)

    def error(self, name: str) -> str:
        head, _dot, rest = name.partition(".")
        if rest and head in self.parameters and self.parameters[head].type == "mapping":
            return self._editors[head].error(rest)
        return self._fields[name].error

    def clear_errors(self) -> None:
        for name, field in self._fields.items():
            field.set_error("")
            if self.parameters[name].type == "mapping":
                self._editors[name].clear_errors()

    def show_error(self, exc: BaseException) -> bool:
        """Show an InputError under the parameter it names; False when it names none of this form's."""
        if not isinstance(exc, InputError):
            return False
        name = str(exc.params.get("parameter") or "")
        head = name.partition(".")[0]
        if head not in self.parameters:
            return False
        self.set_error(name, message_text(exc))
        return True

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Titles, choice titles and tooltips in the current language."""
        for name, parameter in self.parameters.items():
            editor, label = self._editors[name], self._labels[name]
            tip = tr(parameter.help)
            # the full technical reference where the UI speaks English (the sources are English), the short
            # citation otherwise
            source = parameter.source() if ui_language() == "en" else parameter.source(ui_language())
            if source:
                tip = f"{tip}\n{source}" if tip else source
            title = title_text(parameter)
            label.setText(title)
            label.setToolTip(tip)
            editor.setToolTip(tip)
            if parameter.type == "bool":
                editor.setText(title)
            elif parameter.type == "mapping":
                unit = unit_text(parameter.unit)
                self.toggles[name].setText(f"{title} [{unit}]" if unit else title)
                self.toggles[name].setToolTip(tip)
            elif isinstance(editor, QComboBox):
                choices = {choice[0]: choice for choice in parameter.choices}
                for index in range(editor.count()):
                    value = editor.itemData(index)
                    if value == "" and parameter.default_text:
                        editor.setItemText(index, tr(parameter.default_text))
                    elif value in choices:
                        editor.setItemText(index, choice_title(choices[value]))
            if isinstance(editor, (QDoubleSpinBox, QSpinBox)) and _unset_shown(parameter):
                editor.setSpecialValueText(tr(parameter.default_text))
