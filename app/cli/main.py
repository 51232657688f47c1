"""epewall's command line. GUI commands are started by ``widgets.launcher``; the rest run here.

Every handler returns an exit code; messages are translated and never contain a password.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication, QTranslator

from app import i18n, settings
from app.cli.output import complain
from app.cli.team_lead import add_lead_arguments
from app.safe_text import printable

GUI_COMMANDS = {None, "demo"}


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


# argparse's own words, shown in the UI language with the rest of the help.
_ARGPARSE_WORDS = (
    _t("usage: "),
    _t("positional arguments"),
    _t("options"),
    _t("show this help message and exit"),
)
_requested_language: str | None = None  # --lang as typed, read before argparse runs
_help_translators: list[QTranslator] = []


def cli_language(requested: str | None) -> str:
    """The command line's language: --lang, else the stored setting, else English when the
    locale (LC_ALL, LC_MESSAGES, LANG) says English, else Vietnamese (the app's default)."""
    if requested in i18n.LANGUAGES:
        return str(requested)
    stored = settings.Settings()
    if stored.is_set(settings.LANGUAGE):
        return stored.get(settings.LANGUAGE)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else i18n.DEFAULT_LANGUAGE
    return i18n.DEFAULT_LANGUAGE


def _load_help_language() -> None:
    """The catalogue for help and errors, which argparse prints before any QCoreApplication
    exists (and just before the program ends): loaded, not installed, so that nothing global
    changes."""
    _help_translators.clear()
    translator = QTranslator()
    if translator.load(
        f"epewall_{cli_language(_requested_language)}", str(i18n.translations_dir())
    ):
        _help_translators.append(translator)


def _help_t(text: str) -> str:
    for translator in _help_translators:
        found = translator.translate("cli", text)
        if found:
            return found
    return text


class _Formatter(argparse.HelpFormatter):
    """argparse's layout with every text (help, titles, "usage:") in the UI language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _help_t(action.help) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        super().start_section(_help_t(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(_help_t(text) if text else text)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _help_t("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """Help and errors in the UI language; an error never repeats what was typed: a mistyped
    ``--password SECRET`` would leak."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        _load_help_language()
        return super().format_help()

    def format_usage(self) -> str:
        _load_help_language()
        return super().format_usage()

    def error(self, message: str) -> NoReturn:
        _load_help_language()
        argument = re.match(r"argument ([^:]+):", message)
        names = message.split(":", 1)[1].strip() if ":" in message else ""
        if message.startswith("unrecognized arguments"):
            template = _t("unrecognized arguments (not repeated: passwords never go in arguments)")
        elif message.startswith("the following arguments are required:"):
            template = _t("these arguments are required: {names}")
        elif argument and "expected" in message:
            template = _t("argument {name}: a value is missing")
        elif argument and _SCREEN_NEEDS_WALL in message:
            template = _t(
                "argument {name}: give the --wall or --tour NAME it places just before it"
            )
        elif argument and "not allowed with" in message:
            template = _t("argument {name}: cannot be used together with the other one")
        elif argument:
            template = _t("argument {name}: invalid value")
        else:
            template = _t("invalid command line")
        shown = _help_t(template).format(name=argument.group(1) if argument else "", names=names)
        self.print_usage(sys.stderr)
        line = _help_t(_t("{prog}: error: {message}")).format(prog=self.prog, message=shown)
        self.exit(2, printable(line) + "\n")


class _WallAction(argparse.Action):
    """``--wall NAME``, repeatable: ``args.walls`` lists [name, screen or None] in order;
    ``args.wall`` stays the first name."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        walls = list(getattr(namespace, "walls", None) or [])
        walls.append([values, None])
        namespace.walls = walls
        namespace.wall = walls[0][0]
        namespace.screen_places = "wall"


class _TourAction(argparse.Action):
    """``--tour NAME``: ``args.tour``; a ``--screen N`` right after it places the tour."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.tour = values
        namespace.tour_screen = None
        namespace.screen_places = "tour"


class _ScreenAction(argparse.Action):
    """``--screen N`` places the ``--wall`` or ``--tour`` just before it; alone, or twice, it is
    an error."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        places = getattr(namespace, "screen_places", None)
        walls = getattr(namespace, "walls", None) or []
        if places == "tour" and getattr(namespace, "tour_screen", None) is None:
            namespace.tour_screen = values
        elif places == "wall" and walls and walls[-1][1] is None:
            walls[-1][1] = values
        else:
            raise argparse.ArgumentError(self, _SCREEN_NEEDS_WALL)


_SCREEN_NEEDS_WALL = "needs the --wall or --tour NAME it places just before it"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="epewall",
        description=_t("Video wall for customs supervision of EPE cameras (Decision 247/QĐ-TCHQ)."),
    )
    parser.add_argument(
        "--lang",
        choices=["vi", "en"],
        help=_t("UI language (default: setting, vi)"),
    )
    parser.add_argument("--verbose", action="store_true", help=_t("also log to stderr"))
    from app.cli import version as cli_version

    cli_version.add_argument(parser)
    parser.add_argument(
        "--wall",
        metavar="NAME",
        action=_WallAction,
        help=_t(
            "open this saved wall full screen (for unattended wall PCs); repeat with --screen "
            "for a wall on each screen"
        ),
    )
    parser.add_argument(
        "--screen",
        metavar="N",
        type=int,
        action=_ScreenAction,
        help=_t("put the --wall or --tour before it on screen N (counted from 1)"),
    )
    parser.add_argument(
        "--tour",
        metavar="NAME",
        action=_TourAction,
        help=_t(
            "run this saved tour full screen (for unattended wall PCs); each --wall then opens "
            "in a window of its own"
        ),
    )
    parser.set_defaults(walls=[], tour=None, tour_screen=None)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("demo", help=_t("start the simulated EPE site and open epewall on it"))

    from app.cli import sim as cli_sim

    cli_sim.add_parser(sub, _Parser)

    sites = sub.add_parser("sites", help=_t("EPE and camera registry"))
    sites_sub = sites.add_subparsers(dest="sites_command", required=True, parser_class=_Parser)
    imp = sites_sub.add_parser("import", help=_t("import EPEs and cameras from a CSV file"))
    imp.add_argument("file")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=_t("check the file, change nothing"),
    )
    exp = sites_sub.add_parser("export", help=_t("export EPEs and cameras as CSV (no passwords)"))
    exp.add_argument("-o", "--output", help=_t("file to write (default: standard output)"))
    sites_sub.add_parser("list", help=_t("list EPEs and their cameras"))

    cred = sub.add_parser("credentials", help=_t("EPE accounts in the OS keyring"))
    cred_sub = cred.add_subparsers(dest="credentials_command", required=True, parser_class=_Parser)
    cset = cred_sub.add_parser("set", help=_t("store an EPE's account; password from stdin/prompt"))
    cset.add_argument("epe", metavar="EPE_NAME")
    cset.add_argument("--user", required=True)
    add_lead_arguments(cset)
    ccheck = cred_sub.add_parser("check", help=_t("say whether a password is stored, and where"))
    ccheck.add_argument("epe", metavar="EPE_NAME")
    cdel = cred_sub.add_parser("delete", help=_t("delete an EPE's stored password"))
    cdel.add_argument("epe", metavar="EPE_NAME")
    add_lead_arguments(cdel)

    from app.cli import devices as cli_onvif

    cli_onvif.add_parser(sub, _Parser)

    coverage = sub.add_parser("coverage", help=_t("checks done and planned per EPE for a month"))
    coverage.add_argument("--month", help=_t("YYYY-MM (default: this month, Vietnamese time)"))
    coverage.add_argument(
        "--risk",
        action="append",
        choices=["low", "medium", "high"],
        help=_t("only EPEs of this risk level (repeatable)"),
    )
    coverage_output = coverage.add_mutually_exclusive_group()
    coverage_output.add_argument("--csv", action="store_true", help=_t("the month view as CSV"))
    coverage_output.add_argument(
        "--checks",
        action="store_true",
        help=_t("every check of the month as CSV"),
    )
    coverage.add_argument("-o", "--output", help=_t("file to write (default: standard output)"))

    logs = sub.add_parser("log", help=_t("the tamper-evident check log and its exchange files"))
    log_sub = logs.add_subparsers(dest="log_command", required=True, parser_class=_Parser)
    lver = log_sub.add_parser(
        "verify", help=_t("check that the log was not altered, cut or rewritten; seal it")
    )
    lver.add_argument(
        "--anchor",
        action="append",
        metavar="FILE",
        help=_t("a log file this workstation exported: its sealed head must still be here"),
    )
    lexp = log_sub.add_parser(
        "export",
        help=_t("write an officer's month as a signed log file; PIN from stdin/prompt"),
    )
    lexp.add_argument("--officer", required=True, metavar="CODE")
    lexp.add_argument("--month", help=_t("YYYY-MM (default: this month)"))
    lexp.add_argument(
        "--all",
        action="store_true",
        help=_t("the whole workstation's month (team leads)"),
    )
    lexp.add_argument("-o", "--output", required=True, help=_t("the file to write"))
    limp = log_sub.add_parser(
        "import",
        help=_t("add other workstations' log files (team leads); PIN from stdin/prompt"),
    )
    limp.add_argument("--officer", required=True, metavar="CODE")
    limp.add_argument("files", nargs="+", metavar="FILE")
    lkey = log_sub.add_parser("key", help=_t("the team key that signs log files"))
    lkey.add_argument(
        "key_command",
        choices=["new", "set", "show"],
        help=_t(
            "new: create one to share; set: store the team's (stdin/prompt); show: its fingerprint",
        ),
    )
    add_lead_arguments(lkey)

    from app.cli import warnings as cli_warnings

    cli_warnings.add_parser(sub, _Parser)

    from app.cli import handover as cli_handover

    cli_handover.add_parser(sub, _Parser)

    from app.cli import cases as cli_cases

    cli_cases.add_parser(sub, _Parser)

    from app.cli.evidence import add_evidence_parser, add_playback_parser

    add_evidence_parser(sub, _Parser)
    add_playback_parser(sub, _Parser)

    from app.cli import health as cli_health

    cli_health.add_parser(sub, _Parser)

    from app.cli import interruptions as cli_interruptions

    cli_interruptions.add_parser(sub, _Parser)
    from app.cli import declarations as cli_declarations

    cli_declarations.add_parser(sub, _Parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a non-GUI command inside a QCoreApplication (for translations and signals)."""
    from app import i18n, logs, paths

    paths.make_private()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(cli_language(args.lang))
    logs.setup(to_stderr=args.verbose)
    del app  # kept alive by Qt as the instance
    if getattr(args, "version", False):
        from app.cli import version as cli_version

        return cli_version.run(args)
    if args.command == "sites":
        from app.cli import sites as cli_sites

        return cli_sites.run(args)
    if args.command == "credentials":
        from app.cli import credentials as cli_credentials

        return cli_credentials.run(args)
    if args.command in ("coverage", "log"):
        from app.cli import rotation as cli_rotation

        return cli_rotation.run(args)
    if args.command == "onvif":
        from app.cli import devices as cli_onvif

        return cli_onvif.run(args)
    if args.command == "evidence":
        from app.cli import evidence as cli_evidence

        return cli_evidence.run(args)
    if args.command == "playback":
        from app.cli import evidence as cli_evidence

        return cli_evidence.run_playback(args)
    if args.command == "warnings":
        from app.cli import warnings as cli_warnings

        return cli_warnings.run(args)
    if args.command == "handover":
        from app.cli import handover as cli_handover

        return cli_handover.run(args)
    if args.command == "cases":
        from app.cli import cases as cli_cases

        return cli_cases.run(args)
    if args.command in ("declarations", "reconcile"):
        from app.cli import declarations as cli_declarations

        return cli_declarations.run(args)
    if args.command == "health":
        from app.cli import health as cli_health

        return cli_health.run(args)
    if args.command == "interruptions":
        from app.cli import interruptions as cli_interruptions

        return cli_interruptions.run(args)
    if args.command == "sim":
        from app.cli import sim as cli_sim

        return cli_sim.run(args)
    raise SystemExit(f"unknown command {args.command!r}")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line; help and errors are shown in the UI language."""
    global _requested_language
    words = list(sys.argv[1:] if argv is None else argv)
    _requested_language = None
    for index, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("--lang="):
            _requested_language = word.split("=", 1)[1]
        elif word == "--lang" and index + 1 < len(words):
            _requested_language = words[index + 1]
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for non-GUI use; ``widgets.launcher.main`` is the console script."""
    args = parse_args(argv)
    if args.command in GUI_COMMANDS and not args.version:
        complain("epewall: the GUI is started by widgets.launcher")
        return 2
    return run(args)
