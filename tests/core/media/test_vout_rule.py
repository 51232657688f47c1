"""Which libVLC video output the wall uses: the GPU's on a real desktop, plain X11 without one."""

from pathlib import Path

from app.media.vlcplayer import choose_vout, has_render_node, local_x_server


def test_a_linux_desktop_with_a_gpu_draws_with_opengl_and_falls_back_to_x11() -> None:
    assert choose_vout("linux", {}, "Xorg", render_node=True) == "gl,xcb_x11"
    assert choose_vout("linux", {}, "Xwayland", render_node=True) == "gl,xcb_x11"


def test_without_a_gpu_the_wall_keeps_plain_x11() -> None:
    # Xvfb (the tests, a headless wall PC), VNC, a forwarded display, or no render node at all:
    # OpenGL would run in software at many times the CPU.
    assert choose_vout("linux", {}, "Xvfb", render_node=True) == "xcb_x11"
    assert choose_vout("linux", {}, "Xvnc", render_node=True) == "xcb_x11"
    assert choose_vout("linux", {}, "", render_node=True) == "xcb_x11"
    assert choose_vout("linux", {}, "Xorg", render_node=False) == "xcb_x11"


def test_windows_and_macos_keep_libvlcs_own_order_which_starts_with_the_gpu() -> None:
    assert choose_vout("win32", {}, "", render_node=False) == ""
    assert choose_vout("darwin", {}, "", render_node=False) == ""


def test_the_environment_overrides_the_choice() -> None:
    env = {"EPEWALL_VLC_VOUT": "xcb_x11"}
    assert choose_vout("linux", env, "Xorg", render_node=True) == "xcb_x11"
    assert choose_vout("win32", {"EPEWALL_VLC_VOUT": "direct3d9"}, "", False) == "direct3d9"


def _process(proc: Path, pid: int, *argv: str) -> None:
    (proc / str(pid)).mkdir()
    (proc / str(pid) / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")


def test_the_x_server_of_the_display_is_found_among_the_processes(tmp_path: Path) -> None:
    _process(tmp_path, 40, "/usr/lib/xorg/Xorg", ":0", "-seat", "seat0", "vt2")
    _process(tmp_path, 41, "Xvfb", ":99", "-screen", "0", "1920x1080x24")
    _process(tmp_path, 42, "/usr/bin/python3", ":99")
    (tmp_path / "self").mkdir()
    assert local_x_server(":99", tmp_path) == "Xvfb"
    assert local_x_server(":0.0", tmp_path) == "Xorg"
    assert local_x_server(":7", tmp_path) == ""
    assert local_x_server("remote:10.0", tmp_path) == ""  # forwarded: no local GPU
    assert local_x_server("", tmp_path) == ""


def test_a_render_node_is_a_gpu(tmp_path: Path) -> None:
    assert not has_render_node(tmp_path / "missing")
    (tmp_path / "card0").touch()
    assert not has_render_node(tmp_path)
    (tmp_path / "renderD128").touch()
    assert has_render_node(tmp_path)
