"""Issue 12.9: odd data from a peer gives a clear translated message, never a traceback or a lie."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from app.devices.onvif_client import OnvifClient, OnvifError, OnvifErrorKind
from app.recorders.base import (
    UTC,
    RecorderClock,
    RecorderError,
    RecorderFailure,
    RecordingSummary,
    TimeConvention,
    retention_check,
)
from tests.helpers.faulty_servers import hostile_server, unauthorized_html

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("year", [1, 9999])
@pytest.mark.parametrize("offset_minutes", [-840, 0, 840])
def test_a_recorder_time_of_year_1_or_9999_is_refused_not_overflowed(
    year: int, offset_minutes: int
) -> None:
    clock = RecorderClock(TimeConvention.LOCAL, offset_minutes)
    naive = dt.datetime(year, 1 if year == 1 else 12, 1 if year == 1 else 31, 12, 0, 0)
    with pytest.raises(RecorderError) as caught:
        clock.from_device(naive)
    assert caught.value.reason is RecorderFailure.BAD_TIME
    assert "clock" in str(caught.value)


def test_a_recording_from_year_1_is_not_judged_kept_for_739951_days() -> None:
    summary = RecordingSummary(dt.datetime(1, 1, 1, tzinfo=UTC), dt.datetime.now(UTC))
    with pytest.raises(RecorderError) as caught:
        retention_check(summary)
    assert caught.value.reason is RecorderFailure.BAD_TIME


def test_an_onvif_401_page_says_the_account_was_refused() -> None:
    with hostile_server(unauthorized_html) as device:
        client = OnvifClient("127.0.0.1", device.port, "customs", "wrong", timeout=3.0)
        with pytest.raises(OnvifError) as caught:
            client.connect()
    assert caught.value.kind is OnvifErrorKind.AUTH
    assert "refused the account" in str(caught.value)
    assert "XML" not in str(caught.value)


def test_a_full_disk_during_export_says_the_disk_is_full(tmp_path: Path) -> None:
    """A real full disk: a 512 KB tmpfs in a private mount namespace (``unshare -rm``)."""
    full = tmp_path / "full"
    full.mkdir()
    script = Path(__file__).with_name("export_on_full_disk.py")
    command = (
        f"mount -t tmpfs -o size=512k none {shlex.quote(str(full))} && "
        f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} "
        f"{shlex.quote(str(tmp_path))} {shlex.quote(str(full))}"
    )
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    outcome = [line for line in result.stdout.splitlines() if line.startswith("RESULT")]
    assert outcome, result.stderr[-2000:]
    assert outcome[0].startswith("RESULT DiskFullError: The disk of the export folder is full")
    assert "could not be understood" not in outcome[0]
