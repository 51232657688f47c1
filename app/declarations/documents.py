"""Customs documents an officer compares with the gate (Decision 247 II.2.1): declarations,
release confirmations, warehouse receipts and delivery notes. Each names an EPE (tax ID), a
direction, the container numbers and vehicle plates expected at the gate and the window in which
they are expected (stored UTC, written in the file in Vietnamese time)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.declarations.codes import show_container, show_plate
from app.declarations.reconcile import DeclaredMovement


class DocumentKind(enum.StrEnum):
    DECLARATION = "declaration"
    RELEASE_CONFIRMATION = "release_confirmation"
    WAREHOUSE_RECEIPT = "warehouse_receipt"
    DELIVERY_NOTE = "delivery_note"

    def label(self) -> str:
        labels = {
            DocumentKind.DECLARATION: QCoreApplication.translate("Declarations", "declaration"),
            DocumentKind.RELEASE_CONFIRMATION: QCoreApplication.translate(
                "Declarations", "release confirmation"
            ),
            DocumentKind.WAREHOUSE_RECEIPT: QCoreApplication.translate(
                "Declarations", "warehouse receipt"
            ),
            DocumentKind.DELIVERY_NOTE: QCoreApplication.translate("Declarations", "delivery note"),
        }
        return labels[self]


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"

    def label(self) -> str:
        if self is Direction.IN:
            return QCoreApplication.translate("Declarations", "in")
        return QCoreApplication.translate("Declarations", "out")


# Words accepted in a file, matched after folding (no accents, lower case, single spaces).
KIND_WORDS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.DECLARATION: (
        "declaration",
        "customs declaration",
        "to khai",
        "to khai hai quan",
        "tk",
    ),
    DocumentKind.RELEASE_CONFIRMATION: (
        "release confirmation",
        "release",
        "release_confirmation",
        "xac nhan thong quan",
        "thong quan",
        "giai phong hang",
    ),
    DocumentKind.WAREHOUSE_RECEIPT: (
        "warehouse receipt",
        "warehouse_receipt",
        "phieu nhap kho",
        "nhap kho",
    ),
    DocumentKind.DELIVERY_NOTE: (
        "delivery note",
        "delivery_note",
        "phieu xuat kho",
        "xuat kho",
        "phieu giao hang",
    ),
}
DIRECTION_WORDS: dict[Direction, tuple[str, ...]] = {
    Direction.IN: ("in", "import", "inbound", "nhap", "vao", "hang nhap"),
    Direction.OUT: ("out", "export", "outbound", "xuat", "ra", "hang xuat"),
}


@dataclass(frozen=True)
class CustomsDocument:
    kind: DocumentKind
    number: str
    epe_id: int
    epe_tax_id: str
    direction: Direction
    containers: tuple[str, ...]  # canonical ISO 6346 numbers
    plates: tuple[str, ...]  # canonical plates
    window_start: dt.datetime  # UTC
    window_end: dt.datetime  # UTC
    goods: str = ""
    source_file: str = ""
    source_line: int | None = None
    id: int | None = None

    def movement(self) -> DeclaredMovement:
        return DeclaredMovement(
            document_kind=self.kind.value,
            number=self.number,
            direction=self.direction.value,
            containers=self.containers,
            plates=self.plates,
            window_start=self.window_start,
            window_end=self.window_end,
        )

    def same_content(self, other: CustomsDocument) -> bool:
        """Equal in everything the file says (not where or when it was imported)."""
        return (
            self.kind,
            self.number,
            self.epe_id,
            self.direction,
            self.containers,
            self.plates,
            self.window_start,
            self.window_end,
            self.goods,
        ) == (
            other.kind,
            other.number,
            other.epe_id,
            other.direction,
            other.containers,
            other.plates,
            other.window_start,
            other.window_end,
            other.goods,
        )

    def shown_containers(self) -> str:
        return "; ".join(show_container(c) for c in self.containers)

    def shown_plates(self) -> str:
        return "; ".join(show_plate(p) for p in self.plates)
