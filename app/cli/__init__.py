"""Command line of LYG Siting (CONTRACT.md).

Each area of the program registers its own sub-commands from a ``commands``
module with a ``register(subparsers)`` function; each sub-command sets
``func(args) -> int``; they print through :mod:`app.cli.output` (not this
module, which opens the Qt GUI when called bare).

Errors: the project's own errors and ``ValueError``/``OSError`` become one
readable line on stderr and exit code 2; ``--traceback`` shows the traceback.
"""
from __future__ import annotations

import argparse
import sys

from app.cli import (export_commands, map_commands, plan_commands, project_commands, resource_commands,
                     rooftop_commands, windfarm_commands)
from app.core.errors import LygError

#: The modules that register the sub-commands, in the order of ``lygsite --help``:
#: map (demo, counties, layers, screenshot, render), resource (pv, wind, turbines),
#: rooftop (rooftop, coverage), windfarm, plan (progress, island), export (export, report),
#: project (new, import, weather).
COMMAND_MODULES = (map_commands, resource_commands, rooftop_commands, windfarm_commands, plan_commands,
                   export_commands, project_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lygsite",
        description="LYG Siting: renewable-energy siting for Lianyungang. Without a command, opens the desktop window.",
    )
    parser.add_argument("--traceback", action="store_true", help="show the full traceback on errors")
    parser.add_argument("--lang", choices=["zh", "en"], help="GUI language (default: from the system locale)")
    parser.add_argument("--project", help="project to open in the GUI (GeoPackage or postgresql://...)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from app.ui.main import run_gui  # Qt only when the GUI is asked for

            return run_gui(project=args.project, lang=args.lang)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("lygsite: interrupted", file=sys.stderr)
        return 130
    except (LygError, ValueError, OSError, KeyError) as exc:
        if args.traceback:
            raise
        from app.core.text import terminal_safe

        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"lygsite: error: {terminal_safe(text)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
