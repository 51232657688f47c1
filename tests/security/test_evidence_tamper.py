"""Attacks on an evidence export folder: each tampered copy of a real, signed export must be
refused by ``verify`` (never "verified"), and the command says why."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli.evidence import (
    EXIT_NO_MANIFEST,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_UNREGISTERED,
    EXIT_UNSIGNED,
)
from app.cli.evidence import verify as cli_verify
from app.evidence import export as evidence
from app.evidence import signing
from app.evidence.export import Verdict
from app.evidence.signing import WorkstationKey
from tests.helpers.evidence_keys import signed_export, tiny_replay, trusting

OURS = WorkstationKey.generate("HQ-PC-07")
TEAM = trusting(OURS)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("evidence")
    return signed_export(tiny_replay(base / "replay.ts"), base / "export", OURS)


@pytest.fixture
def folder(original: Path, tmp_path: Path) -> Path:
    """A fresh copy of the signed export to tamper with."""
    return Path(shutil.copytree(original, tmp_path / "copy", symlinks=True))


def manifest(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / evidence.MANIFEST_NAME).read_text("utf-8"))
    return data


def rewrite(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = manifest(folder)
    change(data)
    (folder / evidence.MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")


def rehash(folder: Path) -> Callable[[dict[str, Any]], None]:
    """What a forger does after changing a video: recompute the manifest's sizes and hashes."""

    def change(data: dict[str, Any]) -> None:
        for entry in data["files"]:
            path = folder / entry["name"]
            entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
            entry["bytes"] = path.stat().st_size

    return change


def first_video(folder: Path) -> Path:
    return folder / manifest(folder)["files"][0]["name"]


def refused(folder: Path, *reasons: str) -> evidence.VerifyReport:
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.FAILED and not report.ok
    assert {p.reason for p in report.problems} >= set(reasons), report.problems
    assert cli_verify(folder, TEAM) == EXIT_PROBLEMS
    return report


def test_the_untouched_export_is_verified_and_names_its_signer(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.VERIFIED
    assert report.signer is not None
    assert (report.signer.workstation, report.signer.fingerprint) == (
        "HQ-PC-07",
        OURS.public.fingerprint,
    )
    assert [c.status for c in report.files] == ["ok", "ok", "printout"]
    assert cli_verify(folder, TEAM) == EXIT_OK
    out = capsys.readouterr().out
    assert signing.show_fingerprint(OURS.public.fingerprint) in out and "HQ-PC-07" in out


def test_a_swapped_video_with_recomputed_hashes_is_refused(folder: Path, original: Path) -> None:
    victim = first_video(folder)
    other = original / manifest(original)["files"][1]["name"]
    victim.write_bytes(other.read_bytes()[:-10] + b"forged!!!!")
    rewrite(folder, rehash(folder))
    refused(folder, "signature")


def test_a_truncated_video_with_recomputed_hashes_is_refused(folder: Path) -> None:
    victim = first_video(folder)
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    rewrite(folder, rehash(folder))
    refused(folder, "signature")


def test_a_truncated_video_is_found_by_its_size_without_hashing(folder: Path) -> None:
    victim = first_video(folder)
    with victim.open("r+b") as handle:
        handle.truncate(100)
    report = refused(folder, "changed")
    assert "100 bytes" in report.problems[0].message


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["exported_by"].update(officer_code="HQ9999", officer_name="Người khác"),
        lambda d: d.update(exported_at_utc="2026-11-24T01:00:00Z"),
        lambda d: d["recorded_range"].update(start_utc="2026-11-20T01:00:00Z"),
        lambda d: d["epe"].update(name="Công ty khác"),
        lambda d: d.update(cameras=[3]),
        lambda d: d["signer"].update(workstation="TEAM-LEAD-PC"),
    ],
    ids=["officer", "export-time", "recorded-time", "epe", "camera", "signer-name"],
)
def test_an_edited_manifest_is_refused(
    folder: Path, edit: Callable[[dict[str, Any]], None]
) -> None:
    rewrite(folder, edit)
    refused(folder, "signature")


def test_a_manifest_with_its_file_list_emptied_is_refused(folder: Path) -> None:
    rewrite(folder, lambda d: d.update(files=[]))
    report = refused(folder, "signature", "manifest", "unlisted")
    assert report.checked == 0


def test_a_re_signed_forgery_is_signed_by_an_unregistered_workstation(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = first_video(folder)
    victim.write_bytes(victim.read_bytes()[:-1])
    forger = WorkstationKey.generate("HQ-PC-07")  # the same name, another key
    rewrite(folder, rehash(folder))
    data = {k: v for k, v in manifest(folder).items() if k not in ("signer", "signature")}
    (folder / evidence.MANIFEST_NAME).write_text(
        json.dumps(signing.sign_manifest(data, forger)), encoding="utf-8"
    )
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.UNREGISTERED and not report.ok
    assert report.signer is not None and report.signer.registered is None
    assert report.signer.fingerprint == forger.public.fingerprint
    assert cli_verify(folder, TEAM) == EXIT_UNREGISTERED
    out = capsys.readouterr().out
    assert "unregistered workstation" in out and "NOT registered" in out
    assert "Evidence verified" not in out


def test_a_forgery_passed_off_as_an_old_unsigned_export_is_never_verified(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = first_video(folder)
    victim.write_bytes(victim.read_bytes()[:-1])
    rewrite(folder, rehash(folder))
    rewrite(
        folder,
        lambda d: [d.pop("signer"), d.pop("signature"), d.update(format=evidence.UNSIGNED_FORMAT)],
    )
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.UNSIGNED and not report.ok and report.signer is None
    assert cli_verify(folder, TEAM) == EXIT_UNSIGNED
    out = capsys.readouterr().out
    assert "Unsigned (made before signing existed)" in out
    assert "integrity only, not authenticity" in out
    assert "Evidence verified" not in out


def test_a_symlink_to_a_folder_is_refused(folder: Path) -> None:
    (folder / "more").symlink_to(folder.parent)
    report = refused(folder, "not_regular")
    assert "symbolic link" in report.problems[0].message


def test_a_listed_video_replaced_by_a_link_to_etc_passwd_is_refused(folder: Path) -> None:
    victim = first_video(folder)
    victim.unlink()
    victim.symlink_to("/etc/passwd")
    rewrite(folder, rehash(folder))  # the forger even lists /etc/passwd's hash
    report = refused(folder, "not_regular")
    assert [p.name for p in report.problems if p.reason == "not_regular"] == [victim.name]


def test_an_extra_link_to_etc_passwd_is_refused(folder: Path) -> None:
    (folder / "notes.txt").symlink_to("/etc/passwd")
    refused(folder, "not_regular")


def test_a_video_moved_out_and_linked_back_is_refused(folder: Path, tmp_path: Path) -> None:
    victim = first_video(folder)
    outside = tmp_path / "outside.mp4"
    shutil.move(victim, outside)
    victim.symlink_to(outside)  # same bytes, same hash: only the link gives it away
    report = refused(folder, "not_regular")
    assert {p.name for p in report.problems} == {victim.name}


def test_a_manifest_that_is_a_link_is_refused(folder: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.json"
    shutil.move(folder / evidence.MANIFEST_NAME, real)
    (folder / evidence.MANIFEST_NAME).symlink_to(real)
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.NO_MANIFEST
    assert "not a regular file" in report.problems[0].message


def test_a_fifo_is_refused_without_hanging(folder: Path) -> None:
    os.mkfifo(folder / "pipe.mp4")
    report = refused(folder, "not_regular")
    assert "FIFO" in report.problems[0].message


def test_a_listed_video_replaced_by_a_fifo_is_refused_without_hanging(folder: Path) -> None:
    victim = first_video(folder)
    victim.unlink()
    os.mkfifo(victim)
    refused(folder, "not_regular")


def test_an_extra_subfolder_is_refused(folder: Path) -> None:
    (folder / "more").mkdir()
    (folder / "more" / "hidden.mp4").write_bytes(b"x")
    report = refused(folder, "not_regular")
    assert "folder" in report.problems[0].message


def test_an_extra_file_is_refused(folder: Path) -> None:
    (folder / "added.mp4").write_bytes(b"not evidence")
    refused(folder, "unlisted")


def test_a_missing_file_is_refused(folder: Path) -> None:
    first_video(folder).unlink()
    refused(folder, "missing")


def test_a_manifest_nested_100k_deep_is_refused_without_recursion_error(folder: Path) -> None:
    deep = '{"format": "epewall-evidence/2", "files": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (folder / evidence.MANIFEST_NAME).write_text(deep, encoding="utf-8")
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.NO_MANIFEST
    assert "nested far too deeply" in report.problems[0].message
    assert cli_verify(folder, TEAM) == EXIT_NO_MANIFEST


def test_a_huge_manifest_is_refused_before_it_is_parsed(folder: Path) -> None:
    # A valid, still-signed manifest padded past the cap with whitespace: size alone refuses it.
    text = (folder / evidence.MANIFEST_NAME).read_text("utf-8")
    padded = text.replace("{", "{" + " " * (evidence.MANIFEST_MAX_BYTES + 1), 1)
    (folder / evidence.MANIFEST_NAME).write_text(padded, encoding="utf-8")
    started = time.monotonic()
    report = evidence.verify(folder, TEAM)
    assert report.verdict is Verdict.NO_MANIFEST
    assert "far too large" in report.problems[0].message
    assert time.monotonic() - started < 5


def test_a_registered_workstation_s_export_verifies_and_an_unregistered_one_is_flagged(
    original: Path, tmp_path: Path
) -> None:
    other = WorkstationKey.generate("CHI-CUC-KCX-02")
    theirs = signed_export(original.parent / "replay.ts", tmp_path / "theirs", other, cameras=1)

    registered = evidence.verify(theirs, trusting(OURS, other.public))
    assert registered.verdict is Verdict.VERIFIED
    assert registered.signer is not None and registered.signer.workstation == "CHI-CUC-KCX-02"
    assert "CHI-CUC-KCX-02" in evidence.verdict_text(registered)

    unregistered = evidence.verify(theirs, TEAM)
    assert unregistered.verdict is Verdict.UNREGISTERED
    assert "unregistered workstation" in evidence.verdict_text(unregistered)
    assert cli_verify(theirs, TEAM) == EXIT_UNREGISTERED


def test_a_file_name_cannot_paint_a_fake_line_in_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "\x1b[2K\rEvidence verified \u202e4pm.exe").write_bytes(b"x")
    assert cli_verify(folder, TEAM) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "\\x1b[2K\\x0dEvidence verified \\u202e4pm.exe: not listed" in out


def test_the_printout_shows_the_signer_s_public_key_and_fingerprint(original: Path) -> None:
    data = manifest(original)
    text = "\n".join(text for _size, text in evidence.manifest_blocks(data))
    assert signing.show_fingerprint(OURS.public.fingerprint) in text
    assert OURS.public.text in text and "HQ-PC-07" in text
