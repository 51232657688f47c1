"""``epewall declarations scan EPE --date D``: read the gate recording of one EPE-day and store the
container numbers and plates it shows (``app.declarations.scan``), ready for ``epewall reconcile``.

Progress goes to standard error, one line per moment read; the summary to standard output.
Exit 0 done, 2 the scan could not run or stopped on an error (reads already stored stay),
130 interrupted (the same).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.cli.output import CommandRefused, complain, say

if TYPE_CHECKING:
    from app.declarations.scan import ScanSummary
    from app.sites.registry import Registry

EXIT_OK = 0
EXIT_BAD = 2
EXIT_INTERRUPTED = 130


def _t(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def add_parser(decl_sub: Any) -> None:
    """``scan`` under ``epewall declarations``."""
    scan = decl_sub.add_parser(
        "scan",
        help=_t(
            "read container numbers and plates in an EPE's gate recording of a day (the "
            "recorder's motion events) and store them for reconcile"
        ),
    )
    scan.add_argument("epe", metavar="EPE_NAME")
    scan.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    scan.add_argument(
        "--from", dest="from_time", metavar="HH:MM", help=_t("only from this time (Vietnam time)")
    )
    scan.add_argument(
        "--to", dest="to_time", metavar="HH:MM", help=_t("only until this time (Vietnam time)")
    )


def _clock(text: str | None) -> dt.time | None:
    if text is None:
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise CommandRefused(
            _t("{value} is not a time; write it as HH:MM.").format(value=text), EXIT_BAD
        ) from None


def scan_span(
    day: dt.date, from_time: str | None, to_time: str | None, now: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    """The UTC span of ``day`` (Vietnam) between the optional times, ending now at the latest."""
    from app.declarations.scan import day_span
    from app.timekeeping import VIETNAM

    start, end = day_span(day, now)
    lo, hi = _clock(from_time), _clock(to_time)
    if lo is not None:
        start = max(start, dt.datetime.combine(day, lo, VIETNAM).astimezone(dt.UTC))
    if hi is not None:
        end = min(end, dt.datetime.combine(day, hi, VIETNAM).astimezone(dt.UTC))
    return start, end


def summary_text(name: str, day: dt.date, summary: ScanSummary) -> str:
    text = _t(
        "{name}, {day}: {moments} moments of the gate recording read, {frames} frames "
        "decoded, {ocr} read by OCR; {reads} codes stored ({valid} valid) in {seconds:.0f} s."
    ).format(
        name=name,
        day=day.isoformat(),
        moments=summary.moments,
        frames=summary.frames,
        ocr=summary.ocr_frames,
        reads=summary.reads,
        valid=summary.valid,
        seconds=summary.seconds,
    )
    if summary.skipped:
        text += " " + _t("{count} moments had no recording.").format(count=summary.skipped)
    if not summary.from_events:
        text += " " + _t(
            "The recorder reported no motion on the gate cameras: the declared windows were read."
        )
    return text


def run(
    registry: Registry,
    epe_name: str,
    day: dt.date,
    from_time: str | None = None,
    to_time: str | None = None,
) -> int:
    import threading

    from app.declarations.scan import ScanError, scan_steps
    from app.timekeeping import utc_now

    epe = registry.find_epe(epe_name)
    if epe is None or epe.id is None:
        raise CommandRefused(
            _t("No EPE named {name} (name or tax ID).").format(name=epe_name), EXIT_BAD
        )
    start, end = scan_span(day, from_time, to_time, utc_now())
    if end <= start:
        raise CommandRefused(
            _t("Nothing is recorded yet in that span of {day}.").format(day=day.isoformat()),
            EXIT_BAD,
        )
    cancel = threading.Event()
    steps = scan_steps(registry, epe.id, start, end, cancel=cancel)
    shown = -1
    try:
        while True:
            try:
                done, _total, text = next(steps)
            except StopIteration as stop:
                summary: ScanSummary = stop.value
                break
            if done != shown and text:
                shown = done
                complain(text)
    except ScanError as exc:
        complain(str(exc))
        complain(_t("The codes read before the error are stored."))
        return EXIT_BAD
    except KeyboardInterrupt:
        cancel.set()
        steps.close()
        complain(_t("Interrupted; the codes read so far are stored."))
        return EXIT_INTERRUPTED
    say(summary_text(epe.name, day, summary))
    return EXIT_OK
