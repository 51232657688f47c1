"""The site tree: EPEs with their numbered cameras, search, and state kept across reloads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.domain import Camera, CameraPosition, Epe
from app.sites.registry import Registry
from widgets.sites.site_tree import ID_ROLE, NodeKind, SiteTree, fold


@pytest.fixture
def registry() -> Iterator[Registry]:
    reg = Registry(":memory:")
    yield reg
    reg.close()


@pytest.fixture
def sites(registry: Registry) -> dict[str, Epe]:
    sao_viet = registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="3601234569"))
    hoa_binh = registry.add_epe(Epe(name="Công ty CP May mặc Hòa Bình", tax_id="3704567898"))
    assert sao_viet.id is not None and hoa_binh.id is not None
    for number, position, name in (
        (1, CameraPosition.GATE, "Cổng chính"),
        (2, CameraPosition.STORAGE_YARD, "Bãi phế liệu"),
        (7, CameraPosition.OTHER, "Nhà ăn"),
    ):
        registry.add_camera(
            Camera(epe_id=sao_viet.id, diagram_number=number, position=position, name=name)
        )
    registry.add_camera(
        Camera(
            epe_id=hoa_binh.id,
            diagram_number=3,
            position=CameraPosition.INSIDE_STORAGE,
            name="Kho vải",
        )
    )
    return {"sao_viet": sao_viet, "hoa_binh": hoa_binh}


def visible_rows(tree: SiteTree) -> list[tuple[str, ...]]:
    """What the officer sees: the name and tax ID/position columns of each visible row, children
    indented (the wall-state column is read by the tests about it)."""
    rows: list[tuple[str, ...]] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        model = tree.proxy
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts = tuple(model.index(row, c, parent).data() or "" for c in (0, 1))
            rows.append(("  " * depth + texts[0], *texts[1:]))
            if tree.view.isExpanded(index):
                walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return rows


def test_tree_lists_epes_with_tax_ids_and_cameras_with_numbers_and_positions(
    qtbot: QtBot, registry: Registry, sites: dict[str, Epe]
) -> None:
    tree = SiteTree(registry)
    qtbot.addWidget(tree)
    assert visible_rows(tree) == [
        ("Công ty CP May mặc Hòa Bình", "3704567898"),
        ("  3. Kho vải", "◉ Inside storage"),
        ("Công ty TNHH Điện tử Sao Việt", "3601234569"),
        ("  1. Cổng chính", "◉ Gate / door"),
        ("  2. Bãi phế liệu", "◉ Storage yard"),
        ("  7. Nhà ăn", "Other"),  # no mark: not required online (I.1.2)
    ]
    assert (tree.epe_count, tree.camera_count) == (2, 4)


@pytest.mark.parametrize("typed", ["cong", "Cổng", "CỔNG CHÍNH"])
def test_search_finds_cameras_with_or_without_vietnamese_accents(
    qtbot: QtBot, registry: Registry, sites: dict[str, Epe], typed: str
) -> None:
    tree = SiteTree(registry)
    qtbot.addWidget(tree)
    if typed.isascii():
        qtbot.keyClicks(tree.search, typed)
    else:  # QTest can only type ASCII; Vietnamese arrives through the input method as text
        tree.search.setText(typed)
    rows = [row[0] for row in visible_rows(tree)]
    if typed == "cong":
        # Without diacritics "Công ty" matches too: Hòa Bình shows with its cameras, while in
        # Sao Việt only the camera that matches by itself is left.
        assert rows == [
            "Công ty CP May mặc Hòa Bình",
            "  3. Kho vải",
            "Công ty TNHH Điện tử Sao Việt",
            "  1. Cổng chính",
        ]
    else:
        assert rows == ["Công ty TNHH Điện tử Sao Việt", "  1. Cổng chính"]


def test_search_by_tax_id_shows_the_epe_with_all_its_cameras(
    qtbot: QtBot, registry: Registry, sites: dict[str, Epe]
) -> None:
    tree = SiteTree(registry)
    qtbot.addWidget(tree)
    tree.search.setText("3704567898")
    assert visible_rows(tree) == [
        ("Công ty CP May mặc Hòa Bình", "3704567898"),
        ("  3. Kho vải", "◉ Inside storage"),
    ]
    tree.search.setText("sao viet")
    assert [row[0] for row in visible_rows(tree)] == [
        "Công ty TNHH Điện tử Sao Việt",
        "  1. Cổng chính",
        "  2. Bãi phế liệu",
        "  7. Nhà ăn",
    ]
    tree.search.clear()
    assert len(visible_rows(tree)) == 6


def test_reload_keeps_the_selection_and_collapsed_epes(
    qtbot: QtBot, registry: Registry, sites: dict[str, Epe]
) -> None:
    tree = SiteTree(registry)
    qtbot.addWidget(tree)
    cameras = registry.list_cameras(sites["sao_viet"].id)
    assert tree.select(NodeKind.CAMERA, int(cameras[1].id or 0))
    hoa_binh_index = tree.proxy.index(0, 0)
    assert hoa_binh_index.data(ID_ROLE) == sites["hoa_binh"].id
    tree.view.collapse(hoa_binh_index)

    registry.add_epe(Epe(name="Nhà máy Linh kiện Tân Thuận", tax_id="0312345673"))
    tree.reload()

    assert tree.selected_camera_id() == cameras[1].id
    assert tree.selected_epe_id() == sites["sao_viet"].id
    rows = [row[0] for row in visible_rows(tree)]
    assert "  3. Kho vải" not in rows  # Hòa Bình is still collapsed
    assert "Nhà máy Linh kiện Tân Thuận" in rows
    assert tree.epe_count == 3


def test_fold_ignores_case_and_vietnamese_diacritics() -> None:
    assert fold("Cổng Đông") == fold("cong dong") == "cong dong"
