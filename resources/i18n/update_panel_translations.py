"""Refresh the Chinese translations of the dock panels and dialogs: lupdate -> keep -> lrelease.

Run from anywhere with the project's venv::

    .venv/bin/python resources/i18n/update_panel_translations.py            # all modules below
    .venv/bin/python resources/i18n/update_panel_translations.py rooftop_panel

Each module in :data:`MODULES` gets its own ``<module>_zh_CN.ts`` / ``.qm``
here (the main window has ``lygsite_zh_CN.ts``, see ``update_translations.py``;
the yield panel keeps its hand-made ``yield_panel_zh_CN.ts``).

The modules translate through a helper, ``_tr(text)`` or ``tr(text)``, that
calls ``QCoreApplication.translate(<context>, text)`` with one fixed context
per module. lupdate is told that the helper is a ``tr`` function
(``-tr-function-alias``); it files those strings under an empty context, which
this script renames to the module's context (read from the helper), so the
``.ts`` holds exactly what the running code looks up.

Translations live in the ``.ts`` files (edit them there, or in Qt Linguist).
Every run keeps the translation of each (context, source) that is still in
the code; a source that is new or changed comes out ``unfinished`` and the
run exits with status 1 after listing it. The ``.qm`` is always rebuilt with
lrelease so it matches its ``.ts`` (``tests/gui/test_translations_complete.py``
checks both).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
LANGUAGE = "zh_CN"

#: module name (also the .ts file's stem) -> source file, relative to the repository.
#: Modules without any translatable string (app/ui/edit_tools.py only names
#: undo steps through its own helper) still appear here when they have one.
MODULES = {
    "rooftop_panel": "app/ui/panels/rooftop_panel.py",
    "siting_panel": "app/ui/panels/siting_panel.py",
    "progress_panel": "app/ui/panels/progress_panel.py",
    "island_panel": "app/ui/panels/island_panel.py",
    "field_mapping_dialog": "app/ui/field_mapping_dialog.py",
    "site_form": "app/ui/site_form.py",
    "edit_tools": "app/ui/edit_tools.py",
    "export_dialog": "app/ui/export_dialog.py",
    "print_layout": "app/ui/print_layout.py",
    "recovery_dialog": "app/ui/recovery_dialog.py",
}

_CONTEXT_PATTERNS = (re.compile(r'^_CONTEXT\s*=\s*"([^"]+)"', re.M),
                     re.compile(r'QCoreApplication\.translate\(\s*"([^"]+)"\s*,\s*text\s*\)'))


def ts_path(module: str) -> Path:
    return HERE / f"{module}_{LANGUAGE}.ts"


def module_context(source: Path) -> str | None:
    """The one translation context the module's helper passes to QCoreApplication.translate (None: no helper)."""
    text = source.read_text(encoding="utf-8")
    for pattern in _CONTEXT_PATTERNS:
        found = set(pattern.findall(text))
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            raise SystemExit(f"{source}: more than one translation context {sorted(found)}; expected one")
    return None


def extract(module: str) -> ET.ElementTree:
    """lupdate of one module into a fresh tree, its helper's strings filed under the module's context."""
    source = ROOT / MODULES[module]
    context = module_context(source)
    # the temporary .ts sits next to the real one so locations read ../../app/...
    fd, tmp = tempfile.mkstemp(prefix=f".{module}-", suffix=".ts", dir=HERE)
    os.close(fd)
    os.unlink(tmp)  # lupdate must create it, not merge into an empty file
    try:
        subprocess.run([str(BIN / "pyside6-lupdate"), "-tr-function-alias", "tr+=_tr", str(source),
                        "-no-obsolete", "-locations", "absolute", "-target-language", LANGUAGE, "-ts", tmp],
                       check=True, capture_output=True, text=True)
        tree = ET.parse(tmp)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    root = tree.getroot()
    merged: dict[str, ET.Element] = {}
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name") or context
        if name is None:
            raise SystemExit(f"{source}: tr() strings but no translation helper; expected `_tr`/`tr` calling "
                             f"QCoreApplication.translate(\"Context\", text)")
        ctx.find("name").text = name
        if name in merged:  # fold into the first context of that name, dropping duplicate sources
            seen = {m.findtext("source") for m in merged[name].findall("message")}
            for message in ctx.findall("message"):
                if message.findtext("source") not in seen:
                    merged[name].append(message)
            root.remove(ctx)
        else:
            merged[name] = ctx
    return tree


def messages(tree: ET.ElementTree):
    """(context, source, message element) of every message."""
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name")
        for message in ctx.findall("message"):
            yield name, message.findtext("source"), message


def finished_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of the finished messages of an existing .ts."""
    if not path.exists():
        return {}
    return {(ctx, src): m.findtext("translation") for ctx, src, m in messages(ET.parse(path))
            if m.find("translation").get("type") is None and m.findtext("translation")}


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   text=True)


def update(module: str) -> list[str]:
    """Regenerate one module's .ts (keeping translations) and .qm; returns its unfinished sources."""
    tree = extract(module)
    ts = ts_path(module)
    qm = HERE.parents[1] / "app" / "resources" / "i18n" / ts.with_suffix(".qm").name
    found = list(messages(tree))
    if not found:  # nothing to translate: no (stale) files
        for path in (ts, qm):
            path.unlink(missing_ok=True)
        return []
    kept = finished_translations(ts)
    unfinished = []
    for ctx, source, message in found:
        translation = message.find("translation")
        text = kept.get((ctx, source))
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            translation.text = None
            translation.set("type", "unfinished")
            unfinished.append(f"{ctx}: {source}")
    write_ts(tree, ts)
    release(ts, qm)
    return unfinished


def main(argv: list[str]) -> int:
    names = argv or list(MODULES)
    unknown = [n for n in names if n not in MODULES]
    if unknown:
        print(f"unknown module(s) {', '.join(unknown)}; expected some of {', '.join(MODULES)}", file=sys.stderr)
        return 2
    status = 0
    for name in names:
        unfinished = update(name)
        ts = ts_path(name)
        state = f"{len(unfinished)} unfinished" if unfinished else "complete"
        print(f"{name}: {ts.name if ts.exists() else 'no translatable strings'} ({state})")
        if unfinished:
            print("  untranslated:", *unfinished, sep="\n    ", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
