"""A canary password goes through every path the app has, then nothing the app wrote holds it.

Import (a URL with the password inside is refused), the account dialog, the accounts API, the demo
site's registration and live streams (right and wrong password), and logging at DEBUG. Afterwards
every file under the app's data, config, cache and log folders, the SQLite file and its WAL
included, is searched for the canary in UTF-8 and UTF-16.
"""

from __future__ import annotations

import json
import logging
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import logs, paths, settings
from app.domain import Epe
from app.media.puller import with_credentials
from app.media.stream import StreamController, StreamState
from app.media.streams import stream_for_camera
from app.secrets import CredentialStore
from app.simsite.site import DEFAULT_CONFIG
from app.sites import accounts
from app.sites import csv_io as sites_csv
from app.sites.demo import register_site
from app.sites.registry import Registry
from tests.helpers.hostile_text import hostile_forms
from widgets.main_window import MainWindow
from widgets.sites.site_tree import NodeKind

pytestmark = pytest.mark.e2e

CANARY = "Kanari-" + secrets.token_hex(6)


def files_holding(text: str, folders: list[Path]) -> list[Path]:
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                hits.append(path)
    return hits


def test_the_canary_password_is_written_nowhere(
    qtbot: QtBot, tmp_path: Path, sim_site_factory, epewall_home: Path
) -> None:
    logs.setup(level=logging.DEBUG)
    registry = Registry()
    store = CredentialStore()
    try:
        # 1. Import: a row whose URL carries the canary is refused, and not echoed.
        # Then every hostile form of tests/helpers/hostile_text.py, in a URL and in a note.
        bad = tmp_path / "sites.csv"
        hostile = [f'"{form}"' for form in hostile_forms(CANARY).values()]
        bad.write_text(
            "epe_name,tax_id,diagram_number,position,main_url,camera_notes\n"
            "DNCX Canary,0100233488,1,gate,"
            + with_credentials("rtsp://127.0.0.1:554/Streaming/Channels/101", "admin", CANARY)
            + ",\n"
            + "".join(
                f"DNCX Canary,0100233488,{n},gate,{form},\n"
                f"DNCX Canary,0100233488,{n + 100},gate,,{form}\n"
                for n, form in enumerate(hostile, start=2)
            ),
            encoding="utf-8",
        )
        report = sites_csv.import_csv(registry, bad)
        assert len(report.problems) == 1 + 2 * len(hostile)
        assert CANARY not in report.summary() + "".join(str(p) for p in report.problems)
        logging.getLogger("canary").warning("import problems: %s", report.problems)
        assert registry.find_epe("0100233488") is None

        # 2. The demo site, its EPEs registered with the canary as one EPE's password.
        config = json.loads(Path(DEFAULT_CONFIG).read_text(encoding="utf-8"))
        config["epes"][0]["account"]["password"] = CANARY
        config_path = tmp_path / "site.json"
        config_path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
        site = sim_site_factory(config=config_path)
        for _step in register_site(registry, store, site.description):
            pass
        sim = site.description.epes[0]
        epe = registry.find_epe(sim.tax_id)
        assert epe is not None and epe.id is not None
        assert store.get_password(epe.uid) == CANARY

        # 3. Live streams with the canary (right) and a variant of it (wrong).
        camera = registry.list_cameras(epe.id)[0]
        good = stream_for_camera(camera, epe, store)
        wrong = StreamController(camera.sub_url, lambda: (sim.user, CANARY + "-wrong"))
        for stream in (good, wrong):
            stream.play()
        qtbot.waitUntil(lambda: good.status.state is StreamState.LIVE, timeout=15_000)
        qtbot.waitUntil(lambda: wrong.status.state is StreamState.FAILED, timeout=10_000)
        logging.getLogger("canary").info("failure detail: %s", wrong.status.detail)
        logging.getLogger("canary").info(
            "a URL as handed to FFmpeg: %s",
            with_credentials(camera.sub_url, sim.user, CANARY),
        )
        good.release()
        wrong.release()

        # 4. The window and the account dialog: type the canary as another EPE's password.
        other = registry.add_epe(Epe(name="DNCX Kiểm thử", tax_id="0100233488"))
        window = MainWindow(registry, store, settings.Settings())
        qtbot.addWidget(window)
        window.show()
        assert window.site_tree.select(NodeKind.EPE, int(other.id or 0))
        dialog = window.set_account()
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
        dialog.user.setText("giamsat")
        qtbot.keyClicks(dialog.password, CANARY)
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert store.get_password(other.uid) == CANARY
        assert CANARY not in window.windowTitle()
        window.close()

        # 5. Deleting the EPE deletes its secret too.
        accounts.remove_epe(registry, store, int(other.id or 0))
        assert store.get_password(other.uid) is None
    finally:
        registry.close()
        logging.shutdown()

    folders = paths.all_dirs()
    assert all(str(folder).startswith(str(epewall_home)) for folder in folders)
    assert paths.database_path().exists()
    written = [p for f in folders for p in f.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in written)  # the log really was written
    assert files_holding(CANARY, folders) == []
