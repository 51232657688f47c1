"""``epewall cases list [--state S] [--epe E]`` and ``epewall cases show ID``: the cases sent
to the head of unit (Decision 247 II.2.3), newest change first, and one case with its facts,
evidence (each SHA-256), notes, proposal and decision. Everything from the registry is printed
with its control characters shown as escapes.

Exit codes: 0 done (also when there is no case), 1 the registry cannot be read, 2 a bad
argument (unknown state, no such case).
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.safe_text import one_line
from app.timekeeping import show_local

EXIT_OK = 0
EXIT_REGISTRY = 1
EXIT_BAD_ARGUMENT = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``cases`` command for ``app.cli.main.build_parser``."""
    cases = sub.add_parser("cases", help=_t("cases sent to the head of unit with evidence"))
    cases_sub = cases.add_subparsers(dest="cases_command", required=True, parser_class=parser_class)
    listing = cases_sub.add_parser("list", help=_t("the cases, most recently changed first"))
    listing.add_argument(
        "--state", choices=["draft", "submitted", "closed"], help=_t("only cases in this state")
    )
    listing.add_argument("--epe", metavar="EPE", help=_t("only this EPE (tax ID or name)"))
    show = cases_sub.add_parser("show", help=_t("one case with its evidence and decision"))
    show.add_argument("case_id", metavar="ID", help=_t("the case's ID (its first 8 characters do)"))


def run(args: argparse.Namespace) -> int:
    from app.cases.book import CaseError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        with Registry() as registry:
            if args.cases_command == "list":
                return _list(registry, args)
            if args.cases_command == "show":
                return _show(registry, args)
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_REGISTRY
    except (CaseError, CommandRefused) as exc:
        complain(str(exc))
        return exc.code if isinstance(exc, CommandRefused) else EXIT_BAD_ARGUMENT
    raise ValueError(f"unknown cases command {args.cases_command!r}")


def _list(registry: Any, args: argparse.Namespace) -> int:
    from app.cases.book import CaseBook, decision_label, state_label

    found = CaseBook(registry).list(args.state, args.epe)
    if not found:
        say(_t("No case."))
        return EXIT_OK
    for case in found:
        decision = f" — {decision_label(case.decision)}" if case.decision else ""
        say(
            one_line(
                _t(
                    "{id}  {state}  {epe} ({tax_id})  opened {opened} by {name} ({code}); "
                    "{items} item(s), last change {updated}{decision}"
                ).format(
                    id=case.id[:8],
                    state=state_label(case.state),
                    epe=case.epe_name,
                    tax_id=case.epe_tax_id,
                    opened=show_local(case.opened_at),
                    name=case.opened_by_name,
                    code=case.opened_by,
                    items=case.items,
                    updated=show_local(case.updated_at),
                    decision=decision,
                )
            )
        )
    return EXIT_OK


def _lines(text: str) -> list[str]:
    return [one_line(line) for line in (text.splitlines() or ["—"])]


def _show(registry: Any, args: argparse.Namespace) -> int:
    from app.cases.book import (
        CaseBook,
        cameras_text,
        decision_label,
        entry_description,
        entry_hashes,
        item_kind_label,
        origin_label,
        state_label,
    )

    case = CaseBook(registry).find(args.case_id)
    say(one_line(_t("Case {id}").format(id=case.id)))
    say("  " + one_line(_t("State: {state}").format(state=state_label(case.state))))
    say(
        "  "
        + one_line(
            _t("EPE: {name}, tax ID {tax_id}, {address}").format(
                name=case.epe_name, tax_id=case.epe_tax_id, address=case.epe_address or "—"
            )
        )
    )
    say(
        "  "
        + one_line(
            _t("Opened {time} by {name} ({code}) from {origin}").format(
                time=show_local(case.opened_at),
                name=case.opened_by_name,
                code=case.opened_by,
                origin=origin_label(case.origin),
            )
        )
    )
    say("  " + _t("Facts:"))
    for line in _lines(case.facts):
        say(f"    {line}")
    say("  " + _t("Evidence: {count}").format(count=len(case.evidence)))
    for number, entry in enumerate(case.evidence, 1):
        when = show_local(entry.at, seconds=True) if entry.at else "—"
        cameras = cameras_text(entry.item.get("cameras")) or "—"
        say(
            "    "
            + one_line(
                _t("{number}. {kind}, {time}, camera(s) {cameras}: {what}").format(
                    number=number,
                    kind=item_kind_label(entry.kind),
                    time=when,
                    cameras=cameras,
                    what=entry_description(entry),
                )
            )
        )
        for what, sha in entry_hashes(entry):
            say("       " + one_line(f"SHA-256 {what}: {sha}"))
    for note in case.notes:
        say(
            "  "
            + one_line(
                _t("Note by {name} ({code}), {time}: {text}").format(
                    name=note.added_by_name,
                    code=note.added_by,
                    time=show_local(note.added_at),
                    text=note.item.get("text", ""),
                )
            )
        )
    if case.submitted_at is not None:
        say("  " + _t("Submitted {time}; proposal:").format(time=show_local(case.submitted_at)))
        for line in _lines(case.proposal):
            say(f"    {line}")
    if case.decided_at is not None:
        say(
            "  "
            + one_line(
                _t("Decision of {name} ({code}), {time}: {decision}").format(
                    name=case.decided_by_name,
                    code=case.decided_by,
                    time=show_local(case.decided_at),
                    decision=decision_label(case.decision),
                )
            )
        )
        for line in _lines(case.reason):
            say(f"    {line}")
    return EXIT_OK
