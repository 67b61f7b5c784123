"""The expression language of select-by-expression and layer filters (app.layers.expression).

References: the QGIS User Guide's expression operators and SQL three-valued
logic (ISO/IEC 9075) for NULL; each expected selection below is worked out
by hand from the small table.
"""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from app.layers.expression import EXPECTED, ExpressionError, check, parse, quote_field, quote_value, tokenize


@pytest.fixture
def buildings():
    return pd.DataFrame({
        "bld_id": ["B1", "B2", "B3", "B4", "B5"],
        "name": ["连云港市政府", "港口仓库", None, "it's a shed", "海州厂房"],
        "category": ["public_institution", "factory", "factory", "other", "factory"],
        "is_new": [1, 1, 0, 0, 1],
        "pv_area_m2": [120.0, np.nan, 0.0, 35.5, 800.0],
        "height_m": [24.0, 9.0, np.nan, 3.0, 12.0],
    }, index=[10, 11, 12, 13, 14])


def ids(text, frame):
    return parse(text, frame.columns).matching_ids(frame)


@pytest.mark.parametrize("text, expected", [
    ("\"category\" = 'factory'", [11, 12, 14]),
    ("category = 'factory'", [11, 12, 14]),                      # bare field names, as QGIS allows
    ("\"CATEGORY\" = 'factory'", [11, 12, 14]),                  # the one field equal but for case
    ("\"category\" = 'factory' AND \"is_new\" = 1", [11, 14]),
    ("\"category\" = 'factory' and is_new = 1 or bld_id = 'B1'", [10, 11, 14]),  # AND before OR
    ("\"category\" = 'factory' AND (is_new = 1 OR bld_id = 'B1')", [11, 14]),
    ("NOT \"category\" = 'factory'", [10, 13]),
    ("\"category\" <> 'factory'", [10, 13]),
    ("\"category\" != 'factory'", [10, 13]),
    ("\"pv_area_m2\" > 100", [10, 14]),
    ("\"pv_area_m2\" >= 35.5", [10, 13, 14]),
    ("\"pv_area_m2\" < 1e2", [12, 13]),
    ("\"pv_area_m2\" / \"height_m\" > 12", [14]),                # 120/24 = 5, 35.5/3 = 11.8, 800/12 = 66.7
    ("\"pv_area_m2\" / \"height_m\" > 5", [13, 14]),
    ("\"height_m\" * 2 + 1 = 19", [11]),                         # 9 * 2 + 1
    ("-\"height_m\" < -10", [10, 14]),
    ("\"is_new\" % 2 = 1", [10, 11, 14]),
    ("\"bld_id\" || '-' || \"category\" = 'B4-other'", [13]),
    ("\"pv_area_m2\" = '120'", [10]),                            # a text that is a number compares as a number
])
def test_comparison_logic_and_arithmetic(buildings, text, expected):
    assert ids(text, buildings) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"category\" IN ('factory', 'other')", [11, 12, 13, 14]),
    ("\"category\" NOT IN ('factory', 'other')", [10]),
    ("\"is_new\" IN (0)", [12, 13]),
    ("\"height_m\" IN (3, 9)", [11, 13]),
    # SQL: x IN (a, NULL) is NULL where x is not a -> not selected; NOT IN with a NULL selects nothing
    ("\"category\" IN ('factory', NULL)", [11, 12, 14]),
    ("\"category\" NOT IN ('factory', NULL)", []),
])
def test_in(buildings, text, expected):
    assert ids(text, buildings) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"name\" LIKE '%港%'", [10, 11]),
    ("\"name\" LIKE '连云港%'", [10]),
    ("\"name\" LIKE '海州__'", [14]),
    ("\"name\" LIKE '海州_'", []),                               # _ is exactly one character
    ("\"name\" NOT LIKE '%港%'", [13, 14]),                      # NULL name: not selected either way
    ("\"bld_id\" LIKE 'b%'", []),                                # LIKE keeps case
    ("\"bld_id\" ILIKE 'b%'", [10, 11, 12, 13, 14]),
    ("\"name\" LIKE 'it''s%'", [13]),                            # a quote doubled inside text
    ("\"pv_area_m2\" LIKE '35.%'", [13]),                        # numbers are matched as their text
    ("\"bld_id\" LIKE 'B\\%'", []),                              # \% is a literal percent sign
])
def test_like_and_ilike(buildings, text, expected):
    assert ids(text, buildings) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"pv_area_m2\" IS NULL", [11]),
    ("\"pv_area_m2\" IS NOT NULL", [10, 12, 13, 14]),
    ("\"name\" IS NULL", [12]),
    # a comparison with NULL is NULL, never TRUE: = NULL selects nothing (write IS NULL)
    ("\"pv_area_m2\" = NULL", []),
    ("NOT (\"pv_area_m2\" = NULL)", []),
    # B2 has no area: "> 100" is NULL there, so NOT selects only the known small ones
    ("NOT (\"pv_area_m2\" > 100)", [12, 13]),
    # Kleene logic: NULL OR TRUE is TRUE, NULL AND FALSE is FALSE (so NOT of it is TRUE)
    ("\"pv_area_m2\" > 100 OR \"category\" = 'factory'", [10, 11, 12, 14]),
    ("NOT (\"pv_area_m2\" > 100 AND \"category\" = 'other')", [10, 11, 12, 13, 14]),
    ("NOT (\"pv_area_m2\" > 100 AND \"category\" = 'factory')", [10, 12, 13]),
    # arithmetic with NULL is NULL; division by zero is NULL
    ("\"height_m\" + 1 > 0", [10, 11, 13, 14]),
    ("\"pv_area_m2\" / \"pv_area_m2\" = 1", [10, 13, 14]),
    ("(\"pv_area_m2\" / 0) IS NULL", [10, 11, 12, 13, 14]),
])
def test_null_semantics(buildings, text, expected):
    assert ids(text, buildings) == expected


def test_a_geodataframe_and_its_geometry(buildings):
    gdf = gpd.GeoDataFrame(buildings, geometry=[shapely.Point(119 + i / 10, 34.6) for i in range(5)], crs="EPSG:4490")
    expression = check("\"is_new\" = 1", gdf)
    assert expression.fields == ("is_new",)
    assert expression.matching_ids(gdf) == [10, 11, 14]
    with pytest.raises(ExpressionError) as info:  # the geometry is not a field of the language
        check("\"geometry\" IS NULL", gdf)
    assert info.value.code == "unknown_field"


def test_an_empty_layer_still_checks_types():
    empty = pd.DataFrame({"pv_area_m2": pd.Series(dtype=float), "name": pd.Series(dtype=object)})
    assert check("\"pv_area_m2\" > 5 AND \"name\" LIKE 'x%'", empty).matching_ids(empty) == []


@pytest.mark.parametrize("text, position, found", [
    ("\"category\" = ", 13, ""),                      # nothing after =
    ("\"category\" = 'factory' AND", 26, ""),
    ("(\"is_new\" = 1", 13, ""),                       # ( never closed
    ("\"is_new\" = 1)", 12, ")"),
    ("\"is_new\" 1", 9, "1"),
    ("\"is_new\" = = 1", 11, "="),
    ("\"is_new\" IS 1", 12, "1"),
    ("\"is_new\" IN 1", 12, "1"),
    ("\"is_new\" = 1 # 2", 13, "#"),
    ("\"a\" < \"b\" < 1", 10, "<"),                    # comparisons do not chain
])
def test_syntax_errors_name_the_position(text, position, found):
    with pytest.raises(ExpressionError) as info:
        parse(text, ["category", "is_new", "a", "b"])
    error = info.value
    assert error.code == "syntax" and error.params["expected"] in EXPECTED
    assert (error.position, error.params["found"]) == (position, found)
    assert f"character {position + 1}" in str(error)
    assert error.params["expected"]


@pytest.mark.parametrize("text, position, quote", [("\"name\" = 'abc", 9, "'"), ("\"name = 'abc'", 0, '"')])
def test_unterminated_text_or_field_name(text, position, quote):
    with pytest.raises(ExpressionError) as info:
        parse(text, ["name"])
    assert info.value.code == "unterminated"
    assert (info.value.position, info.value.params["quote"]) == (position, quote)


def test_unknown_field_names_the_field_and_a_close_one(buildings):
    with pytest.raises(ExpressionError) as info:
        parse("\"is_new\" = 1 AND \"pv_aera_m2\" > 5", buildings.columns)
    error = info.value
    assert error.code == "unknown_field"
    assert (error.position, error.params["field"], error.params["suggestion"]) == (17, "pv_aera_m2", "pv_area_m2")
    assert 'did you mean "pv_area_m2"' in str(error)
    # a value written in double quotes reads as a field: the message says how to write text
    with pytest.raises(ExpressionError) as info:
        parse("\"category\" = \"factory\"", buildings.columns)
    assert info.value.params["field"] == "factory" and info.value.params["suggestion"] == ""
    assert "single quotes" in str(info.value)


def test_no_functions_and_no_python(buildings):
    with pytest.raises(ExpressionError) as info:
        parse("lower(\"name\") = 'x'", buildings.columns)
    assert info.value.code == "unknown_function" and info.value.params["name"] == "lower"
    # nothing of Python is reachable: attribute access and dunder names are not the language
    for text in ("__import__('os').system('true')", "\"name\".upper() = 'X'", "1; 2", "[1]"):
        with pytest.raises(ExpressionError):
            parse(text, buildings.columns)


@pytest.mark.parametrize("text, operator, left, right", [
    ("\"height_m\" > 'tall'", ">", "number", "text"),     # a text literal that is no number
    ("\"name\" + 1 > 0", "+", "number", "text"),          # text fields convert; a field of names gives NULL...
    ("\"name\" + \"bld_id\" = 'x'", "+", "text", "text"),  # ...but text + text is a type error (use ||)
    ("\"name\" AND \"is_new\" = 1", "AND", "text", "condition"),
    ("'tall' < \"height_m\"", "<", "text", "number"),
    ("\"height_m\" LIKE 3", "LIKE", "number", "number"),
])
def test_type_mismatches(buildings, text, operator, left, right):
    expression = parse(text, buildings.columns)
    if text.startswith("\"name\" + 1"):
        assert expression.matching_ids(buildings) == []  # names are not numbers: NULL, nothing selected
        return
    with pytest.raises(ExpressionError) as info:
        expression.matches(buildings)
    assert info.value.code == "type_mismatch"
    assert info.value.params["operator"] == operator
    assert (info.value.params["left"], info.value.params["right"]) == (left, right)  # in the order written


def test_text_alone_is_not_a_condition(buildings):
    with pytest.raises(ExpressionError) as info:
        check("\"name\"", buildings)
    assert info.value.code == "type_mismatch"


def test_empty_expression():
    with pytest.raises(ExpressionError) as info:
        parse("   ", ["a"])
    assert info.value.code == "empty"


def test_tokens_and_quoting_round_trip():
    kinds = [t.kind for t in tokenize("\"a b\" >= 1.5e3 AND name ILIKE 'x''y'")]
    assert kinds == ["field", "op", "number", "keyword", "name", "keyword", "text", "end"]
    frame = pd.DataFrame({'say "hi"': ["it's", None, "x"], "n": [1.0, 2.5, np.nan]})
    field, value = quote_field('say "hi"'), quote_value("it's")
    text = f"{field} = {value} OR {quote_field('n')} = {quote_value(2.5)}"
    assert parse(text, frame.columns).matching_ids(frame) == [0, 1]
    assert quote_value(None) == "NULL" and quote_value(3.0) == "3" and quote_value(True) == "TRUE"


def test_object_columns_of_numbers_and_booleans():
    frame = pd.DataFrame({"mw": pd.Series([5, None, 7.5], dtype=object),
                          "flag": pd.Series([True, False, None], dtype=object)})
    assert ids("\"mw\" > 6", frame) == [2]
    assert ids("\"flag\"", frame) == [0]
    assert ids("\"flag\" = FALSE", frame) == [1]
    assert ids("NOT \"flag\"", frame) == [1]


def test_a_hundred_thousand_features_are_evaluated_on_whole_columns():
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({"category": rng.choice(["factory", "other"], 100_000),
                          "area": rng.uniform(0, 1000, 100_000)})
    matched = parse("\"category\" = 'factory' AND \"area\" > 500", frame.columns).matches(frame)
    expected = (frame["category"] == "factory").to_numpy() & (frame["area"] > 500).to_numpy()
    assert np.array_equal(matched, expected)
