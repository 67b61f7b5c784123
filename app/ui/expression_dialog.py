"""Select by expression (Edit → Select by expression…, Ctrl+F3) and the expression editor it shares with layer filters.

:class:`ExpressionEditor` is the input of :mod:`app.layers.expression`: the
layer's fields and their values to click into the text, operator buttons,
and a line under the input that says, while typing, either how many
features match or what is wrong and where (the character, the unknown field
and the field meant). :class:`SelectByExpressionDialog` applies it to the
layer's selection as a new selection, added to it, removed from it, or
within it; an expression with an error changes nothing.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.layers.display import vocabulary_for
from app.layers.expression import Expression, ExpressionError, parse, quote_field, quote_value
from app.ui.i18n import Retranslating, layer_display_title, translate, ui_language

#: Most distinct values listed for a field [-].
MAX_VALUES = 200
#: Operators offered as buttons: (label, text inserted).
OPERATORS = (("=", " = "), ("<>", " <> "), ("<", " < "), (">", " > "), ("<=", " <= "), (">=", " >= "),
             ("AND", " AND "), ("OR", " OR "), ("NOT", "NOT "), ("IN", " IN ("), ("LIKE", " LIKE '%"),
             ("IS NULL", " IS NULL"), ("(", "("), (")", ")"))


def expression_error_text(error: ExpressionError) -> str:
    """What is wrong with an expression, in the UI language, from the error's code and parameters."""
    params = error.params
    at = int(params.get("position") or 0) + 1
    if error.code == "empty":
        return translate("ExpressionEditor", "Type an expression, e.g. \"category\" = 'factory'.")
    if error.code == "syntax":
        expected = {
            "token": translate("ExpressionEditor", "a field, a value or an operator"),
            "operand": translate("ExpressionEditor", "a field, a value or ("),
            "end": translate("ExpressionEditor", "AND, OR, an operator or the end"),
            "close_paren": translate("ExpressionEditor", ") to close the ("),
            "open_paren_in": translate("ExpressionEditor", "( after IN"),
            "in_list": translate("ExpressionEditor", ", or ) to end the IN list"),
            "null": translate("ExpressionEditor", "NULL after IS or IS NOT"),
        }.get(params.get("expected"), str(params.get("expected")))
        found = params.get("found") or translate("ExpressionEditor", "the end")
        return translate("ExpressionEditor", "Syntax error at character {at}: expected {expected}, found {found}.") \
            .format(at=at, expected=expected, found=found)
    if error.code == "unterminated":
        if params.get("quote") == "'":
            return translate("ExpressionEditor", "The text opened with ' at character {at} is not closed.").format(at=at)
        return translate("ExpressionEditor", "The field name opened with \" at character {at} is not closed.") \
            .format(at=at)
    if error.code == "unknown_field":
        sep = "" if ui_language() == "zh" else " "  # Chinese sentences follow one another without a space
        text = translate("ExpressionEditor", "This layer has no field \"{field}\" (character {at}).").format(
            field=params.get("field"), at=at)
        if params.get("suggestion"):
            return text + sep + translate("ExpressionEditor", "Did you mean \"{field}\"?").format(
                field=params["suggestion"])
        return text + sep + translate("ExpressionEditor", "Text values go in single quotes ('…'), field names in "
                                                          "double quotes (\"…\").")
    if error.code == "unknown_function":
        return translate("ExpressionEditor", "Functions such as {name}() are not supported (character {at}).").format(
            name=params.get("name"), at=at)
    if error.code == "type_mismatch":
        kinds = {"number": translate("ExpressionEditor", "a number"), "text": translate("ExpressionEditor", "text"),
                 "condition": translate("ExpressionEditor", "a condition"), "NULL": "NULL"}
        if not params.get("operator"):
            return translate("ExpressionEditor", "The expression gives text, not a condition: compare it, e.g. "
                                                 "\"name\" = '…'.")
        return translate("ExpressionEditor", "Character {at}: {operator} cannot combine {left} with {right}.").format(
            at=at, operator=params.get("operator"), left=kinds.get(params.get("left"), params.get("left")),
            right=kinds.get(params.get("right"), params.get("right")))
    return str(error)


class ExpressionEditor(Retranslating, QWidget):
    """Fields, values, operators and the expression input with its message line.

    Signals
    -------
    validity_changed(bool)
        After each check of the text (True: it can be used).
    """

    validity_changed = Signal(bool)

    def __init__(self, layer, parent=None, text: str = ""):
        super().__init__(parent)
        self.setObjectName("expression_editor")
        self.layer = layer
        self.input = QPlainTextEdit()
        self.input.setObjectName("expression_input")
        self.input.setPlainText(text)
        self.input.setTabChangesFocus(True)
        self.input.setMinimumHeight(64)
        self.input.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setObjectName("expression_message")
        self.message.setWordWrap(True)
        self.fields_label, self.values_label = QLabel(), QLabel()
        self.fields_list = QListWidget()
        self.fields_list.setObjectName("expression_fields")
        for name in layer.fields:
            self.fields_list.addItem(QListWidgetItem(name))
        self.fields_list.currentTextChanged.connect(self.show_values)
        self.fields_list.itemDoubleClicked.connect(lambda item: self.insert(quote_field(item.text())))
        self.values_list = QListWidget()
        self.values_list.setObjectName("expression_values")
        self.values_list.itemDoubleClicked.connect(lambda item: self.insert(item.data(Qt.ItemDataRole.UserRole)))
        self.operator_buttons = []
        operators = QGridLayout()
        for i, (label, inserted) in enumerate(OPERATORS):
            button = QPushButton(label)
            button.setObjectName(f"operator_{label}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda checked=False, t=inserted: self.insert(t))
            operators.addWidget(button, i // 7, i % 7)
            self.operator_buttons.append(button)
        lists = QGridLayout()
        lists.addWidget(self.fields_label, 0, 0)
        lists.addWidget(self.values_label, 0, 1)
        lists.addWidget(self.fields_list, 1, 0)
        lists.addWidget(self.values_list, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(lists, 1)
        layout.addLayout(operators)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.validate)
        self.input.textChanged.connect(self._timer.start)
        self.expression: Expression | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.fields_label.setText(self.tr("Fields (double-click to insert)"))
        self.values_label.setText(self.tr("Values of the field"))
        self.input.setPlaceholderText(self.tr("e.g. \"category\" = 'factory' AND \"is_new\" = 1"))
        if self.fields_list.currentItem() is not None:
            self.show_values(self.fields_list.currentItem().text())
        if self.text().strip():
            self.validate()

    def text(self) -> str:
        return self.input.toPlainText()

    def set_text(self, text: str) -> None:
        self.input.setPlainText(text)
        self.validate()

    def insert(self, text: str) -> None:
        self.input.insertPlainText(text)
        self.input.setFocus()

    def show_values(self, field: str) -> None:
        """List the distinct values of ``field`` (labels of coded values beside them) to insert."""
        self.values_list.clear()
        if not field or field not in self.layer.gdf.columns:
            return
        column = self.layer.gdf[field]
        values = list(column.dropna().unique())
        vocabulary = vocabulary_for(self.layer.name, field)
        order = {code: i for i, code in enumerate(vocabulary or ())}
        values.sort(key=lambda v: (order.get(v, len(order)), str(v)))
        for value in values[:MAX_VALUES]:
            literal = quote_value(value.item() if hasattr(value, "item") else value)
            shown = literal
            if vocabulary is not None and value in vocabulary:
                shown = f"{literal} — {vocabulary.label(value, ui_language())}"
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, literal)
            self.values_list.addItem(item)
        if column.isna().any():
            item = QListWidgetItem("NULL")
            item.setData(Qt.ItemDataRole.UserRole, "NULL")
            self.values_list.addItem(item)

    def validate(self) -> Expression | None:
        """Check the text against the layer; say under the input what is wrong or how many features match.

        Returns the expression, or None (the message names the character or the field).
        """
        self._timer.stop()
        try:
            expression = parse(self.text(), self.layer.fields)
            matched = int((expression.matches(self.layer.gdf) & self.layer.shown_mask()).sum())
        except ExpressionError as exc:
            self.expression = None
            self.message.setStyleSheet("color: #b2182b")
            self.message.setText(expression_error_text(exc))
            if exc.code != "empty" and exc.position is not None:
                cursor = self.input.textCursor()
                cursor.setPosition(min(exc.position, len(self.text())), QTextCursor.MoveMode.MoveAnchor)
                self.input.setTextCursor(cursor)
            self.validity_changed.emit(False)
            return None
        self.expression = expression
        self.message.setStyleSheet("color: #1a7837")
        self.message.setText(self.tr("Valid: {n} of {total} features match").format(
            n=f"{matched:,}", total=f"{self.layer.shown_count:,}"))
        self.validity_changed.emit(True)
        return expression


#: Selection modes: key -> how the matching features change the selection.
MODES = ("new", "add", "remove", "within")


class SelectByExpressionDialog(Retranslating, QDialog):
    """Select the features of a layer that match an expression (non-modal, as QGIS's)."""

    def __init__(self, window, layer):
        super().__init__(window)
        self.setObjectName("select_by_expression_dialog")
        self.window_ref = window
        self.layer = layer
        self.editor = ExpressionEditor(layer, self)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("selection_mode")
        self.mode_label = QLabel()
        self.select_button = QPushButton()
        self.select_button.setObjectName("select_features")
        self.select_button.setDefault(True)
        self.select_button.clicked.connect(self.select)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.select_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.mode_label)
        row.addWidget(self.mode_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Select by expression — {layer}").format(layer=layer_display_title(self.layer)))
        self.mode_label.setText(self.tr("Selection"))
        current = self.mode_combo.currentData()
        self.mode_combo.clear()
        for key, text in zip(MODES, (self.tr("Create a new selection"), self.tr("Add to the current selection"),
                                     self.tr("Remove from the current selection"),
                                     self.tr("Select within the current selection"))):
            self.mode_combo.addItem(text, key)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(current)))
        self.select_button.setText(self.tr("Select features"))

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def select(self) -> set | None:
        """Apply the expression to the selection; None (selection unchanged) when it has an error."""
        expression = self.editor.validate()
        if expression is None:
            return None
        gdf = self.layer.gdf
        matching = set(gdf.index[expression.matches(gdf) & self.layer.shown_mask()])
        current = set(self.layer.selection)
        mode = self.mode_combo.currentData()
        chosen = {"new": matching, "add": current | matching, "remove": current - matching,
                  "within": current & matching}[mode]
        self.layer.select(chosen)
        status = getattr(self.window_ref, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("{n} features selected in {layer}").format(
                n=f"{len(chosen):,}", layer=layer_display_title(self.layer)), 6000)
        return chosen


__all__ = ["ExpressionEditor", "SelectByExpressionDialog", "expression_error_text", "MODES"]
