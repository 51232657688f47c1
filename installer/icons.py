"""Renders epewall's icon (resources/icons/epewall.svg) to the files the installers need:

    python installer/icons.py --png-dir DIR      # DIR/<n>x<n>/epewall.png for the Linux icon theme
    python installer/icons.py --ico FILE.ico     # a Windows icon with 16..256 px images

Qt draws the SVG (QtSvg, offscreen: no display needed) and Pillow writes the .ico. Nothing
rendered is kept in git: the builds (installer/build-deb.sh, installer/build-windows.ps1) make it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "epewall.svg"
# The hicolor theme's usual sizes; Windows' .ico takes the ones up to 256.
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(folder: Path, sizes: tuple[int, ...] = THEME_SIZES, svg: Path = SVG) -> list[Path]:
    """``folder/<n>x<n>/epewall.png`` for each size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"{size}x{size}" / "epewall.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    del _app
    return written


def write_ico(target: Path, svg: Path = SVG) -> Path:
    """A Windows .ico holding every size of ``ICO_SIZES``, each drawn at its own size."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as scratch:
        pngs = render_pngs(Path(scratch), ICO_SIZES, svg)
        images = [Image.open(p).convert("RGBA") for p in pngs]
        largest = images[-1]
        target.parent.mkdir(parents=True, exist_ok=True)
        largest.save(
            target,
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=images[:-1],
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render epewall's icon for the installers.")
    parser.add_argument("--png-dir", type=Path, help="write <n>x<n>/epewall.png under this folder")
    parser.add_argument("--ico", type=Path, help="write a Windows .ico file")
    args = parser.parse_args(argv)
    if args.png_dir is None and args.ico is None:
        parser.error("give --png-dir or --ico")
    try:
        if args.png_dir is not None:
            render_pngs(args.png_dir)
        if args.ico is not None:
            write_ico(args.ico)
    except (ValueError, OSError) as exc:
        print(f"icons: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
