"""A mistyped command line never echoes what was typed (it may be a password)."""

from __future__ import annotations

import pytest

from app.cli.main import main

CANARY = "Canary-argv-5b1e"


@pytest.mark.parametrize(
    "argv",
    [
        ["credentials", "set", "X", "--user", "u", "--password", CANARY],
        ["credentials", "set", "X", "--user", "u", CANARY],
        ["sites", CANARY],
        ["--lang", CANARY],
    ],
)
def test_argument_errors_do_not_repeat_the_typed_value(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    out, err = capsys.readouterr()
    assert "lỗi" in err  # in the UI language, Vietnamese by default
    assert CANARY not in out + err
