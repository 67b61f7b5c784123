"""One-off check of the move to one .ts per language: no finished translation was lost.

    .venv/bin/python resources/i18n/check_migration.py [BASE]     # BASE: the commit before the move (c3cd507)

Reads, from git at BASE, the twelve per-module ``resources/i18n/*_zh_CN.ts``
and the ``ZH_CN`` dict of ``update_translations.py``, and checks that every
finished translation there whose source the code still translates is in
today's ``lygsite_zh_CN.ts`` with the same text, in the same context or the
context of the class that now holds the string (``self.tr`` in a helper class
of the same module); and that every message of today's file came from one of
them (nothing invented). Exits 1 listing any difference.
"""
from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
#: Old context -> contexts that may hold its strings now (module functions keep the old context,
#: strings of a helper class moved to that class's own context).
MOVED = {"RooftopPanel": {"RooftopPanel", "CoverageChart"}, "ProgressPanel": {"ProgressPanel", "Sparkline"},
         "PrintLayout": {"PrintLayout", "PrintDialog"}}


def git_show(base: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{base}:{path}"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def old_entries(base: str) -> list[tuple[str, str | None, str, str]]:
    """(origin, context, source, translation) of every finished old translation."""
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{base}:resources/i18n"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    entries = []
    for name in sorted(n for n in names if n.endswith(".ts")):
        root = ET.fromstring(git_show(base, f"resources/i18n/{name}"))
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") is None and translation.text:
                    entries.append((name, context.findtext("name"), message.findtext("source"), translation.text))
    module = ast.parse(git_show(base, "resources/i18n/update_translations.py"))
    for node in module.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "ZH_CN":
            for source, translation in ast.literal_eval(node.value).items():
                entries.append(("update_translations.py ZH_CN", None, source, translation))
    return entries


def main(argv: list[str]) -> int:
    base = argv[0] if argv else "c3cd507"
    new = {}
    for context in ET.parse(HERE / "lygsite_zh_CN.ts").getroot().iter("context"):
        for message in context.iter("message"):
            new[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    sources_now = {src for _, src in new}
    entries = old_entries(base)
    lost, kept, gone, used = [], 0, [], set()
    for origin, ctx, src, text in entries:
        if src not in sources_now:
            gone.append(f"{origin}: {ctx}: {src!r}")
            continue
        contexts = MOVED.get(ctx, {ctx}) if ctx is not None else {c for c, s in new if s == src}
        hits = [(c, src) for c in contexts if (c, src) in new and new[(c, src)].text == text
                and new[(c, src)].get("type") is None]
        if hits:
            kept += 1
            used.update(hits)
        else:
            lost.append(f"{origin}: {ctx}: {src!r} -> {text!r}")
    invented = sorted(f"{c}: {s!r}" for c, s in new if (c, s) not in used)
    print(f"{len(entries)} old finished translations ({len({e[0] for e in entries})} sources of them): "
          f"{kept} kept, {len(gone)} no longer in the code, {len(lost)} lost; "
          f"{len(new)} messages now, {len(invented)} not from an old translation")
    for title, rows in (("no longer in the code", gone), ("LOST", lost), ("NOT FROM AN OLD TRANSLATION", invented)):
        if rows:
            print(f"{title}:", *rows, sep="\n  ")
    return 1 if lost or invented else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
