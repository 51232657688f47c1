"""The one reader of files from outside (app.user_files): a link followed where the user named
the file, refused where it must not be (an evidence folder), and JSON whose nesting is measured
before it is parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.user_files import UserFileError, json_depth, parse_flat_json, read_user_file


def test_a_link_is_followed_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "sites.csv"
    target.write_bytes(b"a,b\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert read_user_file(link, 100) == b"a,b\n"
    with pytest.raises(UserFileError) as refused:
        read_user_file(link, 100, follow_links=False)
    assert refused.value.kind == "not_regular"
    assert str(refused.value) == f"{link} is a symbolic link; give the file itself."


@pytest.mark.parametrize("follow_links", [True, False])
def test_refusals_say_what_is_wrong_and_name_the_file(tmp_path: Path, follow_links: bool) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 2048)
    cases = {
        tmp_path / "absent.json": ("missing", "does not exist"),
        tmp_path: ("not_regular", "is a folder"),
        Path("/dev/zero"): ("not_regular", "is not an ordinary file"),
        big: ("too_large", "is too large"),
    }
    for path, (kind, words) in cases.items():
        with pytest.raises(UserFileError) as refused:
            read_user_file(path, 1024, follow_links=follow_links)
        assert refused.value.kind == kind
        assert words in str(refused.value) and str(path) in str(refused.value)


def test_json_depth_skips_brackets_inside_strings() -> None:
    assert json_depth('{"a": [1, {"b": "[[[\\"[{"}]}') == 3
    assert json_depth('"[[["') == 0
    assert json_depth("[" * 50 + "]" * 50) == 50


def test_deep_or_broken_json_is_refused_by_kind(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    assert parse_flat_json(b'{"a": [[1]]}', 3, path) == {"a": [[1]]}
    for raw, kind in (
        (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
        (b'{"a": [[1]]}', "too_deep"),
        (b"\xff\xfe", "not_json"),
        (b'{"a": ', "not_json"),
    ):
        with pytest.raises(UserFileError) as refused:
            parse_flat_json(raw, 2, path)
        assert refused.value.kind == kind and str(path) in str(refused.value)
