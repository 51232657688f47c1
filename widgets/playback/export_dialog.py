"""Export a recorded range of one or several cameras as evidence: MP4 files remuxed without
re-encoding, ``manifest.json`` with their SHA-256, and the manifest as a printable A4 PDF.

The export runs as a Job (progress, cancel: a cancelled export leaves no files). The work is
``app.playback.investigation.export_steps`` (replay, then ``audited_export_steps``: it checks the
role and writes the audit log and the export record). The PDF is made here with QTextDocument,
in the interface language (Vietnamese for officers), and replaces the plain one the core writes;
the JSON manifest alone is authoritative.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.domain import Epe
from app.evidence import export as evidence
from app.evidence.signing import show_fingerprint
from app.media.puller import Credentials
from app.officers.profiles import Officer
from app.playback.investigation import export_context, export_steps
from app.recorders.base import UTC, Recorder
from app.rotation.ledger import Ledger
from app.sites.registry import Registry
from app.timekeeping import VIETNAM
from app.workers import CancelledError, Job, JobQueue
from widgets.common.official_document import NOWRAP, Signer, mono, page_html, write_pdf
from widgets.common.tool_window import work_done

MAX_EXPORT = dt.timedelta(hours=2)


def _to_qdatetime(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone(VIETNAM)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def _from_qdatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(
        date.year(),
        date.month(),
        date.day(),
        time.hour(),
        time.minute(),
        time.second(),
        tzinfo=VIETNAM,
    ).astimezone(UTC)


def default_folder(tax_id: str, start: dt.datetime) -> Path:
    stamp = start.astimezone(VIETNAM).strftime("%Y%m%d-%H%M%S")
    base = paths.data_dir() / "evidence" / f"{tax_id}_{stamp}"
    candidate, serial = base, 1
    while candidate.exists() and any(candidate.iterdir()):
        serial += 1
        candidate = base.with_name(f"{base.name}_{serial}")
    return candidate


class ExportDialog(QDialog):
    exported = Signal(object)  # Path of the evidence folder

    def __init__(
        self,
        registry: Registry,
        ledger: Ledger,
        officer: Officer,
        epe: Epe,
        recorder: Recorder,
        account: Credentials,
        cameras: Sequence[tuple[int, str]],
        start: dt.datetime,
        end: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._registry = registry
        self._ledger = ledger
        self._officer = officer
        self._epe = epe
        self._recorder = recorder
        self._account = account
        self._queue = JobQueue("export", self)
        self.job: Job | None = None
        self.folder: Path | None = None
        self.pdf_path: Path | None = None

        self.from_edit = QDateTimeEdit(_to_qdatetime(start), self)
        self.to_edit = QDateTimeEdit(_to_qdatetime(end), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.camera_list = QListWidget(self)
        self.camera_list.setObjectName("exportCameras")
        for number, name in cameras:
            item = QListWidgetItem(name, self.camera_list)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.camera_list.setMaximumHeight(100)
        self.folder_edit = QLineEdit(str(default_folder(epe.tax_id, start)), self)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("From (Vietnam time):"), self.from_edit)
        form.addRow(self.tr("To (Vietnam time):"), self.to_edit)
        form.addRow(self.tr("Cameras:"), self.camera_list)
        form.addRow(self.tr("Folder:"), folder_row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Evidence from {epe} ({tax_id}): the recording is "
                    "copied as it is (not re-encoded), with a manifest of "
                    "SHA-256 checksums."
                ).format(epe=epe.name, tax_id=epe.tax_id),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Export evidence"))
        self.resize(560, 380)

    # --- what the officer chose -------------------------------------------------------------
    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        self.from_edit.setDateTime(_to_qdatetime(start))
        self.to_edit.setDateTime(_to_qdatetime(end))

    def export_range(self) -> tuple[dt.datetime, dt.datetime]:
        return _from_qdatetime(self.from_edit.dateTime()), _from_qdatetime(self.to_edit.dateTime())

    def chosen_cameras(self) -> list[tuple[int, str]]:
        out = []
        for row in range(self.camera_list.count()):
            item = self.camera_list.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                out.append((int(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        return out

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the evidence"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    # --- running ------------------------------------------------------------------------------
    def start_export(self) -> Job | None:
        start, end = self.export_range()
        cameras = self.chosen_cameras()
        folder = Path(self.folder_edit.text().strip())
        if end <= start:
            self._say(self.tr("The end of the range must come after its start."))
            return None
        if end - start > MAX_EXPORT:
            self._say(self.tr("Export at most two hours at a time."))
            return None
        if not cameras:
            self._say(self.tr("Choose at least one camera."))
            return None
        if not self.folder_edit.text().strip():
            self._say(self.tr("Choose a folder."))
            return None
        if folder.exists() and any(folder.iterdir()):
            self._say(self.tr("The folder is not empty. Choose a new or empty folder."))
            return None
        context = export_context(
            self._registry, self._officer, self._epe, self._recorder, start, end
        )
        self.job = Job(
            export_steps,
            self._ledger,
            self._officer,
            self._recorder,
            self._account,
            cameras,
            start,
            end,
            folder,
            context,
        )
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_done)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.finished.connect(self._on_finished)
        self._set_running(True)
        self._say(self.tr("Copying the recording…"))
        return self._queue.submit(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._say(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))

    def _on_done(self, folder: Path) -> None:
        self.folder = folder
        data = json.loads((folder / evidence.MANIFEST_NAME).read_text(encoding="utf-8"))
        self.pdf_path = write_manifest_pdf(data, folder / evidence.PDF_NAME)
        self.progress.setValue(self.progress.maximum())
        self._say(
            self.tr(
                "Exported {files} files to {folder}. Check them later with "
                "'epewall evidence verify'."
            ).format(files=len(data["files"]), folder=folder)
        )
        work_done(self.cancel_button)
        self.exported.emit(folder)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CancelledError):
            self.progress.setValue(0)
            self._say(self.tr("Export cancelled; no files were kept."))
        else:
            self._say(
                self.tr("The export failed: {error}").format(error=str(exc) or type(exc).__name__)
            )

    def _on_finished(self) -> None:
        self.job = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        if running:
            work_done(self.cancel_button, done=False)
        for widget in (
            self.from_edit,
            self.to_edit,
            self.camera_list,
            self.folder_edit,
            self.browse_button,
        ):
            widget.setEnabled(not running)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self._queue.wait(10_000)
        super().done(result)


# --- the printable manifest ----------------------------------------------------------------------


def _labels() -> dict[str, str]:
    vietnam = QCoreApplication.translate("EvidencePrint", "Vietnam time")
    return {
        "title": QCoreApplication.translate("EvidencePrint", "Evidence export manifest"),
        "epe": QCoreApplication.translate("EvidencePrint", "Enterprise (EPE)"),
        "tax_id": QCoreApplication.translate("EvidencePrint", "Tax ID"),
        "recorder": QCoreApplication.translate("EvidencePrint", "Recorder"),
        "from": QCoreApplication.translate("EvidencePrint", "Recorded from"),
        "to": QCoreApplication.translate("EvidencePrint", "Recorded to"),
        "cameras": QCoreApplication.translate("EvidencePrint", "Cameras"),
        "by": QCoreApplication.translate("EvidencePrint", "Exported by"),
        "at": QCoreApplication.translate("EvidencePrint", "Exported at"),
        "files": QCoreApplication.translate("EvidencePrint", "Files"),
        "camera": QCoreApplication.translate("EvidencePrint", "Camera"),
        "file": QCoreApplication.translate("EvidencePrint", "File"),
        "seconds": QCoreApplication.translate("EvidencePrint", "Seconds"),
        "bookmarks": QCoreApplication.translate("EvidencePrint", "Bookmarks"),
        "check": QCoreApplication.translate(
            "EvidencePrint",
            "Check the files with: epewall evidence verify <folder>. The JSON "
            "manifest is authoritative; this page is its printout.",
        ),
        "signer": QCoreApplication.translate("EvidencePrint", "Signed by workstation"),
        "fingerprint": QCoreApplication.translate("EvidencePrint", "Key fingerprint"),
        "public_key": QCoreApplication.translate("EvidencePrint", "Public key (Ed25519)"),
        "officer": QCoreApplication.translate("EvidencePrint", "Officer who exported"),
        "head": QCoreApplication.translate("EvidencePrint", "Head of unit"),
        "vietnam": vietnam,
    }


def manifest_html(data: dict[str, Any]) -> str:
    """The manifest as a printable page (escaped HTML for QTextDocument)."""
    label = {k: html.escape(v) for k, v in _labels().items()}

    def esc(value: object) -> str:
        return html.escape(str(value))

    rng, who = data["recorded_range"], data["exported_by"]
    vn = label["vietnam"]
    rows = [
        (label["epe"], esc(data["epe"]["name"])),
        (label["tax_id"], esc(data["epe"]["tax_id"])),
        (label["recorder"], esc(f"{data['recorder']['kind']} · {data['recorder']['host']}")),
        (label["from"], f"{esc(rng['start_vietnam'])} ({vn}) · {esc(rng['start_utc'])}"),
        (label["to"], f"{esc(rng['end_vietnam'])} ({vn}) · {esc(rng['end_utc'])}"),
        (label["cameras"], esc(", ".join(str(c) for c in data["cameras"]))),
        (label["by"], esc(f"{who['officer_name']} ({who['officer_code']})")),
        (label["at"], f"{esc(data['exported_at_vietnam'])} ({vn})"),
    ]
    signer = data.get("signer")
    if isinstance(signer, dict):
        rows += [
            (label["signer"], esc(signer["workstation"])),
            (label["fingerprint"], f"<b>{esc(show_fingerprint(signer['fingerprint']))}</b>"),
            (
                label["public_key"],
                f"<span style='font-size: 7pt'>{esc(signer['public_key'])}</span>",
            ),
        ]
    table = "<table cellpadding='3' cellspacing='0' border='1' width='100%'>"
    parts = [
        "<div style='font-size: 10pt'>",
        table,
    ]
    parts += [f"<tr><td width='28%'><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts.append(f"<h3>{label['files']}</h3>{table}")
    parts.append(
        f"<tr><th width='30%'>{label['camera']}</th><th width='55%'>{label['file']}"
        f"</th><th width='15%'>{label['seconds']}</th></tr>"
    )
    for entry in data["files"]:
        # The hash on its own row across the table: whole, on one line, to be compared by eye.
        parts.append(
            f"<tr><td>{esc(entry['camera_name'] or entry['camera'])}</td>"
            f"<td>{esc(entry['name'])}</td><td>{esc(entry['seconds'])}</td></tr>"
            f"<tr><td colspan='3'{NOWRAP}>SHA-256: {mono(entry['sha256'])}</td></tr>"
        )
    parts.append("</table>")
    if data.get("bookmarks"):
        parts.append(f"<h3>{label['bookmarks']}</h3><ul>")
        parts += [
            f"<li>{esc(b['at_vietnam'])} · {label['camera']} {esc(b['camera'])}: "
            f"{esc(b['note'])}</li>"
            for b in data["bookmarks"]
        ]
        parts.append("</ul>")
    parts.append(f"<p>{label['check']}</p></div>")
    labels = _labels()
    return page_html(
        labels["title"],
        "".join(parts),
        [
            Signer(labels["officer"], str(who["officer_name"])),
            Signer(labels["head"]),
        ],
    )


def write_manifest_pdf(data: dict[str, Any], target: Path) -> Path:
    """The printable manifest, A4 portrait, in the layout of a signed page."""
    return write_pdf(manifest_html(data), target, f"{_labels()['title']} – {data['epe']['name']}")
