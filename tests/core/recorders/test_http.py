"""The one digest implementation the recorders' HTTP APIs and the replay proxy's RTSP share."""

from __future__ import annotations

import hashlib
import re

from app.recorders.http import DigestAuth


def fields(header: str) -> dict[str, str]:
    return dict(re.findall(r'(\w+)="?([^",]*)"?', header[len("Digest ") :]))


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def test_nothing_is_sent_before_the_recorder_asks() -> None:
    digest = DigestAuth("giamsat", "Mật-khẩu")
    assert digest.header("GET", "/ISAPI/System/deviceInfo") is None
    assert not digest.learn('Basic realm="nvr"')  # only a digest is answered
    assert digest.header("GET", "/ISAPI/System/deviceInfo") is None


def test_a_qop_challenge_is_answered_as_rfc_2617_asks() -> None:
    digest = DigestAuth("giamsat", "Mật-khẩu")
    # NVRs write the qop list with or without spaces, and some send an opaque to echo.
    assert digest.learn('Digest realm="nvr", qop="auth-int, auth", nonce="abc", opaque="xyz"')
    first = fields(digest.header("DESCRIBE", "rtsp://10.0.0.20/replay") or "")
    second = fields(digest.header("PLAY", "rtsp://10.0.0.20/replay") or "")
    assert first["qop"] == "auth" and first["opaque"] == "xyz"
    assert (first["nc"], second["nc"]) == ("00000001", "00000002")
    ha1 = md5("giamsat:nvr:Mật-khẩu")
    ha2 = md5("DESCRIBE:rtsp://10.0.0.20/replay")
    assert first["response"] == md5(f"{ha1}:abc:00000001:{first['cnonce']}:auth:{ha2}")


def test_a_challenge_without_qop_gets_the_plain_response() -> None:
    digest = DigestAuth("giamsat", "Mật-khẩu")
    assert digest.learn('Digest realm="nvr", nonce="n1"')
    answer = fields(digest.header("GET", "/cgi-bin/mediaFileFind.cgi") or "")
    assert "qop" not in answer
    ha1, ha2 = md5("giamsat:nvr:Mật-khẩu"), md5("GET:/cgi-bin/mediaFileFind.cgi")
    assert answer["response"] == md5(f"{ha1}:n1:{ha2}")
