"""Reading a file the user named (a CSV to import, a log file from another workstation) without
trusting it: only a regular file, never more than a cap that depends on the kind of file, read
with that bound. ``/dev/zero``, a FIFO, a socket or a folder is refused at once instead of
blocking the import forever; a file that grows while it is read stops at the cap."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication

MB = 1024 * 1024
_CHUNK = 1 * MB
# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class UserFileError(Exception):
    """The file cannot be read as asked; ``str()`` is the translated reason for the user."""


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
        )
    )


def read_user_file(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises UserFileError (translated, naming the file) when it does not exist, is a folder,
    a device, a pipe or a socket, cannot be read, or is larger than ``limit``.
    """
    path = Path(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise UserFileError(_t("The file {path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise UserFileError(
            _t("{path} is a folder; give the file inside it.").format(path=path)
        ) from None
    except PermissionError:
        raise UserFileError(
            _t("The file {path} cannot be read: permission denied.").format(path=path)
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserFileError(
                _t("{path} is a folder; give the file inside it.").format(path=path)
            )
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError(
                _t(
                    "{path} is not an ordinary file (it is a device, a pipe or a socket); "
                    "give a file saved on disk."
                ).format(path=path)
            )
        too_large = UserFileError(
            _t("The file {path} is too large: this kind of file can be at most {limit}.").format(
                path=path, limit=describe_size(limit)
            )
        )
        if info.st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while being read
                raise too_large
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(fd)
