"""DESIGN.md rule 1: only app/ui imports Qt; the core runs without a display; ruff finds no blind except."""
import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "qtpy", "shiboken6")


def _core_files():
    for path in (ROOT / "app").rglob("*.py"):
        if "ui" not in path.relative_to(ROOT / "app").parts[:1]:
            yield path


def test_no_qt_import_in_core_source():
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n.split(".")[0] in QT_MODULES for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"Qt imported outside app/ui: {offenders}"


def test_core_modules_import_without_loading_qt():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in _core_files() if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = ""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"core imports pulled in Qt: {proc.stdout}"


def _tool(name: str) -> Path:
    """A command-line tool of the test extras (pyproject.toml), beside this Python."""
    tool = Path(sys.executable).with_name(name)
    assert tool.exists(), f"{name} is missing: install the test extras (pip install -e '.[test]')"
    return tool


def test_import_linter_contract():
    proc = subprocess.run([str(_tool("lint-imports")), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_finds_no_blind_except_nor_other_bugs():
    """`ruff check` with the rule set in pyproject.toml (E9, pyflakes, BLE, a few bugbear rules).

    A deliberate catch-all boundary says why in a ``# noqa: BLE001`` comment.
    """
    proc = subprocess.run([str(_tool("ruff")), "check", "--no-cache", "--output-format", "concise", "."],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
