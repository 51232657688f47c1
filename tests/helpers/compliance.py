"""A compliance result as report tests print it."""

from __future__ import annotations

from app.devices.compliance import CameraResult, EpeResult, Finding, Item, Verdict


def failed_gate(name: str, tax_id: str, checked_at: str = "2026-11-23T03:00:00+00:00") -> EpeResult:
    """``name``'s result: failed, its main gate camera at 1280x720 where 1920x1080 is asked."""
    return EpeResult(
        name,
        tax_id,
        Verdict.FAIL,
        checked_at,
        cameras=[
            CameraResult(
                "Cổng chính",
                Verdict.FAIL,
                [Finding(Item.RESOLUTION, False, "1280x720", "≥ 1920x1080")],
                1,
            )
        ],
    )
