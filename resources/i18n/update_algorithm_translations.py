"""Refresh the Chinese translation of the algorithms' declared texts: registry -> keep -> lrelease.

Run from anywhere with the project's venv::

    .venv/bin/python resources/i18n/update_algorithm_translations.py

The forms of :mod:`app.ui.algorithm_form` show each algorithm's title and each
parameter's title, help and choice titles through
``QCoreApplication.translate("Algorithm", text)``. Those texts are declared in
the Qt-free core (:mod:`app.core.algorithm` objects in ``app/*/algorithms.py``),
where lupdate sees no ``tr()`` call, so this script reads them from the
registry (:func:`app.core.algorithm.algorithms`) into
``algorithms_zh_CN.ts`` (context ``Algorithm``) and compiles the ``.qm``.

Translations live in the ``.ts`` (edit them there, or in Qt Linguist); every
run keeps the translation of each source still declared. A title taken from an
assumption (``default_from``) is seeded with the assumption's ``title_zh``.
A new source without either comes out ``unfinished`` and the run exits 1
after listing it (``tests/gui/test_algorithm_form.py`` checks the file holds
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


def declared_texts() -> dict[str, str]:
    """Every translatable text of the registered algorithms -> a seed translation ('' when none)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app.core import assumptions
    from app.core.algorithm import algorithms

    texts: dict[str, str] = {}

    def add(text: str, seed: str = "") -> None:
        if text and (text not in texts or (seed and not texts[text])):
            texts[text] = seed

    def add_parameter(parameter) -> None:
        seed = ""
        key = parameter.default_from[0] if isinstance(parameter.default_from, tuple) else parameter.default_from
        if key and assumptions.get(key).title_en == parameter.title:
            seed = assumptions.get(key).title_zh
        add(parameter.title, seed)
        add(parameter.help)
        for _value, title in parameter.choices:
            add(title)
        for field in parameter.fields:
            add_parameter(field)

    for algorithm in algorithms().values():
        add(algorithm.title)
        for parameter in algorithm.parameters:
            add_parameter(parameter)
    for text in FORM_TEXTS:
        add(text)
    return texts


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
    for source, seed in texts.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = kept.get(source) or seed
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
