"""Command line of LYG Siting (CONTRACT.md).

Each area of the program registers its own sub-commands from a ``commands``
module with a ``register(subparsers)`` function; each sub-command sets
``func(args) -> int``; they print through :mod:`app.cli.output` (not this
module, which opens the Qt GUI when called bare). A command whose module has not landed yet still parses
and exits non-zero with a message saying so (CONTRACT.md).

Errors: the project's own errors and ``ValueError``/``OSError`` become one
readable line on stderr and exit code 2; ``--traceback`` shows the traceback.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from app.core.errors import LygError, NotLandedError

#: module -> the sub-commands it registers. Planned modules may not exist yet.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "app.cli.map_commands": ("demo", "counties", "layers", "screenshot", "render"),
    "app.cli.resource_commands": ("pv", "wind", "turbines"),
    "app.cli.rooftop_commands": ("rooftop", "coverage"),
    "app.cli.windfarm_commands": ("windfarm",),
    "app.cli.plan_commands": ("progress", "island"),
    "app.cli.export_commands": ("export", "report"),
}


def _module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _not_landed(command: str):
    def run(args) -> int:
        raise NotLandedError(f"'lygsite {command}' is not available yet: the work that builds it has not landed")

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lygsite",
        description="LYG Siting: renewable-energy siting for Lianyungang. Without a command, opens the desktop window.",
    )
    parser.add_argument("--traceback", action="store_true", help="show the full traceback on errors")
    parser.add_argument("--lang", choices=["zh", "en"], help="GUI language (default: from the system locale)")
    parser.add_argument("--project", help="project to open in the GUI (GeoPackage or postgresql://...)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name, commands in COMMAND_MODULES.items():
        if _module_available(module_name):
            importlib.import_module(module_name).register(sub)
        else:
            for command in commands:
                p = sub.add_parser(command, help="(not available yet)")
                p.set_defaults(func=_not_landed(command), accepts_any_arguments=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and not getattr(args, "accepts_any_arguments", False):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
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
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"lygsite: error: {text}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
