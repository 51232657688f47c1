"""Every stream failure in words an officer reads, with a technical line safe to show."""

from __future__ import annotations

from app.media.failures import (
    DETAIL_LIMIT,
    StreamFailure,
    failure_text,
    gave_up_text,
    technical_detail,
)
from app.media.puller import with_credentials


def test_every_failure_says_what_happened_and_what_to_do() -> None:
    for failure in StreamFailure:
        text = failure_text(failure, "[Errno 111] Connection refused")
        assert text.summary and text.advice, failure
        assert "Errno" not in text.summary + text.advice
        assert text.detail == "[Errno 111] Connection refused"
    unknown = failure_text(None, "'<none>' returned 22")
    assert unknown.summary == "The stream failed"
    assert unknown.detail == "'<none>' returned 22"
    refused = gave_up_text()
    assert "Sites > Set account" in refused.advice and "Retry now" in refused.advice


def test_the_technical_line_never_carries_a_password_and_stays_short() -> None:
    url = with_credentials("rtsp://10.0.0.5:554/Streaming/Channels/102", "admin", "Kh0-b1-m4t")
    detail = technical_detail(f"method DESCRIBE failed: 401 Unauthorized\r\n  {url}\n")
    assert "Kh0-b1-m4t" not in detail and "admin" not in detail
    assert detail == (
        "method DESCRIBE failed: 401 Unauthorized rtsp://***@10.0.0.5:554/Streaming/Channels/102"
    )
    long = technical_detail("x" * 5000)
    assert len(long) == DETAIL_LIMIT and long.endswith("…")
