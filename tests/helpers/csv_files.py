"""Site files for import tests that need a camera URL with an account in it.

The repository holds no such URL: the file in ``tests/data`` has a placeholder, and the URL is
built here at run time with the product's own ``with_credentials``.
"""

from __future__ import annotations

from pathlib import Path

from app.media.puller import with_credentials

DATA = Path(__file__).resolve().parents[1] / "data"
ACCOUNT_URL_PLACEHOLDER = "{camera URL with an account}"
# What must never come back out of an import report, a log line or the registry.
PLANTED_USER = "admin"
PLANTED_PASSWORD = "Secr3t-csv"


def bad_sites_file(folder: Path) -> Path:
    """``tests/data/sites_bad.csv`` with line 8's camera URL carrying an account, in ``folder``."""
    text = (DATA / "sites_bad.csv").read_text(encoding="utf-8")
    assert text.count(ACCOUNT_URL_PLACEHOLDER) == 1
    url = with_credentials(
        "rtsp://10.20.3.1:554/Streaming/Channels/101", PLANTED_USER, PLANTED_PASSWORD
    )
    path = folder / "sites_bad.csv"
    path.write_text(text.replace(ACCOUNT_URL_PLACEHOLDER, url), encoding="utf-8")
    return path
