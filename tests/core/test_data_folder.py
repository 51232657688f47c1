"""Moving the data folder: a failure or a cancel half-way leaves the old folder in use and the new
one as it was; the pointer is honoured at the next start only, and EPEWALL_HOME wins over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import data_folder, paths
from app.data_folder import FolderError, FolderKind, check_new_data_folder, move_data
from app.sites.registry import Registry
from app.workers import run_to_end
from tests.helpers.sites import SiteBuilder


@pytest.fixture
def old(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a registry of two EPEs and two snapshots."""
    folder = tmp_path / "old"
    folder.mkdir()
    registry = Registry(folder / "epewall.sqlite3")
    SiteBuilder(registry).add_two_epes()
    registry.close()
    (folder / "snapshots").mkdir()
    for name in ("a.png", "b.png"):
        (folder / "snapshots" / name).write_bytes(name.encode() * 100)
    yield folder


@pytest.fixture
def pointer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths.forget_data_pointer()
    yield paths.data_pointer_path()
    paths.forget_data_pointer()


def test_a_file_where_a_folder_must_go_fails_the_move_and_undoes_the_copy(
    old: Path, tmp_path: Path, pointer_home: Path
) -> None:
    target = tmp_path / "new"
    assert check_new_data_folder(str(target), old)[1] is FolderKind.EMPTY
    (target / "snapshots").write_text("in the way", encoding="utf-8")  # after the check

    with pytest.raises(FolderError) as failed:
        run_to_end(move_data(old, target))

    assert "could not be moved" in str(failed.value) and str(old) in str(failed.value)
    assert [p.name for p in target.iterdir()] == ["snapshots"]  # the registry copy is gone
    assert not pointer_home.exists()
    assert len(list((old / "snapshots").iterdir())) == 2


def test_a_cancel_half_way_removes_what_was_copied(
    old: Path, tmp_path: Path, pointer_home: Path
) -> None:
    target = tmp_path / "new"
    steps = move_data(old, target)
    next(steps)  # the registry
    next(steps)  # the first snapshot
    steps.close()  # what Job does at a cancel
    assert list(target.iterdir()) == []
    assert not pointer_home.exists()


def test_the_pointer_counts_from_the_next_start_and_epewall_home_wins(
    old: Path, tmp_path: Path, pointer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "platform-data"))
    before = paths.data_dir()
    target = tmp_path / "new"
    run_to_end(move_data(old, target))
    assert paths.data_dir() == before  # this process keeps its folder
    paths.forget_data_pointer()
    assert paths.data_dir() == target
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "portable"))
    assert paths.data_dir() == tmp_path / "portable" / "data"


def test_a_pointer_to_a_missing_folder_is_not_a_new_empty_registry(
    tmp_path: Path, pointer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "platform-data"))
    pointer_home.parent.mkdir(parents=True)
    pointer_home.write_text(str(tmp_path / "unplugged-drive") + "\n", encoding="utf-8")
    assert paths.data_dir() == tmp_path / "platform-data" / "epewall"
    assert not (tmp_path / "unplugged-drive").exists()


def test_which_folders_can_be_chosen(old: Path, tmp_path: Path, pointer_home: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    cases = {
        str(old / "inside"): "cannot be inside",
        str(other): "not an epewall data folder",
        str(data_folder.install_dir() / "data"): "program folder",
        "relative/folder": "full path",
    }
    for text, reason in cases.items():
        with pytest.raises(FolderError, match=reason):
            check_new_data_folder(text, old)
    copy = tmp_path / "copy"
    run_to_end(move_data(old, copy))
    assert check_new_data_folder(str(copy), tmp_path / "elsewhere")[1] is FolderKind.EPEWALL
