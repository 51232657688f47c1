"""epewall's command line. GUI commands are started by ``widgets.launcher``; the rest run here.

Every handler returns an exit code; messages are translated and never contain a password.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from app.cli.team_lead import add_lead_arguments

GUI_COMMANDS = {None, "demo"}


class _Parser(argparse.ArgumentParser):
    """Never repeats what was typed in an error: a mistyped ``--password SECRET`` would leak."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated: passwords never go in arguments)"
        elif "invalid choice" in message or "argument" in message:
            message = message.split(":", 1)[0] + ": invalid value"
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="epewall",
        description="Video wall for customs supervision of EPE cameras (Decision 247/QĐ-TCHQ).",
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="UI language (default: setting, vi)")
    parser.add_argument("--verbose", action="store_true", help="also log to stderr")
    parser.add_argument(
        "--wall", metavar="NAME", help="open this saved wall full screen (for unattended wall PCs)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("demo", help="start the simulated EPE site and open epewall on it")

    sim = sub.add_parser("sim", help="run the simulated EPE site until interrupted")
    sim.add_argument("--describe-to", help="write the site description JSON here")
    sim.add_argument("--config", help="site configuration JSON (default: the built-in demo site)")

    sites = sub.add_parser("sites", help="EPE and camera registry")
    sites_sub = sites.add_subparsers(dest="sites_command", required=True, parser_class=_Parser)
    imp = sites_sub.add_parser("import", help="import EPEs and cameras from a CSV file")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    exp = sites_sub.add_parser("export", help="export EPEs and cameras as CSV (no passwords)")
    exp.add_argument("-o", "--output", help="file to write (default: standard output)")
    sites_sub.add_parser("list", help="list EPEs and their cameras")

    cred = sub.add_parser("credentials", help="EPE accounts in the OS keyring")
    cred_sub = cred.add_subparsers(dest="credentials_command", required=True, parser_class=_Parser)
    cset = cred_sub.add_parser("set", help="store an EPE's account; password from stdin/prompt")
    cset.add_argument("epe", metavar="EPE_NAME")
    cset.add_argument("--user", required=True)
    add_lead_arguments(cset)
    ccheck = cred_sub.add_parser("check", help="say whether a password is stored, and where")
    ccheck.add_argument("epe", metavar="EPE_NAME")
    cdel = cred_sub.add_parser("delete", help="delete an EPE's stored password")
    cdel.add_argument("epe", metavar="EPE_NAME")
    add_lead_arguments(cdel)

    from app.cli import devices as cli_onvif

    cli_onvif.add_parser(sub, _Parser)

    coverage = sub.add_parser("coverage", help="checks done and planned per EPE for a month")
    coverage.add_argument("--month", help="YYYY-MM (default: this month, Vietnamese time)")
    coverage.add_argument(
        "--risk",
        action="append",
        choices=["low", "medium", "high"],
        help="only EPEs of this risk level (repeatable)",
    )
    coverage_output = coverage.add_mutually_exclusive_group()
    coverage_output.add_argument("--csv", action="store_true", help="the month view as CSV")
    coverage_output.add_argument(
        "--checks", action="store_true", help="every check of the month as CSV"
    )
    coverage.add_argument("-o", "--output", help="file to write (default: standard output)")

    logs = sub.add_parser("log", help="the tamper-evident check log and its exchange files")
    log_sub = logs.add_subparsers(dest="log_command", required=True, parser_class=_Parser)
    lver = log_sub.add_parser(
        "verify", help="check that the log was not altered, cut or rewritten; seal it"
    )
    lver.add_argument(
        "--anchor",
        action="append",
        metavar="FILE",
        help="a log file this workstation exported: its sealed head must still be here",
    )
    lexp = log_sub.add_parser(
        "export", help="write an officer's month as a signed log file; PIN from stdin/prompt"
    )
    lexp.add_argument("--officer", required=True, metavar="CODE")
    lexp.add_argument("--month", help="YYYY-MM (default: this month)")
    lexp.add_argument(
        "--all", action="store_true", help="the whole workstation's month (team leads)"
    )
    lexp.add_argument("-o", "--output", required=True, help="the file to write")
    limp = log_sub.add_parser(
        "import", help="add other workstations' log files (team leads); PIN from stdin/prompt"
    )
    limp.add_argument("--officer", required=True, metavar="CODE")
    limp.add_argument("files", nargs="+", metavar="FILE")
    lkey = log_sub.add_parser("key", help="the team key that signs log files")
    lkey.add_argument(
        "key_command",
        choices=["new", "set", "show"],
        help="new: create one to share; set: store the team's (stdin/prompt); "
        "show: its fingerprint",
    )
    add_lead_arguments(lkey)

    evidence = sub.add_parser("evidence", help="exported playback evidence")
    ev_sub = evidence.add_subparsers(dest="evidence_command", required=True, parser_class=_Parser)
    everify = ev_sub.add_parser("verify", help="re-check an export folder against its manifest")
    everify.add_argument("folder", metavar="DIR")
    from app.cli.evidence import add_playback_parser

    add_playback_parser(sub, _Parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a non-GUI command inside a QCoreApplication (for translations and signals)."""
    from app import i18n, logs, paths, settings

    paths.make_private()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    language = args.lang or settings.Settings().get(settings.LANGUAGE)
    i18n.install(language)
    logs.setup(to_stderr=args.verbose)
    del app  # kept alive by Qt as the instance
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
    if args.command == "sim":
        from app.simsite import site as simsite

        return simsite.run_forever(args.config, args.describe_to)
    raise SystemExit(f"unknown command {args.command!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for non-GUI use; ``widgets.launcher.main`` is the console script."""
    args = build_parser().parse_args(argv)
    if args.command in GUI_COMMANDS:
        print("epewall: the GUI is started by widgets.launcher", file=sys.stderr)
        return 2
    return run(args)
