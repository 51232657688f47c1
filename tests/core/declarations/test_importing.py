"""Customs files as they are handed in: CSV with Vietnamese or English headers, with or without
BOM, .xlsx workbooks, and files with mistakes (each reported with its line, nothing imported)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.declarations.documents import Direction, DocumentKind
from app.declarations.importing import DeclarationsFileError, import_file, import_steps
from app.declarations.store import list_documents
from app.sites.csv_io import import_csv
from app.sites.registry import Registry
from tests.helpers.xlsx import write_xlsx

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "resources" / "samples" / "declarations_sample.csv"
SITES = REPO / "tests" / "data" / "sites_sample.csv"
SAO_VIET = "0100233488"
HEADER = "kind,number,tax_id,direction,containers,plates,window_start,window_end,goods\n"


@pytest.fixture
def registry_with_epes(registry: Registry) -> Registry:
    assert import_csv(registry, SITES).imported
    return registry


def write(tmp_path: Path, text: str, name: str = "customs.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def stored(registry: Registry) -> int:
    with registry.database() as db:
        return int(db.execute("SELECT count(*) FROM customs_documents").fetchone()[0])


def test_the_sample_file_is_imported_in_utc_and_canonical_form(
    registry_with_epes: Registry,
) -> None:
    report = import_file(registry_with_epes, SAMPLE)

    assert report.ok and report.imported and (report.rows, report.added) == (4, 4)
    documents = list_documents(registry_with_epes, day=dt.date(2026, 12, 2))
    first = documents[0]
    assert (first.kind, first.number, first.epe_tax_id) == (
        DocumentKind.DECLARATION,
        "106123456780",
        SAO_VIET,
    )
    assert first.direction is Direction.IN
    assert first.containers == ("CSQU3054383",) and first.plates == ("51C12345",)
    # 08:00 in Vietnam is 01:00 UTC.
    assert first.window_start == dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)
    note = next(d for d in documents if d.kind is DocumentKind.DELIVERY_NOTE)
    assert note.containers == ("MSKU9070323", "TGHU0000008") and note.plates == ("29H12345",)
    assert note.direction is Direction.OUT
    assert note.window_start == dt.datetime(2026, 12, 2, 6, 30, tzinfo=dt.UTC)  # 02/12/2026 13:30


def test_importing_the_same_documents_again_updates_never_duplicates(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    import_file(registry_with_epes, SAMPLE)
    again = import_file(registry_with_epes, SAMPLE)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)

    changed = write(
        tmp_path,
        HEADER + f"declaration,106123456780,{SAO_VIET},in,CSQU3054383,51C-123.46,"
        "2026-12-02 09:00,2026-12-02 11:00,Linh kiện\n",
    )
    report = import_file(registry_with_epes, changed)
    assert (report.added, report.updated) == (0, 1)
    assert stored(registry_with_epes) == 4
    declaration = next(
        d for d in list_documents(registry_with_epes) if d.kind is DocumentKind.DECLARATION
    )
    assert declaration.plates == ("51C12346",)


def test_english_headers_and_a_bom_and_semicolons_are_read(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "Document kind;Document number;Tax ID;Direction;Container numbers;Vehicle plates;"
        "Window start;Window end\n"
        f"delivery note;PXK-1;{SAO_VIET};out;MSKU 907032 3, TGHU 000000 8;29H 12345;"
        "2026-12-02T13:30;2026-12-02T15:00+07:00\n",
        bom=True,
    )
    report = import_file(registry_with_epes, path)
    assert report.imported, [str(p) for p in report.problems]
    (document,) = list_documents(registry_with_epes)
    assert document.containers == ("MSKU9070323", "TGHU0000008")
    assert document.window_end == dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        HEADER + f"declaration,1,{SAO_VIET},in,CSQU3054383,51C-123.45,2026-12-02 08:00,"
        "2026-12-02 09:00,ok\n"
        f"declaration,2,{SAO_VIET},in,CSQU3054384,,2026-12-02 08:00,2026-12-02 09:00,\n"
        "declaration,3,0101243150,in,CSQU3054383,,2026-12-02 08:00,2026-12-02 09:00,\n"
        f"declaration,4,{SAO_VIET},in,CSQU3054383,,2026-12-02 10:00,2026-12-02 09:00,\n"
        f"declaration,5,{SAO_VIET},in,,51C-123,2026-12-02 08:00,2026-12-02 09:00,\n"
        f"declaration,,{SAO_VIET},in,CSQU3054383,,2026-12-02 08:00,2026-12-02 09:00,\n"
        f"declaration,1,{SAO_VIET},in,CSQU3054383,,2026-12-02 08:00,2026-12-02 09:00,\n"
        f"invoice,7,{SAO_VIET},sideways,CSQU3054383,,tomorrow,2026-12-02 09:00,\n",
    )
    report = import_file(registry_with_epes, path)

    reasons = [(p.line, p.message) for p in report.problems]
    assert not report.imported and stored(registry_with_epes) == 0
    assert [line for line, _ in reasons] == [3, 4, 5, 6, 7, 8, 9, 9, 9]
    text = "\n".join(str(p) for p in report.problems)
    assert "line 3: containers: CSQU3054384 has a wrong check digit (ISO 6346 gives 3" in text
    assert "line 4: tax_id: no EPE in the registry has the tax ID 0101243150" in text
    assert "line 5: window_end: the window ends before it starts" in text
    assert "line 6: plates: 51C-123 is not a Vietnamese plate" in text
    assert "line 7: number: the document number is missing" in text
    assert "line 8: declaration 1 is already on line 2" in text
    assert "line 9: kind: invoice is not a document kind" in text
    assert "line 9: direction: sideways is not a direction" in text
    assert "line 9: window_start: tomorrow is not a date and time" in text


def test_a_dry_run_checks_everything_and_writes_nothing(
    registry_with_epes: Registry,
) -> None:
    report = import_file(registry_with_epes, SAMPLE, dry_run=True)
    assert report.ok and report.added == 4 and not report.imported
    assert stored(registry_with_epes) == 0


def test_an_excel_workbook_is_read_with_its_dates_and_number_cells(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "customs.xlsx",
        [
            ["Loại chứng từ", "Số chứng từ", "Mã số thuế", "Hướng", "Số container",
             "Biển số xe", "Từ", "Đến", "Mô tả hàng hóa"],
            ["Tờ khai", 106123456780, 100233488, "Xuất", "CSQU 305438 3", "51C-123.45",
             dt.datetime(2026, 12, 2, 8, 0), dt.datetime(2026, 12, 2, 10, 0), "Vải"],
            [],
            ["Phiếu nhập kho", "PNK-1", SAO_VIET, "Nhập", "", "59-X1 123.45",
             "2026-12-02 16:00", "2026-12-02 16:30", ""],
        ],
    )  # fmt: skip
    report = import_file(registry_with_epes, path)
    assert report.imported, [str(p) for p in report.problems]
    declaration, receipt = list_documents(registry_with_epes)
    # A tax ID typed as a number lost its leading 0 in Excel; the number has no ".0".
    assert (declaration.number, declaration.epe_tax_id) == ("106123456780", SAO_VIET)
    assert declaration.window_start == dt.datetime(2026, 12, 2, 1, 0, tzinfo=dt.UTC)
    assert declaration.direction is Direction.OUT
    assert receipt.plates == ("59X112345",)


def test_a_bad_row_of_a_workbook_gives_its_sheet_row(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "customs.xlsx",
        [
            ["kind", "number", "tax_id", "direction", "containers", "plates", "window_start",
             "window_end"],
            [],
            ["declaration", "9", SAO_VIET, "in", "CSQU3054384", "", "2026-12-02 08:00",
             "2026-12-02 09:00"],
        ],
    )  # fmt: skip
    report = import_file(registry_with_epes, path)
    assert [p.line for p in report.problems] == [3]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
        ("kind,number\n".encode("utf-16"), "neither a CSV text file"),
        (b"", "is empty"),
    ],
)
def test_a_file_that_is_no_table_is_refused_with_a_reason(
    registry_with_epes: Registry, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "customs.csv"
    path.write_bytes(content)
    with pytest.raises(DeclarationsFileError, match=words):
        import_file(registry_with_epes, path)


def test_unknown_and_missing_columns_are_named(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    report = import_file(registry_with_epes, write(tmp_path, "kind,number,colour\nx,1,red\n"))
    text = " ".join(str(p) for p in report.problems)
    assert "unknown column colour" in text
    assert "no column tax_id, direction, containers, plates, window_start, window_end" in text


def test_a_failed_write_leaves_nothing_half_imported(
    registry_with_epes: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.declarations import store

    real = store._row
    calls = []

    def failing(document, now):  # type: ignore[no-untyped-def]
        calls.append(document)
        if len(calls) == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real(document, now)

    monkeypatch.setattr(store, "_row", failing)
    with pytest.raises(Exception, match="disk I/O error|could not"):
        import_file(registry_with_epes, SAMPLE)
    assert stored(registry_with_epes) == 0


def test_the_import_yields_progress_before_it_saves(registry_with_epes: Registry) -> None:
    steps = import_steps(registry_with_epes, SAMPLE)
    messages = []
    try:
        while True:
            messages.append(next(steps)[2])
    except StopIteration as stop:
        assert stop.value.imported
    assert messages[-1] == "Saving…"


def test_a_workbook_that_unpacks_beyond_the_cap_is_refused_before_it_is_read(
    registry_with_epes: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.declarations import importing

    path = write_xlsx(tmp_path / "big.xlsx", [["kind"], ["x" * 4000]])
    monkeypatch.setattr(importing, "MAX_UNPACKED", 2000)
    with pytest.raises(DeclarationsFileError, match="unpacks to more than"):
        import_file(registry_with_epes, path)


def test_control_characters_in_a_cell_are_not_echoed_raw(
    registry_with_epes: Registry, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        HEADER + f"\x1b[2Jdeclaration\x07,1,{SAO_VIET},in,CSQU3054383,,"
        "2026-12-02 08:00,2026-12-02 09:00,\n",
    )
    (problem,) = import_file(registry_with_epes, path).problems
    assert "\x1b" not in str(problem) and "\x07" not in str(problem)
