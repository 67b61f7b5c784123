"""Is a text in the language it should be? The checks of the translation-completeness tests.

:func:`english_in_chinese` finds what a Chinese reader would see as
untranslated: an English word, or a code name (a vocabulary code such as
``public_institution``, a field code such as ``pv_status``, an assumption
key). What may stay in Latin letters in Chinese text: acronyms and symbols
(``GB``, ``NREL``, ``EPSG:4490``, ``m²``), units, and the proper names of
standards, authors, software and models that Chinese technical writing keeps
as they are (``PVWatts``, ``Dobos``, ``PyWake``). Data values (the project's
title, sample names, file paths, the user's login) are passed in and removed
first.

:func:`chinese_in_english` finds Chinese characters in English text outside
data values (sample names, county names in data columns) and the sample-data
marker 示例数据 that DESIGN.md asks every label of generated data to carry.
"""
from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: A Latin token (letters, digits, inner - ' . and _ as in a code name or "et al.").
TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9_'’\-]*")  # Latin letters, not × or ÷
#: A file path or URL: data, not wording.
PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.\-\u4e00-\u9fff]+){2,}|https?://\S+|postgresql://\S+")

#: A keyboard shortcut (Ctrl+Shift+S, Ctrl+F3): written the same in every language, as Qt shows it.
SHORTCUT = re.compile(r"(?:(?:Ctrl|Alt|Shift|Meta)\+)+(?:F\d{1,2}|Del|Esc|[A-Za-z0-9+\-=])")
#: A file name extension (.shp, 报告.pdf) and a colour (#bdbdbd): data, not wording.
EXTENSION = re.compile(r"\.(?:shp|gpkg|geojson|kml|kmz|csv|pdf|png|xlsx|zip|json|epw|tif|tiff|txt)\b", re.IGNORECASE)
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
#: Column names a file must have (the weather and turbine files' formats): the user writes them as they are.
FILE_COLUMNS = {"ghi", "dni", "dhi", "temp_air", "wind_speed", "wind_speed_ms", "power_kw", "ct"}
#: A citation of a Chinese source in English text: a title in 《》, a quote in “” or 「」 (kept in its language).
#: A Chinese document number (国能新能〔2016〕394号, 国务院令第257号) and a standard's number with its Chinese title
#: (GB 50207-2012 屋面工程质量验收规范) are citations too, as is the issuing body before a title (国家能源局综合司《…》).
CITATION = re.compile(r"(?:[\u4e00-\u9fff]+\s?)?《[^》]*》|“[^”]*”|「[^」]*」|[\u4e00-\u9fff]*〔\d{4}〕\d+号|[\u4e00-\u9fff]*第\d+号"
                      r"|(?:GB|GB/T|JGJ|JGJ/T)\s?\d+(?:\.\d+)?-\d{4}\s*[\u4e00-\u9fff]+")

#: Units and symbols written in Latin letters in Chinese text too.
UNITS = {"m", "km", "mm", "kg", "kWh", "MWh", "GWh", "kW", "kWp", "MW", "MWp", "GW", "GB", "MB", "kB", "h", "s",
         "t", "W", "Wh", "Pa", "hPa", "K", "D", "px", "dpi", "DPI", "E", "N", "x", "k", "z0",
         "tCO", "kgCO", "TI", "Ct", "A", "rpm", "pt", "TEU", "e", "g", "ha", "m2", "km2", "v"}
#: Proper names kept in Latin letters in Chinese technical text: formats, standards, organisations,
#: software, models, authors of the cited papers, places in their international names.
PROPER = {
    # formats, systems, software
    "GeoPackage", "Shapefile", "GeoJSON", "GeoTIFF", "KML", "KMZ", "CSV", "XLSX", "PDF", "PNG", "Excel", "QGIS",
    "PostGIS", "PostgreSQL", "SQLite", "GDAL", "ogr2ogr", "gdalwarp", "ogrinfo", "Dask", "pvlib", "windpowerlib",
    "PyWake", "PVWatts", "PVGIS", "EPW", "TMY", "TMY3", "CSWD", "EPSG", "CGCS2000", "WGS84", "GCJ", "BD", "UTF",
    "GBK", "GB18030", "BOM", "DTU", "RWT", "Qt", "OpenEnergy", "TurbOPark", "Jensen", "NOJ", "Bastankhah", "Niayifar",
    "Weibull", "Erbs", "SAPM", "LYG", "WQY", "WenQuanYi", "Google", "Earth", "AMap", "Tencent", "Baidu", "ArcGIS",
    "MapInfo", "OGC", "RFC", "ITRPV", "WAsP", "Windows", "Linux",
    # organisations, standards
    "NREL", "ATB", "IRENA", "IEC", "WMO", "WMO-No", "ISO", "GB", "JGJ", "IFC", "PIANC", "WG", "NEA", "MEE", "NBS",
    # authors of cited papers
    "Dobos", "Gagnon", "Manwell", "Brower", "Carroll", "Wieringa", "Hansen", "Peña", "Pena", "Sørensen", "Larsen",
    "Doodson", "Pugh", "Woodworth", "Neill", "Hashemi", "Barthelmie", "Nygaard", "Katic", "King", "Bak",
    "Porté-Agel", "et", "al",
    # turbine types of the demo (windpowerlib names)
    "E-126", "V164", "V126", "DTU-10MW-RWT", "MySE",
}
#: Code names that must never be shown to a Chinese reader (besides any token with an underscore).
CODE_NAMES = set()


def _code_names() -> set[str]:
    global CODE_NAMES
    if not CODE_NAMES:
        from app.core import vocabulary
        from app.core.assumptions import all_assumptions

        names = set()
        for value in vars(vocabulary).values():
            if isinstance(value, vocabulary.Vocabulary):
                names |= set(value)
        names |= {key.split(".", 1)[1] for key in all_assumptions()}
        CODE_NAMES = {n for n in names if n.isascii()}
    return CODE_NAMES


def _strip(text: str, data) -> str:
    for value in sorted({str(v) for v in data if v}, key=len, reverse=True):
        text = text.replace(value, " ")
    for pattern in (PATH, SHORTCUT, EXTENSION, COLOUR):
        text = pattern.sub(" ", text)
    return text


def english_in_chinese(text: str, data=()) -> list[str]:
    """The English words and code names in ``text`` (a Chinese UI string or report text), [] when none."""
    codes = _code_names()
    found = []
    for token in TOKEN.findall(_strip(str(text), data)):
        word = token.strip("'’-")
        if word in FILE_COLUMNS:
            continue
        if "_" in word or word in codes and word not in UNITS | PROPER:
            found.append(word)  # a code name
        elif word in UNITS or word in PROPER:
            continue
        elif re.fullmatch(r"[A-Z0-9\-]+", word) and len(word) <= 8:
            continue  # an acronym, a standard's number (GB, NREL, CS-01, S320703-0010)
        elif re.fullmatch(r"[A-Za-z]{1,2}\d[\w\-]*", word):
            continue  # M2, S2, E-126/4200-like type and tide names
        else:
            found.append(word)
    return found


#: The sample-data marker every label of generated data carries, in either language (DESIGN.md).
SAMPLE_MARK = "示例数据"


def chinese_in_english(text: str, data=()) -> list[str]:
    """The Chinese in ``text`` (an English UI string or report text) outside data values and the sample marker.

    A run of Chinese characters is data when it is part of a data value (a table
    cell may wrap a sample name over lines, or a column may fall between its parts).
    """
    values = [re.sub(r"\s+", "", str(v)) for v in list(data) + [SAMPLE_MARK]]
    text = CITATION.sub(" ", _strip(str(text), ()))
    return [run for run in HAN.findall(text) if not any(run in value for value in values)]


__all__ = ["english_in_chinese", "chinese_in_english", "UNITS", "PROPER", "SAMPLE_MARK"]
