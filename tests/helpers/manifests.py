"""An evidence export manifest (what ``app.evidence.export`` writes to manifest.json) for the
tests of its printable page."""

from __future__ import annotations

from typing import Any


def manifest_data(
    sha256: str = "ab" * 32, name: str = "a.mp4", bookmarks: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "epe": {"name": "Công ty TNHH Điện tử Sao Việt", "tax_id": "3601234569"},
        "recorder": {"kind": "hikvision", "host": "10.0.0.5"},
        "recorded_range": {
            "start_utc": "2026-11-22T03:20:00Z",
            "end_utc": "2026-11-22T03:21:00Z",
            "start_vietnam": "2026-11-22 10:20:00",
            "end_vietnam": "2026-11-22 10:21:00",
        },
        "exported_by": {"officer_code": "HQ0107", "officer_name": "Nguyễn Thị Lan"},
        "exported_at_vietnam": "2026-11-23 09:00:00",
        "cameras": [1],
        "files": [
            {
                "name": name,
                "camera": 1,
                "camera_name": "1. Cổng chính",
                "sha256": sha256,
                "bytes": 10,
                "seconds": 60.0,
            }
        ],
        "bookmarks": bookmarks or [],
    }
