"""``epewall sim``: run the simulated EPE site, and take its cameras or EPEs down and up again.

``epewall sim outage --site DESC.json --epe EPE [--camera N] --mode MODE`` asks a running site
(through the control channel named in its description) to fail in MODE now; ``--mode none``
brings it back. ``epewall sim outages --site DESC.json`` lists what is down.

Exit codes: 0 done, 1 the site cannot be reached or its description read, 2 the site refused the
request (no such EPE or camera).
"""

from __future__ import annotations

import argparse
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
    listing = sim_sub.add_parser("outages", help=_t("list the outages of a running site"))
    listing.add_argument(
        "--site", required=True, metavar="DESC.json", help=_t("the running site's description")
    )


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
