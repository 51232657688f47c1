"""``epewall onvif probe HOST[:PORT]``: what an EPE's ONVIF device says, and its Appendix I verdict.

The account is the EPE's (``--epe NAME``, password from the keyring) or given (``--user USER``,
password from standard input's first line, or a prompt on a terminal); never on the command line.
Stream URIs are printed without credentials.

Exit codes: 0 the device answered (whatever the verdict), 1 it cannot be reached or refused the
account, 2 no such EPE, 3 the keyring cannot be used or holds no password for the EPE.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say
from app.safe_text import one_line
from app.timekeeping import to_utc_iso, utc_now

if TYPE_CHECKING:
    from app.devices import compliance
    from app.devices.probing import DeviceProbe
    from app.domain import Epe

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_UNKNOWN_EPE = 2
EXIT_NO_PASSWORD = 3
# compliance.DEFAULT_SAMPLE_S; the parser is built at every start, so it imports no ONVIF code.
DEFAULT_SAMPLE_S = 10.0


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The ``onvif`` command for ``app.cli.main.build_parser``."""
    onvif = sub.add_parser("onvif", help=_t("ONVIF devices of EPEs"))
    onvif_sub = onvif.add_subparsers(dest="onvif_command", required=True, parser_class=parser_class)
    p = onvif_sub.add_parser(
        "probe",
        help=_t("read device, profiles and stream URIs; judge Appendix I compliance"),
    )
    p.add_argument("address", metavar="HOST[:PORT]")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--epe",
        metavar="EPE_NAME",
        help=_t("use the EPE's account from the keyring"),
    )
    who.add_argument(
        "--user",
        help=_t("account user name; the password is read from stdin"),
    )
    p.add_argument(
        "--sample",
        type=float,
        default=DEFAULT_SAMPLE_S,
        metavar="SECONDS",
        help=_t("seconds of each main stream to measure the frame rate (0: do not)"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=8.0,
        metavar="SECONDS",
        help=_t("give up on a call after this long"),
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.onvif_command == "probe":
            return _probe(args)
    except CommandRefused as exc:
        complain(str(exc))
        return exc.code
    except KeyboardInterrupt:
        complain("")
        return 130
    raise ValueError(f"unknown onvif command {args.onvif_command!r}")


def _read_password() -> str:
    if not sys.stdin.isatty():
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    else:
        try:
            password = getpass.getpass(_t("Password: "))
        except EOFError:
            password = ""
    if not password:
        raise CommandRefused(
            _t(
                "No password given: type it at the prompt or give it as the first line of "
                "standard input."
            ),
            EXIT_NO_PASSWORD,
        )
    return password


def _account(args: argparse.Namespace) -> tuple[str, str, Epe | None]:
    if args.user is not None:
        return args.user, _read_password(), None
    from app.secrets import CredentialStore, SecretsError
    from app.sites.registry import Registry
    from app.storage.database import RegistryError

    try:
        with Registry() as registry:
            epe = registry.find_epe(args.epe)
    except RegistryError as exc:
        raise CommandRefused(str(exc), EXIT_UNREACHABLE) from None
    if epe is None:
        raise CommandRefused(
            _t(
                'No EPE is called "{epe}" or has that tax ID. See the registered EPEs with: '
                "epewall sites list"
            ).format(epe=args.epe),
            EXIT_UNKNOWN_EPE,
        )
    store = CredentialStore()
    try:
        password = store.get_password(epe.uid)
    except SecretsError as exc:
        raise CommandRefused(str(exc), EXIT_NO_PASSWORD) from None
    if not password or not epe.account_user:
        raise CommandRefused(
            _t(
                'No account of EPE "{epe}" is stored. Store it with: epewall credentials set '
                '"{epe}" --user NAME'
            ).format(epe=epe.name),
            EXIT_NO_PASSWORD,
        )
    return epe.account_user, password, epe


def _drive(gen: Generator[tuple[int, int, str], None, Any]) -> Any:
    """Run a progress generator, showing its steps on stderr when that is a terminal."""
    show = sys.stderr.isatty()
    while True:
        try:
            done, total, text = next(gen)
        except StopIteration as stop:
            if show:
                print(file=sys.stderr)
            return stop.value
        if show:
            # \r and erase-to-end-of-line are ours; the step text (device names) is not.
            print(f"\r[{done}/{total}] {one_line(text)}\x1b[K", end="", file=sys.stderr, flush=True)


def _probe(args: argparse.Namespace) -> int:
    from app.devices import compliance
    from app.devices.onvif_client import OnvifError, parse_address
    from app.devices.probing import probe

    try:
        host, port = parse_address(args.address)
    except ValueError as exc:
        raise CommandRefused(str(exc), EXIT_UNREACHABLE) from None
    user, password, epe = _account(args)
    try:
        device: DeviceProbe = _drive(probe(host, port, user, password, timeout=args.timeout))
    except OnvifError as exc:
        raise CommandRefused(str(exc), EXIT_UNREACHABLE) from None
    _print_device(device)
    result = compliance.EpeResult(
        epe_name=epe.name if epe is not None else device.address,
        tax_id=epe.tax_id if epe is not None else "",
        verdict=compliance.Verdict.FAIL,
        checked_at=to_utc_iso(utc_now()),
    )
    if epe is not None:
        status = compliance.exemption(epe)
        result.exemption = status.reason
        if status.exempt:
            result.verdict = compliance.Verdict.EXEMPT
    _drive(
        compliance.judge_probe(result, device, user, password, sample_seconds=max(0.0, args.sample))
    )
    _print_verdict(result)
    return EXIT_OK


def _print_device(device: DeviceProbe) -> None:
    info = device.device
    if info is not None:
        say(
            _t("Device: {maker} {model}, firmware {firmware}, serial {serial}").format(
                maker=info.manufacturer,
                model=info.model,
                firmware=info.firmware,
                serial=info.serial,
            )
        )
    if device.clock_offset_s is not None:
        say(
            _t("Device clock: {offset:+.1f} s from this computer's").format(
                offset=device.clock_offset_s
            )
        )
    for note in device.notes:
        say(_t("Note: {note}").format(note=note))
    services = ", ".join(
        ns.rstrip("/").split("/")[-2] + "/" + ns.rstrip("/").split("/")[-1]
        for ns in sorted(device.services)
    )
    say(_t("Services: {services}").format(services=services))
    say(_t("Video sources: {count}").format(count=len(device.sources)))
    for source in device.sources:
        say(f"  {source.token} ({source.name})")
        main, sub = source.main, source.sub
        for profile in source.profiles:
            role = ""
            if profile is main:
                role = _t("main")
            elif profile is sub:
                role = _t("sub")
            encoding = profile.encoding.summary() if profile.encoding else _t("encoding unknown")
            say(f"    {profile.token} [{role}] {profile.name}: {encoding}")
            if profile.stream_uri:
                say(f"      RTSP: {profile.stream_uri}")
            if profile.snapshot_uri:
                say(f"      {_t('Snapshot')}: {profile.snapshot_uri}")
            if profile.ptz_node:
                presets = device.ptz_presets.get(profile.token, [])
                say(
                    "      "
                    + _t("PTZ node {node}, presets: {presets}").format(
                        node=profile.ptz_node, presets=", ".join(p.name for p in presets) or "-"
                    )
                )
    for problem in device.problems:
        say(_t("Problem: {service} {problem}").format(service=problem.service, problem=problem))
    say(
        _t("Probe took {seconds:.2f} s ({calls} calls).").format(
            seconds=device.seconds, calls=len(device.calls)
        )
    )


def _print_verdict(result: compliance.EpeResult) -> None:
    say()
    say(_t("Appendix I compliance: {verdict}").format(verdict=result.verdict.label()))
    if result.exemption:
        say("  " + result.exemption)
    for camera in result.cameras:
        failing = "; ".join(
            f"{f.item.label()} {f.found} ({f.required})" for f in camera.findings if not f.ok
        )
        measured = f", {camera.measured_fps:.1f} fps" if camera.measured_fps is not None else ""
        line = f"  {camera.source_token} {camera.name}: {camera.verdict.label()} "
        line += f"({camera.encoding}{measured})"
        if failing:
            line += " — " + failing
        say(line)
    if result.clock_warning:
        say(
            "  "
            + _t("Warning: the device's clock is {seconds:+.0f} s off.").format(
                seconds=result.clock_offset_s or 0.0
            )
        )
