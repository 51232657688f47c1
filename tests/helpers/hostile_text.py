"""Hostile text shared by the attack tests: credentials in every form the old redactor missed.

The URLs are assembled at run time from parts: the repository holds no URL with an account.
Each form carries ``CANARY`` as (part of) its secret; a test greps what was printed, stored and
logged for it.
"""

from __future__ import annotations

CANARY = "Kx7canaryPw"
SCHEME = "rtsp"
HOST = "10.0.0.5/ch1"


def _url(separator: str, password: str, at: str = "@", rest: str = HOST) -> str:
    return f"{SCHEME}{separator}admin:{password}{at}{rest}"


HOSTILE: dict[str, str] = {
    "fullwidth at-sign": _url("://", CANARY, "\uff20"),
    "small at-sign": _url("://", CANARY, "\ufe6b"),
    "@ in the password": _url("://", f"p@{CANARY}"),
    "/ in the password": _url("://", f"a/{CANARY}"),
    "# in the password": _url("://", f"a#{CANARY}"),
    "? in the password": _url("://", f"a?{CANARY}"),
    "space in the password": _url("://", f"a {CANARY}"),
    "no scheme": f"admin:{CANARY}@{HOST}",
    "one slash": _url(":/", CANARY),
    "backslashes": _url(":\\\\", CANARY),
    "no slashes": _url(":", CANARY),
    "fullwidth at-sign, unclosed IPv6": _url("://", CANARY, "\uff20", "[::1/"),
    "?pw=": f"{SCHEME}://{HOST}?pw={CANARY}",
    "?passcode=": f"{SCHEME}://{HOST}?passcode={CANARY}",
    "?token=": f"{SCHEME}://{HOST}?token={CANARY}",
    "&password=": f"{SCHEME}://{HOST}?user=admin&password={CANARY}",
    "?auth=": f"{SCHEME}://{HOST}?auth={CANARY}",
}
