"""``epewall sim``: run the simulated EPE site, and take its cameras or EPEs down and up again.

``epewall sim outage --site DESC.json --epe EPE [--camera N] --mode MODE`` asks a running site
(through the control channel named in its description) to fail in MODE now; ``--mode none``
brings it back. ``epewall sim outages --site DESC.json`` lists what is down.
``epewall sim customs-file EPE --date YYYY-MM-DD OUT.csv [--config FILE]`` writes the customs
file of that day's gate traffic, with its planted discrepancies described in
``OUT.truth.json`` (see ``app.simsite.customs_file``).

Exit codes: 0 done, 1 the site cannot be reached or its description read, 2 the site refused the
request (no such EPE or camera); customs-file: 2 on bad input (no such EPE, no gate traffic that
day, a configuration or output file that cannot be used), nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import complain, say

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_REFUSED = 2
# app.simsite.outages.MODES, spelled out so that building the parser imports no simulator code.
MODES = ("none", "refused", "silent", "wrong_account", "no_picture")


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``sim`` command for ``app.cli.main.build_parser``."""
    sim = sub.add_parser("sim", help=_t("run the simulated EPE site until interrupted"))
    sim.add_argument("--describe-to", help=_t("write the site description JSON here"))
    sim.add_argument(
        "--config",
        help=_t("site configuration JSON (default: the built-in demo site)"),
    )
    sim_sub = sim.add_subparsers(dest="sim_command", parser_class=parser_class)
    outage = sim_sub.add_parser(
        "outage", help=_t("take a camera or a whole EPE of a running site down, or up again")
    )
    outage.add_argument(
        "--site", required=True, metavar="DESC.json", help=_t("the running site's description")
    )
    outage.add_argument("--epe", required=True, metavar="EPE", help=_t("the EPE's name or tax ID"))
    outage.add_argument(
        "--camera",
        type=int,
        metavar="N",
        help=_t("the camera's diagram number (leave out: the whole EPE and its ONVIF device)"),
    )
    outage.add_argument(
        "--mode",
        required=True,
        choices=MODES,
        help=_t(
            "refused: connections refused; silent: accepted, never answered; wrong_account: "
            "401 to the right account; no_picture: answers, sends no picture; none: back up"
        ),
    )
    customs = sim_sub.add_parser(
        "customs-file",
        help=_t(
            "write the customs file of a simulated EPE's gate traffic for a day, with planted "
            "discrepancies (and OUT.truth.json saying which)"
        ),
    )
    customs.add_argument("epe", metavar="EPE", help=_t("the EPE's name or tax ID"))
    customs.add_argument(
        "--date", required=True, type=_day, metavar="YYYY-MM-DD", help=_t("the day")
    )
    customs.add_argument("out", metavar="OUT.csv", help=_t("the customs file to write"))
    customs.add_argument(
        "--config",
        dest="customs_config",
        metavar="FILE",
        help=_t("site configuration JSON (default: the built-in demo site)"),
    )
    listing = sim_sub.add_parser("outages", help=_t("list the outages of a running site"))
    listing.add_argument(
        "--site", required=True, metavar="DESC.json", help=_t("the running site's description")
    )


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _t("{text} is not a date as YYYY-MM-DD").format(text=text)
        ) from None


def truth_path(out: Path) -> Path:
    """``OUT.csv`` → ``OUT.truth.json``, beside it."""
    return out.with_name(out.stem + ".truth.json")


def _write_atomically(path: Path, write: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def customs_file(args: argparse.Namespace) -> int:
    from app.exports import write_csv
    from app.simsite import config as sim_config
    from app.simsite import customs_file as sim_customs
    from app.simsite import gate_traffic
    from app.simsite.site import DEFAULT_CONFIG

    source = Path(args.customs_config or args.config or DEFAULT_CONFIG)
    try:
        epes = sim_config.load(source)
    except (OSError, ValueError) as exc:
        complain(
            _t("Cannot use the site configuration {path}: {reason}").format(path=source, reason=exc)
        )
        return EXIT_REFUSED
    wanted = str(args.epe).strip()
    epe = next((e for e in epes if wanted in (e.tax_id, e.name)), None)
    if epe is None:
        complain(_t("No EPE {epe} in {path}.").format(epe=wanted, path=source))
        return EXIT_REFUSED
    if gate_traffic.traffic_of(epe) is None:
        complain(
            _t("{epe} has no gate traffic in {path} (its 'gate_traffic' object).").format(
                epe=epe.name, path=source
            )
        )
        return EXIT_REFUSED
    try:
        header, rows, truth = sim_customs.customs_file(epe, args.date)
    except sim_customs.CustomsFileError:
        complain(
            _t("Too few vehicles with a container pass {epe}'s gate on {day}.").format(
                epe=epe.name, day=args.date.isoformat()
            )
        )
        return EXIT_REFUSED
    out = Path(args.out)
    try:
        _write_atomically(out, lambda handle: write_csv(handle, header, rows))
        _write_atomically(
            truth_path(out),
            lambda handle: handle.write(json.dumps(truth, ensure_ascii=False, indent=2) + "\n"),
        )
    except OSError as exc:
        complain(_t("Cannot write {path}: {reason}").format(path=out, reason=exc.strerror))
        return EXIT_REFUSED
    say(
        _t(
            "{count} documents for {passages} vehicles written to {path}; the plants: {truth}"
        ).format(count=len(rows), passages=truth["passages"], path=out, truth=truth_path(out))
    )
    return EXIT_OK


def _describe(outage: dict[str, Any]) -> str:
    camera = outage.get("camera")
    if camera is None:
        text = _t("EPE {epe} (all cameras and ONVIF): {mode}")
    else:
        text = _t("EPE {epe} camera {camera}: {mode}")
    return text.format(epe=outage.get("epe"), camera=camera, mode=outage.get("mode"))


def run(args: argparse.Namespace) -> int:
    from app.simsite import site as simsite

    if args.sim_command is None:
        return simsite.run_forever(args.config, args.describe_to)
    if args.sim_command == "customs-file":
        return customs_file(args)
    try:
        description = simsite.SiteDescription.load(args.site)
    except simsite.SimSiteError as exc:
        complain(str(exc))
        return EXIT_UNREACHABLE
    try:
        if args.sim_command == "outage":
            outages = simsite.set_outage(description, args.epe, args.mode, args.camera)
        else:
            outages = simsite.current_outages(description)
    except simsite.SimSiteError as exc:
        complain(str(exc))
        return EXIT_REFUSED if isinstance(exc, simsite.OutageRefusedError) else EXIT_UNREACHABLE
    if not outages:
        say(_t("No outage: every camera and ONVIF device of the site answers."))
    for outage in outages:
        say(_describe(outage))
    return EXIT_OK
