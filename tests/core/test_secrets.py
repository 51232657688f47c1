"""EPE passwords in the real Secret Service (gnome-keyring started by installer/headless.sh)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import secretstorage

from app.secrets import (
    SERVICE,
    CredentialStore,
    KeyringState,
    SecretsError,
    account_name,
    explain,
)
from tests.helpers.keyring import (
    TEST_KEYRING_PASSWORD,
    LoginKeyring,
    call_bounded,
    login_keyring_fixture,
    ready_store,
)

REPO = Path(__file__).resolve().parents[2]
CANARY = "canary-Mật-khẩu-7f3e9d"


@pytest.fixture
def store() -> CredentialStore:
    return ready_store()


@pytest.fixture
def epe_uid(store: CredentialStore) -> Iterator[str]:
    uid = uuid.uuid4().hex
    yield uid
    store.delete_password(uid)


@pytest.fixture
def login_keyring(store: CredentialStore) -> Iterator[LoginKeyring]:
    yield from login_keyring_fixture()


def _stored_items(uid: str) -> list[dict[str, str]]:
    with secretstorage.dbus_init() as connection:
        collection = secretstorage.Collection(connection)
        return [
            dict(item.get_attributes())
            for item in collection.search_items({"service": SERVICE, "username": account_name(uid)})
        ]


def test_status_names_the_backend_that_holds_the_passwords(store: CredentialStore) -> None:
    status = store.status()
    assert status.state is KeyringState.READY
    assert status.ready
    assert status.backend == "Secret Service (GNOME Keyring)"
    assert status.explanation == ""


def test_password_round_trip_through_the_secret_service(
    store: CredentialStore, epe_uid: str
) -> None:
    assert store.get_password(epe_uid) is None
    assert not store.has_password(epe_uid)

    store.set_password(epe_uid, CANARY)
    assert store.get_password(epe_uid) == CANARY
    assert store.has_password(epe_uid)
    # The documented key scheme, as other tools (Seahorse, `keyring get`) see it.
    [attributes] = _stored_items(epe_uid)
    assert attributes["service"] == "epewall"
    assert attributes["username"] == f"epe:{epe_uid}"

    store.set_password(epe_uid, "second password")
    assert store.get_password(epe_uid) == "second password"
    assert len(_stored_items(epe_uid)) == 1, "changing a password must replace, not add"

    store.delete_password(epe_uid)
    assert store.get_password(epe_uid) is None
    assert not store.has_password(epe_uid)
    assert _stored_items(epe_uid) == []
    store.delete_password(epe_uid)  # deleting what is not there is not an error


def test_passwords_of_different_epes_are_separate(store: CredentialStore, epe_uid: str) -> None:
    other = uuid.uuid4().hex
    try:
        store.set_password(epe_uid, "first EPE")
        store.set_password(other, "second EPE")
        store.delete_password(other)
        assert store.get_password(epe_uid) == "first EPE"
        assert store.get_password(other) is None
    finally:
        store.delete_password(other)


def test_a_new_store_sees_passwords_stored_earlier(store: CredentialStore, epe_uid: str) -> None:
    store.set_password(epe_uid, CANARY)
    assert CredentialStore().get_password(epe_uid) == CANARY


def test_password_never_reaches_the_log(
    store: CredentialStore, epe_uid: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store.set_password(epe_uid, CANARY)
    store.get_password(epe_uid)
    store.delete_password(epe_uid)
    assert caplog.records, "storing a password should leave a (secret-free) trace in the log"
    assert CANARY not in caplog.text


def test_an_epe_without_uid_or_an_empty_password_is_refused(store: CredentialStore) -> None:
    with pytest.raises(ValueError):
        store.set_password("", "secret")
    with pytest.raises(ValueError):
        store.set_password(uuid.uuid4().hex, "")


def test_locked_keyring_is_reported_at_once_with_what_to_do(
    store: CredentialStore, login_keyring: LoginKeyring
) -> None:
    login_keyring.lock()
    status = call_bounded(store.status)
    assert status.state is KeyringState.LOCKED
    assert status.backend == "Secret Service (GNOME Keyring)"
    assert "locked" in status.explanation
    assert "Unlock" in status.explanation


def test_locked_keyring_refuses_reads_and_writes_without_hanging(
    store: CredentialStore, epe_uid: str, login_keyring: LoginKeyring
) -> None:
    store.set_password(epe_uid, "stored before locking")
    login_keyring.lock()
    operations: list[Callable[[], object]] = [
        lambda: store.get_password(epe_uid),
        lambda: store.has_password(epe_uid),
        lambda: store.set_password(epe_uid, CANARY),
        lambda: store.delete_password(epe_uid),
    ]
    for operation in operations:
        with pytest.raises(SecretsError) as info:
            call_bounded(operation)
        assert info.value.state is KeyringState.LOCKED
        assert "locked" in str(info.value)
        assert CANARY not in str(info.value)
    login_keyring.unlock()
    assert store.get_password(epe_uid) == "stored before locking"


def test_unlock_request_nobody_answers_gives_up_and_keyring_survives(
    store: CredentialStore, login_keyring: LoginKeyring
) -> None:
    login_keyring.lock()
    # Under Xvfb gcr-prompter shows its window and waits for a human who never comes.
    status = call_bounded(lambda: store.request_unlock(timeout=1.0))
    assert status.state is KeyringState.LOCKED
    # The daemon is still alive and answering (it aborts if the pending prompt is dismissed).
    assert call_bounded(store.status).state is KeyringState.LOCKED


def test_unlock_request_on_an_unlocked_keyring_just_says_ready(store: CredentialStore) -> None:
    assert call_bounded(lambda: store.request_unlock(timeout=1.0)).state is KeyringState.READY


@pytest.mark.parametrize("state", [s for s in KeyringState if s is not KeyringState.READY])
def test_every_problem_state_tells_the_user_what_to_do(state: KeyringState) -> None:
    text = explain(state, "Secret Service (GNOME Keyring)")
    assert text
    assert "retry" in text.lower()


def test_no_keyring_explanation_names_what_to_install() -> None:
    text = explain(KeyringState.NO_KEYRING, "Secret Service")
    assert "gnome-keyring" in text
    assert "KWallet" in text
    assert "never stores passwords in files" in text


# --- no keyring: never a plaintext fallback -------------------------------------------------

# A stand-in for keyrings.alt's PlaintextKeyring (not installed here): if anything fell back to
# keyring's configured backend, the canary would land in this file under HOME.
PLAINTEXT_BACKEND = textwrap.dedent(
    """
    import os
    from pathlib import Path

    from keyring.backend import KeyringBackend


    class PlaintextKeyring(KeyringBackend):
        priority = 1

        def _file(self):
            return Path(os.environ["HOME"]) / "plaintext-keyring.txt"

        def set_password(self, service, username, password):
            with self._file().open("a", encoding="utf-8") as handle:
                handle.write(f"{service} {username} {password}\\n")

        def get_password(self, service, username):
            return None

        def delete_password(self, service, username):
            pass
    """
)

PROBE = textwrap.dedent(
    """
    import sys
    from app.secrets import CredentialStore, SecretsError

    store = CredentialStore()
    status = store.status()
    print("status", status.state.name)
    print("explanation", status.explanation)
    for name, call in (("set", lambda: store.set_password("uid1", sys.argv[1])),
                       ("get", lambda: store.get_password("uid1"))):
        try:
            call()
            print(name, "SUCCEEDED")
        except SecretsError as exc:
            print(name, exc.state.name, str(exc))
    """
)


def _files_under(*roots: Path) -> set[Path]:
    return {path for root in roots for path in root.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    "configure",
    ["env-plaintext-stand-in", "config-file-plaintext-stand-in", "env-keyrings-alt", "env-null"],
)
def test_without_a_keyring_nothing_is_stored_anywhere(
    configure: str, tmp_path: Path, epewall_home: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "plaintext_stand_in.py").write_text(PLAINTEXT_BACKEND, encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "EPEWALL_HOME": str(epewall_home),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-such-bus'}",
        "PYTHONPATH": os.pathsep.join([str(REPO), str(modules)]),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)
    if configure == "env-plaintext-stand-in":
        env["PYTHON_KEYRING_BACKEND"] = "plaintext_stand_in.PlaintextKeyring"
    elif configure == "config-file-plaintext-stand-in":
        config = home / ".config" / "python_keyring" / "keyringrc.cfg"
        config.parent.mkdir(parents=True)
        config.write_text(
            "[backend]\ndefault-keyring=plaintext_stand_in.PlaintextKeyring\n", encoding="utf-8"
        )
    elif configure == "env-keyrings-alt":
        env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    else:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    if configure.endswith("stand-in"):
        # Control: keyring's own choice in this environment really is the plaintext file.
        control = subprocess.run(
            [
                sys.executable,
                "-c",
                "import keyring; keyring.set_password('control', 'user', 'control-secret')",
            ],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert (home / "plaintext-keyring.txt").read_text(encoding="utf-8").strip(), control
        (home / "plaintext-keyring.txt").unlink()

    before = _files_under(home, epewall_home)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, CANARY],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["status"] == "NO_KEYRING"
    assert "never stores passwords in files" in lines["explanation"]
    assert lines["set"].startswith("NO_KEYRING ")
    assert lines["get"].startswith("NO_KEYRING ")
    assert CANARY not in result.stdout + result.stderr

    assert _files_under(home, epewall_home) == before, "something was written without a keyring"
    for path in _files_under(home, epewall_home, tmp_path):
        assert CANARY.encode() not in path.read_bytes(), f"the password leaked into {path}"


DENIED_PROBE = textwrap.dedent(
    """
    import secretstorage
    from app.secrets import CredentialStore

    with secretstorage.dbus_init() as connection:
        secretstorage.Collection(connection).lock()
    store = CredentialStore()
    print("before", store.status().state.name)
    status = store.request_unlock(timeout=30)
    print("after", status.state.name)
    print("explanation", status.explanation)
    """
)


def test_an_unlock_prompt_that_cannot_be_shown_is_reported_as_denied(tmp_path: Path) -> None:
    # A session of its own without a display: gcr-prompter cannot open a window, gnome-keyring
    # reports the prompt as dismissed.
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL")
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=str(REPO))
    session = (
        'eval "$(printf %s "$1" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null'
        ' && exec "$2" -c "$3"'
    )
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            session,
            "sh",
            TEST_KEYRING_PASSWORD.decode(),
            sys.executable,
            DENIED_PROBE,
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["before"] == "LOCKED"
    assert lines["after"] == "DENIED"
    assert "dismissed" in lines["explanation"]
