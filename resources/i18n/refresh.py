"""Refresh the translations: lupdate over the code, report what is unfinished, lrelease.

Run from anywhere with the project's venv (``make translations`` does this)::

    .venv/bin/python resources/i18n/refresh.py
    .venv/bin/python resources/i18n/refresh.py --merge other_zh_CN.ts   # take finished translations from it

One ``.ts`` per language here (``lygsite_zh_CN.ts``; English is the source
language), compiled to ``app/resources/i18n/lygsite_<language>.qm``, which
ships inside the package and which :class:`app.ui.i18n.LanguageManager` loads,
and to ``app/resources/i18n/lygsite_<language>.json`` (``{context: {source:
translation}}``), which :mod:`app.core.i18n` reads without Qt for the core's
messages and the reports: the same translations, one source.

``pyside6-lupdate`` reads every Python file of ``app/`` and finds the two
forms the code uses: ``self.tr("…")`` in a QObject subclass (context: the
class name) and ``translate("Context", "…")`` (:func:`app.ui.i18n.translate`)
or ``QT_TRANSLATE_NOOP("Context", "…")`` elsewhere. It keeps the translation
of every (context, source) still in the code, adds new sources as
``unfinished`` and drops what the code no longer says (``-no-obsolete``).
Source locations are not written (``-locations none``) so that moving code
does not rewrite the file and parallel branches merge cleanly.

Translate an unfinished entry in the ``.ts`` itself (a text editor or Qt
Linguist: fill ``<translation>`` and remove ``type="unfinished"``), then run
this again. The run exits with status 1 while anything is unfinished.
``--merge FILE.ts`` first fills unfinished entries from finished ones in
other ``.ts`` files (same context and source; else the same source when all
of its translations there agree), e.g. a file returned by a translator or a
branch that still had per-module files.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QM_DIR = ROOT / "app" / "resources" / "i18n"
BIN = Path(sys.executable).parent
#: Catalogue name: lygsite_<language>.ts / .qm (app.ui.i18n.CATALOG).
CATALOG = "lygsite"
#: Target languages (Qt locale names); English is the source language.
LANGUAGES = ("zh_CN",)


def ts_path(language: str) -> Path:
    return HERE / f"{CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"{CATALOG}_{language}.qm"


def json_path(language: str) -> Path:
    return QM_DIR / f"{CATALOG}_{language}.json"


def source_files() -> list[Path]:
    """Every Python file of the application (lupdate scans no directories for .py)."""
    return sorted((ROOT / "app").rglob("*.py"))


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def lupdate(ts: Path, language: str) -> None:
    """Update ``ts`` in place from the code (create it when missing)."""
    subprocess.run([_tool("pyside6-lupdate"), *map(str, source_files()), "-no-obsolete", "-locations", "none",
                    "-target-language", language, "-ts", str(ts)], check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def catalogue(ts: Path) -> dict[str, dict[str, str]]:
    """``{context: {source: translation}}`` of the finished, singular messages of ``ts`` (sorted)."""
    found: dict[str, dict[str, str]] = {}
    for ctx, src, message, _ in messages(ts):
        translation = message.find("translation")
        if is_finished(message) and not translation.findall("numerusform"):
            found.setdefault(ctx, {})[src] = translation.text
    return {ctx: dict(sorted(found[ctx].items())) for ctx in sorted(found)}


def write_json(ts: Path, path: Path) -> None:
    """The Qt-free copy of ``ts`` read by :mod:`app.core.i18n`."""
    text = json.dumps(catalogue(ts), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    path.write_text(text, encoding="utf-8")


def messages(ts: Path):
    """(context, source, message element, tree) of every message in ``ts``."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message, tree


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def unfinished(ts: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    return [f"{ctx}: {src}" for ctx, src, message, _ in messages(ts) if not is_finished(message)]


def finished_translations(files) -> tuple[dict, dict]:
    """Finished translations of ``files``: by (context, source), and by source when all agree."""
    by_key: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, dict[str, ET.Element]] = {}
    for path in files:
        for ctx, src, message, _ in messages(Path(path)):
            if is_finished(message):
                translation = message.find("translation")
                by_key.setdefault((ctx, src), translation)
                by_source.setdefault(src, {})[ET.tostring(translation, encoding="unicode").strip()] = translation
    unique = {src: next(iter(found.values())) for src, found in by_source.items() if len(found) == 1}
    return by_key, unique


def merge(ts: Path, files) -> int:
    """Fill unfinished messages of ``ts`` from finished ones in ``files``; returns how many were filled."""
    by_key, by_source = finished_translations(files)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            if is_finished(message):
                continue
            src = message.findtext("source")
            found = by_key.get((ctx, src))
            if found is None:
                found = by_source.get(src)
            if found is None:
                continue
            old = message.find("translation")
            message.remove(old)
            new = ET.fromstring(ET.tostring(found, encoding="unicode"))
            new.tail = old.tail
            message.append(new)
            filled += 1
    if filled:
        _write_ts(tree, ts)
        # let lupdate write it back in its own layout (the tests compare bytes with a fresh lupdate run)
        lupdate(ts, tree.getroot().get("language"))
    return filled


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def stale(language: str) -> bool:
    """True when lupdate would change the committed ``.ts`` (the code has new or removed strings)."""
    ts = ts_path(language)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(copy, language)
        return copy.read_bytes() != ts.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", nargs="+", type=Path, default=[], metavar="TS",
                        help="fill unfinished entries from finished ones in these .ts files")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.merge if not p.is_file()]
    if missing:
        print(f"no such .ts file: {', '.join(missing)}", file=sys.stderr)
        return 2
    status = 0
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        lupdate(ts, language)
        if args.merge:
            print(f"{ts.name}: {merge(ts, args.merge)} translation(s) taken from {len(args.merge)} file(s)")
        lrelease(ts, qm)
        write_json(ts, json_path(language))
        todo = unfinished(ts)
        total = sum(1 for _ in messages(ts))
        print(f"{ts.name}: {total} messages, {len(todo)} unfinished -> {qm.relative_to(ROOT)}")
        if todo:
            print("  unfinished:", *todo, sep="\n    ", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
