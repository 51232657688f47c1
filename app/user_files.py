"""Reading a file from outside without trusting it: a CSV or a log file the user names, a
manifest in an evidence folder, a head file someone may have replaced. Only a regular file, never
more than a cap that depends on the kind of file, read with that bound. ``/dev/zero``, a FIFO, a
socket or a folder is refused at once instead of blocking the reader forever; a file that grows
while it is read stops at the cap. Where a link must not be followed (the entries of an evidence
folder), a symbolic link is refused too. JSON from such a file is parsed with its nesting
measured first (``parse_flat_json``), so a forged file cannot raise RecursionError."""

from __future__ import annotations

import array
import errno
import itertools
import json
import os
import re
import stat
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication

MB = 1024 * 1024
_CHUNK = 1 * MB
# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
# Without following a link: a symbolic link itself fails to open (ELOOP).
_NO_LINK = getattr(os, "O_NOFOLLOW", 0)


class UserFileError(Exception):
    """The file cannot be read as asked; ``str()`` is the translated reason for the user (naming
    the file), ``kind`` what went wrong for callers that say it their own way: "missing",
    "not_regular" (a folder, link, device, pipe or socket), "unreadable", "too_large",
    "too_deep" or "not_json"."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def _t(text: str) -> str:
    return QCoreApplication.translate("UserFiles", text)


def describe_size(size: int) -> str:
    if size >= MB:
        return _t("{size} MB").format(size=round(size / MB))
    return _t("{size} KB").format(size=max(1, round(size / 1024)))


def _unreadable(path: Path, exc: OSError) -> UserFileError:
    return UserFileError(
        _t("The file {path} cannot be read ({reason}).").format(
            path=path, reason=exc.strerror or type(exc).__name__
        ),
        "unreadable",
    )


def _folder(path: Path) -> UserFileError:
    return UserFileError(
        _t("{path} is a folder; give the file inside it.").format(path=path), "not_regular"
    )


def open_user_file(path: str | Path, *, follow_links: bool = True) -> IO[bytes]:
    """The regular file at ``path``, open for reading (the caller closes it).

    Raises UserFileError (translated, naming the file) when it does not exist, is a folder, a
    device, a pipe or a socket, cannot be read, or, without ``follow_links``, is a symbolic
    link.
    """
    path = Path(path)
    try:
        fd = os.open(path, _OPEN_FLAGS | (0 if follow_links else _NO_LINK))
    except FileNotFoundError:
        raise UserFileError(
            _t("The file {path} does not exist.").format(path=path), "missing"
        ) from None
    except IsADirectoryError:
        raise _folder(path) from None
    except PermissionError:
        raise UserFileError(
            _t("The file {path} cannot be read: permission denied.").format(path=path),
            "unreadable",
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_links:
            raise UserFileError(
                _t("{path} is a symbolic link; give the file itself.").format(path=path),
                "not_regular",
            ) from None
        raise _unreadable(path, exc) from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise _unreadable(path, exc) from None
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise _folder(path)
        raise UserFileError(
            _t(
                "{path} is not an ordinary file (it is a device, a pipe or a socket); "
                "give a file saved on disk."
            ).format(path=path),
            "not_regular",
        )
    return os.fdopen(fd, "rb")


def read_user_file(path: str | Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises UserFileError (translated, naming the file) when ``open_user_file`` refuses it, it
    cannot be read, or it is larger than ``limit``.
    """
    path = Path(path)
    with open_user_file(path, follow_links=follow_links) as handle:
        too_large = UserFileError(
            _t("The file {path} is too large: this kind of file can be at most {limit}.").format(
                path=path, limit=describe_size(limit)
            ),
            "too_large",
        )
        try:
            if os.fstat(handle.fileno()).st_size > limit:
                raise too_large
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = handle.read(min(_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:  # grew while being read
                    raise too_large
            return b"".join(chunks)
        except OSError as exc:
            raise _unreadable(path, exc) from None


# A JSON string (the unrolled form: one regex step per run of plain characters, not per
# character), and whatever is not a bracket once the strings are gone.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes


def json_depth(text: str) -> int:
    """How deeply ``text``'s arrays and objects nest, brackets inside strings skipped: a few
    passes in C over the text, about as long as ``json.loads`` takes on it."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    steps = array.array("b", brackets.encode("ascii").translate(_BRACKET_STEPS))
    return max(itertools.accumulate(steps), default=0)


def parse_flat_json(raw: bytes, max_depth: int, path: str | Path) -> Any:
    """``json.loads`` for the bytes of the file at ``path``: the nesting is measured first
    (``json_depth``, strings skipped), so 100,000 ``[`` are refused instead of raising
    RecursionError. Raises UserFileError ("too_deep", "not_json") naming the file."""
    not_json = UserFileError(
        _t("The file {path} is damaged: it is not readable JSON.").format(path=path), "not_json"
    )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise not_json from None
    if json_depth(text) > max_depth:
        raise UserFileError(
            _t("The file {path} is nested far too deeply to be what it claims.").format(path=path),
            "too_deep",
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise not_json from None
