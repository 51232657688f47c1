"""The team lead's coverage view: the month's EPEs with the unchecked ones first, per-officer
totals, the risk filter, the month picker, the twelve-month chart and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from app.domain import RiskLevel
from app.officers.profiles import Officer, Role
from app.rotation.ledger import Ledger
from app.secrets import CredentialStore
from app.sites.registry import Registry
from app.timekeeping import VIETNAM, Month
from tests.helpers import rotation_data
from tests.helpers.main_window import shown_main_window
from widgets.rotation.coverage_chart import FULL, SHORT
from widgets.rotation.coverage_view import MISSING_BACKGROUND, CoverageTableModel, CoverageView

TODAY = dt.date(2026, 11, 23)
NOVEMBER = Month(2026, 11)
OCTOBER = Month(2026, 10)


@pytest.fixture
def data(registry: Registry) -> rotation_data.RotationData:
    return rotation_data.build(
        registry, epes=30, officers=5, months=[OCTOBER, NOVEMBER], until=TODAY
    )


def open_view(
    qtbot: QtBot, registry: Registry, officer: Officer | None, month: Month = NOVEMBER
) -> CoverageView:
    view = CoverageView(registry, officer, month=month, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.bundle is not None and not view.busy, timeout=15_000)
    return view


def wait_reloaded(qtbot: QtBot, view: CoverageView, check: Callable[[], object]) -> None:
    qtbot.waitUntil(
        lambda: not view.busy and view.bundle is not None and bool(check()), timeout=15_000
    )


def cell(
    view: CoverageView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    return view.model.data(view.model.index(row, column, QModelIndex()), role)


def test_unchecked_epes_are_listed_first_and_highlighted(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    unchecked = data.unchecked[str(NOVEMBER)]
    assert 0 < len(unchecked) < 30, "the data set should have some unchecked EPEs"
    view = open_view(qtbot, registry, data.lead)

    assert view.model.rowCount() == 30
    tax_ids = [cell(view, row, CoverageTableModel.TAX_ID) for row in range(30)]
    assert set(tax_ids[: len(unchecked)]) == unchecked
    for row in range(30):
        background = cell(view, row, CoverageTableModel.EPE, Qt.ItemDataRole.BackgroundRole)
        if row < len(unchecked):
            assert isinstance(background, QBrush)
            assert background.color() == MISSING_BACKGROUND
            assert cell(view, row, CoverageTableModel.RESULT) == "Not checked this month"
        else:
            assert background is None
    checked = 30 - len(unchecked)
    assert f"{checked} of 30 EPEs checked in 11/2026" in view.summary.text()
    assert f"{len(unchecked)} EPE(s) not checked yet" in view.summary.text()


def test_each_epe_shows_its_last_check_result_and_officer(qtbot: QtBot, registry: Registry) -> None:
    data = rotation_data.build(registry, epes=4, officers=2)
    first, second = data.officers
    epe = data.epes[1]
    ledger = Ledger(registry)
    rotation_data.add_check(ledger, epe, first, dt.datetime(2026, 11, 3, 9, 0, tzinfo=VIETNAM))
    rotation_data.add_check(
        ledger, epe, second, dt.datetime(2026, 11, 17, 14, 30, tzinfo=VIETNAM), "irregularity"
    )
    view = open_view(qtbot, registry, data.lead)

    rows = {cell(view, r, CoverageTableModel.TAX_ID): r for r in range(view.model.rowCount())}
    row = rows[epe.tax_id]
    assert row == 3, "the only checked EPE comes after the three unchecked ones"
    assert cell(view, row, CoverageTableModel.DONE) == "2"
    assert cell(view, row, CoverageTableModel.LAST) == "17/11/2026"
    assert cell(view, row, CoverageTableModel.RESULT) == "Irregularity"
    assert cell(view, row, CoverageTableModel.OFFICER) == second.full_name
    assert "1 of 4 EPEs checked" in view.summary.text()
    # An EPE nobody checked names the officers responsible for it, not an empty cell.
    unchecked = rows[data.epes[0].tax_id]
    assert cell(view, unchecked, CoverageTableModel.OFFICER) == (
        f"{first.full_name}, {second.full_name}"
    )


def test_officer_totals_count_each_officers_checks_and_epes(
    qtbot: QtBot, registry: Registry
) -> None:
    data = rotation_data.build(registry, epes=5, officers=2)
    first, second = data.officers
    ledger = Ledger(registry)
    for day, epe in ((3, data.epes[0]), (4, data.epes[0]), (5, data.epes[1])):
        rotation_data.add_check(ledger, epe, first, dt.datetime(2026, 11, day, 9, tzinfo=VIETNAM))
    rotation_data.add_check(
        ledger, data.epes[2], second, dt.datetime(2026, 11, 6, 10, tzinfo=VIETNAM)
    )
    view = open_view(qtbot, registry, data.lead)

    totals = {
        view.officer_model.row_at(r).officer_code: view.officer_model.row_at(r)
        for r in range(view.officer_model.rowCount())
    }
    assert totals[first.code].checks == 3
    assert totals[first.code].epes_checked == 2
    assert totals[second.code].checks == 1
    assert totals[second.code].epes_checked == 1
    shown = [
        view.officer_model.data(view.officer_model.index(r, 1))
        for r in range(view.officer_model.rowCount())
    ]
    assert sorted(shown) == ["0", "1", "3"]  # the team lead made no check


def test_the_risk_filter_shows_only_that_risk_level(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    view = open_view(qtbot, registry, data.lead)
    high = {e.tax_id for e in data.epes if e.risk_level is RiskLevel.HIGH}

    view.risk_combo.setCurrentIndex(view.risk_combo.findData(RiskLevel.HIGH.value))
    wait_reloaded(qtbot, view, lambda: view.model.rowCount() == len(high))
    assert {cell(view, r, CoverageTableModel.TAX_ID) for r in range(len(high))} == high
    assert {cell(view, r, CoverageTableModel.RISK) for r in range(len(high))} == {"High"}
    assert f"of {len(high)} EPEs checked" in view.summary.text()
    assert len(view.heatmap.rows) == len(high)

    view.set_risk_filter(None)
    wait_reloaded(qtbot, view, lambda: view.model.rowCount() == 30)


def test_the_month_picker_shows_another_month(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    view = open_view(qtbot, registry, data.lead)
    unchecked = data.unchecked[str(OCTOBER)]

    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, view, lambda: view.bundle and view.bundle.coverage.month == OCTOBER)
    assert view.month_edit.date().month() == 10
    assert {cell(view, r, CoverageTableModel.TAX_ID) for r in range(len(unchecked))} == unchecked
    assert "in 10/2026" in view.summary.text()
    assert len(view.heatmap.days) == 31


def test_the_chart_shows_twelve_months_ending_with_the_chosen_one(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    view = open_view(qtbot, registry, data.lead)
    view.tabs.setCurrentWidget(view.chart)

    bars = view.chart.bars
    assert [b.label for b in bars][-3:] == ["09/2026", "10/2026", "11/2026"]
    assert len(bars) == 12
    assert bars[0].checked == 0 and bars[0].total == 30  # no checks before October
    assert bars[-1].checked == 30 - len(data.unchecked[str(NOVEMBER)])
    assert "of 30 EPEs checked" in view.chart.tooltip_text(11)
    image = view.chart.grab().toImage()
    centre = view.chart.bar_rect(11).center().toPoint()
    assert image.pixelColor(centre) == SHORT  # short of every EPE: the warning colour


def test_a_full_month_is_drawn_in_the_goal_colour(qtbot: QtBot, registry: Registry) -> None:
    data = rotation_data.build(registry, epes=3, officers=1)
    ledger = Ledger(registry)
    for epe in data.epes:
        rotation_data.add_check(
            ledger, epe, data.officers[0], dt.datetime(2026, 11, 2, 9, tzinfo=VIETNAM)
        )
    view = open_view(qtbot, registry, data.lead)
    view.tabs.setCurrentWidget(view.chart)
    image = view.chart.grab().toImage()
    assert image.pixelColor(view.chart.bar_rect(11).center().toPoint()) == FULL
    assert "3 of 3 EPEs checked in 11/2026 (100 %)" in view.summary.text()


def test_the_month_is_saved_as_csv(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData, tmp_path: Path
) -> None:
    view = open_view(qtbot, registry, data.lead)
    target = tmp_path / "coverage.csv"

    job = view.export_csv_to(target)
    assert job is not None
    # Waiting for what the user sees: a short job can finish on its pool thread before a
    # waitSignal set up here is connected, and a signal emitted then is never seen.
    qtbot.waitUntil(lambda: "Saved" in view.summary.text(), timeout=15_000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheet programs read Vietnamese"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["EPE", "Tax ID", "Risk level"]
    assert len(rows) == 31
    unchecked = data.unchecked[str(NOVEMBER)]
    # Tax IDs are text (a leading tab) so that a spreadsheet keeps their leading 0.
    assert {r[1].lstrip("\t") for r in rows[1 : len(unchecked) + 1]} == unchecked
    assert all(r[3] == "0" for r in rows[1 : len(unchecked) + 1])
    assert any("Công ty TNHH" in r[0] for r in rows[1:])
    assert "Saved" in view.summary.text()


def test_exports_are_for_officers_not_for_view_only(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    view = open_view(qtbot, registry, None)
    assert not view.csv_button.isEnabled()
    assert not view.pdf_button.isEnabled()
    view.set_officer(Officer("KV01", "Khách xem", Role.VIEW_ONLY, id=99))
    assert not view.csv_button.isEnabled()
    view.set_officer(data.officers[0])
    assert view.csv_button.isEnabled()
    assert view.pdf_button.isEnabled()


def test_the_rotation_menu_opens_coverage_and_the_plan_for_officers_only(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    from widgets.rotation.plan_calendar import PlanCalendar

    with shown_main_window(qtbot, registry) as window:
        views = window.rotation_views
        texts = [a.text() for a in window.menu_rotation.actions()]
        assert "&Coverage…" in texts and "Monthly &plan…" in texts
        window.officer_changed.emit(None)
        assert not views.action_coverage.isEnabled()
        assert not views.action_plan.isEnabled()

        window.officer_changed.emit(data.lead)
        assert views.action_coverage.isEnabled()
        views.action_coverage.trigger()
        coverage = views.coverage
        assert isinstance(coverage, CoverageView) and coverage.isVisible()
        qtbot.waitUntil(lambda: coverage.bundle is not None and not coverage.busy, timeout=15_000)
        views.action_plan.trigger()
        plan = views.plan
        assert isinstance(plan, PlanCalendar) and plan.isVisible()
        assert plan.generate_button.isVisible()
        qtbot.waitUntil(lambda: plan.data is not None and not plan.busy, timeout=15_000)

        window.officer_changed.emit(data.officers[0])  # switch officer: no plan editing
        assert not plan.generate_button.isVisible()
        window.officer_changed.emit(None)  # logged out: nothing stays on screen
        assert not coverage.isVisible() and not plan.isVisible()


@pytest.fixture
def team_key() -> str:
    from app.rotation.log_exchange import new_team_key

    key = new_team_key()
    CredentialStore().set_team_key(key)  # the headless run's throw-away keyring
    return key


def wait_log_job(qtbot: QtBot, view: CoverageView, job: object) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: view._log_job is None and not view.busy, timeout=20_000)


def test_the_team_lead_imports_officers_logs_from_other_workstations(
    qtbot: QtBot, tmp_path: Path, team_key: str
) -> None:
    store = CredentialStore()
    files = []
    with Registry(tmp_path / "workstation-b.sqlite3") as other:
        remote = rotation_data.build(
            other, epes=10, officers=2, months=[NOVEMBER], share_checked=1.0, until=TODAY
        )
        for officer in remote.officers:
            view_b = open_view_with(qtbot, other, officer, store)
            target = tmp_path / f"{officer.code}.epelog"
            wait_log_job(qtbot, view_b, view_b.export_log_to(target))
            assert target.exists()
            assert "Give this file to the team lead" in view_b.summary.text()
            files.append(target)
            view_b.close()
    with Registry(tmp_path / "workstation-a.sqlite3") as registry:
        here = rotation_data.build(registry, epes=10, officers=2)  # the same EPEs, no checks
        view = open_view_with(qtbot, registry, here.lead, store)
        assert view.bundle is not None and view.bundle.coverage.epes_checked == 0
        assert view.import_button.isEnabled()

        wait_log_job(qtbot, view, view.import_logs_from(files))
        qtbot.waitUntil(
            lambda: view.bundle is not None and view.bundle.coverage.epes_checked == 10,
            timeout=15_000,
        )
        assert all(not isinstance(result, str) for _path, result in view.last_import)
        assert (
            sum(r.checks_added for _p, r in view.last_import if not isinstance(r, str))
            == remote.checks
        )
        assert view.import_result is not None and "new records" in view.import_result.text()

        # The same files again: every record is recognised by its ID and nothing is doubled.
        wait_log_job(qtbot, view, view.import_logs_from(files))
        results = [r for _p, r in view.last_import if not isinstance(r, str)]
        assert [r.added for r in results] == [0, 0]
        assert all(r.duplicates > 0 for r in results)
        assert view.bundle is not None
        assert view.bundle.coverage.checks == remote.checks


def test_a_changed_log_file_is_refused_with_a_clear_message(
    qtbot: QtBot, tmp_path: Path, team_key: str
) -> None:
    import json

    store = CredentialStore()
    with Registry(tmp_path / "workstation-b.sqlite3") as other:
        remote = rotation_data.build(
            other, epes=5, officers=1, months=[NOVEMBER], share_checked=1.0, until=TODAY
        )
        view_b = open_view_with(qtbot, other, remote.officers[0], store)
        target = tmp_path / "CB01.epelog"
        wait_log_job(qtbot, view_b, view_b.export_log_to(target))
        view_b.close()
    document = json.loads(target.read_text(encoding="utf-8"))
    check = next(r for r in document["records"] if r["kind"] == "check")
    check["payload"]["result"] = (
        "normal" if check["payload"]["result"] != "normal" else "suspected_violation"
    )
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    with Registry(tmp_path / "workstation-a.sqlite3") as registry:
        here = rotation_data.build(registry, epes=5, officers=1)
        view = open_view_with(qtbot, registry, here.lead, store)
        wait_log_job(qtbot, view, view.import_logs_from([target]))
        [(_path, result)] = view.last_import
        assert isinstance(result, str)
        assert "CB01.epelog was refused" in result and "was changed" in result
        assert view.import_result is not None and result in view.import_result.text()
        qtbot.waitUntil(lambda: not view.busy, timeout=15_000)
        assert view.bundle is not None and view.bundle.coverage.checks == 0


def test_officers_export_but_only_team_leads_import(
    qtbot: QtBot, registry: Registry, data: rotation_data.RotationData
) -> None:
    view = open_view_with(qtbot, registry, data.officers[0], CredentialStore())
    assert view.export_log_button.isEnabled()
    assert not view.import_button.isEnabled()
    view.set_officer(data.lead)
    assert view.import_button.isEnabled()
    plain = open_view(qtbot, registry, data.lead)  # no keyring given: no log buttons
    assert plain.export_log_button.isHidden() and plain.import_button.isHidden()


def open_view_with(
    qtbot: QtBot, registry: Registry, officer: Officer | None, store: CredentialStore
) -> CoverageView:
    view = CoverageView(registry, officer, month=NOVEMBER, today=TODAY, store=store)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.bundle is not None and not view.busy, timeout=15_000)
    return view
