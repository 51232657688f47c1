"""The schema of the registry file and its forward migrations.

The registry file is the one SQLite database of a workstation: EPEs and cameras, snapshots,
walls, officers, the rotation ledger and plans, compliance results, recorders and exports all
keep their rows in it. This module is the only place that creates or changes its tables;
``app/storage/database.py`` runs the migrations when a file is opened.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def _migration_1_create_tables(db: sqlite_utils.Database) -> None:
    # AUTOINCREMENT: ids are never reused, so an id remembered elsewhere (a saved wall layout)
    # can never point at a different camera after a deletion.
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE epes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL UNIQUE,
            tax_id TEXT NOT NULL UNIQUE CHECK (tax_id <> ''),
            address TEXT NOT NULL DEFAULT '',
            sub_department TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            connection TEXT NOT NULL,
            licence_date TEXT,
            established_date TEXT,
            risk_level TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            account_user TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE cameras (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            diagram_number INTEGER NOT NULL CHECK (diagram_number >= 1),
            position TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            main_url TEXT NOT NULL DEFAULT '',
            sub_url TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (epe_id, diagram_number)
        )
        """
    )


def _migration_2_snapshots_and_walls(db: sqlite_utils.Database) -> None:
    # Snapshot records are evidence: they keep the EPE and camera details as they were when the
    # picture was taken, and camera_id/epe_id are plain numbers (no foreign key), so deleting a
    # camera or an EPE from the registry never deletes or orphans the record of its pictures.
    db.execute(
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            camera_id INTEGER,
            epe_id INTEGER,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            taken_at TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            officer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            epe_name TEXT NOT NULL DEFAULT '',
            tax_id TEXT NOT NULL DEFAULT '',
            diagram_number INTEGER,
            position TEXT NOT NULL DEFAULT '',
            camera_name TEXT NOT NULL DEFAULT '',
            stream TEXT NOT NULL DEFAULT '',
            software TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX snapshots_by_camera ON snapshots (camera_id, taken_at)")
    db.execute("CREATE INDEX snapshots_by_epe ON snapshots (epe_id, taken_at)")
    db.execute("CREATE INDEX snapshots_by_path ON snapshots (path)")
    # owner is a plain string (the OS user today) so it can become an officer id later.
    db.execute(
        """
        CREATE TABLE walls (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner TEXT NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL,
            wall TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (owner, name_key)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE walls_last_opened (
            owner TEXT PRIMARY KEY,
            wall_id INTEGER NOT NULL REFERENCES walls(id) ON DELETE CASCADE,
            opened_at TEXT NOT NULL
        )
        """
    )


def _migration_rotation_officers_ledger_plans(db: sqlite_utils.Database) -> None:
    # Monthly rotation (Decision 247 II.1): officers, assignments, absences, the append-only
    # ledger of checks/amendments/audit events with its derived `checks` table, and plans.
    # Officers are referred to by their code and EPEs by their tax ID wherever a record may
    # travel to another workstation, whose local ids differ.
    db.execute(
        """
        CREATE TABLE officers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE CHECK (code <> ''),
            full_name TEXT NOT NULL CHECK (full_name <> ''),
            unit TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            pin_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL,
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            assigned_at TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            ended_at TEXT,
            ended_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX assignments_by_epe ON assignments (epe_id, ended_at)")
    db.execute("CREATE INDEX assignments_by_officer ON assignments (officer_id, ended_at)")
    db.execute(
        """
        CREATE TABLE officer_absences (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            officer_id INTEGER NOT NULL REFERENCES officers(id),
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL CHECK (last_day >= first_day),
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE rotation_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "INSERT INTO rotation_meta (key, value) VALUES ('workstation_id', ?)", [uuid.uuid4().hex]
    )
    db.execute(
        """
        CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            workstation TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL UNIQUE
        )
        """
    )
    # The hash chain detects edits; these triggers stop the app (and casual SQL) making them.
    # Finds a check's amendments (json_extract is deterministic, so SQLite can index it).
    db.execute("CREATE INDEX ledger_by_check ON ledger (json_extract(payload, '$.check_id'))")
    db.execute(
        "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger "
        "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger "
        "BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )
    db.execute(
        """
        CREATE TABLE checks (
            record_id TEXT PRIMARY KEY,
            epe_tax_id TEXT NOT NULL,
            epe_name TEXT NOT NULL,
            officer_code TEXT NOT NULL,
            officer_name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            local_day TEXT NOT NULL,
            local_month TEXT NOT NULL,
            scheduled INTEGER NOT NULL,
            reason TEXT NOT NULL,
            outside_working_time INTEGER NOT NULL,
            result TEXT NOT NULL,
            amendments INTEGER NOT NULL DEFAULT 0,
            workstation TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX checks_by_month ON checks (local_month, epe_tax_id)")
    db.execute("CREATE INDEX checks_by_epe ON checks (epe_tax_id, started_at)")
    db.execute("CREATE INDEX checks_by_officer ON checks (officer_code, local_month)")
    db.execute(
        """
        CREATE TABLE open_checks (
            record_id TEXT PRIMARY KEY,
            officer_id INTEGER NOT NULL,
            epe_id INTEGER NOT NULL,
            state TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            month TEXT NOT NULL UNIQUE,
            weights TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE plan_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            officer_id INTEGER,
            day TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX plan_items_by_plan ON plan_items (plan_id, epe_id, day)")


def _migration_compliance_results(db: sqlite_utils.Database) -> None:
    # Appendix I compliance checks (app/devices/compliance.py): one row per EPE (camera_id and
    # diagram_number NULL, the whole result as JSON in details) and one per camera of each run.
    # EPEs are named by tax ID and name as they were, so a deleted EPE keeps its history.
    db.execute(
        """
        CREATE TABLE compliance_results (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            epe_id INTEGER,
            tax_id TEXT NOT NULL,
            epe_name TEXT NOT NULL,
            camera_id INTEGER,
            diagram_number INTEGER,
            verdict TEXT NOT NULL,
            failing TEXT NOT NULL DEFAULT '[]',
            details TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX compliance_by_epe ON compliance_results (tax_id, checked_at)")


def _migration_recorders_bookmarks_exports(db: sqlite_utils.Database) -> None:
    # Playback (app/recorders, app/evidence/export.py): one recorder per EPE with its time
    # convention and calibrated offset (no password: the EPE's keyring entry serves); bookmarks at
    # recorded moments; and a row per evidence export with its manifest's SHA-256.
    db.execute(
        """
        CREATE TABLE recorders (
            epe_id INTEGER PRIMARY KEY REFERENCES epes(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('onvif_g', 'hikvision', 'dahua')),
            host TEXT NOT NULL CHECK (host <> ''),
            http_port INTEGER NOT NULL,
            rtsp_port INTEGER NOT NULL,
            time_convention TEXT NOT NULL CHECK (time_convention IN ('utc', 'local')),
            utc_offset_minutes INTEGER NOT NULL DEFAULT 420,
            calibrated_offset_s REAL NOT NULL DEFAULT 0,
            calibrated_at TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
            diagram_number INTEGER NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            officer_code TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX bookmarks_by_epe ON bookmarks (epe_id, at)")
    db.execute(
        """
        CREATE TABLE evidence_exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            epe_tax_id TEXT NOT NULL,
            cameras TEXT NOT NULL,
            range_start TEXT NOT NULL,
            range_end TEXT NOT NULL,
            folder TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            officer_code TEXT NOT NULL DEFAULT '',
            exported_at TEXT NOT NULL
        )
        """
    )


# Every column that holds a moment, as of schema 5. Two are left out on purpose: ``ledger`` rows
# are hash-chained over their stored text and append-only (a trigger refuses UPDATE), and
# ``checks`` is derived from the ledger and compared with it by ``log verify``; both were always
# written in the ``+00:00`` spelling, which is why that spelling is the one kept.
_MOMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "epes": ("created_at", "updated_at"),
    "cameras": ("created_at", "updated_at"),
    "snapshots": ("taken_at",),
    "walls": ("created_at", "updated_at"),
    "walls_last_opened": ("opened_at",),
    "officers": ("locked_until", "created_at", "updated_at"),
    "assignments": ("assigned_at", "ended_at"),
    "officer_absences": ("created_at",),
    "open_checks": ("updated_at",),
    "plans": ("created_at", "updated_at"),
    "compliance_results": ("checked_at",),
    "recorders": ("calibrated_at", "updated_at"),
    "bookmarks": ("at", "created_at"),
    "evidence_exports": ("range_start", "range_end", "exported_at"),
}


def _migration_one_utc_spelling(db: sqlite_utils.Database) -> None:
    # Snapshots and walls stored UTC as "…Z", everything else as "…+00:00". One spelling lets
    # moments be compared and ordered as text across tables (``app.timekeeping.to_utc_iso``).
    for table, columns in _MOMENT_COLUMNS.items():
        for column in columns:
            db.execute(
                f"UPDATE {table} SET {column} = substr({column}, 1, length({column}) - 1) "
                f"|| '+00:00' WHERE {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'"
            )


def _migration_epe_onvif_address(db: sqlite_utils.Database) -> None:
    # The EPE's ONVIF device (NVR) as "host:port": one place for the compliance check, PTZ and
    # add-from-device, instead of guessing it from a camera's stream URL. Its recorder already
    # has its own row in ``recorders``.
    db.execute("ALTER TABLE epes ADD COLUMN onvif_address TEXT NOT NULL DEFAULT ''")


def _migration_epe_allow_basic_auth(db: sqlite_utils.Database) -> None:
    # Per EPE, off by default: may the account answer a Basic challenge over plain RTSP/HTTP.
    epes = db.table("epes")
    if "allow_basic_auth" not in epes.columns_dict:
        epes.add_column("allow_basic_auth", int, not_null_default=0)


def _migration_interruption_register(db: sqlite_utils.Database) -> None:
    # The interruption register and the camera logbook (Decision 247 I.2.3, I.1.1 e.2): tables
    # derived from their ledger records (app/interruptions/records.py), rebuilt and compared by
    # ``Ledger.verify`` like ``checks``. Guarded so that it runs in any order with the other
    # migrations of issue 13.
    tables = set(db.table_names())
    if "interruptions" not in tables:
        db.execute(
            """
            CREATE TABLE interruptions (
                record_id TEXT PRIMARY KEY,
                epe_tax_id TEXT NOT NULL,
                epe_name TEXT NOT NULL,
                cameras TEXT NOT NULL,
                gate INTEGER NOT NULL,
                kind TEXT NOT NULL,
                source TEXT NOT NULL,
                started_at TEXT NOT NULL,
                start_day TEXT NOT NULL,
                due TEXT NOT NULL,
                extended_to TEXT,
                status TEXT NOT NULL,
                closed_at TEXT,
                close_day TEXT,
                last_follow_up TEXT,
                follow_ups INTEGER NOT NULL,
                officer_code TEXT NOT NULL,
                workstation TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX interruptions_epe ON interruptions (epe_tax_id, status)")
        db.execute("CREATE INDEX interruptions_status ON interruptions (status, due)")
    if "interruption_events" not in tables:
        db.execute(
            """
            CREATE TABLE interruption_events (
                record_id TEXT PRIMARY KEY,
                interruption_id TEXT NOT NULL,
                action TEXT NOT NULL,
                at TEXT NOT NULL,
                local_day TEXT NOT NULL,
                officer_code TEXT NOT NULL,
                note TEXT NOT NULL,
                new_date TEXT
            )
            """
        )
        db.execute(
            "CREATE INDEX interruption_events_target ON interruption_events (interruption_id)"
        )
    if "logbook_entries" not in tables:
        db.execute(
            """
            CREATE TABLE logbook_entries (
                record_id TEXT PRIMARY KEY,
                epe_tax_id TEXT NOT NULL,
                epe_name TEXT NOT NULL,
                camera INTEGER,
                position TEXT NOT NULL,
                entry_kind TEXT NOT NULL,
                at TEXT NOT NULL,
                local_day TEXT NOT NULL,
                interruption_id TEXT,
                officer_code TEXT NOT NULL,
                note TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX logbook_entries_epe ON logbook_entries (epe_tax_id, at)")


def _migration_camera_health(db: sqlite_utils.Database) -> None:
    # Camera health as state CHANGES (app/health/store.py): a row when a camera's condition
    # changes, not one per poll, so a year of 4,000 cameras stays small. No foreign key on the
    # changes: the logbook keeps a deleted camera's history. Guarded, so it is safe in whatever
    # order the migrations of issue #13 are merged.
    names = set(db.table_names())
    if "health_changes" not in names:
        db.execute(
            """
            CREATE TABLE health_changes (
                id INTEGER PRIMARY KEY,
                camera_id INTEGER NOT NULL,
                epe_id INTEGER NOT NULL,
                camera_number INTEGER NOT NULL,
                at TEXT NOT NULL,
                condition TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX health_changes_camera_at ON health_changes (camera_id, at)")
        db.execute("CREATE INDEX health_changes_epe_at ON health_changes (epe_id, at)")
    if "health_current" not in names:
        db.execute(
            """
            CREATE TABLE health_current (
                camera_id INTEGER PRIMARY KEY REFERENCES cameras(id) ON DELETE CASCADE,
                epe_id INTEGER NOT NULL,
                camera_number INTEGER NOT NULL,
                condition TEXT NOT NULL,
                since TEXT NOT NULL,
                checked_at TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX health_current_epe ON health_current (epe_id)")


def _migration_customs_documents_and_gate_reads(db: sqlite_utils.Database) -> None:
    # Customs documents (declarations, release confirmations, warehouse receipts, delivery
    # notes) and the codes read at the gate, for the reconciliation of issue #14. epe_id is a
    # plain number (no foreign key), as for snapshots: a document is a record of what customs
    # was told, kept when the EPE leaves the registry. Guarded: helpers' migrations may merge
    # in any order, and a file may already have these tables.
    tables = db.table_names()
    if "customs_documents" not in tables:
        db.execute(
            """
            CREATE TABLE customs_documents (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                number TEXT NOT NULL CHECK (number <> ''),
                epe_id INTEGER NOT NULL,
                epe_tax_id TEXT NOT NULL,
                direction TEXT NOT NULL,
                containers TEXT NOT NULL DEFAULT '[]',
                plates TEXT NOT NULL DEFAULT '[]',
                window_start TEXT NOT NULL,
                window_end TEXT NOT NULL,
                goods TEXT NOT NULL DEFAULT '',
                source_file TEXT NOT NULL DEFAULT '',
                source_line INTEGER,
                imported_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (kind, number)
            )
            """
        )
        db.execute(
            "CREATE INDEX customs_documents_epe_window "
            "ON customs_documents (epe_id, window_start, window_end)"
        )
    if "gate_reads" not in tables:
        db.execute(
            """
            CREATE TABLE gate_reads (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                epe_id INTEGER NOT NULL,
                camera INTEGER NOT NULL,
                kind TEXT NOT NULL,
                value TEXT NOT NULL,
                raw TEXT NOT NULL DEFAULT '',
                valid INTEGER NOT NULL,
                read_at TEXT NOT NULL,
                crop_path TEXT NOT NULL DEFAULT '',
                frame_sha256 TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX gate_reads_epe_time ON gate_reads (epe_id, read_at)")


def _migration_device_warnings(db: sqlite_utils.Database) -> None:
    # Device warnings (Decision 247 II.2.2): one row per warning, a storm of the same camera and
    # kind coalesced into it (``count``, ``last_at``); resolved with a note. Guarded, so it is
    # right whichever order other branches' migrations were merged in.
    if "warnings" not in db.table_names():
        db.execute(
            """
            CREATE TABLE warnings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                epe_id INTEGER NOT NULL REFERENCES epes(id) ON DELETE CASCADE,
                camera_number INTEGER,
                camera_id INTEGER REFERENCES cameras(id) ON DELETE SET NULL,
                kind TEXT NOT NULL,
                topic TEXT NOT NULL DEFAULT '',
                source_token TEXT NOT NULL DEFAULT '',
                first_at TEXT NOT NULL,
                last_at TEXT NOT NULL,
                count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
                received_at TEXT NOT NULL,
                snapshot_path TEXT NOT NULL DEFAULT '',
                snapshot_sha256 TEXT NOT NULL DEFAULT '',
                snapshot_problem TEXT NOT NULL DEFAULT '',
                resolved_at TEXT,
                resolved_by TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''
            )
            """
        )
        db.execute("CREATE INDEX warnings_storm ON warnings (epe_id, camera_number, kind, last_at)")
        db.execute("CREATE INDEX warnings_first_at ON warnings (first_at)")


def _migration_tours(db: sqlite_utils.Database) -> None:
    # Tours (#15): the wall cycles through EPEs or saved walls; named tours per officer, as
    # saved walls are. Guarded, so it is right whichever order other branches' migrations were
    # merged in.
    if "tours" not in db.table_names():
        db.execute(
            """
            CREATE TABLE tours (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                owner TEXT NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                tour TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (owner, name_key)
            )
            """
        )


def _migration_cases(db: sqlite_utils.Database) -> None:
    # Cases sent to the head of unit (Decision 247 II.2.3): one row per case, derived from its
    # ledger records (app/cases/records.py), rebuilt and compared by ``Ledger.verify`` like
    # ``checks``. Guarded, so it is right whichever order other branches' migrations were
    # merged in.
    if "cases" not in db.table_names():
        db.execute(
            """
            CREATE TABLE cases (
                record_id TEXT PRIMARY KEY,
                epe_tax_id TEXT NOT NULL,
                epe_name TEXT NOT NULL,
                state TEXT NOT NULL,
                opened_by TEXT NOT NULL,
                opened_by_name TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                submitted_at TEXT,
                decided_by TEXT,
                decided_at TEXT,
                decision TEXT,
                items INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                workstation TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX cases_state ON cases (state, updated_at)")
        db.execute("CREATE INDEX cases_epe ON cases (epe_tax_id, updated_at)")


def _migration_wall_windows(db: sqlite_utils.Database) -> None:
    # Multi-monitor walls (#17): the saved walls each owner had open in their own window, and
    # on which screen (its name, geometry and position, in the order they are tried). Guarded,
    # so it is right whichever order other branches' migrations were merged in.
    if "wall_windows" not in db.table_names():
        db.execute(
            """
            CREATE TABLE wall_windows (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                owner TEXT NOT NULL,
                wall_id INTEGER NOT NULL REFERENCES walls(id) ON DELETE CASCADE,
                screen_name TEXT NOT NULL,
                screen_x INTEGER NOT NULL,
                screen_y INTEGER NOT NULL,
                screen_width INTEGER NOT NULL,
                screen_height INTEGER NOT NULL,
                screen_index INTEGER NOT NULL,
                full_screen INTEGER NOT NULL,
                opened_at TEXT NOT NULL
            )
            """
        )
        db.execute("CREATE INDEX wall_windows_owner ON wall_windows (owner)")


# Forward migrations, in order: MIGRATIONS[n] takes a file from schema version n to n + 1.
# Never edit a released migration; append a new one.
MIGRATIONS: list[Migration] = [
    _migration_1_create_tables,
    _migration_2_snapshots_and_walls,
    _migration_rotation_officers_ledger_plans,
    _migration_compliance_results,
    _migration_recorders_bookmarks_exports,
    _migration_one_utc_spelling,
    _migration_epe_onvif_address,
    _migration_epe_allow_basic_auth,
    _migration_interruption_register,
    _migration_camera_health,
    _migration_customs_documents_and_gate_reads,
    _migration_device_warnings,
    _migration_tours,
    _migration_cases,
    _migration_wall_windows,
]
SCHEMA_VERSION: int = len(MIGRATIONS)
