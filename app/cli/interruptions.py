"""``epewall interruptions open|list|follow-up|extend|close``: the interruption register from a
terminal (Decision 247 I.2.3).

``list`` only reads and needs no login. The changes act for an officer: ``--officer CODE`` and
the PIN, read from standard input when that is not a terminal (first line), otherwise from a
masked prompt; never from the command line (as ``epewall log export`` does).

Exit codes: 0 done, 1 failed (registry), 2 bad input (unknown EPE or camera, a start in the
future, closing twice, a missing note; nothing written), 4 login refused or the role does not
allow it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.timekeeping import utc_now

if TYPE_CHECKING:
    from app.interruptions.model import Interruption
    from app.interruptions.register import InterruptionRegister
    from app.officers.profiles import Officer
    from app.sites.registry import Registry

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_REFUSED = 4

# The clock the commands judge "the future" and "today" by (tests put theirs here).
clock: Callable[[], dt.datetime] = utc_now


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``interruptions`` command for ``app.cli.main.build_parser``."""
    top = sub.add_parser(
        "interruptions", help=_t("the register of camera interruptions and their deadlines")
    )
    commands = top.add_subparsers(
        dest="interruptions_command", required=True, parser_class=parser_class
    )
    opened = commands.add_parser(
        "open", help=_t("record an interruption an EPE notified (Appendix II); PIN from stdin")
    )
    opened.add_argument("epe", metavar="EPE", help=_t("the EPE's name or tax ID"))
    opened.add_argument("--kind", required=True, choices=["equipment", "transmission"])
    opened.add_argument(
        "--cameras", required=True, metavar="1,3", help=_t("diagram numbers of the cameras")
    )
    opened.add_argument(
        "--started", required=True, metavar="YYYY-MM-DD HH:MM", help=_t("Vietnamese time")
    )
    opened.add_argument("--cause", required=True, metavar="TEXT")
    opened.add_argument("--notified", metavar="YYYY-MM-DD", help=_t("date of the notification"))
    opened.add_argument("--doc-no", metavar="TEXT", help=_t("number of the EPE's document"))
    opened.add_argument("--description", metavar="TEXT", default="")
    opened.add_argument("--effect", metavar="TEXT", default="", help=_t("effect on supervision"))
    opened.add_argument(
        "--restoration", metavar="TEXT", default="", help=_t("estimated restoration")
    )
    opened.add_argument("--technician", metavar="TEXT", default="", help=_t("technician contact"))
    opened.add_argument("--officer", required=True, metavar="CODE")

    listed = commands.add_parser("list", help=_t("a line per record with its deadline"))
    listed.add_argument(
        "--overdue", action="store_true", help=_t("only records past their deadline")
    )
    listed.add_argument("--open", action="store_true", help=_t("only open records"))
    listed.add_argument("--epe", metavar="EPE", help=_t("only this EPE (name or tax ID)"))
    listed.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help=_t("judge overdue on this day (default: today)")
    )
    listed.add_argument("--csv", action="store_true", help=_t("as CSV"))

    for name, helptext in (
        ("follow-up", _t("add today's status note; PIN from stdin")),
        ("close", _t("close with a note once the cameras work again; PIN from stdin")),
    ):
        change = commands.add_parser(name, help=helptext)
        change.add_argument("id", metavar="ID")
        change.add_argument("--note", default="", metavar="TEXT")
        change.add_argument("--officer", required=True, metavar="CODE")
    extend = commands.add_parser(
        "extend", help=_t("record the EPE's written reason and new date; PIN from stdin")
    )
    extend.add_argument("id", metavar="ID")
    extend.add_argument("--reason", required=True, metavar="TEXT")
    extend.add_argument("--new-date", required=True, metavar="YYYY-MM-DD")
    extend.add_argument("--officer", required=True, metavar="CODE")


def run(args: argparse.Namespace) -> int:
    from app.interruptions.register import InterruptionError, InterruptionRegister
    from app.officers.profiles import LoginError, PermissionDeniedError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        registry = Registry()
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_FAILED
    try:
        register = InterruptionRegister(registry, clock)
        if args.interruptions_command == "list":
            return _list(args, register)
        return _change(args, registry, register)
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except InterruptionError as exc:
        complain(str(exc) + " " + _t("Nothing was changed."))
        return EXIT_BAD_INPUT
    except (LoginError, PermissionDeniedError) as exc:
        complain(str(exc))
        return EXIT_REFUSED
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        complain("")
        return 130
    except Exception:
        log.exception("interruptions %s failed", args.interruptions_command)
        complain(_t("The command failed unexpectedly; the details are in epewall's log file."))
        return EXIT_FAILED
    finally:
        registry.close()


def _bad(text: str) -> CommandRefused:
    return CommandRefused(text + " " + _t("Nothing was changed."), EXIT_BAD_INPUT)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _bad(_t("Write {what} as YYYY-MM-DD.").format(what=what)) from None


def _login(registry: Registry, code: str) -> Officer:
    from app.officers.profiles import OfficerStore

    store = OfficerStore(registry, clock)
    if store.find_officer(code) is None:
        raise _bad(
            _t("No officer with the code {code} on this workstation.").format(
                code=code.strip()[:40]
            )
        )
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        pin = line.rstrip("\r\n")
    else:
        pin = getpass.getpass(_t("PIN of {code}: ").format(code=code.strip().upper()))
    return store.login(code, pin)


def _change(args: argparse.Namespace, registry: Registry, register: InterruptionRegister) -> int:
    from app.interruptions.model import UpdateAction
    from app.timekeeping import VIETNAM

    command = args.interruptions_command
    if command == "open":
        epe = registry.find_epe(args.epe)
        if epe is None or epe.id is None:
            raise _bad(_t("No EPE named {epe} in the registry.").format(epe=args.epe.strip()[:80]))
        try:
            cameras = [int(part) for part in args.cameras.split(",") if part.strip()]
        except ValueError:
            raise _bad(_t("Give the cameras as diagram numbers, e.g. 1,3.")) from None
        try:
            started = dt.datetime.strptime(args.started.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            raise _bad(_t("Write the start as YYYY-MM-DD HH:MM (Vietnamese time).")) from None
        notified = _date(args.notified, "--notified") if args.notified else None
        form: dict[str, Any] = {
            "cause": args.cause,
            "description": args.description,
            "effect": args.effect,
            "estimated_restoration": args.restoration,
            "technician": args.technician,
            "notified_on": notified,
            "doc_no": args.doc_no or "",
        }
        begun = started.replace(tzinfo=VIETNAM)
        # Everything is checked before the PIN is asked: a refusal writes nothing.
        register.check_open(epe.id, args.kind, cameras, begun, **form)
        officer = _login(registry, args.officer)
        item = register.open(epe.id, args.kind, cameras, begun, officer_code=officer.code, **form)
        say(
            _t("Opened {id}: {epe}, cameras {cameras}, due {due}.").format(
                id=item.id[:8],
                epe=item.epe_name,
                cameras=",".join(str(n) for n in item.cameras),
                due=item.due.isoformat(),
            )
        )
        return EXIT_OK
    target = register.find(args.id)
    if command == "extend":
        new_date = _date(args.new_date, "--new-date")
        register.check_change(target.id, UpdateAction.FOLLOW_UP, args.reason)
        officer = _login(registry, args.officer)
        item = register.extend(target.id, args.reason, new_date, officer_code=officer.code)
        say(
            _t("Extended {id} to {date}; the deadline stays {due}.").format(
                id=item.id[:8], date=new_date.isoformat(), due=item.due.isoformat()
            )
        )
        return EXIT_OK
    action = UpdateAction.FOLLOW_UP if command == "follow-up" else UpdateAction.CLOSE
    register.check_change(target.id, action, args.note)
    officer = _login(registry, args.officer)
    if command == "follow-up":
        item = register.follow_up(target.id, args.note, officer_code=officer.code)
        say(_t("Follow-up recorded for {id}.").format(id=item.id[:8]))
    else:
        item = register.close(target.id, args.note, officer_code=officer.code)
        say(_t("Closed {id}.").format(id=item.id[:8]))
    return EXIT_OK


def _list(args: argparse.Namespace, register: InterruptionRegister) -> int:
    from app.exports import csv_text
    from app.safe_text import printable
    from app.timekeeping import local_day, show_local

    as_of = _date(args.as_of, "--as-of") if args.as_of else local_day(clock())
    epe_id = None
    if args.epe:
        epe = register.registry.find_epe(args.epe)
        if epe is None or epe.id is None:
            raise CommandRefused(
                _t("No EPE named {epe} in the registry.").format(epe=args.epe.strip()[:80]),
                EXIT_BAD_INPUT,
            )
        epe_id = epe.id
    items = register.list(open_only=args.open or args.overdue, epe_id=epe_id)
    if args.overdue:
        items = [i for i in items if i.days_overdue(as_of) > 0]
    rows = [_row(i, as_of, show_local) for i in items]
    if args.csv:
        header = [
            _t("ID"),
            _t("EPE"),
            _t("Tax ID"),
            _t("Cameras"),
            _t("Kind"),
            _t("Began"),
            _t("Deadline"),
            _t("Extended to"),
            _t("State"),
            _t("Days overdue"),
            _t("Last follow-up"),
            _t("Closed"),
        ]
        text = csv_text(header, rows, text_columns=(2,))
        # The CSV goes out exact (formulas neutralised); a terminal shows control characters
        # as escapes.
        sys.stdout.write(printable(text) if sys.stdout.isatty() else text)
        sys.stdout.flush()
        return EXIT_OK
    if not rows:
        say(_t("No interruptions."))
    for row in rows:
        overdue = _t("{days} days overdue").format(days=row[9]) if row[9] else ""
        say(
            "  ".join(
                str(part)
                for part in (
                    str(row[0])[:8],
                    row[6],
                    row[8],
                    row[1],
                    _t("cameras {numbers}").format(numbers=row[3]),
                    row[4],
                    _t("began {time}").format(time=row[5]),
                    _t("extended to {date}").format(date=row[7]) if row[7] else "",
                    overdue,
                )
                if part
            )
        )
    return EXIT_OK


def _row(item: Interruption, as_of: dt.date, show: Callable[..., str]) -> list[object]:
    return [
        item.id,
        item.epe_name,
        item.epe_tax_id,
        ",".join(str(n) for n in item.cameras),
        item.kind.label(),
        show(item.started_at),
        item.due.isoformat(),
        item.extended_to.isoformat() if item.extended_to else "",
        item.state(as_of).label(),
        item.days_overdue(as_of),
        item.last_follow_up.isoformat() if item.last_follow_up else "",
        show(item.closed_at) if item.closed_at else "",
    ]
