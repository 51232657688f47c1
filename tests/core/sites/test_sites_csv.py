"""CSV import and export of EPEs and cameras, with the files an admin would really hand in."""

from __future__ import annotations

import codecs
import datetime as dt
import io
from pathlib import Path

import pytest

from app.domain import Camera, CameraPosition, ConnectionMethod, Epe, RiskLevel
from app.media.puller import with_credentials
from app.sites.csv_io import (
    COLUMNS,
    EPE_COLUMNS,
    ImportReport,
    SitesFileError,
    export_csv,
    import_csv,
    import_csv_steps,
)
from app.sites.registry import Registry
from app.storage.database import RegistryError
from tests.helpers.csv_files import bad_sites_file

DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLE = DATA / "sites_sample.csv"
VIETNAMESE = DATA / "sites_vi.csv"
HEADER = ",".join(COLUMNS)
SAO_VIET = "0100233488"


def write(tmp_path: Path, text: str, name: str = "sites.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(report: ImportReport) -> list[tuple[int | None, str]]:
    return [(p.line, p.column) for p in report.problems]


def exported(registry: Registry) -> str:
    out = io.StringIO()
    export_csv(registry, out)
    return out.getvalue()


# --- good files -----------------------------------------------------------------------------------


def test_sample_file_is_imported_with_every_field(registry: Registry) -> None:
    report = import_csv(registry, SAMPLE)

    assert report.ok and report.imported and report.rows == 8
    assert (report.epes_added, report.cameras_added) == (3, 7)
    assert (report.epes_updated, report.cameras_updated) == (0, 0)
    sao_viet = registry.find_epe(SAO_VIET)
    assert sao_viet is not None and sao_viet.id is not None
    assert sao_viet.name == "Công ty TNHH Điện tử Sao Việt"
    assert sao_viet.address == "Lô A1, KCX Tân Thuận, Quận 7, TP.HCM"
    assert sao_viet.connection is ConnectionMethod.INTERNET
    assert sao_viet.risk_level is RiskLevel.MEDIUM
    assert sao_viet.licence_date == dt.date(2019, 5, 10)
    assert sao_viet.account_user == "haiquan_view"
    cameras = registry.list_cameras(sao_viet.id)
    assert [(c.diagram_number, c.position) for c in cameras] == [
        (1, CameraPosition.GATE),
        (2, CameraPosition.STORAGE_DOOR),
        (3, CameraPosition.STORAGE_YARD),
        (4, CameraPosition.INSIDE_STORAGE),
        (5, CameraPosition.OTHER),
    ]
    assert cameras[2].sub_url == ""
    phu_hung = registry.find_epe("Công ty TNHH May mặc Phú Hưng")
    assert phu_hung is not None and phu_hung.id is not None
    gate = registry.list_cameras(phu_hung.id)[0]
    assert gate.notes == "Đọc biển số xe\nvà số container"
    assert gate.main_url == "rtsp://172.16.5.20:554/cam/realmonitor?channel=1&subtype=0"
    dong_a = registry.find_epe("8698980006")
    assert dong_a is not None and dong_a.id is not None
    assert registry.list_cameras(dong_a.id) == []  # declared without cameras
    assert dong_a.established_date is None


def test_vietnamese_excel_file_with_labels_and_local_dates(registry: Registry) -> None:
    # BOM, ';' delimiter, CRLF, Vietnamese headers (one typed without accents), dd/mm/yyyy,
    # enum labels in Vietnamese, one of them without accents ("cong").
    assert VIETNAMESE.read_bytes().startswith(codecs.BOM_UTF8)
    report = import_csv(registry, VIETNAMESE)

    assert report.ok, [str(p) for p in report.problems]
    assert (report.epes_added, report.cameras_added) == (2, 6)
    binh_duong = registry.find_epe("2425348894")
    assert binh_duong is not None and binh_duong.id is not None
    assert binh_duong.name == "Công ty TNHH Cơ khí Bình Dương"
    assert binh_duong.connection is ConnectionMethod.PRIVATE_CHANNEL
    assert binh_duong.risk_level is RiskLevel.MEDIUM
    assert binh_duong.licence_date == dt.date(2021, 4, 25)
    assert binh_duong.established_date == dt.date(2022, 3, 2)
    positions = [c.position for c in registry.list_cameras(binh_duong.id)]
    assert positions == [
        CameraPosition.GATE,
        CameraPosition.STORAGE_DOOR,
        CameraPosition.STORAGE_YARD,
        CameraPosition.INSIDE_STORAGE,
        CameraPosition.OTHER,
    ]
    ha_noi = registry.find_epe("9681498847")
    assert ha_noi is not None and ha_noi.id is not None
    assert ha_noi.risk_level is RiskLevel.HIGH
    assert registry.list_cameras(ha_noi.id)[0].position is CameraPosition.GATE


def test_excel_sep_line_and_semicolons(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, "sep=;\r\nepe_name;tax_id;risk_level\r\nCông ty A;0100233488;Cao\r\n")
    report = import_csv(registry, path)
    assert report.ok, [str(p) for p in report.problems]
    epe = registry.find_epe(SAO_VIET)
    assert epe is not None and epe.risk_level is RiskLevel.HIGH


def test_dry_run_checks_and_counts_but_changes_nothing(registry: Registry) -> None:
    report = import_csv(registry, SAMPLE, dry_run=True)
    assert report.ok and not report.imported
    assert (report.epes_added, report.cameras_added) == (3, 7)
    assert registry.list_epes() == []


def test_reimport_matches_by_tax_id_and_diagram_number(registry: Registry, tmp_path: Path) -> None:
    import_csv(registry, SAMPLE)
    before = registry.find_epe(SAO_VIET)
    assert before is not None and before.id is not None
    extra = registry.add_camera(
        Camera(epe_id=before.id, diagram_number=9, position=CameraPosition.GATE, name="Cổng phụ")
    )

    again = import_csv(registry, SAMPLE)
    assert (again.epes_added, again.epes_updated, again.epes_unchanged) == (0, 0, 3)
    assert (again.cameras_added, again.cameras_updated, again.cameras_unchanged) == (0, 0, 7)

    changed = SAMPLE.read_text(encoding="utf-8").replace("028 3770 1234", "028 3770 9999")
    changed = changed.replace("Cổng chính", "Cổng chính (mới)")
    report = import_csv(registry, write(tmp_path, changed))
    assert (report.epes_added, report.epes_updated, report.epes_unchanged) == (0, 1, 2)
    assert (report.cameras_added, report.cameras_updated, report.cameras_unchanged) == (0, 1, 6)
    after = registry.find_epe(SAO_VIET)
    assert after is not None
    assert after.contact_phone == "028 3770 9999"
    assert after.uid == before.uid  # the keyring key survives an import
    assert after.id is not None
    names = {c.diagram_number: c.name for c in registry.list_cameras(after.id)}
    assert names[1] == "Cổng chính (mới)"
    assert names[9] == extra.name  # a camera missing from the file is kept


def test_absent_columns_keep_values_and_empty_cells_clear_them(
    registry: Registry, tmp_path: Path
) -> None:
    import_csv(registry, SAMPLE)
    only_names = write(
        tmp_path, "tax_id,epe_name,address\n0100233488,Công ty TNHH Điện tử Sao Việt,\n"
    )
    report = import_csv(registry, only_names)
    assert report.ok and report.epes_updated == 1
    epe = registry.find_epe(SAO_VIET)
    assert epe is not None
    assert epe.address == ""  # the column is there, empty: cleared
    assert epe.contact_phone == "028 3770 1234"  # the column is absent: kept
    assert epe.risk_level is RiskLevel.MEDIUM


def test_merged_cells_in_later_rows_count_as_the_same_epe(
    registry: Registry, tmp_path: Path
) -> None:
    text = (
        "epe_name,tax_id,contact_person,diagram_number,position\n"
        "Công ty A,0100233488,Nguyễn Văn An,1,gate\n"
        ",0100233488,,2,storage_door\n"
    )
    report = import_csv(registry, write(tmp_path, text))
    assert report.ok, [str(p) for p in report.problems]
    epe = registry.find_epe(SAO_VIET)
    assert epe is not None and epe.id is not None
    assert epe.contact_person == "Nguyễn Văn An"
    assert len(registry.list_cameras(epe.id)) == 2


# --- export ---------------------------------------------------------------------------------------


def test_export_round_trips_byte_for_byte(registry: Registry, tmp_path: Path) -> None:
    import_csv(registry, SAMPLE)
    import_csv(registry, VIETNAMESE)
    first = exported(registry)

    assert first.startswith("\ufeff" + HEADER + "\n")
    assert len(first.splitlines()) == 1 + 13 + 1 + 1  # header, 13 cameras, 1 EPE without, 1 notes
    path = tmp_path / "export.csv"
    path.write_text(first, encoding="utf-8", newline="")

    with Registry(tmp_path / "other.sqlite3") as fresh:
        report = import_csv(fresh, path)
        assert report.ok and (report.epes_added, report.cameras_added) == (5, 13)
        assert exported(fresh) == first
    again = import_csv(registry, path)
    assert (again.epes_unchanged, again.cameras_unchanged) == (5, 13)


def test_export_has_no_secrets_and_no_bom_when_asked(registry: Registry) -> None:
    import_csv(registry, SAMPLE)
    out = io.StringIO()
    counts = export_csv(registry, out, bom=False)
    assert (counts.epes, counts.cameras) == (3, 7)
    text = out.getvalue()
    assert text.startswith(HEADER)
    assert "@" not in text and "password" not in text.lower()


def test_export_of_an_empty_registry_is_a_header_that_imports_as_nothing(
    registry: Registry, tmp_path: Path
) -> None:
    path = write(tmp_path, exported(registry))
    report = import_csv(registry, path)
    assert report.ok and report.rows == 0 and registry.list_epes() == []


# --- bad files ------------------------------------------------------------------------------------


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(
    registry: Registry, tmp_path: Path
) -> None:
    report = import_csv(registry, bad_sites_file(tmp_path))

    assert not report.imported
    assert registry.list_epes() == [] and registry.list_cameras() == []
    assert problems(report) == [
        (3, "tax_id"),  # wrong check digit
        (4, "licence_date"),  # 31/02
        (5, "position"),  # "roof"
        (6, "diagram_number"),  # 0
        (7, "main_url"),  # http://
        (8, "main_url"),  # a password in the URL
        (9, "diagram_number"),  # camera 1 of Sao Việt again
        (10, "epe_name"),  # another name for the same tax ID
        (11, "contact_phone"),  # "abc"
        (12, "epe_name"),  # no name
        (13, "tax_id"),  # Excel dropped the leading zero
    ]
    text = "\n".join(str(p) for p in report.problems)
    assert "line 8: main_url:" in text and "keyring" in text
    assert "Secr3t" not in text and "admin" not in text
    # No part of a URL that carries a credential is repeated, not even its host.
    assert "10.20.3.1" not in text
    assert "line 9: diagram_number: camera 1 of this EPE is already on line 2." in text
    assert "line 10: epe_name: differs from line 2" in text
    assert "0100233488" in text.splitlines()[-1]  # the hint spells out the fixed tax ID


def test_password_url_in_a_good_file_blocks_the_whole_import(
    registry: Registry, tmp_path: Path
) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(
        "rtsp://10.20.1.11:554/Streaming/Channels/301",
        with_credentials("rtsp://10.20.1.11:554/Streaming/Channels/301", "admin", "Mk@Hq2024"),
    )
    report = import_csv(registry, write(tmp_path, "\n".join(lines) + "\n"))
    assert problems(report) == [(4, "main_url")]
    assert "Mk%40Hq2024" not in str(report.problems[0])
    assert registry.list_epes() == []


def test_the_same_name_for_two_tax_ids_is_reported(registry: Registry, tmp_path: Path) -> None:
    text = "epe_name,tax_id\nCông ty A,0100233488\nCÔNG TY A,4798091148\n"
    report = import_csv(registry, write(tmp_path, text))
    assert problems(report) == [(3, "epe_name")]
    assert "0100233488" in str(report.problems[0])


def test_a_name_already_used_by_another_epe_in_the_registry(
    registry: Registry, tmp_path: Path
) -> None:
    registry.add_epe(Epe(name="Công ty A", tax_id="4798091148"))
    report = import_csv(registry, write(tmp_path, "epe_name,tax_id\ncông ty a,0100233488\n"))
    assert problems(report) == [(2, "epe_name")]
    assert "Another EPE already has this name" in str(report.problems[0])


def test_unknown_missing_and_password_headers(registry: Registry) -> None:
    report = import_csv(registry, DATA / "sites_bad_headers.csv")
    text = [str(p) for p in report.problems]
    assert text[0] == "line 1: Unknown column 'Fax'."
    assert "passwords are never imported" in text[1] and "Secr3t" not in " ".join(text)
    assert "position" in text[2]
    assert registry.list_epes() == []


def test_missing_required_column(registry: Registry, tmp_path: Path) -> None:
    report = import_csv(registry, write(tmp_path, "epe_name,address\nCông ty A,KCX\n"))
    assert [str(p) for p in report.problems] == ["line 1: The required column tax_id is missing."]


def test_a_file_without_headers(registry: Registry, tmp_path: Path) -> None:
    report = import_csv(registry, write(tmp_path, "Công ty A,0100233488\n"))
    assert problems(report) == [(1, "")]
    assert "must name the columns" in report.problems[0].message


def test_windows_vietnamese_code_page_is_refused_with_its_line(registry: Registry) -> None:
    report = import_csv(registry, DATA / "sites_cp1258.csv")
    assert problems(report) == [(3, "")]
    assert "not UTF-8" in report.problems[0].message and "CSV UTF-8" in report.problems[0].message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "The file is empty"),
        (codecs.BOM_UTF8 + b"\r\n  \r\n", "The file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook"),
        ((HEADER + "\n").encode("utf-16"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV text file"),
    ],
)
def test_files_that_are_not_csv_get_a_clear_reason(
    registry: Registry, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "sites.csv"
    path.write_bytes(content)
    report = import_csv(registry, path)
    assert len(report.problems) == 1 and expected in str(report.problems[0])


def test_an_unclosed_quote_is_reported_where_it_starts(registry: Registry, tmp_path: Path) -> None:
    text = 'epe_name,tax_id,address\nCông ty A,0100233488,"Lô A1\nCông ty B,4798091148,KCX\n'
    report = import_csv(registry, write(tmp_path, text))
    assert problems(report) == [(2, "")]
    assert "quotation mark" in report.problems[0].message


def test_more_values_than_headers(registry: Registry, tmp_path: Path) -> None:
    text = "epe_name,tax_id\nCông ty A,0100233488,Lô A1, KCX Tân Thuận\n"
    report = import_csv(registry, write(tmp_path, text))
    assert problems(report) == [(2, "")]


def test_a_missing_or_unreadable_file_raises_a_clear_error(
    registry: Registry, tmp_path: Path
) -> None:
    with pytest.raises(SitesFileError, match="does not exist"):
        import_csv(registry, tmp_path / "missing.csv")
    with pytest.raises(SitesFileError, match="is a folder"):
        import_csv(registry, tmp_path)


# --- progress and failures while writing ----------------------------------------------------------


def test_the_generator_reports_progress_then_returns_the_report(registry: Registry) -> None:
    steps = import_csv_steps(registry, SAMPLE)
    seen: list[tuple[int, int, str]] = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            report: ImportReport = stop.value
            break
    assert report.imported and report.epes_added == 3
    assert seen[0][0] == 0 and all(total == seen[0][1] for _, total, _ in seen)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert all(text for _, _, text in seen)


def test_an_import_abandoned_at_its_last_step_changes_nothing(registry: Registry) -> None:
    steps = import_csv_steps(registry, SAMPLE)
    last = None
    for last in steps:
        if last[2].startswith("Saving"):
            break
    assert last is not None and last[2].startswith("Saving")
    steps.close()
    assert registry.list_epes() == []


def test_disk_full_during_import_leaves_the_registry_as_it_was(
    registry: Registry, tmp_path: Path
) -> None:
    import_csv(registry, VIETNAMESE)
    before = exported(registry)
    # SQLite's own page limit makes it return SQLITE_FULL exactly as on a full disk.
    pages = registry._db.execute("PRAGMA page_count").fetchone()[0]
    registry._db.execute(f"PRAGMA max_page_count = {pages}")
    long_notes = "Ghi chú camera rất dài. " * 80
    rows = [HEADER]
    for number in range(1, 120):
        rows.append(
            f"Công ty TNHH Điện tử Sao Việt,{SAO_VIET}{',' * (len(EPE_COLUMNS) - 1)}"
            f"{number},gate,Cổng {number},"
            f"rtsp://10.0.0.1/ch{number},,{long_notes}"
        )
    with pytest.raises(RegistryError) as raised:
        import_csv(registry, write(tmp_path, "\n".join(rows) + "\n"))
    assert raised.value.kind == "disk_full"
    registry.close()
    with Registry() as reopened:
        assert exported(reopened) == before


def test_the_epe_onvif_address_goes_out_and_comes_back_and_refuses_credentials(
    registry: Registry, tmp_path: Path
) -> None:
    epe = registry.add_epe(Epe("Công ty Alpha", SAO_VIET, onvif_address="192.0.2.10:8000"))
    assert epe.id is not None
    text = exported(registry)
    header, row = text.lstrip("\ufeff").splitlines()[:2]
    assert "onvif_address" in header.split(",")
    assert "192.0.2.10:8000" in row.split(",")

    other = write(
        tmp_path,
        "Tên DNCX,Mã số thuế,Địa chỉ ONVIF\nCông ty Alpha,0100233488,nvr.alpha.vn:8080\n",
    )
    report = import_csv(registry, other)
    assert report.imported and report.epes_updated == 1
    assert registry.get_epe(epe.id).onvif_address == "nvr.alpha.vn:8080"

    secret = "Alpha" + "2024kx"
    bad = write(
        tmp_path,
        f"epe_name,tax_id,onvif_address\nCông ty Alpha,0100233488,hq:{secret}@192.0.2.10\n",
        name="bad.csv",
    )
    report = import_csv(registry, bad)
    assert problems(report) == [(2, "onvif_address")]
    assert "user name or password" in report.problems[0].message
    assert secret not in report.summary() + "".join(str(p) for p in report.problems)
    assert registry.get_epe(epe.id).onvif_address == "nvr.alpha.vn:8080"
