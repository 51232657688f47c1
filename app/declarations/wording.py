"""How a reconciliation finding is said to a person (translated): its status and its reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.declarations.codes import show_container, show_plate
from app.declarations.reconcile import Finding, ItemKind, Status
from app.timekeeping import show_local


def _t(text: str) -> str:
    return QCoreApplication.translate("Reconcile", text)


def status_label(status: Status) -> str:
    labels = {
        Status.SEEN: _t("seen as declared"),
        Status.OUTSIDE_WINDOW: _t("seen outside the window"),
        Status.POSSIBLE_MISREAD: _t("possible misread"),
        Status.DIFFERENT: _t("seen with a different code"),
        Status.NOT_SEEN: _t("not seen"),
        Status.UNDECLARED: _t("undeclared"),
        Status.MISREAD: _t("unreadable code"),
    }
    return labels[status]


def show_code(kind: ItemKind, value: str) -> str:
    return show_container(value) if kind is ItemKind.CONTAINER else show_plate(value)


def show_duration(delta: dt.timedelta) -> str:
    minutes = round(abs(delta).total_seconds() / 60)
    if minutes < 60:
        return _t("{m} min").format(m=minutes)
    return _t("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


def reason(finding: Finding) -> str:
    """One sentence: what was (not) seen, when, on which camera."""
    read = finding.first_read
    where = (
        _t("{time} on camera {camera}").format(
            time=show_local(read.at, date=False, seconds=True), camera=read.camera
        )
        if read
        else ""
    )
    seen = show_code(finding.kind, finding.seen) if finding.seen else ""
    count = len(finding.reads)
    if finding.status is Status.SEEN:
        return _t("read {count} time(s), first at {where}").format(count=count, where=where)
    if finding.status is Status.OUTSIDE_WINDOW:
        assert finding.offset is not None
        template = (
            _t("read {late} after the window ended, first at {where}")
            if finding.offset > dt.timedelta()
            else _t("read {early} before the window started, first at {where}")
        )
        amount = show_duration(finding.offset)
        return template.format(late=amount, early=amount, where=where)
    if finding.status is Status.POSSIBLE_MISREAD:
        return _t(
            "never read exactly; {seen} (one character different) read at {where}: the officer "
            "decides whether it is a misread"
        ).format(seen=seen, where=where)
    if finding.status is Status.DIFFERENT:
        return _t(
            "the document's other code passed in the window with {seen}, which no document "
            "declares, at {where}"
        ).format(seen=seen, where=where)
    if finding.status is Status.NOT_SEEN:
        return _t("no read of this code, nor of one close to it")
    if finding.status is Status.UNDECLARED:
        return _t("{seen} read {count} time(s) from {where}; no document declares it").format(
            seen=seen, count=count, where=where
        )
    return _t("{seen} read {count} time(s) from {where} is no valid code").format(
        seen=seen, count=count, where=where
    )
