"""Refresh the Chinese translation of the algorithms' declared texts: registry -> keep -> lrelease.

Run from anywhere with the project's venv::

    .venv/bin/python resources/i18n/update_algorithm_translations.py

The forms of :mod:`app.ui.algorithm_form` show each algorithm's title and each
parameter's title, help and choice titles through
``QCoreApplication.translate("Algorithm", text)``. Those texts are declared in
the Qt-free core (:mod:`app.core.algorithm` objects in ``app/*/algorithms.py``),
so this script reads them from the registry (:func:`app.core.algorithm.algorithms`) into
``algorithms_zh_CN.ts`` (context ``Algorithm``) and compiles the ``.qm``.
(The texts are marked ``QT_TRANSLATE_NOOP("Algorithm", ...)``, so a
``pyside6-lupdate`` run over ``app/`` finds the same texts.) A title taken from
an assumption (``default_from``) is not here: the forms show the assumption's
own ``title_zh``/``title_en``.

Translations live in the ``.ts`` (edit them there, or in Qt Linguist); every
run keeps the translation of each source still declared. A new source comes
out ``unfinished`` and the run exits 1 after listing it (``tests/gui/test_algorithm_form.py`` checks the file holds
exactly the declared texts, all translated).
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
CONTEXT = "Algorithm"
TS = HERE / "algorithms_zh_CN.ts"
QM = ROOT / "app" / "resources" / "i18n" / "algorithms_zh_CN.qm"
#: Texts of the form itself (app/ui/algorithm_form.py) translated in the same context.
FORM_TEXTS = ("All files",)


def declared_texts() -> list[str]:
    """Every translatable text of the registered algorithms (the ``QT_TRANSLATE_NOOP("Algorithm", ...)`` texts).

    Titles taken from an assumption are left out: the forms show the
    assumption's own ``title_zh``/``title_en``.
    """
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.core import assumptions
    from app.core.algorithm import algorithms

    texts: dict[str, None] = {}

    def add_parameter(parameter) -> None:
        key = parameter.default_from[0] if isinstance(parameter.default_from, tuple) else parameter.default_from
        if not (key and assumptions.get(key).title_en == parameter.title):
            texts[parameter.title] = None
        texts.update({text: None for text in (parameter.help, *(title for _v, title in parameter.choices)) if text})
        for field in parameter.fields:
            add_parameter(field)

    for algorithm in algorithms().values():
        texts[algorithm.title] = None
        for parameter in algorithm.parameters:
            add_parameter(parameter)
    texts.update({text: None for text in FORM_TEXTS})
    return list(texts)


def kept_translations() -> dict[str, str]:
    if not TS.exists():
        return {}
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            out[message.findtext("source")] = translation.text
    return out


def main() -> int:
    texts = declared_texts()
    kept = kept_translations()
    root = ET.Element("TS", version="2.1", language="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = []
    for source in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = kept.get(source)
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
            unfinished.append(source)
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    print(f"{TS.name}: {len(texts)} texts ({len(unfinished)} unfinished)")
    if unfinished:
        print("  untranslated:", *unfinished, sep="\n    ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
