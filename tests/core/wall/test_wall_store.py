"""Saved walls: named per officer, unique names, the last one reopens, damage is reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import ValidationError
from app.sites.registry import Registry
from app.wall.layout import WallModel
from app.wall.store import WallStore, WallStoreError, default_owner

OFFICER, OTHER = "nguyenvana", "tranthib"


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = Registry(tmp_path / "epewall.sqlite3")
    yield reg
    reg.close()


@pytest.fixture
def store(registry: Registry) -> WallStore:
    return WallStore(registry)


def gates() -> WallModel:
    return WallModel("2x2", [101, 102, None, 201])


def yard() -> WallModel:
    return WallModel("1+5", [104, None, 105])


def test_a_saved_wall_comes_back_the_same_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "epewall.sqlite3"
    with Registry(path) as reg:
        saved = WallStore(reg).save("Cổng ra vào", OFFICER, gates().to_dict())
    assert (saved.name, saved.layout, saved.camera_count, saved.damaged) == (
        "Cổng ra vào",
        "2x2",
        3,
        False,
    )
    with Registry(path) as reg:
        store = WallStore(reg)
        assert store.load("Cổng ra vào", OFFICER) == gates()
        assert store.load_last(OFFICER) == ("Cổng ra vào", gates())


def test_each_officer_has_their_own_walls_in_vietnamese_order(store: WallStore) -> None:
    for name in ("Kho thành phẩm", "Bãi container", "Cổng", "Đêm", "Dock 2", "Dock 10"):
        store.save(name, OFFICER, gates().to_dict())
    store.save("Cổng", OTHER, yard().to_dict())
    assert [w.name for w in store.list(OFFICER)] == [
        "Bãi container",
        "Cổng",
        "Dock 2",
        "Dock 10",
        "Đêm",
        "Kho thành phẩm",
    ]
    assert [w.name for w in store.list(OTHER)] == ["Cổng"]
    assert store.load("Cổng", OFFICER) == gates()
    assert store.load("Cổng", OTHER) == yard()
    assert store.list("someone-else") == []


def test_saving_under_an_existing_name_replaces_that_wall(store: WallStore) -> None:
    store.save("Cổng  chính", OFFICER, gates().to_dict())
    replaced = store.save("cổng chính", OFFICER, yard().to_dict())
    assert [w.name for w in store.list(OFFICER)] == ["cổng chính"]
    assert replaced.layout == "1+5"
    assert store.load("CỔNG CHÍNH", OFFICER) == yard()
    assert store.exists("Cổng chính", OFFICER)
    assert not store.exists("Cổng chinh", OFFICER)  # accents count


def test_the_last_saved_or_opened_wall_is_the_one_that_reopens(store: WallStore) -> None:
    assert store.last_opened(OFFICER) is None
    assert store.load_last(OFFICER) is None
    store.save("Cổng", OFFICER, gates().to_dict())
    store.save("Bãi", OFFICER, yard().to_dict())
    assert store.last_opened(OFFICER) == "Bãi"
    store.load("Cổng", OFFICER)
    assert store.last_opened(OFFICER) == "Cổng"
    store.load("Bãi", OFFICER, remember=False)
    assert store.last_opened(OFFICER) == "Cổng"
    store.mark_opened("bãi", OFFICER)
    assert store.load_last(OFFICER) == ("Bãi", yard())
    assert store.last_opened(OTHER) is None
    store.delete("Bãi", OFFICER)
    assert store.last_opened(OFFICER) is None
    assert [w.name for w in store.list(OFFICER)] == ["Cổng"]


def test_renaming_keeps_the_wall_and_refuses_a_name_in_use(store: WallStore) -> None:
    store.save("Cổng", OFFICER, gates().to_dict())
    store.save("Bãi", OFFICER, yard().to_dict())
    renamed = store.rename("Cổng", "Cổng ca đêm", OFFICER)
    assert renamed.name == "Cổng ca đêm"
    assert store.load("Cổng ca đêm", OFFICER) == gates()
    with pytest.raises(ValidationError) as taken:
        store.rename("Cổng ca đêm", "bãi", OFFICER)
    assert taken.value.field == "name"
    assert str(taken.value) == "You already have a saved wall with this name."
    with pytest.raises(KeyError):
        store.rename("Không có", "Mới", OFFICER)


def test_names_and_walls_are_checked(store: WallStore) -> None:
    with pytest.raises(ValidationError, match="Give the wall a name"):
        store.save("   ", OFFICER, gates().to_dict())
    with pytest.raises(ValidationError, match="at most 100 characters"):
        store.save("x" * 101, OFFICER, gates().to_dict())
    with pytest.raises(ValidationError, match="not a wall layout"):
        store.save("Cổng", OFFICER, {"layout": "5x5", "cameras": []})
    with pytest.raises(KeyError):
        store.load("Cổng", OFFICER)
    with pytest.raises(KeyError):
        store.delete("Cổng", OFFICER)
    assert store.list(OFFICER) == []


@pytest.mark.parametrize(
    "stored", ["{not json", "[1, 2]", '{"layout": "7x7"}', '{"layout": "2x2", "cameras": ["a"]}']
)
def test_a_damaged_saved_wall_is_reported_not_a_crash(
    registry: Registry, store: WallStore, stored: str
) -> None:
    store.save("Cổng", OFFICER, gates().to_dict())
    store.save("Bãi", OFFICER, yard().to_dict())
    with registry.database() as db:
        db.execute("UPDATE walls SET wall = ? WHERE name = 'Bãi'", [stored])
    listed = {w.name: w.damaged for w in store.list(OFFICER)}
    assert listed == {"Bãi": True, "Cổng": False}
    with pytest.raises(WallStoreError) as damaged:
        store.load("Bãi", OFFICER)
    assert str(damaged.value) == (
        'The saved wall "Bãi" is damaged and cannot be opened. Delete it and save the wall again.'
    )
    assert damaged.value.name == "Bãi"
    with pytest.raises(WallStoreError):
        store.load_last(OFFICER)  # Bãi was saved last
    store.delete("Bãi", OFFICER)
    assert store.load_last(OFFICER) is None
    assert store.load("Cổng", OFFICER) == gates()


def test_the_default_owner_is_the_os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "canbo01")
    monkeypatch.setenv("USER", "canbo01")
    monkeypatch.delenv("LNAME", raising=False)
    monkeypatch.delenv("USERNAME", raising=False)
    assert default_owner() == "canbo01"
