"""What an import did to the user's fields, kept with the layer so an export can undo it.

An import maps the columns of the user's file onto the layer's schema
(``类别`` -> ``category``) and their coded values onto the schema's codes
(``厂房`` -> ``factory``). The :class:`ImportMapping` records both, per layer,
in the project file (the ``layers`` record of ``project_meta``). An export
"as imported" (:func:`app.export.vector.export_values`) reverses it for the
fields that came from the file: the user gets back the field names and
values of their own file (a GBK Shapefile in with ``类别 = 厂房`` comes out
with ``类别 = 厂房``), while fields the app added (audit, potential) keep
the schema's names and codes. Qt-free.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class ImportMapping:
    """The field and value mapping of the imports into one layer.

    Attributes
    ----------
    source : str
        The file of the last import (name only).
    fields : dict
        Schema field -> the column of the user's file it came from.
    values : dict
        Schema field -> ``{stored code: the file's value}`` for coded fields
        (codes as text: ``"factory"``, ``"1"``).
    """

    source: str = ""
    fields: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"source": self.source, "fields": dict(self.fields),
                "values": {k: dict(v) for k, v in self.values.items()}}

    @classmethod
    def from_dict(cls, data) -> "ImportMapping | None":
        """The mapping stored in a project file; None for anything that is not one (an old or damaged entry)."""
        if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
            return None
        fields = {str(k): str(v) for k, v in data["fields"].items() if isinstance(v, str) and v}
        values = {str(k): {str(code): raw for code, raw in v.items()}
                  for k, v in (data.get("values") or {}).items() if isinstance(v, dict)}
        return cls(str(data.get("source") or ""), fields, values)

    @classmethod
    def from_import(cls, source: str, mapping: dict, raw: pd.DataFrame, codes: dict) -> "ImportMapping":
        """The mapping of one import.

        Parameters
        ----------
        source : str
            The file's name.
        mapping : dict
            Schema field -> the file's column (None: not in the file).
        raw : DataFrame
            The file as read (its own columns).
        codes : dict
            Schema field -> the stored codes of its rows, in the order of
            ``raw`` (only for coded fields), to pair each code with the value
            the file wrote for it (the most frequent one).
        """
        fields = {target: str(column) for target, column in mapping.items() if column is not None}
        values = {}
        for target, stored in codes.items():
            column = fields.get(target)
            if column is None or column not in raw.columns:
                continue
            pairs = Counter((_code_key(code), raw_value) for code, raw_value in zip(stored, raw[column].tolist())
                            if _code_key(code) is not None and not _missing(raw_value))
            chosen: dict = {}
            for (code, raw_value), _count in pairs.most_common():
                chosen.setdefault(code, raw_value.item() if hasattr(raw_value, "item") else raw_value)
            if chosen:
                values[target] = chosen
        return cls(source, fields, values)

    def merged(self, newer: "ImportMapping") -> "ImportMapping":
        """This mapping updated by a later import (append/update): its fields and values win."""
        values = {k: dict(v) for k, v in self.values.items()}
        for target, pairs in newer.values.items():
            values.setdefault(target, {}).update(pairs)
        return ImportMapping(newer.source or self.source, {**self.fields, **newer.fields}, values)

    def restore(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` with the fields from the file under their own names and with their own values.

        Fields the file did not have keep the schema's names and codes; a
        restored name that another column already uses keeps the schema name.
        """
        out = frame.copy()
        renames = {}
        taken = set(map(str, out.columns))
        for target, column in self.fields.items():
            if target not in out.columns:
                continue
            pairs = self.values.get(target)
            if pairs:
                out[target] = pd.Series([pairs.get(_code_key(v), v) if not _missing(v) else v for v in out[target]],
                                        index=out.index, dtype=object)
            if column != target and column not in taken:
                renames[target] = column
                taken.add(column)
        return out.rename(columns=renames)


def _missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # an array-like cell
        return False


def _code_key(code) -> str | None:
    """A stored code as the text the mapping keys it by (1, 1.0 and "1" are one key)."""
    if _missing(code):
        return None
    if isinstance(code, float) and code.is_integer():
        return str(int(code))
    return str(code)


__all__ = ["ImportMapping"]
