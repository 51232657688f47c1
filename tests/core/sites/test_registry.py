"""The site registry on a real SQLite file: rules, order, migrations, failures a user would see."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from app.domain import Camera, CameraPosition, ConnectionMethod, Epe, RiskLevel, ValidationError
from app.media.puller import with_credentials
from app.sites.registry import Registry
from app.storage import migrations
from app.storage.database import RegistryError
from app.storage.migrations import SCHEMA_VERSION

UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
TAX_A, TAX_B, TAX_C = "0100233488", "4798091148", "8698980006"
EXTRA_TAX_IDS = ["2425348894", "9681498847", "2858633299", "8185185732", "2511013676"]
PASSWORD = "Secr3t-9d2c"


def full_epe(**changes: object) -> Epe:
    epe = Epe(
        name="Công ty TNHH Điện tử Sao Việt",
        tax_id=TAX_A,
        address="Lô A1, KCX Tân Thuận, Quận 7, TP.HCM",
        sub_department="Chi cục HQ KCX Tân Thuận",
        contact_person="Nguyễn Văn An",
        contact_phone="+84 28 3770 1234",
        connection=ConnectionMethod.VPN,
        licence_date=dt.date(2019, 5, 10),
        established_date=dt.date(2019, 6, 1),
        risk_level=RiskLevel.HIGH,
        notes="NVR Hikvision 16 kênh",
        account_user="haiquan_view",
    )
    for key, value in changes.items():
        setattr(epe, key, value)
    return epe


def gate(epe: Epe, number: int = 1, **changes: object) -> Camera:
    assert epe.id is not None
    camera = Camera(
        epe_id=epe.id,
        diagram_number=number,
        position=CameraPosition.GATE,
        name="Cổng chính",
        main_url=f"rtsp://10.20.1.11:554/Streaming/Channels/{number}01",
        sub_url=f"rtsp://10.20.1.11:554/Streaming/Channels/{number}02",
    )
    for key, value in changes.items():
        setattr(camera, key, value)
    return camera


def fields(problems: list[ValidationError]) -> set[str]:
    return {problem.field for problem in problems}


# --- storing and reading ------------------------------------------------------------------------


def test_default_registry_lives_under_epewall_home_in_wal_mode(
    registry: Registry, epewall_home: Path
) -> None:
    assert registry.path == epewall_home / "data" / "epewall.sqlite3"
    assert registry.path.is_file()
    assert registry.schema_version == SCHEMA_VERSION
    with sqlite3.connect(registry.path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_added_epe_gets_id_uid_and_utc_timestamps_and_survives_reopening(
    registry: Registry,
) -> None:
    given = full_epe(tax_id="0100233488001", name="  Công ty TNHH Điện tử Sao Việt ")
    saved = registry.add_epe(given)

    assert saved is not given and given.id is None
    assert saved.id is not None
    assert re.fullmatch(r"[0-9a-f]{32}", saved.uid)
    assert UTC_STAMP.match(saved.created_at) and saved.updated_at == saved.created_at
    assert saved.tax_id == "0100233488-001"
    assert saved.name == "Công ty TNHH Điện tử Sao Việt"
    registry.close()

    with Registry() as reopened:
        again = reopened.get_epe(saved.id)
    assert again == saved
    assert again.connection is ConnectionMethod.VPN and again.risk_level is RiskLevel.HIGH
    assert again.licence_date == dt.date(2019, 5, 10)
    assert again.account_user == "haiquan_view"


def test_in_memory_registry_works_without_a_file() -> None:
    with Registry(":memory:") as reg:
        saved = reg.add_epe(full_epe())
        assert reg.path is None
        assert reg.list_epes() == [saved]


def test_update_keeps_uid_and_creation_time(registry: Registry) -> None:
    saved = registry.add_epe(full_epe())
    saved.name = "Công ty TNHH Điện tử Sao Việt Nam"
    saved.uid = "f" * 32  # the keyring key must not be changeable through an update
    saved.created_at = "2000-01-01T00:00:00+00:00"
    updated = registry.update_epe(saved)

    assert updated.name == "Công ty TNHH Điện tử Sao Việt Nam"
    assert updated.uid == registry.find_epe(TAX_A).uid != "f" * 32  # type: ignore[union-attr]
    assert updated.created_at != "2000-01-01T00:00:00+00:00"
    assert UTC_STAMP.match(updated.updated_at)
    assert updated.updated_at >= updated.created_at


def test_missing_rows_raise_key_error(registry: Registry) -> None:
    with pytest.raises(KeyError):
        registry.get_epe(404)
    with pytest.raises(KeyError):
        registry.get_camera(404)
    with pytest.raises(KeyError):
        registry.delete_epe(404)
    with pytest.raises(KeyError):
        registry.delete_camera(404)
    with pytest.raises(KeyError):
        registry.update_epe(full_epe(id=404))


def test_find_epe_by_name_in_any_case_or_by_tax_id(registry: Registry) -> None:
    saved = registry.add_epe(full_epe(tax_id="0100233488-001"))
    assert registry.find_epe("CÔNG TY TNHH ĐIỆN TỬ SAO VIỆT") == saved
    assert registry.find_epe(" công ty tnhh  điện tử sao việt ") == saved
    assert registry.find_epe("0100233488001") == saved
    assert registry.find_epe("0100233488-001") == saved
    assert registry.find_epe("Cong ty TNHH Dien tu Sao Viet") is None  # accents matter
    assert registry.find_epe("0100233488") is None
    assert registry.find_epe("") is None


def test_epes_are_listed_in_vietnamese_alphabetical_order(registry: Registry) -> None:
    names = ["Đông Á", "Dệt Hà Nội", "Ân Phú", "An Phát", "Zeta", "Bình Dương", "ăn uống Tân Thuận"]
    for name, tax_id in zip(names, [TAX_A, TAX_B, TAX_C, *EXTRA_TAX_IDS], strict=False):
        registry.add_epe(Epe(name=name, tax_id=tax_id))
    listed = [epe.name for epe in registry.list_epes()]
    assert listed == [
        "An Phát",
        "ăn uống Tân Thuận",
        "Ân Phú",
        "Bình Dương",
        "Dệt Hà Nội",
        "Đông Á",
        "Zeta",
    ]


def test_cameras_are_listed_by_epe_name_then_diagram_number(registry: Registry) -> None:
    second = registry.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
    first = registry.add_epe(Epe(name="Công ty A", tax_id=TAX_A))
    for epe, numbers in ((second, (3, 1)), (first, (10, 2, 1))):
        for number in numbers:
            registry.add_camera(gate(epe, number))
    assert [(c.epe_id, c.diagram_number) for c in registry.list_cameras()] == [
        (first.id, 1),
        (first.id, 2),
        (first.id, 10),
        (second.id, 1),
        (second.id, 3),
    ]
    assert [c.diagram_number for c in registry.list_cameras(second.id)] == [1, 3]


def test_camera_round_trip_and_update(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    camera = registry.add_camera(gate(epe, 1, extra={"vendor": "Hikvision", "channel": "1"}))
    assert camera.id is not None and UTC_STAMP.match(camera.created_at)
    assert camera.must_be_online
    camera.position = CameraPosition.OTHER
    camera.notes = "Cung cấp khi hải quan yêu cầu"
    updated = registry.update_camera(camera)
    assert registry.get_camera(camera.id) == updated
    assert updated.position is CameraPosition.OTHER and not updated.must_be_online
    assert updated.extra == {"vendor": "Hikvision", "channel": "1"}


def test_deleting_an_epe_deletes_its_cameras(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    other = registry.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
    camera = registry.add_camera(gate(epe, 1))
    kept = registry.add_camera(gate(other, 1))
    assert epe.id is not None and camera.id is not None
    registry.delete_epe(epe.id)
    with pytest.raises(KeyError):
        registry.get_camera(camera.id)
    assert registry.list_cameras() == [kept]


def test_ids_are_not_reused_after_deletion(registry: Registry) -> None:
    first = registry.add_epe(full_epe())
    assert first.id is not None
    registry.delete_epe(first.id)
    again = registry.add_epe(full_epe())
    assert again.id != first.id


# --- rules ----------------------------------------------------------------------------------------


def test_validate_epe_reports_every_problem_by_field(registry: Registry) -> None:
    bad = Epe(name="  ", tax_id="0100233489", contact_phone="call me", licence_date="2021")  # type: ignore[arg-type]
    problems = registry.validate_epe(bad)
    assert fields(problems) == {"name", "tax_id", "contact_phone", "licence_date"}
    assert all(problem.message for problem in problems)
    with pytest.raises(ValidationError) as raised:
        registry.add_epe(bad)
    assert raised.value.field == "name"
    assert registry.list_epes() == []


@pytest.mark.parametrize(
    "phone", ["0251 3836 123", "+84 251 3836 123", "0283.770.9999", "028-3770-1234", "12345678"]
)
def test_plausible_phone_numbers_are_accepted(registry: Registry, phone: str) -> None:
    assert registry.validate_epe(full_epe(contact_phone=phone)) == []


@pytest.mark.parametrize(
    "phone",
    [
        "1234567",
        "1234567890123456",
        "028 3770 1234 ext 5",
        "(028) 3770 1234",
        "０２８３７７０１２３",  # full-width digits pasted from a Word document
    ],
)
def test_implausible_phone_numbers_are_refused(registry: Registry, phone: str) -> None:
    assert fields(registry.validate_epe(full_epe(contact_phone=phone))) == {"contact_phone"}


def test_name_is_unique_ignoring_case_and_spacing(registry: Registry) -> None:
    registry.add_epe(full_epe())
    twin = full_epe(name="CÔNG TY TNHH  ĐIỆN TỬ SAO VIỆT", tax_id=TAX_B)
    assert fields(registry.validate_epe(twin)) == {"name"}
    with pytest.raises(ValidationError) as raised:
        registry.add_epe(twin)
    assert raised.value.field == "name"
    # Accents make a different Vietnamese word, so a different name.
    registry.add_epe(full_epe(name="Công ty TNHH Điện tử Sao Viet", tax_id=TAX_B))


def test_tax_id_is_unique_in_any_spelling(registry: Registry) -> None:
    registry.add_epe(full_epe(tax_id="0100233488-001"))
    twin = full_epe(name="Chi nhánh khác", tax_id=" 0100233488001 ")
    assert fields(registry.validate_epe(twin)) == {"tax_id"}
    registry.add_epe(full_epe(name="Trụ sở chính", tax_id="0100233488"))


def test_an_epe_does_not_conflict_with_itself(registry: Registry) -> None:
    saved = registry.add_epe(full_epe())
    assert registry.validate_epe(saved) == []


def test_camera_number_is_unique_per_epe_and_at_least_one(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    other = registry.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
    registry.add_camera(gate(epe, 1))
    assert fields(registry.validate_camera(gate(epe, 1))) == {"diagram_number"}
    with pytest.raises(ValidationError) as raised:
        registry.add_camera(gate(epe, 1))
    assert raised.value.field == "diagram_number"
    registry.add_camera(gate(other, 1))
    for number in (0, -3, True):
        assert "diagram_number" in fields(registry.validate_camera(gate(epe, number)))


def test_camera_needs_a_known_position_and_an_existing_epe(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    assert fields(registry.validate_camera(gate(epe, 2, position="roof"))) == {"position"}
    orphan = gate(epe, 2)
    orphan.epe_id = 999
    assert fields(registry.validate_camera(orphan)) == {"epe_id"}


@pytest.mark.parametrize(
    "url",
    [
        with_credentials("rtsp://10.0.0.5:554/Streaming/Channels/101", "admin", PASSWORD),
        "rtsp://admin@10.0.0.5:554/Streaming/Channels/101",
        f"rtsp://10.0.0.5:554/user=admin&password={PASSWORD}&channel=1&stream=0.sdp",
        f"rtsp://10.0.0.5/cam?user=admin&pwd={PASSWORD}",
    ],
)
def test_urls_with_credentials_are_refused_without_repeating_them(
    registry: Registry, url: str
) -> None:
    epe = registry.add_epe(full_epe())
    for field_name in ("main_url", "sub_url"):
        problems = registry.validate_camera(gate(epe, 1, **{field_name: url}))
        assert fields(problems) == {field_name}
        assert "keyring" in problems[0].message
        assert PASSWORD not in problems[0].message and "admin" not in problems[0].message
        with pytest.raises(ValidationError) as raised:
            registry.add_camera(gate(epe, 1, **{field_name: url}))
        assert PASSWORD not in str(raised.value)
    assert registry.list_cameras() == []


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5/live",
        "10.0.0.5:554/live",
        "rtsp:///live",
        "rtsp://10.0.0.5:99999/a",
        "rtsp://10.0.0.5/live stream",
    ],
)
def test_urls_must_be_rtsp_with_a_host(registry: Registry, url: str) -> None:
    epe = registry.add_epe(full_epe())
    assert fields(registry.validate_camera(gate(epe, 1, main_url=url))) == {"main_url"}


def test_rtsps_and_empty_urls_are_fine(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    camera = gate(epe, 1, main_url="rtsps://nvr.example.vn:322/live/ch1", sub_url="")
    assert registry.validate_camera(camera) == []


def test_a_password_pasted_into_notes_is_refused(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    epe.notes = "NVR: " + with_credentials("rtsp://10.0.0.5/", "admin", PASSWORD)
    assert fields(registry.validate_epe(epe)) == {"notes"}
    assert fields(registry.validate_camera(gate(epe, 1, extra={"nvr_password": PASSWORD}))) == {
        "extra"
    }


def test_no_password_column_and_no_password_in_the_file(registry: Registry) -> None:
    epe = registry.add_epe(full_epe())
    registry.add_camera(gate(epe, 1))
    with pytest.raises(ValidationError):
        registry.add_camera(
            gate(epe, 2, main_url=with_credentials("rtsp://10.0.0.5/", "admin", PASSWORD))
        )
    registry.close()
    assert registry.path is not None
    db = sqlite_utils.Database(registry.path)
    columns = {c.name for table in db.tables for c in table.columns}
    db.close()
    assert not [c for c in columns if "pass" in c or "pwd" in c]
    for file in registry.path.parent.iterdir():
        assert PASSWORD.encode() not in file.read_bytes()


def test_a_failed_step_undoes_the_whole_transaction(registry: Registry) -> None:
    with pytest.raises(ValidationError), registry.transaction():
        epe = registry.add_epe(full_epe())
        registry.add_camera(gate(epe, 1))
        registry.add_camera(gate(epe, 1))  # duplicate number: everything above is undone
    assert registry.list_epes() == [] and registry.list_cameras() == []


def test_a_worker_thread_can_use_the_registry(registry: Registry) -> None:
    registry.add_epe(full_epe())
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append(registry.list_epes()))
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert [epe.name for epe in seen[0]] == ["Công ty TNHH Điện tử Sao Việt"]  # type: ignore[attr-defined]


# --- migrations -----------------------------------------------------------------------------------


def _add_risk_note_column(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE epes ADD COLUMN risk_note TEXT NOT NULL DEFAULT ''")


def _broken_migration(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE epes ADD COLUMN half_done TEXT")
    raise sqlite3.OperationalError("simulated failure in the middle of a migration")


def test_opening_an_older_file_migrates_it_and_keeps_a_backup(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = registry.add_epe(full_epe())
    registry.add_camera(gate(saved, 1))
    path = registry.path
    assert path is not None
    registry.close()

    newer = [*migrations.MIGRATIONS, _add_risk_note_column]
    monkeypatch.setattr(migrations, "MIGRATIONS", newer)
    with Registry(path) as migrated:
        assert migrated.schema_version == SCHEMA_VERSION + 1
        assert migrated.list_epes() == [saved]
        assert len(migrated.list_cameras()) == 1
    db = sqlite_utils.Database(path)
    assert "risk_note" in db["epes"].columns_dict
    db.close()
    backup = path.with_name(f"epewall.sqlite3.schema{SCHEMA_VERSION}.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        assert old.execute("SELECT name FROM epes").fetchall() == [(saved.name,)]


def test_an_empty_file_from_before_schema_1_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()  # an empty SQLite file: schema version 0
    with Registry(path) as reg:
        assert reg.schema_version == SCHEMA_VERSION
        reg.add_epe(full_epe())


def test_a_failed_migration_leaves_the_file_as_it_was(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = registry.add_epe(full_epe())
    path = registry.path
    registry.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _broken_migration])
    with pytest.raises(RegistryError) as raised:
        Registry(path)
    assert raised.value.kind == "migration_failed"
    assert "the file was left as it was" in str(raised.value)
    monkeypatch.undo()
    with Registry(path) as reg:
        assert reg.schema_version == SCHEMA_VERSION
        assert reg.list_epes() == [saved]
    db = sqlite_utils.Database(path)
    assert "half_done" not in db["epes"].columns_dict
    db.close()


def test_a_file_from_a_newer_epewall_is_refused_untouched(registry: Registry) -> None:
    path = registry.path
    assert path is not None
    registry.add_epe(full_epe())
    registry.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(RegistryError) as raised:
        Registry(path)
    assert raised.value.kind == "newer_schema"
    assert "newer epewall" in str(raised.value)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta").fetchone() == ("99",)
        assert conn.execute("SELECT count(*) FROM epes").fetchone() == (1,)
    conn.close()


def test_another_programs_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(RegistryError) as raised:
        Registry(path)
    assert raised.value.kind == "not_registry"
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert tables == {"invoices"}


# --- failures of the file -------------------------------------------------------------------------


def test_disk_full_rolls_everything_back_and_says_so(registry: Registry) -> None:
    kept = registry.add_epe(full_epe())
    # SQLite's own page limit makes it return SQLITE_FULL exactly as on a full disk.
    pages = registry._db.execute("PRAGMA page_count").fetchone()[0]
    registry._db.execute(f"PRAGMA max_page_count = {pages}")
    long_notes = "Ghi chú rất dài. " * 100
    with pytest.raises(RegistryError) as raised, registry.transaction():
        for number, tax_id in enumerate([TAX_B, TAX_C, *EXTRA_TAX_IDS]):
            registry.add_epe(Epe(name=f"EPE {number}", tax_id=tax_id, notes=long_notes))
    assert raised.value.kind == "disk_full"
    assert "disk is full" in str(raised.value) and "nothing was changed" in str(raised.value)
    registry.close()
    with Registry() as reopened:
        assert reopened.list_epes() == [kept]


def test_a_locked_registry_is_reported_and_usable_afterwards(registry: Registry) -> None:
    assert registry.path is not None
    registry.add_epe(full_epe())
    holder = sqlite3.connect(registry.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is in the middle of a write
    try:
        with Registry(registry.path, busy_timeout=0.05) as impatient:
            with pytest.raises(RegistryError) as raised:
                impatient.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
            assert raised.value.kind == "locked"
            assert "another epewall" in str(raised.value)
            holder.execute("ROLLBACK")
            impatient.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
            assert len(impatient.list_epes()) == 2
    finally:
        holder.close()


def test_a_read_only_registry_is_reported(registry: Registry) -> None:
    registry.add_epe(full_epe())
    # Tests run as root here, which ignores file permissions; query_only makes SQLite refuse
    # writes with the same SQLITE_READONLY code a read-only file or medium gives.
    registry._db.execute("PRAGMA query_only = ON")
    with pytest.raises(RegistryError) as raised:
        registry.add_epe(Epe(name="Công ty B", tax_id=TAX_B))
    assert raised.value.kind == "read_only"
    assert "read-only" in str(raised.value)
    assert [epe.tax_id for epe in registry.list_epes()] == [TAX_A]


def test_a_file_that_is_not_a_database_is_reported(epewall_home: Path) -> None:
    path = epewall_home / "data" / "epewall.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"Danh sach DNCX\n" * 400)
    with pytest.raises(RegistryError) as raised:
        Registry()
    assert raised.value.kind == "corrupt"
    assert str(path) in str(raised.value) and "damaged" in str(raised.value)


def test_a_damaged_registry_is_reported_not_crashed(registry: Registry) -> None:
    for number, tax_id in enumerate([TAX_A, TAX_B, TAX_C, *EXTRA_TAX_IDS]):
        epe = registry.add_epe(full_epe(name=f"EPE {number}", tax_id=tax_id))
        for camera_number in range(1, 30):
            registry.add_camera(gate(epe, camera_number))
    path = registry.path
    assert path is not None
    registry._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = registry._db.execute("PRAGMA page_size").fetchone()[0]
    registry.close()
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * page_size
    data[page_size : len(data)] = b"\xa5" * (len(data) - page_size)  # everything after the header
    path.write_bytes(bytes(data))
    with pytest.raises(RegistryError) as raised, Registry(path) as damaged:
        damaged.list_cameras()
    assert raised.value.kind == "corrupt"


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RegistryError) as raised:
        Registry(tmp_path / "no such folder" / "epewall.sqlite3")
    assert raised.value.kind == "cannot_open"


def test_a_closed_registry_says_so(registry: Registry) -> None:
    registry.close()
    with pytest.raises(RegistryError):
        registry.list_epes()
