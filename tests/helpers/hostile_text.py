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


def hostile_forms(secret: str) -> dict[str, str]:
    """Every form, with ``secret`` as (part of) its password."""
    return {
        "fullwidth at-sign": _url("://", secret, "\uff20"),
        "small at-sign": _url("://", secret, "\ufe6b"),
        "@ in the password": _url("://", f"p@{secret}"),
        "/ in the password": _url("://", f"a/{secret}"),
        "# in the password": _url("://", f"a#{secret}"),
        "? in the password": _url("://", f"a?{secret}"),
        "space in the password": _url("://", f"a {secret}"),
        "no scheme": f"admin:{secret}@{HOST}",
        "one slash": _url(":/", secret),
        "backslashes": _url(":\\\\", secret),
        "no slashes": _url(":", secret),
        "fullwidth at-sign, unclosed IPv6": _url("://", secret, "\uff20", "[::1/"),
        "?pw=": f"{SCHEME}://{HOST}?pw={secret}",
        "?passcode=": f"{SCHEME}://{HOST}?passcode={secret}",
        "?token=": f"{SCHEME}://{HOST}?token={secret}",
        "&password=": f"{SCHEME}://{HOST}?user=admin&password={secret}",
        "?auth=": f"{SCHEME}://{HOST}?auth={secret}",
    }


HOSTILE = hostile_forms(CANARY)
