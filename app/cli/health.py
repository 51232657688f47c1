"""``epewall health [--epe NAME]``: one health sweep of the mandatory-online cameras, a line per
camera (EPE, diagram number, position, condition, detail), the changes stored as the monitor
stores them, and the interruption policy run after it (an interruption opened is said).

Exit codes: 0 every mandatory camera answers with a picture, 1 at least one does not (or was not
observed), 2 bad input (unknown EPE, an EPE without mandatory cameras, an unreadable registry).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import complain, say

EXIT_OK = 0
EXIT_DOWN = 1
EXIT_BAD_INPUT = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    health = sub.add_parser(
        "health",
        help=_t("check every mandatory camera once; exit 0 only if all of them answer"),
    )
    health.add_argument("--epe", metavar="NAME", help=_t("only this EPE (name or tax ID)"))


def run(args: argparse.Namespace) -> int:
    # Imported here: the parser is built at every start of epewall.
    from app import settings
    from app.domain import CameraPosition
    from app.health.model import CameraCondition, SuspectedKind
    from app.health.policy import InterruptionPolicy
    from app.health.probe import LoginGuard
    from app.health.store import HealthStore
    from app.health.sweep import load_targets, run_sweep
    from app.secrets import CredentialStore
    from app.sites.registry import Registry
    from app.storage.database import RegistryError
    from app.workers import run_to_end

    try:
        with Registry() as registry:
            epe_ids = None
            if args.epe is not None:
                epe = registry.find_epe(args.epe)
                if epe is None or epe.id is None:
                    complain(_t("No EPE named {name}.").format(name=args.epe))
                    return EXIT_BAD_INPUT
                epe_ids = [epe.id]
            targets = load_targets(registry, epe_ids)
            if not targets:
                complain(_t("No mandatory-online camera is registered."))
                return EXIT_BAD_INPUT
            store = CredentialStore()
            users = {e.id: e.account_user for e in registry.list_epes()}

            def account_for(target: Any) -> Any:
                uid, user = target.epe_uid, users.get(target.epe_id, "")
                return lambda: store.account(uid, user)

            poll = settings.Settings().get(settings.HEALTH_POLL_SECONDS)
            health = HealthStore(registry, stale_after=dt.timedelta(seconds=3 * poll))

            def record(target: Any, found: list[Any]) -> None:
                health.record(found)

            results = run_to_end(
                run_sweep(
                    targets,
                    account_for,
                    LoginGuard(),
                    sample_due=lambda camera_id: True,
                    on_epe_done=record,
                )
            )
            outcome = InterruptionPolicy.from_settings(registry, health).run()
    except RegistryError as exc:
        complain(str(exc))
        return EXIT_BAD_INPUT
    by_camera = {r.camera_id: r for r in results}
    all_ok = True
    for target in targets:
        conditions = [by_camera[c.camera_id].condition for c in target.cameras]
        kind = SuspectedKind.of(conditions)
        if kind is SuspectedKind.TRANSMISSION:
            note = _t("suspected transmission fault (the whole EPE does not answer)")
        elif kind is SuspectedKind.EQUIPMENT:
            note = _t("suspected equipment fault (some cameras down, others answer)")
        else:
            note = ""
        say(f"{target.name}" + (f" — {note}" if note else ""))
        for camera in target.cameras:
            result = by_camera[camera.camera_id]
            all_ok = all_ok and result.condition is CameraCondition.OK
            position = CameraPosition(camera.position).label()
            line = (
                f"  {target.name}\t{camera.camera_number}\t{position}\t{result.condition.label()}"
            )
            say(line + (f"\t{result.detail}" if result.detail else ""))
    for opened in outcome.opened:
        say(
            _t("Interruption opened: {epe}, cameras {cameras}, {kind}, due {due}").format(
                epe=opened.epe_name,
                cameras=", ".join(str(n) for n in opened.cameras),
                kind=opened.kind.label(),
                due=opened.due.isoformat(),
            )
        )
    return EXIT_OK if all_ok else EXIT_DOWN
