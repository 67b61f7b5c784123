"""How the project's fields and coded values look to a user: words in the UI's or report's language.

Layers store codes (``category = factory``, ``pv_status = installed``;
CONTRACT.md); identify, the attribute table, its filter, the legend, exports
"with labels" and reports show the words (厂房, 已安装 / factory, installed)
from :mod:`app.core.vocabulary`, and field names as titles (光伏状态 / PV
status). Editing goes the other way: a word typed or chosen is stored as its
code (:func:`code_for`). Qt-free.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from app.core.vocabulary import FIELD_VOCABULARIES, FIELDS, Term, Vocabulary, field_title
from app.layers.model import SAMPLE_FIELD, SAMPLE_NOTICE

#: Yes/no fields stored as 1/0 (``is_new``).
YES_NO = Vocabulary("yes or no", (Term("1", "是", "yes"), Term("0", "否", "no")))


@lru_cache(maxsize=1)
def _county_names() -> Vocabulary:
    """The six counties by adcode, as their names (a building's ``county`` is its county's adcode)."""
    from app.layers.boundaries import COUNTIES

    return Vocabulary("county", tuple(Term(c.adcode, c.name_zh, c.name_en) for c in COUNTIES))


@lru_cache(maxsize=1)
def _rule_titles() -> Vocabulary:
    """The rules of the shipped rule set by id, as their titles (the legend of the excluded areas)."""
    from app.siting.constraints import default_ruleset

    return Vocabulary("rule", tuple(Term(rule.id, rule.title("zh"), rule.title("en"))
                                    for rule in default_ruleset().rules))


#: The coded fields of the standard layers: (layer, field) -> its vocabulary (the vocabulary's list, ``is_new``),
#: or a function building it from the project's data files on first use (counties, rules).
CODED_FIELDS = {**FIELD_VOCABULARIES, ("buildings", "is_new"): YES_NO,
                ("buildings", "county"): _county_names, ("candidate_sites", "county_adcode"): _county_names,
                ("excluded_areas", "rule_id"): _rule_titles}


#: The sample flag of generated features (any layer): its bilingual stored value shown as one word.
SAMPLE_FLAG = Vocabulary("sample flag", (Term(SAMPLE_NOTICE, "示例数据", "sample data"),))


def vocabulary_for(layer_name: str, field: str) -> Vocabulary | None:
    """The vocabulary of ``field`` in standard layer ``layer_name``; None for a free field."""
    if field == SAMPLE_FIELD:  # any layer's
        return SAMPLE_FLAG
    found = CODED_FIELDS.get((layer_name, field))
    return found() if callable(found) else found


def _code_text(value) -> str | None:
    """A stored value as the text of its code (1.0 and 1 -> "1"); None when missing."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, (bool, np.bool_)):
        return "1" if value else "0"
    if isinstance(value, (int, float, np.integer, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def value_text(layer_name: str, field: str, value, lang: str) -> str | None:
    """The word for ``value`` of a coded field in ``lang``; None when the field is free or the value unknown."""
    vocabulary = vocabulary_for(layer_name, field)
    code = _code_text(value) if vocabulary is not None else None
    if code is None or code not in vocabulary.terms:
        return None
    return vocabulary.label(code, lang)


def value_labels(layer_name: str, field: str, values, lang: str) -> np.ndarray | None:
    """``values`` of a coded field as words (unknown codes kept as they are); None for a free field."""
    vocabulary = vocabulary_for(layer_name, field)
    if vocabulary is None:
        return None
    labels = vocabulary.labels(lang)
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        code = _code_text(value)
        out[i] = None if code is None else labels.get(code, value)
    return out


def code_for(layer_name: str, field: str, text):
    """The stored code for ``text`` typed or chosen in a coded field (a code or a label in either language).

    A free field, or text that is no code and no label, is returned as it is
    (the layer's own checks then say what is wrong).
    """
    vocabulary = vocabulary_for(layer_name, field)
    if vocabulary is None:
        return text
    code = vocabulary.code_for(text)
    if code is None:
        return text
    return int(code) if vocabulary is YES_NO else code


def labelled_frame(frame: pd.DataFrame, layer_name: str, lang: str) -> pd.DataFrame:
    """A copy of ``frame`` whose coded fields hold their words in ``lang`` (column names unchanged)."""
    out = frame.copy()
    for column in out.columns:
        labels = value_labels(layer_name, column, out[column].to_numpy(), lang)
        if labels is not None:
            out[column] = pd.Series(labels, index=out.index, dtype=object)
    return out


def titled_columns(columns, lang: str) -> dict[str, str]:
    """Column name -> its title in ``lang`` (the user's own fields keep their names), made unique."""
    titles, used = {}, set()
    for column in columns:
        title = field_title(column, lang) if column in FIELDS.terms else str(column)
        while title in used:  # two fields with one title (roof area of the schema and of the potential)
            title = f"{title} ({column})"
        used.add(title)
        titles[column] = title
    return titles


__all__ = ["YES_NO", "CODED_FIELDS", "vocabulary_for", "value_text", "value_labels", "code_for", "labelled_frame",
           "titled_columns", "field_title"]

