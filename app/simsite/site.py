"""The simulated EPE site, driven from the venv: start it, read its description, stop it.

The site itself (``serve.py``) runs under Debian's Python, which has GStreamer's ``gi``; the
venv has not. It stands in for one or more EPEs on 127.0.0.1, each with its own RTSP server and
digest account, and writes a description (EPE data, accounts, URLs without credentials) that tests
and ``epewall demo`` read. The description holds the fixture passwords, so it is written 0600 and
removed again when the site stops.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any, Self

from PySide6.QtCore import QCoreApplication

from app.simsite import outages, serve

DEFAULT_CONFIG = Path(__file__).with_name("default_site.json")


def package_root() -> Path:
    """The folder that holds ``app`` for Debian's Python to run ``python -m app.simsite.serve``
    in: the checkout, or in the frozen program the simulator's source shipped as plain .py files
    (``_internal/simsite``, see installer/epewall.spec)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and getattr(sys, "frozen", False):
        return Path(bundle) / "simsite"
    return Path(__file__).resolve().parents[2]


PACKAGE_ROOT = package_root()


def server_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for Debian's Python: the frozen program's loader points LD_LIBRARY_PATH
    at the libraries it carries (saving the user's in LD_LIBRARY_PATH_ORIG); GStreamer under
    /usr/bin/python3 must load Debian's own, so the user's value comes back (or none)."""
    env = dict(os.environ if environ is None else environ)
    if "LD_LIBRARY_PATH_ORIG" in env:
        env["LD_LIBRARY_PATH"] = env.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    return env


PYTHON_ENV = "EPEWALL_SIM_PYTHON"
DEFAULT_PYTHON = "/usr/bin/python3"
_STDERR_TAIL_LINES = 15
_POLL_INTERVAL = 0.02


class SimSiteError(Exception):
    """The simulated site could not start or its description is unusable; the message says why."""


class OutageRefusedError(SimSiteError):
    """The running site refused an outage request (no such EPE or camera, a wrong token)."""


@dataclass(frozen=True)
class StreamSpec:
    width: int
    height: int
    fps: int
    codec: str  # "h264", "h265" or "mjpeg"


@dataclass(frozen=True)
class SimCamera:
    diagram_number: int
    position: str  # a domain.CameraPosition value
    name: str
    main_url: str  # without credentials
    sub_url: str
    main: StreamSpec
    sub: StreamSpec
    ptz: bool = False  # steerable over the EPE's ONVIF PTZ service
    # The port of the camera's front (where main_url and sub_url point); it fails on demand.
    front_port: int = 0


@dataclass(frozen=True)
class SimEpe:
    name: str
    tax_id: str
    address: str
    sub_department: str
    contact_person: str
    contact_phone: str
    connection: str  # a domain.ConnectionMethod value
    licence_date: str | None  # ISO date
    established_date: str | None
    risk_level: str  # a domain.RiskLevel value
    user: str
    password: str = field(repr=False)
    rtsp_host: str = "127.0.0.1"
    rtsp_port: int = 0
    cameras: tuple[SimCamera, ...] = ()
    # The EPE's NVR as an ONVIF device (port 0: the site runs no ONVIF server).
    onvif_host: str = "127.0.0.1"
    onvif_port: int = 0
    onvif_path: str = "/onvif/device_service"
    # Per diagram number: the ONVIF tokens of that camera on the NVR (source, main_profile,
    # sub_profile, ptz_profile; "" ptz_profile for a fixed camera).
    onvif_channels: dict[int, dict[str, str]] = field(default_factory=dict, compare=False)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


def _stream(data: Any) -> StreamSpec:
    return StreamSpec(
        width=int(data["width"]),
        height=int(data["height"]),
        fps=int(data["fps"]),
        codec=str(data["codec"]),
    )


def _camera(data: dict[str, Any]) -> SimCamera:
    return SimCamera(
        diagram_number=int(data["diagram_number"]),
        position=str(data["position"]),
        name=_text(data, "name"),
        main_url=str(data["main_url"]),
        sub_url=str(data["sub_url"]),
        main=_stream(data["main"]),
        sub=_stream(data["sub"]),
        ptz=bool(data.get("ptz", False)),
        front_port=int(data.get("front_port", 0)),
    )


def _epe(data: dict[str, Any]) -> SimEpe:
    return SimEpe(
        name=str(data["name"]),
        tax_id=str(data["tax_id"]),
        address=_text(data, "address"),
        sub_department=_text(data, "sub_department"),
        contact_person=_text(data, "contact_person"),
        contact_phone=_text(data, "contact_phone"),
        connection=_text(data, "connection") or "internet",
        licence_date=data.get("licence_date") or None,
        established_date=data.get("established_date") or None,
        risk_level=_text(data, "risk_level") or "low",
        user=str(data["account"]["user"]),
        password=str(data["account"]["password"]),
        rtsp_host=str(data["rtsp"]["host"]),
        rtsp_port=int(data["rtsp"]["port"]),
        cameras=tuple(_camera(c) for c in data["cameras"]),
        onvif_host=str(data.get("onvif", {}).get("host", "127.0.0.1")),
        onvif_port=int(data.get("onvif", {}).get("port", 0)),
        onvif_path=str(data.get("onvif", {}).get("path", "/onvif/device_service")),
        onvif_channels={
            int(number): {str(k): str(v) for k, v in tokens.items()}
            for number, tokens in data.get("onvif", {}).get("channels", {}).items()
        },
        raw=data,
    )


@dataclass(frozen=True)
class SiteDescription:
    """What a running simulated site serves; written by the server once every EPE is listening."""

    path: Path
    pid: int
    epes: tuple[SimEpe, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def control(self) -> tuple[str, int, str]:
        """Host, port and token of the site's outage control channel."""
        control = self.raw.get("control")
        if not isinstance(control, dict):
            message = QCoreApplication.translate(
                "SimSite", "The simulated site {path} has no outage control channel."
            )
            raise SimSiteError(message.format(path=self.path))
        return str(control["host"]), int(control["port"]), str(control["token"])

    @classmethod
    def load(cls, path: str | Path) -> SiteDescription:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                path=path,
                pid=int(data["pid"]),
                epes=tuple(_epe(e) for e in data["epes"]),
                raw=data,
            )
        except OSError as exc:
            message = QCoreApplication.translate(
                "SimSite", "Cannot read the simulated site's description {path}: {error}"
            )
            raise SimSiteError(message.format(path=path, error=exc.strerror)) from exc
        except (ValueError, KeyError, TypeError) as exc:
            message = QCoreApplication.translate(
                "SimSite", "The simulated site's description {path} is not valid ({error})."
            )
            raise SimSiteError(message.format(path=path, error=repr(exc))) from exc

    def epe(self, name_or_tax_id: str) -> SimEpe:
        """The EPE with this name or tax ID; KeyError if there is none."""
        for epe in self.epes:
            if name_or_tax_id in (epe.name, epe.tax_id):
                return epe
        raise KeyError(name_or_tax_id)


def server_python() -> str:
    """The interpreter with GStreamer's ``gi``: Debian's, unless EPEWALL_SIM_PYTHON says other."""
    return os.environ.get(PYTHON_ENV) or DEFAULT_PYTHON


class SimulatedSite:
    """Runs ``serve.py`` as a child process. A context manager: start on enter, stop on exit.

    ``workdir`` holds the server's log and, unless ``describe_to`` is given, the description; when
    it is not given a private temporary folder is made and removed on stop. ``ports_from`` makes
    each EPE listen on the port it had in that earlier description (matched by tax ID), so URLs
    stay valid across a kill and restart.
    """

    def __init__(
        self,
        config: Path | None = None,
        workdir: Path | None = None,
        ports_from: SiteDescription | None = None,
        *,
        describe_to: Path | None = None,
    ) -> None:
        self._config = Path(config) if config is not None else DEFAULT_CONFIG
        self._given_workdir = Path(workdir) if workdir is not None else None
        self._ports_from = ports_from
        self._describe_to = Path(describe_to) if describe_to is not None else None
        self._workdir: Path | None = None
        self._owns_workdir = False
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._description: SiteDescription | None = None
        self.returncode: int | None = None
        self.final_log_tail = ""  # the server's last log lines, kept when it ends

    # -- paths --------------------------------------------------------------------------------

    def _prepare_workdir(self) -> Path:
        if self._given_workdir is not None:
            self._given_workdir.mkdir(parents=True, exist_ok=True)
            self._workdir, self._owns_workdir = self._given_workdir, False
        else:
            self._workdir = Path(tempfile.mkdtemp(prefix="epewall-sim-"))
            self._owns_workdir = True
        return self._workdir

    @property
    def config(self) -> Path:
        """The site configuration the simulator runs."""
        return self._config

    @property
    def description_path(self) -> Path | None:
        if self._describe_to is not None:
            return self._describe_to
        return self._workdir / "site.json" if self._workdir is not None else None

    @property
    def log_path(self) -> Path | None:
        """The server's stderr (no passwords); gone after stop when the workdir was temporary."""
        return self._workdir / "server.log" if self._workdir is not None else None

    def log_text(self) -> str:
        path = self.log_path
        if path is None or not path.exists():
            return ""
        return path.read_text(encoding="utf-8", errors="replace")

    def _stderr_tail(self) -> str:
        lines = self.log_text().strip().splitlines()
        return "\n".join(lines[-_STDERR_TAIL_LINES:])

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def description(self) -> SiteDescription:
        """The description of the last successful start (kept after stop, for ``ports_from``)."""
        if self._description is None:
            raise SimSiteError(
                QCoreApplication.translate("SimSite", "The simulated site has not been started.")
            )
        return self._description

    def start(self, timeout: float = 10.0) -> SiteDescription:
        """Start the server and wait until every EPE listens; raises SimSiteError on failure."""
        if self.running:
            raise SimSiteError(
                QCoreApplication.translate("SimSite", "The simulated site is already running.")
            )
        self._close()
        workdir = self._prepare_workdir()
        description_path = self.description_path
        assert description_path is not None
        description_path.unlink(missing_ok=True)
        # Absolute paths: the server runs in PACKAGE_ROOT.
        command = [
            server_python(),
            "-m",
            serve.__name__,
            "--config",
            str(self._config.absolute()),
            "--describe-to",
            str(description_path.absolute()),
            "--parent-pid",
            str(os.getpid()),
        ]
        # PR_SET_PDEATHSIG fires when the forking *thread* ends; a worker thread may end long
        # before this process does, so only the main thread asks for it (the pidfd covers all).
        if threading.current_thread() is threading.main_thread():
            command.append("--pdeathsig")
        if self._ports_from is not None:
            ports_file = workdir / "ports.json"
            ports = [
                {
                    "tax_id": e.tax_id,
                    "rtsp": {"port": e.rtsp_port},
                    "cameras": [
                        {"diagram_number": c.diagram_number, "front_port": c.front_port}
                        for c in e.cameras
                        if c.front_port
                    ],
                }
                for e in self._ports_from.epes
            ]
            ports_file.write_text(json.dumps({"version": 1, "epes": ports}), encoding="utf-8")
            command += ["--ports-from", str(ports_file.absolute())]
        assert self.log_path is not None
        self._log = self.log_path.open("wb")
        self.returncode = None
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                cwd=PACKAGE_ROOT,
                env=server_env(),
                # Its own session: Ctrl-C in a terminal reaches us, and we stop the site in order.
                start_new_session=True,
            )
        except OSError as exc:
            self._close()
            self._cleanup()
            message = QCoreApplication.translate(
                "SimSite",
                "Cannot run {python} for the simulated site ({error}). It needs Debian's Python "
                "with GStreamer (python3-gi); set EPEWALL_SIM_PYTHON to use another interpreter.",
            )
            raise SimSiteError(message.format(python=command[0], error=exc.strerror)) from exc
        self._description = self._wait_for_description(description_path, timeout)
        return self._description

    def _wait_for_description(self, path: Path, timeout: float) -> SiteDescription:
        process = self._process
        assert process is not None
        deadline = time.monotonic() + timeout
        while True:
            if path.exists():
                description = SiteDescription.load(path)
                if description.pid == process.pid:
                    return description
            code = process.poll()
            if code == serve.EXIT_MISSING_ELEMENT:
                self._finish(code)
                message = QCoreApplication.translate(
                    "SimSite",
                    "The simulated site cannot start: GStreamer elements its cameras need are "
                    "missing (installer/setup-debian.sh installs them):\n{log}",
                )
                raise SimSiteError(message.format(log=self.final_log_tail))
            if code is not None:
                self._finish(code)
                message = QCoreApplication.translate(
                    "SimSite",
                    "The simulated site stopped while starting (exit code {code}):\n{log}",
                )
                raise SimSiteError(message.format(code=code, log=self.final_log_tail))
            if time.monotonic() > deadline:
                process.kill()
                self._finish(process.wait())
                message = QCoreApplication.translate(
                    "SimSite", "The simulated site did not start within {seconds} s:\n{log}"
                )
                raise SimSiteError(message.format(seconds=f"{timeout:g}", log=self.final_log_tail))
            time.sleep(_POLL_INTERVAL)

    def wait(self, timeout: float | None = None) -> int | None:
        """Wait for the server to end by itself; its exit code, or None on timeout."""
        if self._process is None:
            return self.returncode
        try:
            code = self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self._finish(code)
        return code

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM and wait; SIGKILL as a last resort. Removes the description file."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._finish(process.returncode)

    def kill(self) -> None:
        """SIGKILL, as a crash would; for fault tests. Removes the description file."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
        self._finish(process.wait())

    def _finish(self, code: int) -> None:
        self.final_log_tail = self._stderr_tail()
        self.returncode = code
        self._process = None
        self._close()
        self._cleanup()

    def _close(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _cleanup(self) -> None:
        path = self.description_path
        if path is not None:
            path.unlink(missing_ok=True)
        if self._workdir is not None:
            (self._workdir / "ports.json").unlink(missing_ok=True)
            if self._owns_workdir:
                shutil.rmtree(self._workdir, ignore_errors=True)
                self._workdir = None

    def __enter__(self) -> Self:
        if not self.running:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


# -- outages ---------------------------------------------------------------------------------


def _control_error(error: Exception) -> SimSiteError:
    tr = QCoreApplication.translate
    if isinstance(error, outages.ControlError):
        messages = {
            outages.ERROR_UNKNOWN_EPE: tr("SimSite", "The simulated site has no EPE {detail}."),
            outages.ERROR_UNKNOWN_CAMERA: tr(
                "SimSite", "The simulated EPE has no camera {detail}."
            ),
            outages.ERROR_BAD_MODE: tr(
                "SimSite",
                "{detail} is not an outage mode (none, refused, silent, wrong_account, "
                "no_picture).",
            ),
            outages.ERROR_BAD_TOKEN: tr(
                "SimSite", "The simulated site refused the request: the control token is wrong."
            ),
            outages.ERROR_TOO_LARGE: tr("SimSite", "The outage request is too large."),
        }
        message = messages.get(
            error.code,
            tr("SimSite", "The simulated site refused the outage request ({detail})."),
        )
        return OutageRefusedError(message.format(detail=error.detail or error.code))
    message = tr("SimSite", "Cannot reach the simulated site's control channel ({error}).")
    return SimSiteError(message.format(error=error))


def _ask(description: SiteDescription, request: dict[str, Any]) -> list[dict[str, Any]]:
    host, port, token = description.control
    try:
        reply = outages.control_request(host, port, {**request, "token": token})
    except (outages.ControlError, OSError, ValueError) as exc:
        raise _control_error(exc) from exc
    return list(reply.get("outages", []))


def set_outage(
    description: SiteDescription, epe: str, mode: str, camera: int | None = None
) -> list[dict[str, Any]]:
    """Take a camera (``camera``: its diagram number) or a whole EPE (name or tax ID) down in
    ``mode`` ("refused", "silent", "wrong_account", "no_picture") or up again ("none"), now.
    Returns every outage in force (``{"epe": tax ID, "camera": N or None, "mode": M}``);
    raises SimSiteError with a translated message."""
    return _ask(description, {"command": "set", "epe": epe, "camera": camera, "mode": mode})


def current_outages(description: SiteDescription) -> list[dict[str, Any]]:
    """Every outage in force on the running site (see ``set_outage``)."""
    return _ask(description, {"command": "status"})


class _TerminatedError(Exception):
    """SIGTERM arrived; raised in the main thread to leave the wait."""


def _raise_terminated(_signum: int, _frame: FrameType | None) -> None:
    raise _TerminatedError


def run_forever(config: str | None, describe_to: str | None) -> int:
    """``epewall sim``: run the site until Ctrl-C or SIGTERM; never prints a password."""
    site = SimulatedSite(
        config=Path(config) if config else None,
        describe_to=Path(describe_to) if describe_to else None,
    )
    try:
        description = site.start()
    except SimSiteError as exc:
        print(exc, file=sys.stderr)
        return 1
    tr = QCoreApplication.translate
    print(tr("SimSite", "Simulated EPE site running (process {pid}).").format(pid=description.pid))
    for epe in description.epes:
        line = tr(
            "SimSite", "  {name} ({tax_id}): rtsp://{host}:{port}, {count} cameras, user {user}"
        )
        print(
            line.format(
                name=epe.name,
                tax_id=epe.tax_id,
                host=epe.rtsp_host,
                port=epe.rtsp_port,
                count=len(epe.cameras),
                user=epe.user,
            )
        )
    print(
        tr(
            "SimSite",
            "Description with the test accounts: {path} (removed when the site stops).",
        ).format(path=description.path)
    )
    print(
        tr(
            "SimSite",
            "Take a camera or an EPE down and up again: epewall sim outage --site {path} "
            "--epe EPE [--camera N] --mode refused|silent|wrong_account|no_picture|none",
        ).format(path=description.path)
    )
    print(tr("SimSite", "Press Ctrl-C to stop."), flush=True)

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        code = site.wait()
        message = tr("SimSite", "The simulated site ended by itself (exit code {code}):\n{log}")
        print(message.format(code=code, log=site.final_log_tail), file=sys.stderr)
        return 0 if code == 0 else 1
    except (KeyboardInterrupt, _TerminatedError):
        site.stop()
        print(tr("SimSite", "Simulated EPE site stopped."))
        return 0 if site.returncode == 0 else 1
    finally:
        site.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
