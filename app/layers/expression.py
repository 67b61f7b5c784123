"""A small, safe expression language over a layer's fields (select by expression, layer filters).

The language is the part of QGIS's expressions a planner types to pick
features, evaluated on whole columns with numpy/pandas (no Python ``eval``,
no functions, nothing but the layer's own values)::

    "category" = 'factory' AND "is_new" = 1
    "pv_status" IN ('installed', 'verified') OR "pv_area_m2" IS NULL
    "name" LIKE '%连云港%' AND NOT ("height_m" * 3 > 60)

- fields in double quotes (``"pv_area_m2"``; ``""`` inside for a quote), or bare
  when the name is a plain word; text in single quotes (``'it''s'``);
- numbers ``12``, ``0.5``, ``1e3``; ``TRUE``, ``FALSE``, ``NULL``;
- comparison ``= == != <> < <= > >=``, ``[NOT] IN (…)``, ``[NOT] LIKE`` /
  ``ILIKE`` (``%`` any text, ``_`` one character, ``\\`` escapes; ILIKE
  ignores case), ``IS [NOT] NULL``;
- arithmetic ``+ - * / %`` on numbers, ``||`` joins text; ``AND``, ``OR``,
  ``NOT`` and parentheses. Keywords are case-insensitive.

NULL follows SQL (as QGIS does): a comparison or an arithmetic with NULL is
NULL, ``NOT NULL`` is NULL, ``NULL AND FALSE`` is FALSE, ``NULL OR TRUE`` is
TRUE, division by zero is NULL, and a feature is selected only where the
expression is TRUE. ``"x" = NULL`` is therefore never true: write
``"x" IS NULL``.

Errors are :class:`ExpressionError` with a ``code`` and ``params`` (the
position in the text, the field, what was expected), so the UI words them in
its own language and points at the place. Qt-free.

References
----------
QGIS User Guide, "Expressions" (operators, NULL handling), and ISO/IEC 9075
(SQL) three-valued logic for AND/OR/NOT with NULL.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd

from app.core.errors import InputError

#: Keywords (upper case; the text may use any case).
KEYWORDS = ("AND", "OR", "NOT", "IN", "LIKE", "ILIKE", "IS", "NULL", "TRUE", "FALSE")
#: Comparison operators, with their spelling variants.
COMPARISONS = {"=": "=", "==": "=", "!=": "!=", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


class ExpressionError(InputError):
    """An expression that cannot be read or evaluated.

    ``code`` is one of ``"empty"``, ``"syntax"`` (``params``: ``position``,
    ``found``, ``expected``), ``"unterminated"`` (``position``, ``quote``),
    ``"unknown_field"`` (``position``, ``field``, ``suggestion``: a close
    field name or ``""``, ``fields``), ``"unknown_function"`` (``position``,
    ``name``) or ``"type_mismatch"`` (``position``, ``operator``, ``left``,
    ``right``: ``"number"``, ``"text"``, ``"condition"``). ``position`` is the
    0-based offset of the problem in the text; ``expected`` is a key of
    :data:`EXPECTED`.
    """

    @property
    def position(self) -> int | None:
        return self.params.get("position")


#: What a syntax error says was expected: ``params["expected"]`` -> its English words (the UI words the key).
EXPECTED = {
    "token": "a field, a value or an operator",
    "operand": "a field, a value or (",
    "end": "AND, OR, an operator or the end",
    "close_paren": ") to close the (",
    "open_paren_in": "( after IN",
    "in_list": ", or ) to end the IN list",
    "null": "NULL after IS or IS NOT",
}


def _syntax(position: int, found: str, expected: str) -> ExpressionError:
    found_text = "the end" if found == "" else repr(found)
    return ExpressionError(f"expression syntax error at character {position + 1}: expected {EXPECTED[expected]}, "
                           f"got {found_text}", code="syntax",
                           params={"position": position, "found": found, "expected": expected})


# ---------------------------------------------------------------------- tokens
@dataclass(frozen=True)
class Token:
    """One token: ``kind`` is number, text, field, name, keyword, op, ``(``, ``)``, ``,`` or end."""

    kind: str
    value: object
    position: int
    text: str


_NUMBER = re.compile(r"(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?")
_NAME = re.compile(r"[^\W\d]\w*")
_OPERATORS = ("==", "!=", "<>", "<=", ">=", "||", "=", "<", ">", "+", "-", "*", "/", "%")


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, ending with an ``end`` token.

    Raises
    ------
    ExpressionError
        An unterminated text or field name, or a character the language does not use.
    """
    tokens, i, n = [], 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char in "'\"":
            value, end = _quoted(text, i, char)
            tokens.append(Token("text" if char == "'" else "field", value, i, text[i:end]))
            i = end
            continue
        match = _NUMBER.match(text, i)
        if match:
            literal = match.group(0)
            value = float(literal) if any(c in literal for c in ".eE") else int(literal)
            tokens.append(Token("number", value, i, literal))
            i = match.end()
            continue
        match = _NAME.match(text, i)
        if match:
            word = match.group(0)
            kind = "keyword" if word.upper() in KEYWORDS else "name"
            tokens.append(Token(kind, word.upper() if kind == "keyword" else word, i, word))
            i = match.end()
            continue
        operator = next((op for op in _OPERATORS if text.startswith(op, i)), None)
        if operator is not None:
            tokens.append(Token("op", operator, i, operator))
            i += len(operator)
            continue
        if char in "(),":
            tokens.append(Token(char, char, i, char))
            i += 1
            continue
        raise _syntax(i, char, "token")
    tokens.append(Token("end", None, n, ""))
    return tokens


def _quoted(text: str, start: int, quote: str) -> tuple[str, int]:
    """The content of the quoted text at ``start`` (a doubled quote stands for one) and the index after it."""
    parts, i = [], start + 1
    while True:
        end = text.find(quote, i)
        if end < 0:
            what = "text" if quote == "'" else "field name"
            raise ExpressionError(f"expression syntax error at character {start + 1}: the {what} opened here has no "
                                  f"closing {quote}", code="unterminated",
                                  params={"position": start, "quote": quote})
        parts.append(text[i:end])
        if text.startswith(quote * 2, end):
            parts.append(quote)
            i = end + 2
            continue
        return "".join(parts), end + 1


# ---------------------------------------------------------------------- syntax tree
@dataclass(frozen=True)
class Literal:
    value: object  # int, float, str, bool or None (NULL)
    position: int


@dataclass(frozen=True)
class Field:
    name: str
    position: int


@dataclass(frozen=True)
class Unary:
    operator: str  # "-", "+" or "NOT"
    operand: object
    position: int


@dataclass(frozen=True)
class Binary:
    operator: str  # AND OR = != < <= > >= + - * / % ||
    left: object
    right: object
    position: int


@dataclass(frozen=True)
class In:
    operand: object
    items: tuple
    negated: bool
    position: int


@dataclass(frozen=True)
class Like:
    operand: object
    pattern: object
    negated: bool
    ignore_case: bool
    position: int


@dataclass(frozen=True)
class IsNull:
    operand: object
    negated: bool
    position: int


class _Parser:
    """Recursive descent, lowest precedence first: OR, AND, NOT, comparison, + - ||, * / %, unary."""

    def __init__(self, tokens: list[Token], fields: list[str] | None):
        self.tokens, self.index = tokens, 0
        self.fields = fields
        self.used: list[str] = []

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def is_keyword(self, *words) -> bool:
        return self.token.kind == "keyword" and self.token.value in words

    def expect(self, kind: str, expected: str) -> Token:
        if self.token.kind != kind:
            raise _syntax(self.token.position, self.token.text, expected)
        return self.take()

    # grammar -----------------------------------------------------------------
    def parse(self):
        node = self.or_expr()
        if self.token.kind != "end":
            raise _syntax(self.token.position, self.token.text, "end")
        return node

    def or_expr(self):
        return self._chain("OR", self.and_expr)

    def and_expr(self):
        return self._chain("AND", self.not_expr)

    def _chain(self, word: str, operand):
        """``operand (word operand)*``, left-associative."""
        node = operand()
        while self.is_keyword(word):
            token = self.take()
            node = Binary(word, node, operand(), token.position)
        return node

    def not_expr(self):
        if self.is_keyword("NOT"):
            token = self.take()
            return Unary("NOT", self.not_expr(), token.position)
        return self.comparison()

    def comparison(self):
        node = self.additive()
        token = self.token
        if token.kind == "op" and token.value in COMPARISONS:
            self.take()
            return Binary(COMPARISONS[token.value], node, self.additive(), token.position)
        negated = False
        if self.is_keyword("NOT") and self.tokens[self.index + 1].kind == "keyword" \
                and self.tokens[self.index + 1].value in ("IN", "LIKE", "ILIKE"):
            self.take()
            negated = True
        if self.is_keyword("IN"):
            token = self.take()
            self.expect("(", "open_paren_in")
            items = [self.additive()]
            while self.token.kind == ",":
                self.take()
                items.append(self.additive())
            self.expect(")", "in_list")
            return In(node, tuple(items), negated, token.position)
        if self.is_keyword("LIKE", "ILIKE"):
            token = self.take()
            return Like(node, self.additive(), negated, token.value == "ILIKE", token.position)
        if self.is_keyword("IS"):
            token = self.take()
            is_not = False
            if self.is_keyword("NOT"):
                self.take()
                is_not = True
            if not self.is_keyword("NULL"):
                raise _syntax(self.token.position, self.token.text, "null")
            self.take()
            return IsNull(node, is_not, token.position)
        return node

    def additive(self):
        node = self.multiplicative()
        while self.token.kind == "op" and self.token.value in ("+", "-", "||"):
            token = self.take()
            node = Binary(token.value, node, self.multiplicative(), token.position)
        return node

    def multiplicative(self):
        node = self.unary()
        while self.token.kind == "op" and self.token.value in ("*", "/", "%"):
            token = self.take()
            node = Binary(token.value, node, self.unary(), token.position)
        return node

    def unary(self):
        if self.token.kind == "op" and self.token.value in ("-", "+"):
            token = self.take()
            return Unary(token.value, self.unary(), token.position)
        return self.primary()

    def primary(self):
        token = self.token
        if token.kind in ("number", "text"):
            self.take()
            return Literal(token.value, token.position)
        if token.kind == "keyword" and token.value in ("NULL", "TRUE", "FALSE"):
            self.take()
            return Literal({"NULL": None, "TRUE": True, "FALSE": False}[token.value], token.position)
        if token.kind in ("field", "name"):
            self.take()
            if token.kind == "name" and self.token.kind == "(":
                raise ExpressionError(f"expression error at character {token.position + 1}: functions such as "
                                      f"{token.value}() are not part of the language", code="unknown_function",
                                      params={"position": token.position, "name": token.value})
            return Field(self.resolve(token), token.position)
        if token.kind == "(":
            self.take()
            node = self.or_expr()
            self.expect(")", "close_paren")
            return node
        raise _syntax(token.position, token.text, "operand")

    def resolve(self, token: Token) -> str:
        """The layer's name for the field ``token`` names (exact, else the one field equal but for case)."""
        name = str(token.value)
        if self.fields is None or name in self.fields:
            found = name
        else:
            same = [f for f in self.fields if f.lower() == name.lower()]
            if len(same) != 1:
                close = difflib.get_close_matches(name, self.fields, n=1, cutoff=0.75)
                suggestion = close[0] if close else ""
                hint = f"; did you mean \"{suggestion}\"?" if suggestion else \
                    "; text values go in single quotes ('…'), field names in double quotes"
                raise ExpressionError(f"expression error at character {token.position + 1}: the layer has no field "
                                      f"\"{name}\"{hint}", code="unknown_field",
                                      params={"position": token.position, "field": name, "suggestion": suggestion,
                                              "fields": list(self.fields)})
            found = same[0]
        if found not in self.used:
            self.used.append(found)
        return found


# ---------------------------------------------------------------------- values
@dataclass
class _Column:
    """A value per feature: ``kind`` number, text, bool or null; ``null`` marks NULL."""

    kind: str
    data: np.ndarray
    null: np.ndarray


def _field_column(series: pd.Series) -> _Column:
    null = series.isna().to_numpy(dtype=bool)
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return _Column("bool", series.fillna(False).to_numpy(dtype=bool), null)
    if pd.api.types.is_numeric_dtype(dtype):
        return _Column("number", series.to_numpy(dtype=float, na_value=np.nan), null)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        text = series.dt.strftime("%Y-%m-%d %H:%M:%S").str.replace(" 00:00:00", "", regex=False)
        return _Column("text", text.fillna("").to_numpy(dtype=object), null)
    values = series.to_numpy(dtype=object)
    present = values[~null]
    if len(present) and all(isinstance(v, (bool, np.bool_)) for v in present):
        return _Column("bool", np.where(null, False, values).astype(bool), null)
    if len(present) and all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
                            for v in present):
        return _Column("number", np.where(null, np.nan, values).astype(float), null)
    return _Column("text", np.array(["" if n else _as_text(v) for v, n in zip(values, null)], dtype=object), null)


def _as_text(value) -> str:
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _literal_column(value, n: int) -> _Column:
    if value is None:
        return _Column("null", np.zeros(n, dtype=float), np.ones(n, dtype=bool))
    if isinstance(value, bool):
        return _Column("bool", np.full(n, value, dtype=bool), np.zeros(n, dtype=bool))
    if isinstance(value, (int, float)):
        return _Column("number", np.full(n, float(value)), np.zeros(n, dtype=bool))
    return _Column("text", np.full(n, value, dtype=object), np.zeros(n, dtype=bool))


def _kind_word(kind: str) -> str:
    return {"bool": "condition", "null": "NULL"}.get(kind, kind)


def _mismatch(node, operator: str, left: str, right: str) -> ExpressionError:
    return ExpressionError(f"expression error at character {node.position + 1}: {operator} cannot combine "
                           f"{_kind_word(left)} with {_kind_word(right)}", code="type_mismatch",
                           params={"position": node.position, "operator": operator, "left": _kind_word(left),
                                   "right": _kind_word(right)})


def _as_number(column: _Column, node, operator: str, other: str, right_side: bool = False) -> _Column:
    """``column`` as numbers: text fields convert where they hold a number (else NULL), text literals must."""
    if column.kind in ("number", "null"):
        return column
    if column.kind == "bool":
        return _Column("number", column.data.astype(float), column.null)
    if isinstance(node, Literal):
        try:
            number = float(str(node.value))
        except ValueError:
            sides = (other, "text") if right_side else ("text", other)
            raise _mismatch(node, operator, *sides) from None
        return _Column("number", np.full(len(column.data), number), column.null)
    numbers = pd.to_numeric(pd.Series(column.data, dtype=object), errors="coerce").to_numpy(dtype=float)
    return _Column("number", numbers, column.null | np.isnan(numbers))


def _as_condition(column: _Column, node, operator: str) -> _Column:
    if column.kind in ("bool", "null"):
        return _Column("bool", column.data.astype(bool), column.null)
    if column.kind == "number":
        return _Column("bool", column.data != 0, column.null)
    raise _mismatch(node, operator, "text", "condition")


def _kleene_and(a: _Column, b: _Column) -> _Column:
    false_a, false_b = ~a.data & ~a.null, ~b.data & ~b.null
    result_false = false_a | false_b
    null = ~result_false & (a.null | b.null)
    return _Column("bool", ~result_false & ~null, null)


def _kleene_or(a: _Column, b: _Column) -> _Column:
    true_a, true_b = a.data & ~a.null, b.data & ~b.null
    result_true = true_a | true_b
    null = ~result_true & (a.null | b.null)
    return _Column("bool", result_true, null)


def _like_regex(pattern: str, ignore_case: bool) -> re.Pattern:
    parts, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            parts.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
        i += 1
    return re.compile("".join(parts), re.DOTALL | (re.IGNORECASE if ignore_case else 0))


class _Evaluator:
    def __init__(self, frame):
        self.frame = frame
        self.n = len(frame)

    def eval(self, node) -> _Column:
        method = getattr(self, "_" + type(node).__name__.lower())
        return method(node)

    def _literal(self, node: Literal) -> _Column:
        return _literal_column(node.value, self.n)

    def _field(self, node: Field) -> _Column:
        if node.name not in self.frame.columns:
            raise ExpressionError(f"expression error at character {node.position + 1}: the layer has no field "
                                  f"\"{node.name}\"", code="unknown_field",
                                  params={"position": node.position, "field": node.name, "suggestion": "",
                                          "fields": [str(c) for c in self.frame.columns]})
        return _field_column(self.frame[node.name])

    def _unary(self, node: Unary) -> _Column:
        value = self.eval(node.operand)
        if node.operator == "NOT":
            value = _as_condition(value, node.operand, "NOT")
            return _Column("bool", ~value.data, value.null)
        if value.kind == "text" and not isinstance(node.operand, Literal):
            raise _mismatch(node, node.operator, "text", "number")
        value = _as_number(value, node.operand, node.operator, "number")
        return _Column("number", -value.data if node.operator == "-" else value.data, value.null)

    def _binary(self, node: Binary) -> _Column:
        left, right = self.eval(node.left), self.eval(node.right)
        op = node.operator
        if op in ("AND", "OR"):
            a, b = _as_condition(left, node.left, op), _as_condition(right, node.right, op)
            return _kleene_and(a, b) if op == "AND" else _kleene_or(a, b)
        if op == "||":
            data = np.array([_as_text(a) + _as_text(b) for a, b in zip(left.data, right.data)], dtype=object)
            return _Column("text", data, left.null | right.null)
        if op in COMPARISONS.values():
            return self._compare(node, op, left, right)
        # arithmetic: numbers only (text that is a number converts, as in QGIS)
        for side, other in ((left, right), (right, left)):
            if side.kind == "text" and other.kind == "text":
                raise _mismatch(node, op, "text", "text")
        a = _as_number(left, node.left, op, _kind_word(right.kind))
        b = _as_number(right, node.right, op, _kind_word(left.kind), right_side=True)
        null = a.null | b.null
        with np.errstate(divide="ignore", invalid="ignore"):
            if op == "+":
                data = a.data + b.data
            elif op == "-":
                data = a.data - b.data
            elif op == "*":
                data = a.data * b.data
            elif op == "/":
                data = a.data / np.where(b.data == 0, np.nan, b.data)
            else:
                data = np.fmod(a.data, np.where(b.data == 0, np.nan, b.data))
        return _Column("number", data, null | ~np.isfinite(data))

    def _compare(self, node, op: str, left: _Column, right: _Column) -> _Column:
        null = left.null | right.null
        kinds = {left.kind, right.kind}
        if "null" in kinds:
            return _Column("bool", np.zeros(self.n, dtype=bool), np.ones(self.n, dtype=bool))
        if kinds == {"text"}:
            a = np.where(null, "", left.data).astype(object)
            b = np.where(null, "", right.data).astype(object)
        elif kinds == {"bool"}:
            a, b = left.data, right.data
        else:
            if "bool" in kinds and "text" in kinds:
                raise _mismatch(node, op, left.kind, right.kind)
            a = _as_number(left, node.left, op, _kind_word(right.kind))
            b = _as_number(right, node.right, op, _kind_word(left.kind), right_side=True)
            null = a.null | b.null
            a, b = np.where(null, 0.0, a.data), np.where(null, 0.0, b.data)
        result = {"=": np.equal, "!=": np.not_equal, "<": np.less, "<=": np.less_equal, ">": np.greater,
                  ">=": np.greater_equal}[op](a, b)
        return _Column("bool", np.asarray(result, dtype=bool) & ~null, null)

    def _in(self, node: In) -> _Column:
        left = self.eval(node.operand)
        result = _Column("bool", np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=bool))
        for item in node.items:
            equal = self._compare(Binary("=", node.operand, item, node.position), "=", left, self.eval(item))
            result = _kleene_or(result, equal)
        if node.negated:
            return _Column("bool", ~result.data & ~result.null, result.null)
        return result

    def _like(self, node: Like) -> _Column:
        value, pattern = self.eval(node.operand), self.eval(node.pattern)
        word = "ILIKE" if node.ignore_case else "LIKE"
        if pattern.kind not in ("text", "null"):
            raise _mismatch(node, word, value.kind, pattern.kind)
        null = value.null | pattern.null
        texts = np.array([_as_text(v) for v in value.data], dtype=object) if value.kind != "text" else value.data
        if isinstance(node.pattern, Literal):
            regex = _like_regex(str(node.pattern.value), node.ignore_case) if node.pattern.value is not None else None
            matched = np.zeros(self.n, dtype=bool) if regex is None else \
                np.array([bool(regex.fullmatch(t)) for t in texts], dtype=bool)
        else:
            matched = np.array([bool(_like_regex(str(p), node.ignore_case).fullmatch(t)) if not n else False
                                for t, p, n in zip(texts, pattern.data, null)], dtype=bool)
        if node.negated:
            matched = ~matched
        return _Column("bool", matched & ~null, null)

    def _isnull(self, node: IsNull) -> _Column:
        value = self.eval(node.operand)
        is_null = value.null.copy()
        return _Column("bool", ~is_null if node.negated else is_null, np.zeros(self.n, dtype=bool))


# ---------------------------------------------------------------------- the public object
@dataclass(frozen=True)
class Expression:
    """A parsed expression; :meth:`matches` evaluates it on a table.

    Attributes
    ----------
    text : str
        What the user typed.
    fields : tuple of str
        The layer fields it reads, as the layer spells them.
    """

    text: str
    root: object
    fields: tuple

    def matches(self, frame) -> np.ndarray:
        """True for the rows of ``frame`` (a DataFrame or GeoDataFrame) where the expression is TRUE.

        NULL counts as not matching (SQL's WHERE).

        Raises
        ------
        ExpressionError
            A type mismatch (``"type_mismatch"``: e.g. text compared with a
            number that text cannot be read as), a field ``frame`` lacks, or an
            expression that is not a condition.
        """
        result = _Evaluator(frame).eval(self.root)
        if result.kind == "text":
            raise ExpressionError("the expression gives text, not a condition: compare it, e.g. \"name\" = '…'",
                                  code="type_mismatch", params={"position": 0, "operator": "", "left": "text",
                                                                "right": "condition"})
        condition = _as_condition(result, self.root, "")
        return condition.data & ~condition.null

    def matching_ids(self, frame) -> list:
        """Index labels of the rows of ``frame`` that match."""
        return list(frame.index[self.matches(frame)])


def parse(text: str, fields: Iterable[str] | None = None) -> Expression:
    """Read ``text`` as an expression over ``fields`` (None: do not check field names).

    Raises
    ------
    ExpressionError
        Empty text (``"empty"``), a syntax error with its position, a field the
        layer does not have (with the closest name), or a function call.
    """
    if not str(text or "").strip():
        raise ExpressionError("the expression is empty: expected a condition such as \"category\" = 'factory'",
                              code="empty", params={"position": 0})
    parser = _Parser(tokenize(str(text)), None if fields is None else [str(f) for f in fields])
    root = parser.parse()
    return Expression(str(text), root, tuple(parser.used))


def check(text: str, frame) -> Expression:
    """Parse ``text`` against the columns of ``frame`` and evaluate it once, so that type errors show too.

    Returns the parsed expression; raises :class:`ExpressionError` as
    :func:`parse` and :meth:`Expression.matches` do.
    """
    geometry = getattr(frame, "geometry", None)
    geometry_name = getattr(geometry, "name", None) if geometry is not None else None
    expression = parse(text, [c for c in frame.columns if c != geometry_name])
    expression.matches(frame)
    return expression


def quote_field(name: str) -> str:
    """``name`` as the language writes a field: in double quotes, a quote doubled."""
    return '"' + str(name).replace('"', '""') + '"'


def quote_value(value) -> str:
    """``value`` as a literal: text in single quotes, numbers as they are, None as NULL."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "NULL"
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _as_text(value)
    return "'" + str(value).replace("'", "''") + "'"


__all__ = ["Expression", "ExpressionError", "EXPECTED", "parse", "check", "tokenize", "quote_field", "quote_value", "KEYWORDS"]
