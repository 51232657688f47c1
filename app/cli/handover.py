"""``epewall handover show [--date YYYY-MM-DD]``: the end-of-shift handovers of a day (today in
Vietnam by default), in the order written, each with its sections, its free text, its signature
and who acknowledged it.

Exit codes: 0 done (also when the day has none), 1 the registry cannot be read, 2 a bad date.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.timekeeping import local_day, show_local, utc_now

EXIT_OK = 0
EXIT_REGISTRY = 1
EXIT_BAD_ARGUMENT = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``handover`` command for ``app.cli.main.build_parser``."""
    handover = sub.add_parser("handover", help=_t("the end-of-shift handover notes"))
    handover_sub = handover.add_subparsers(
        dest="handover_command", required=True, parser_class=parser_class
    )
    show = handover_sub.add_parser("show", help=_t("the handovers of a day, in the order written"))
    show.add_argument(
        "--date", metavar="YYYY-MM-DD", help=_t("the day (Vietnamese time); today by default")
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.handover_command == "show":
            return _show(args)
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    raise ValueError(f"unknown handover command {args.handover_command!r}")


def _day(text: str | None) -> dt.date:
    if text is None:
        return local_day(utc_now())
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandRefused(
            _t('"{text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.').format(
                text=text
            ),
            EXIT_BAD_ARGUMENT,
        ) from None


def _show(args: argparse.Namespace) -> int:
    from app.shift.handover import handovers_of_day, section_lines, signature_text
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    day = _day(args.date)
    try:
        with Registry() as registry:
            found = handovers_of_day(registry, day)
    except RegistryError as exc:
        raise CommandRefused(str(exc), EXIT_REGISTRY) from None
    if not found:
        say(_t("No handover on {day}.").format(day=day.strftime("%d/%m/%Y")))
        return EXIT_OK
    for number, handover in enumerate(found, 1):
        if number > 1:
            say("")
        say(
            _t("Handover {number}: {name} ({code}), shift {start} – {end}").format(
                number=number,
                name=handover.officer_name,
                code=handover.officer_code,
                start=show_local(handover.shift_started_at),
                end=show_local(handover.ended_at),
            )
        )
        say("  " + _t("Workstation: {id}").format(id=handover.workstation))
        say("  " + signature_text(handover))
        if handover.acknowledged_at is not None:
            say(
                "  "
                + _t("Acknowledged by {name} ({code}) at {time}").format(
                    name=handover.acknowledged_by_name,
                    code=handover.acknowledged_by,
                    time=show_local(handover.acknowledged_at),
                )
            )
        else:
            say("  " + _t("Not acknowledged yet"))
        for title, lines in section_lines(handover.sections):
            say(f"  {title}: {len(lines)}")
            for line in lines:
                say(f"    - {line}")
        say("  " + _t("Note:"))
        for line in (handover.text or "—").splitlines():
            say(f"    {line}")
    return EXIT_OK
